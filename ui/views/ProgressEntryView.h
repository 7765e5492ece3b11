#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTemporaryDir;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;
class EventListModel;
class PlanDialog;
class ReadingEntryModel;
class ReportEntryModel;

// A department's monthly entry form (月调度): for the region, month and department chosen, its task
// reports (status, narrative, evidence), its targets' readings with their status against the
// expected path, and its dispatch events. Cells are edited in place (F2 or typing; Tab moves across
// the editable columns), files dropped on a row become its evidence, and the row's context menu
// attaches, opens and removes evidence. Every change is one undoable step through EditActions.
class ProgressEntryView : public QWidget
{
    Q_OBJECT

public:
    ProgressEntryView(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);
    ~ProgressEntryView() override;

    void setRegion(Id regionId);
    void setMonth(Month month);
    // A department of the region with annual tasks in the month's year; another shows nothing.
    void setDepartment(Id departmentId);
    Id regionId() const { return m_regionId; }
    Month month() const { return m_month; }
    Id departmentId() const { return m_departmentId; }

    // Writes an evidence file's bytes under its own name into a temporary folder that lives as long
    // as the view, and returns the path; empty (with EditActions::failed) when it cannot.
    QString exportEvidence(const QString &sha256);
    // Opens a target's monthly plan (window-modal, deleted when closed).
    PlanDialog *openPlan(Id metricId);

    QComboBox *departmentBox() const { return m_department; }
    QDateEdit *monthEdit() const { return m_monthEdit; }
    QTableView *reportsView() const { return m_reportsView; }
    QTableView *readingsView() const { return m_readingsView; }
    QTableView *eventsView() const { return m_eventsView; }
    ReportEntryModel *reports() const { return m_reports; }
    ReadingEntryModel *readings() const { return m_readings; }
    EventListModel *events() const { return m_events; }

Q_SIGNALS:
    void departmentChanged(cp::Id departmentId);
    void monthChanged(cp::Month month);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The region's departments with annual tasks in the month's year; keeps the one chosen when it
    // is still there, else takes the first.
    void reloadDepartments();
    void applyScope();
    void updateDeadline();
    void updateButtons();
    void showMessage(const QString &message);
    template<typename Model>
    void showEvidenceMenu(QTableView *table, Model *model, const QPoint &pos);
    void showEventMenu(const QPoint &pos);
    void openEvidence(const QString &sha256);
    void addEvent();
    void editEvent(const QModelIndex &index);
    void removeEvent();

    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_regionId = 0;
    Id m_departmentId = 0;
    Month m_month;

    ReportEntryModel *m_reports = nullptr;
    ReadingEntryModel *m_readings = nullptr;
    EventListModel *m_events = nullptr;
    QLabel *m_departmentLabel = nullptr;
    QComboBox *m_department = nullptr;
    QLabel *m_monthLabel = nullptr;
    QDateEdit *m_monthEdit = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_reportsHeading = nullptr;
    QTableView *m_reportsView = nullptr;
    QLabel *m_readingsHeading = nullptr;
    QTableView *m_readingsView = nullptr;
    QLabel *m_eventsHeading = nullptr;
    QTableView *m_eventsView = nullptr;
    QPushButton *m_addEvent = nullptr;
    QPushButton *m_removeEvent = nullptr;
    QLabel *m_message = nullptr;
    std::unique_ptr<QTemporaryDir> m_exportDir; // evidence opened from the view
};

} // namespace cp::ui
