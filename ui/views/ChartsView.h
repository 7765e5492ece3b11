#pragma once

#include "charts/ChartData.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QScrollArea;

namespace cp {
class Workspace;
}

namespace cp::ui {

class ChartView;

// The charts tab: which chart (target progress, trend, ranking, heat map, overview), of which
// region, document, department or target and month, drawn in a ChartView that follows the
// workspace. Tall charts (many targets or departments) scroll.
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(Workspace *workspace, QWidget *parent = nullptr);

    ChartView *chartView() const { return m_chart; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *regionBox() const { return m_region; }
    QComboBox *documentBox() const { return m_document; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *targetBox() const { return m_target; }
    QDateEdit *monthEdit() const { return m_month; }

    // Shows a chart as asked (the boxes follow where they can).
    void showRequest(const ChartRequest &request);
    ChartRequest request() const;

Q_SIGNALS:
    void presentRequested();
    void metricActivated(cp::Id metricId);
    void departmentActivated(cp::Id departmentId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reloadRegions();
    void reloadScope(); // documents, departments and targets of the region
    void reloadTargets();
    void updateVisibility();
    void apply();
    void fitChart();

    Workspace *m_workspace;
    ChartView *m_chart;
    QScrollArea *m_scroll;
    QComboBox *m_kind;
    QComboBox *m_region;
    QComboBox *m_document;
    QComboBox *m_department;
    QComboBox *m_target;
    QComboBox *m_heatMode;
    QDateEdit *m_month;
    QLabel *m_regionLabel;
    QLabel *m_documentLabel;
    QLabel *m_departmentLabel;
    QLabel *m_targetLabel;
    QLabel *m_monthLabel;
    QHash<QWidget *, QAction *> m_barActions; // shown or hidden with the chart's kind
    bool m_defaultsShown = false;
    bool m_updating = false;
};

} // namespace cp::ui
