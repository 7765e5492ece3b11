#pragma once

#include "domain/Types.h"
#include "models/TaskFilterModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;
class TaskTableModel;

// The task table with its search box and filters: search as one types, filter by department (lead
// only or any role), status, "has targets", "no lead", deadline; the navigator sets the scope
// (region, document or section). Filters combine and can be saved as named views of the workspace.
class TaskListView : public QWidget
{
    Q_OBJECT

public:
    TaskListView(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);
    ~TaskListView() override;

    QTableView *table() const { return m_table; }
    TaskTableModel *taskModel() const { return m_tasks; }
    TaskFilterModel *filterModel() const { return m_filter; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *departmentBox() const { return m_department; }
    QCheckBox *leadOnlyCheck() const { return m_leadOnly; }

    // What the navigator selected: everything (all 0), a region and those under it, a document, a section.
    void setScope(Id regionId, const QSet<Id> &regions, Id documentId, const QSet<Id> &sections);
    // The whole filter: scope, search and the bar's choices.
    TaskFilter filter() const { return m_filter->filter(); }
    // Shows a saved view's filter (the scope is the navigator's to set: scopeRequested).
    void applyView(const TaskFilter &filter);
    QStringList viewNames() const;
    bool saveView(const QString &name);

    void selectTask(Id taskId);
    Id currentTaskId() const;
    QList<Id> selectedTaskIds() const;

    void saveSettings() const;
    void restoreSettings();

Q_SIGNALS:
    void currentTaskChanged(cp::Id taskId);
    void scopeRequested(const cp::ui::TaskFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadDepartments();
    void reloadViews();
    void updateFilter();
    void updateCount();
    void showColumnMenu(const QPoint &pos);
    QJsonObject storedViews() const;

    Workspace *m_workspace;
    EditActions *m_edits;
    TaskTableModel *m_tasks;
    TaskFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_department;
    QCheckBox *m_leadOnly;
    QComboBox *m_status;
    QCheckBox *m_hasTargets;
    QCheckBox *m_noLead;
    QCheckBox *m_dueCheck;
    QDateEdit *m_dueDate;
    QComboBox *m_views;
    QToolButton *m_saveView;
    QToolButton *m_deleteView;
    QToolButton *m_clear;
    QLabel *m_count;
    Id m_scopeRegion = 0;
    QSet<Id> m_scopeRegions;
    Id m_scopeDocument = 0;
    QSet<Id> m_scopeSections;
    bool m_updating = false;
};

} // namespace cp::ui
