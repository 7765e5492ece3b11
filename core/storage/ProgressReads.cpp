// ProgressRepository: the reads the monthly dispatch and the status of metrics and tasks need,
// each a handful of set-wise queries so that a whole province is read in a fraction of a second.
// A region filter is written "? IN (0, d.region_id)": 0 reads every region.
#include "Database.h"
#include "ProgressRepository.h"
#include "Query.h"

#include <QSet>

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
        Query q(m_db, QStringLiteral("SELECT td.task_id, td.department_id, td.role FROM task_departments td "
                                     "JOIN tasks t ON t.id = td.task_id JOIN documents d ON d.id = t.document_id "
                                     "WHERE ? IN (0, d.region_id) AND ifnull(d.year, ?) = ?"));
        q.bind(regionId, month.year(), month.year());
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            in.assignments.append({q.id(0), q.id(1), q.text(2) == QLatin1String("lead") ? Role::Lead : Role::Cooperating});
    }
    {
        // How explanations name those tasks, and any other task reported on in the month.
        Query q(m_db, QStringLiteral("SELECT t.id, t.path || ' ' || t.title FROM tasks t JOIN documents d ON d.id = t.document_id "
                                     "WHERE ? IN (0, d.region_id) AND (ifnull(d.year, ?) = ? OR t.id IN "
                                     "(SELECT task_id FROM task_reports WHERE period = ?))"));
        q.bind(regionId, month.year(), month.year(), month.toString());
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            in.taskLabels.insert(q.id(0), q.text(1));
    }
    {
        Query q(m_db, QStringLiteral("SELECT r.id, r.task_id, r.department_id, r.status, r.submitted_at, "
                                     "(SELECT count(*) FROM evidence_links l WHERE l.task_report_id = r.id) "
                                     "FROM task_reports r JOIN departments dep ON dep.id = r.department_id "
                                     "WHERE r.period = ? AND ? IN (0, dep.region_id)"));
        q.bind(month.toString(), regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            in.reports.append({q.id(0), q.id(1), q.id(2), fromCode<TaskStatus>(q.text(3)).value_or(TaskStatus::NotStarted),
                               q.timestamp(4), q.value(5).toInt()});
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
    // A region's targets are found down its documents' indexes; all regions are read in one pass.
    const QString scope = regionId ? QStringLiteral("d.region_id = ?") : QStringLiteral("1");
    QList<MetricTrack> tracks;
    QHash<Id, qsizetype> indexOf; // metric → its track
    {
        // What a status needs of a target (not its quote), and where it is.
        Query q(m_db, QStringLiteral("SELECT m.id, m.task_id, m.position, m.label, m.value, m.value_max, m.unit, m.comparator, "
                                     "m.baseline, m.kind, m.period, t.document_id, d.region_id, ifnull(d.year, 0) "
                                     "FROM documents d JOIN tasks t ON t.document_id = d.id JOIN metrics m ON m.task_id = t.id "
                                     "WHERE %1 ORDER BY d.id, t.position, m.position, m.id")
                          .arg(scope));
        if (regionId)
            q.bind(regionId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            MetricTrack t;
            Metric &m = t.metric;
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
            t.documentId = q.id(11);
            t.regionId = q.id(12);
            t.documentYear = q.value(13).toInt();
            indexOf.insert(m.id, tracks.size());
            tracks.append(std::move(t));
        }
    }
    {
        // Each target's own readings up to the month. SQLite turns the period into a month number
        // (a whole year counts for December), which spares a string per reading.
        const QString month = QStringLiteral("CAST(substr(r.period, 1, 4) AS INTEGER) * 12 + CASE WHEN length(r.period) = 4 THEN 11 "
                                             "ELSE CAST(substr(r.period, 6, 2) AS INTEGER) - 1 END");
        Query q(m_db, regionId ? QStringLiteral("SELECT r.metric_id, %1, r.value FROM documents d JOIN tasks t ON t.document_id = d.id "
                                                "JOIN metrics m ON m.task_id = t.id JOIN readings r ON r.metric_id = m.id "
                                                "WHERE d.region_id = ? AND +r.period <= ?")
                                     .arg(month)
                               : QStringLiteral("SELECT r.metric_id, %1, r.value FROM readings r WHERE +r.period <= ?").arg(month));
        if (regionId)
            q.bind(regionId);
        q.bind(upTo.toString());
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const Month m = Month::fromIndex(q.value(1).toInt());
            const auto it = indexOf.constFind(q.id(0));
            if (m <= upTo && it != indexOf.constEnd())
                tracks[*it].readings.insert(m, q.value(2).toDouble());
        }
    }
    // Linked targets (the same target in two documents) share their readings. Where two of a group
    // were read differently for one month, the one recorded later counts.
    Groups groups;
    QHash<Id, QList<Id>> members; // group → its metrics
    {
        Query q(m_db, QStringLiteral("SELECT metric_a, metric_b FROM metric_links"));
        if (Status s = q.exec(); !s)
            return s.error();
        QList<std::pair<Id, Id>> links;
        while (q.next()) {
            if (indexOf.contains(q.id(0)) && indexOf.contains(q.id(1))) {
                groups.unite(q.id(0), q.id(1));
                links.append({q.id(0), q.id(1)});
            }
        }
        for (const auto &[a, b] : links) {
            for (Id id : {a, b}) {
                QList<Id> &list = members[groups.find(id)];
                if (!list.contains(id))
                    list.append(id);
            }
        }
    }
    QSet<Id> conflicting; // metrics of groups read differently for one month
    QHash<Id, QMap<Month, double>> shared;
    for (auto g = members.constBegin(); g != members.constEnd(); ++g) {
        QMap<Month, double> merged;
        bool conflict = false;
        for (Id id : *g) {
            const QMap<Month, double> &own = tracks.at(indexOf.value(id)).readings;
            for (auto r = own.constBegin(); r != own.constEnd(); ++r) {
                const auto found = merged.constFind(r.key());
                if (found == merged.constEnd())
                    merged.insert(r.key(), r.value());
                else if (*found != r.value())
                    conflict = true;
            }
        }
        if (conflict) {
            for (Id id : *g)
                conflicting.insert(id);
        }
        shared.insert(g.key(), merged);
    }
    if (!conflicting.isEmpty()) {
        QStringList ids;
        for (Id id : conflicting)
            ids.append(QString::number(id));
        Query q(m_db, QStringLiteral("SELECT metric_id, period, value FROM readings WHERE metric_id IN (%1) AND period <= ? "
                                     "ORDER BY recorded_at, id")
                          .arg(ids.join(QLatin1Char(','))));
        q.bind(upTo.toString());
        if (Status s = q.exec(); !s)
            return s.error();
        QHash<Id, QMap<Month, double>> ordered; // later recorded replaces earlier
        while (q.next()) {
            const auto month = q.text(1).size() == 4 ? std::optional<Month>(Month(q.text(1).toInt(), 12)) : Month::parse(q.text(1));
            if (month && *month <= upTo)
                ordered[groups.find(q.id(0))].insert(*month, q.value(2).toDouble());
        }
        for (auto g = ordered.constBegin(); g != ordered.constEnd(); ++g)
            shared[g.key()] = *g;
    }
    for (auto g = members.constBegin(); g != members.constEnd(); ++g) {
        for (Id id : *g)
            tracks[indexOf.value(id)].readings = shared.value(g.key());
    }
    {
        Query q(m_db, QStringLiteral("SELECT p.metric_id, p.period, p.value FROM metric_plans p"));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = indexOf.constFind(q.id(0));
            const auto month = Month::parse(q.text(1));
            if (it != indexOf.constEnd() && month)
                tracks[*it].plan.insert(*month, q.value(2).toDouble());
        }
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
