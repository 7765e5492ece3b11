#include "MetricRepository.h"

#include "Database.h"
#include "Query.h"

#include <QSet>

#include <algorithm>

namespace cp {

Result<Id> MetricRepository::insert(const Metric &m)
{
    Query q(m_db, QStringLiteral("INSERT INTO metrics (id, task_id, position, label, value, value_max, unit, comparator, "
                                 "baseline, kind, period, quote, span_start, span_end) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), Query::Reuse);
    q.bind(nullIfZero(m.id), m.taskId, m.position, m.label, m.value, m.valueMax, m.unit, toCode(m.comparator),
           m.baseline, toCode(m.kind), m.period, m.quote, spanStart(m.span), spanEnd(m.span));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Result<QList<Metric>> MetricRepository::select(const QString &tail, Id bound) const
{
    Query q(m_db, QStringLiteral("SELECT m.id, m.task_id, m.position, m.label, m.value, m.value_max, m.unit, "
                                 "m.comparator, m.baseline, m.kind, m.period, m.quote, m.span_start, m.span_end "
                                 "FROM metrics m ")
                      + tail);
    q.bind(bound);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Metric> out;
    while (q.next()) {
        Metric m;
        m.id = q.id(0);
        m.taskId = q.id(1);
        m.position = q.value(2).toInt();
        m.label = q.text(3);
        m.value = q.value(4).toDouble();
        m.valueMax = q.optionalDouble(5);
        m.unit = q.text(6);
        m.comparator = fromCode<Comparator>(q.text(7)).value_or(Comparator::Equal);
        m.baseline = q.optionalDouble(8);
        m.kind = fromCode<MetricKind>(q.text(9)).value_or(MetricKind::Absolute);
        m.period = q.text(10);
        m.quote = q.text(11);
        m.span = q.span(12);
        out.append(m);
    }
    return out;
}

Result<Metric> MetricRepository::get(Id id) const
{
    auto found = select(QStringLiteral("WHERE m.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(tr("metric %1 does not exist").arg(id));
    return found->first();
}

Result<QList<Metric>> MetricRepository::forTask(Id taskId) const
{
    return select(QStringLiteral("WHERE m.task_id = ? ORDER BY m.position, m.id"), taskId);
}

Result<QList<Metric>> MetricRepository::forDocument(Id documentId) const
{
    return select(QStringLiteral("JOIN tasks t ON t.id = m.task_id WHERE t.document_id = ? "
                                 "ORDER BY t.position, t.id, m.position, m.id"),
                  documentId);
}

Status MetricRepository::update(const Metric &m)
{
    Query q(m_db, QStringLiteral("UPDATE metrics SET task_id = ?, position = ?, label = ?, value = ?, value_max = ?, unit = ?, "
                                 "comparator = ?, baseline = ?, kind = ?, period = ?, quote = ?, span_start = ?, span_end = ? "
                                 "WHERE id = ?"));
    q.bind(m.taskId, m.position, m.label, m.value, m.valueMax, m.unit, toCode(m.comparator), m.baseline, toCode(m.kind),
           m.period, m.quote, spanStart(m.span), spanEnd(m.span), m.id);
    return q.execChanging(tr("metric %1").arg(m.id));
}

Status MetricRepository::remove(Id metricId)
{
    Query q(m_db, QStringLiteral("DELETE FROM metrics WHERE id = ?"));
    q.bind(metricId);
    return q.execChanging(tr("metric %1").arg(metricId));
}

Result<QList<MetricLink>> MetricRepository::linksOf(Id metricId) const
{
    Query q(m_db, QStringLiteral("SELECT id, metric_a, metric_b FROM metric_links WHERE metric_a = ? OR metric_b = ? ORDER BY id"));
    q.bind(metricId, metricId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MetricLink> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.id(2)});
    return out;
}

Status MetricRepository::restoreLink(const MetricLink &link)
{
    Query q(m_db, QStringLiteral("INSERT INTO metric_links (id, metric_a, metric_b) VALUES (?, ?, ?)"));
    q.bind(link.id, link.metricA, link.metricB);
    return q.exec();
}

Result<QList<Metric>> MetricRepository::all() const
{
    return select(QStringLiteral("WHERE m.id > ? ORDER BY m.task_id, m.position, m.id"), 0);
}

Result<QList<Metric>> MetricRepository::forRegion(Id regionId) const
{
    return select(QStringLiteral("JOIN tasks t ON t.id = m.task_id JOIN documents d ON d.id = t.document_id "
                                 "WHERE ? IN (0, d.region_id) ORDER BY d.id, t.position, m.position, m.id"),
                  regionId);
}

Result<QList<Metric>> MetricRepository::questionable() const
{
    return select(QStringLiteral("WHERE m.id > ? AND (m.unit = '' OR m.value = 0 OR (m.baseline IS NOT NULL AND m.value < m.baseline)) "
                                 "ORDER BY m.task_id, m.position, m.id"),
                  0);
}

Result<int> MetricRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM metrics"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<Id> MetricRepository::link(Id a, Id b)
{
    if (a == b)
        return Error(tr("a metric cannot be linked to itself"));
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO metric_links (metric_a, metric_b) VALUES (?, ?)"));
    q.bind(std::min(a, b), std::max(a, b));
    if (Status s = q.exec(); !s)
        return s.error();
    Query id(m_db, QStringLiteral("SELECT id FROM metric_links WHERE metric_a = ? AND metric_b = ?"));
    id.bind(std::min(a, b), std::max(a, b));
    if (Status s = id.exec(); !s)
        return s.error();
    return id.next() ? id.id(0) : Id(0);
}

Result<QList<MetricLink>> MetricRepository::links() const
{
    Query q(m_db, QStringLiteral("SELECT id, metric_a, metric_b FROM metric_links ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<MetricLink> out;
    while (q.next())
        out.append({q.id(0), q.id(1), q.id(2)});
    return out;
}

Result<QList<Id>> MetricRepository::linkedGroup(Id metricId) const
{
    Query q(m_db, QStringLiteral("WITH RECURSIVE grp(id) AS (SELECT ? UNION "
                                 "SELECT CASE WHEN l.metric_a = grp.id THEN l.metric_b ELSE l.metric_a END "
                                 "FROM metric_links l JOIN grp ON l.metric_a = grp.id OR l.metric_b = grp.id) "
                                 "SELECT id FROM grp ORDER BY id"));
    q.bind(metricId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Id> out;
    while (q.next())
        out.append(q.id(0));
    return out;
}

} // namespace cp
