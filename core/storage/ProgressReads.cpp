// ProgressRepository: the reads the monthly dispatch and the status of metrics and tasks need,
// each a handful of set-wise queries so that a whole province is read in a fraction of a second.
// A region filter is written "? IN (0, d.region_id)": 0 reads every region.
#include "Database.h"
#include "MetricRepository.h"
#include "ProgressRepository.h"
#include "Query.h"

#include <numeric>

namespace cp {

namespace {

// Linked metrics (metric_links) fall into groups that share readings: a small union-find.
class Groups
{
public:
    Id find(Id id)
    {
        Id root = id;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        while (id != root) { // path compression
            const Id next = m_parent.value(id, id);
            m_parent.insert(id, root);
            id = next;
        }
        return root;
    }
    void unite(Id a, Id b)
    {
        const Id ra = find(a), rb = find(b);
        if (ra != rb)
            m_parent.insert(std::max(ra, rb), std::min(ra, rb));
    }

private:
    QHash<Id, Id> m_parent;
};

} // namespace

Result<DispatchInput> ProgressRepository::dispatchInput(Month month, Id regionId) const
{
    DispatchInput in;
    in.month = month;
    {
        Query q(m_db, QStringLiteral("SELECT id, region_id, name FROM departments WHERE ? IN (0, region_id) ORDER BY region_id, id"));
        q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            in.departments.append({q.id(0), q.id(1), q.text(2)});
    }
    {
        // 年度任务: the tasks of the month's year's documents (a document without a year counts too).
        Query q(m_db, QStringLiteral("SELECT td.task_id, td.department_id, td.role, t.path, t.title FROM task_departments td "
                                     "JOIN tasks t ON t.id = td.task_id JOIN documents d ON d.id = t.document_id "
                                     "WHERE ? IN (0, d.region_id) AND ifnull(d.year, ?) = ? ORDER BY td.task_id, td.position"));
        q.bind(regionId, month.year(), month.year());
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            in.assignments.append({q.id(0), q.id(1), fromCode<Role>(q.text(2)).value_or(Role::Cooperating)});
            if (!in.taskLabels.contains(q.id(0)))
                in.taskLabels.insert(q.id(0), q.text(3) + QLatin1Char(' ') + q.text(4));
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT r.id, r.task_id, r.department_id, r.status, r.submitted_at, "
                                     "(SELECT count(*) FROM evidence_links l WHERE l.task_report_id = r.id), t.path, t.title "
                                     "FROM task_reports r JOIN departments dep ON dep.id = r.department_id "
                                     "JOIN tasks t ON t.id = r.task_id "
                                     "WHERE r.period = ? AND ? IN (0, dep.region_id) ORDER BY r.id"));
        q.bind(month.toString(), regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            in.reports.append({q.id(0), q.id(1), q.id(2), fromCode<TaskStatus>(q.text(3)).value_or(TaskStatus::NotStarted),
                               q.timestamp(4), q.value(5).toInt()});
            if (!in.taskLabels.contains(q.id(1)))
                in.taskLabels.insert(q.id(1), q.text(6) + QLatin1Char(' ') + q.text(7));
        }
    }
    {
        // A task is completed from the first month anyone reported it 已办结.
        Query q(m_db, QStringLiteral("SELECT r.task_id, min(r.period) FROM task_reports r "
                                     "JOIN departments dep ON dep.id = r.department_id "
                                     "WHERE r.status = 'completed' AND r.period < ? AND ? IN (0, dep.region_id) GROUP BY r.task_id"));
        q.bind(month.toString(), regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (auto m = Month::parse(q.text(1)))
                in.completedBefore.insert(q.id(0), *m);
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT e.id, e.department_id, e.kind, e.level, e.date, e.note, "
                                     "(SELECT count(*) FROM evidence_links l WHERE l.event_id = e.id) "
                                     "FROM dispatch_events e JOIN departments dep ON dep.id = e.department_id "
                                     "WHERE e.date BETWEEN ? AND ? AND ? IN (0, dep.region_id) ORDER BY e.date, e.id"));
        q.bind(month.firstDay(), month.lastDay(), regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            in.events.append({q.id(0), q.id(1), fromCode<EventKind>(q.text(2)).value_or(EventKind::Commendation),
                              fromCode<EventLevel>(q.text(3)).value_or(EventLevel::None), q.date(4), q.text(5), q.value(6).toInt()});
        }
    }
    return in;
}

Result<QList<MetricTrack>> ProgressRepository::metricTracks(Month upTo, Id regionId) const
{
    auto metrics = MetricRepository(m_db).forRegion(regionId);
    if (!metrics)
        return metrics.error();
    struct Place
    {
        Id document = 0, region = 0;
        int year = 0;
    };
    QHash<Id, Place> places; // task → where it is
    {
        Query q(m_db, QStringLiteral("SELECT t.id, t.document_id, d.region_id, ifnull(d.year, 0) FROM tasks t "
                                     "JOIN documents d ON d.id = t.document_id WHERE ? IN (0, d.region_id)"));
        q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            places.insert(q.id(0), {q.id(1), q.id(2), q.value(3).toInt()});
    }
    Groups groups;
    {
        Query q(m_db, QStringLiteral("SELECT metric_a, metric_b FROM metric_links"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            groups.unite(q.id(0), q.id(1));
    }
    QHash<Id, QMap<Month, double>> readings; // by group
    {
        // Every region: one pass over the table. One region: down its documents' indexes to each
        // metric's readings. SQLite turns the period into a month number (a whole year counts for
        // December), which spares a string per reading; the time recorded is read only for linked
        // metrics, where two readings of a group for one month are settled by it (the later wins).
        const QString month = QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER) * 12 + CASE WHEN length(%1) = 4 THEN 11 "
                                             "ELSE CAST(substr(%1, 6, 2) AS INTEGER) - 1 END");
        const QString recorded = QStringLiteral("CASE WHEN r.metric_id IN (SELECT metric_a FROM metric_links UNION "
                                                "SELECT metric_b FROM metric_links) THEN r.recorded_at END");
        Query q(m_db, regionId ? QStringLiteral("SELECT r.metric_id, %1, r.value, %2 FROM documents d "
                                                "JOIN tasks t ON t.document_id = d.id JOIN metrics m ON m.task_id = t.id "
                                                "JOIN readings r ON r.metric_id = m.id WHERE d.region_id = ? AND +r.period <= ?")
                                     .arg(month.arg(QStringLiteral("r.period")), recorded)
                               : QStringLiteral("SELECT r.metric_id, %1, r.value, %2 FROM readings r WHERE +r.period <= ?")
                                     .arg(month.arg(QStringLiteral("r.period")), recorded));
        if (regionId)
            q.bind(regionId);
        q.bind(upTo.toString());
        if (Status s = q.exec(); !s)
            return s.error();
        QHash<std::pair<Id, int>, QString> recordedAt; // (group, month) → when its reading was recorded
        while (q.next()) {
            const Month m = Month::fromIndex(q.value(1).toInt());
            if (m > upTo)
                continue;
            const Id group = groups.find(q.id(0));
            const QVariant when = q.value(3);
            if (!when.isNull()) {
                QString &latest = recordedAt[{group, m.index()}];
                const QString time = when.toString(); // ISO 8601 UTC: comparable as text
                if (!latest.isEmpty() && time < latest)
                    continue;
                latest = time;
            }
            readings[group].insert(m, q.value(2).toDouble());
        }
    }
    QHash<Id, QMap<Month, double>> plans;
    {
        Query q(m_db, QStringLiteral("SELECT p.metric_id, p.period, p.value FROM metric_plans p JOIN metrics m ON m.id = p.metric_id "
                                     "JOIN tasks t ON t.id = m.task_id JOIN documents d ON d.id = t.document_id "
                                     "WHERE ? IN (0, d.region_id)"));
        q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (auto month = Month::parse(q.text(1)))
                plans[q.id(0)].insert(*month, q.value(2).toDouble());
        }
    }
    QList<MetricTrack> tracks;
    tracks.reserve(metrics->size());
    for (const Metric &m : *metrics) {
        MetricTrack t;
        const Place place = places.value(m.taskId);
        t.metric = m;
        t.documentId = place.document;
        t.regionId = place.region;
        t.documentYear = place.year;
        t.readings = readings.value(groups.find(m.id));
        t.plan = plans.value(m.id);
        tracks.append(std::move(t));
    }
    return tracks;
}

Result<QList<TaskTrack>> ProgressRepository::taskTracks(Month upTo, Id regionId) const
{
    QList<TaskTrack> tracks;
    QHash<Id, qsizetype> index;
    {
        Query q(m_db, QStringLiteral("SELECT t.id, t.document_id, d.region_id, ifnull(d.year, 0), t.deadline FROM tasks t "
                                     "JOIN documents d ON d.id = t.document_id WHERE ? IN (0, d.region_id) "
                                     "ORDER BY t.document_id, t.position, t.id"));
        q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            TaskTrack t;
            t.taskId = q.id(0);
            t.documentId = q.id(1);
            t.regionId = q.id(2);
            t.documentYear = q.value(3).toInt();
            t.deadline = q.date(4);
            index.insert(t.taskId, tracks.size());
            tracks.append(t);
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT td.task_id, td.department_id FROM task_departments td JOIN tasks t ON t.id = td.task_id "
                                     "JOIN documents d ON d.id = t.document_id WHERE td.role = 'lead' AND ? IN (0, d.region_id) "
                                     "ORDER BY td.task_id, td.position"));
        q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (auto it = index.constFind(q.id(0)); it != index.constEnd())
                tracks[*it].leads.append(q.id(1));
        }
    }
    {
        Query q(m_db, QStringLiteral("SELECT r.task_id, r.period, r.department_id, r.status, "
                                     "(SELECT count(*) FROM evidence_links l WHERE l.task_report_id = r.id) "
                                     "FROM task_reports r JOIN tasks t ON t.id = r.task_id JOIN documents d ON d.id = t.document_id "
                                     "WHERE r.period <= ? AND ? IN (0, d.region_id) ORDER BY r.period, r.id"));
        q.bind(upTo.toString(), regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.id(0));
            const auto month = Month::parse(q.text(1));
            if (it != index.constEnd() && month)
                tracks[*it].reports.append({*month, q.id(2), fromCode<TaskStatus>(q.text(3)).value_or(TaskStatus::NotStarted),
                                            q.value(4).toInt()});
        }
    }
    return tracks;
}

Result<QMap<Month, double>> ProgressRepository::plan(Id metricId) const
{
    Query q(m_db, QStringLiteral("SELECT period, value FROM metric_plans WHERE metric_id = ? ORDER BY period"));
    q.bind(metricId);
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<Month, double> out;
    while (q.next()) {
        if (auto month = Month::parse(q.text(0)))
            out.insert(*month, q.value(1).toDouble());
    }
    return out;
}

Status ProgressRepository::setPlan(Id metricId, const QMap<Month, double> &plan)
{
    return m_db.transaction([&]() -> Status {
        Query clear(m_db, QStringLiteral("DELETE FROM metric_plans WHERE metric_id = ?"));
        clear.bind(metricId);
        if (Status s = clear.exec(); !s)
            return s;
        for (auto it = plan.constBegin(); it != plan.constEnd(); ++it) {
            Query q(m_db, QStringLiteral("INSERT INTO metric_plans (metric_id, period, value) VALUES (?, ?, ?)"));
            q.bind(metricId, it.key().toString(), it.value());
            if (Status s = q.exec(); !s)
                return s;
        }
        return Status();
    });
}

} // namespace cp
