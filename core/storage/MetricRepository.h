#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace cp {

class Database;

// Quantitative targets of tasks, and links between metrics that track the same target.
class MetricRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::MetricRepository)

public:
    explicit MetricRepository(Database &db)
        : m_db(db)
    {}

    Result<Id> insert(const Metric &metric);
    Result<Metric> get(Id id) const;
    Result<QList<Metric>> forTask(Id taskId) const;
    // All metrics of a document's tasks, ordered by task position then metric position.
    Result<QList<Metric>> forDocument(Id documentId) const;
    Result<int> count() const;
    // Writes every field, the task included (a metric moves with a split or merge of tasks).
    Status update(const Metric &metric);
    // Deletes the metric; its readings and links go with it.
    Status remove(Id metricId);
    Result<QList<MetricLink>> linksOf(Id metricId) const;
    // Restores a link with its id (undo of a delete).
    Status restoreLink(const MetricLink &link);
    // All metrics of the workspace, by task then position.
    Result<QList<Metric>> all() const;
    // The metrics of a region's documents (0: every region), in document order.
    Result<QList<Metric>> forRegion(Id regionId) const;
    // The metrics the problems list may name: no unit, no value, or an "at least" target below its
    // baseline (the list itself decides; this only spares reading every metric).
    Result<QList<Metric>> questionable() const;

    Result<Id> link(Id a, Id b);
    Result<QList<MetricLink>> links() const;
    // The metric and every metric linked to it, directly or through others (sorted ids).
    Result<QList<Id>> linkedGroup(Id metricId) const;

private:
    Result<QList<Metric>> select(const QString &from, Id bound) const;

    Database &m_db;
};

} // namespace cp
