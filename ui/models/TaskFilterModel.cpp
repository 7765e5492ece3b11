#include "TaskFilterModel.h"

#include "TaskTableModel.h"
#include "importing/ChineseScript.h"

#include <QJsonArray>

namespace cp::ui {

bool TaskFilter::isEmpty() const
{
    return *this == TaskFilter();
}

QJsonObject TaskFilter::toJson() const
{
    QJsonObject o;
    if (!search.isEmpty())
        o.insert(QStringLiteral("search"), search);
    if (regionId)
        o.insert(QStringLiteral("region"), regionId);
    if (documentId)
        o.insert(QStringLiteral("document"), documentId);
    if (!sectionIds.isEmpty()) {
        QJsonArray sections;
        for (Id id : sectionIds)
            sections.append(id);
        o.insert(QStringLiteral("sections"), sections);
    }
    if (departmentId) {
        o.insert(QStringLiteral("department"), departmentId);
        o.insert(QStringLiteral("lead_only"), leadOnly);
    }
    if (status)
        o.insert(QStringLiteral("status"), toCode(*status));
    if (hasMetrics)
        o.insert(QStringLiteral("has_metrics"), true);
    if (noLead)
        o.insert(QStringLiteral("no_lead"), true);
    if (deadlineBefore.isValid())
        o.insert(QStringLiteral("deadline_before"), deadlineBefore.toString(Qt::ISODate));
    return o;
}

TaskFilter TaskFilter::fromJson(const QJsonObject &o)
{
    TaskFilter f;
    f.search = o.value(QLatin1String("search")).toString();
    f.regionId = o.value(QLatin1String("region")).toInteger();
    f.documentId = o.value(QLatin1String("document")).toInteger();
    for (const QJsonValue &v : o.value(QLatin1String("sections")).toArray())
        f.sectionIds.insert(v.toInteger());
    f.departmentId = o.value(QLatin1String("department")).toInteger();
    f.leadOnly = o.value(QLatin1String("lead_only")).toBool();
    if (o.contains(QLatin1String("status")))
        f.status = fromCode<TaskStatus>(o.value(QLatin1String("status")).toString());
    f.hasMetrics = o.value(QLatin1String("has_metrics")).toBool();
    f.noLead = o.value(QLatin1String("no_lead")).toBool();
    f.deadlineBefore = QDate::fromString(o.value(QLatin1String("deadline_before")).toString(), Qt::ISODate);
    return f;
}

TaskFilterModel::TaskFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TaskFilterModel::setTaskModel(TaskTableModel *model)
{
    m_tasks = model;
    setSourceModel(model);
}

void TaskFilterModel::setFilter(const TaskFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_foldedSearch = ChineseScript::fold(filter.search).trimmed();
    m_terms = m_foldedSearch.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // One layout change rather than invalidateFilter()'s removal and insertion of every run of
    // rows: with 10 000 tasks a keystroke would otherwise send thousands of signals to the view.
    // Persistent indexes (the current task, the selection) survive a layout change.
    invalidate();
    Q_EMIT filterChanged();
}

void TaskFilterModel::setSearch(const QString &text)
{
    TaskFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_tasks || sourceParent.isValid())
        return true;
    const TaskTableModel::Row &row = m_tasks->row(sourceRow);
    const TaskFilter &f = m_filter;
    if (f.documentId && row.task.documentId != f.documentId)
        return false;
    if (f.regionId && !m_regionScope.contains(row.regionId) && row.regionId != f.regionId)
        return false;
    if (!f.sectionIds.isEmpty() && !f.sectionIds.contains(row.task.sectionId))
        return false;
    if (f.departmentId && !(f.leadOnly ? row.leadIds : row.departmentIds).contains(f.departmentId))
        return false;
    if (f.status && row.task.status != *f.status)
        return false;
    if (f.hasMetrics && row.metricCount == 0)
        return false;
    if (f.noLead && !row.leadIds.isEmpty())
        return false;
    if (f.deadlineBefore.isValid() && (!row.task.deadline.isValid() || row.task.deadline >= f.deadlineBefore))
        return false;
    // Every word typed must be found (in any order).
    for (const QString &term : m_terms) {
        if (!row.searchKey.contains(term))
            return false;
    }
    return true;
}

} // namespace cp::ui
