#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeView;

namespace cp {
class Workspace;
}

namespace cp::ui {

class DispatchRankingModel;
class DispatchRulesDialog;
class EditActions;
class ScoreDetailModel;

// The monthly dispatch (月调度) of a region: the departments ranked by score for a month, where the
// selected department's score comes from, which departments were late with their reports, and the
// rules in force (editable in DispatchRulesDialog). Everything follows changes to the workspace.
class DispatchView : public QWidget
{
    Q_OBJECT

public:
    DispatchView(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);
    ~DispatchView() override;

    // Unless set, the latest month with a report or reading (found when first shown), else the
    // current month; and the first region whose departments have tasks.
    Month month() const;
    void setMonth(Month month);
    Id regionId() const;
    void setRegion(Id regionId); // 0: every region
    // The department whose score the drill-down shows; 0 for none.
    Id currentDepartment() const { return m_department; }
    void selectDepartment(Id departmentId);

    // Opens the rules dialog (window-modal, deleted when closed).
    DispatchRulesDialog *openRulesDialog();

    QTableView *rankingView() const { return m_ranking; }
    QTreeView *detailView() const { return m_detail; }
    QListWidget *lateView() const { return m_late; }
    QComboBox *regionBox() const { return m_region; }
    QDateEdit *monthEdit() const { return m_month; }
    DispatchRankingModel *rankingModel() const { return m_model; }
    QSortFilterProxyModel *rankingProxy() const { return m_proxy; }
    ScoreDetailModel *detailModel() const { return m_detailModel; }

Q_SIGNALS:
    // A report of a task was activated in the drill-down (double-click, Enter).
    void taskActivated(cp::Id taskId);
    void departmentSelected(cp::Id departmentId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void reloadRegions();
    // After opening: the first region with tasks, and (once shown: it reads every report and
    // reading) the latest month with a report or reading.
    void showDefaults();
    Month latestReportedMonth() const;
    // The first region in the list whose departments have tasks.
    Id defaultRegion() const;
    void onComputed();
    void onCurrentRowChanged();
    void showDetail();
    void updateSummary();
    void updateLate();

    Workspace *m_workspace;
    EditActions *m_edits;
    DispatchRankingModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ScoreDetailModel *m_detailModel;
    QToolButton *m_previous;
    QDateEdit *m_month;
    QToolButton *m_next;
    QLabel *m_regionLabel;
    QComboBox *m_region;
    QPushButton *m_editRules;
    QLabel *m_summary;
    QTableView *m_ranking;
    QLabel *m_lateHeading;
    QListWidget *m_late;
    QLabel *m_pending;
    QLabel *m_detailHeading;
    QTreeView *m_detail;
    Id m_department = 0;         // kept across recomputes, so the selection survives a reset
    bool m_monthPending = false; // the default month is still to be found
    bool m_updating = false;
};

} // namespace cp::ui
