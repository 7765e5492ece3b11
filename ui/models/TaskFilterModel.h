#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QJsonObject>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace cp::ui {

class TaskTableModel;

// What a planner filters the task table by; every part is optional and they combine.
struct TaskFilter
{
    QString search;          // as typed; matches task text, units (and their other names), target labels
    Id regionId = 0;         // a region and everything under it
    Id documentId = 0;
    QSet<Id> sectionIds;     // a section and its subsections
    Id departmentId = 0;
    bool leadOnly = false;   // the department leads (not only cooperates)
    std::optional<TaskStatus> status;
    bool hasMetrics = false; // only tasks with targets
    bool noLead = false;     // only tasks without a lead unit
    QDate deadlineBefore;    // only tasks due before this day

    bool isEmpty() const;
    // For saved views. Regions, documents, sections and departments are stored by id, which a
    // workspace keeps for good.
    QJsonObject toJson() const;
    static TaskFilter fromJson(const QJsonObject &json);
    friend bool operator==(const TaskFilter &, const TaskFilter &) = default;
};

// The task table as filtered: search as one types (Simplified and Traditional alike, full-width
// and half-width alike) and the filters above, combined; sorting by the model's SortRole.
class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    void setTaskModel(TaskTableModel *model);
    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    void setSearch(const QString &text);
    // The folded search text (what the highlighting delegate looks for).
    QString foldedSearch() const { return m_foldedSearch; }
    // Regions under a region (set by the window from the region tree).
    void setRegionScope(const QSet<Id> &regions) { m_regionScope = regions; }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TaskTableModel *m_tasks = nullptr;
    TaskFilter m_filter;
    QString m_foldedSearch;
    QStringList m_terms;
    QSet<Id> m_regionScope;
};

} // namespace cp::ui
