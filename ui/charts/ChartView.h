#pragma once

#include "ChartData.h"
#include "ChartTheme.h"

#include <QChartView>
#include <QTimer>

namespace cp {
class Workspace;
}

namespace cp::ui {

// A chart of the workspace's progress: target progress, a trend, the dispatch ranking, the heat
// map or the document overview (ChartKind). It reads its data when the request changes and again
// shortly after progress, tasks or rules change. Clicking a bar or cell announces its task, target
// or department; the context menu copies the chart as an image or saves it as PNG or SVG.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(Workspace *workspace, QWidget *parent = nullptr);

    void setRequest(const ChartRequest &request);
    const ChartRequest &request() const { return m_request; }
    const ChartData &data() const { return m_data; }
    void setTheme(ChartTheme::Mode mode, double scale = 1.0);
    const ChartTheme &theme() const { return m_theme; }
    // A fixed time for the scores (tests); invalid: the current time.
    void setNow(const QDateTime &now);

    // Reads the data and builds the chart now (otherwise it happens once changes settle).
    void refresh();
    // Shows data read or made elsewhere (benchmarks, previews) until the next refresh.
    void setData(const ChartData &data);
    // Why the data could not be read; empty when it was.
    QString errorString() const { return m_error; }

    // The height the chart needs to show every bar or row readably at the current scale.
    int preferredHeight() const;

    QImage renderImage(const QSize &size) const;
    // The chart of the data laid out at a size and painted, as images and copies are made.
    static QImage renderImage(const ChartData &data, const ChartTheme &theme, const QSize &size);
    // PNG (or any raster format Qt writes) or SVG by the file's suffix, through QSaveFile.
    Status saveImage(const QString &path, const QSize &size) const;
    QByteArray svg(const QSize &size) const;

public Q_SLOTS:
    void copyImage();
    void saveImageAs();

Q_SIGNALS:
    void taskActivated(cp::Id taskId);
    void metricActivated(cp::Id metricId);
    void departmentActivated(cp::Id departmentId);
    // After every rebuild.
    void rebuilt();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void scheduleRefresh();
    void connectClicks();

    Workspace *m_workspace;
    ChartRequest m_request;
    ChartData m_data;
    ChartTheme m_theme;
    QDateTime m_now;
    QString m_error;
    QTimer m_timer;
};

} // namespace cp::ui
