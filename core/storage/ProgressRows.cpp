// ProgressRepository: single readings, reports and events — read one, change it, remove it — and
// the rows of one month, as the entry forms and lists show them.
#include "Database.h"
#include "ProgressRepository.h"
#include "Query.h"

namespace cp {

namespace {

const QString kReadingColumns = QStringLiteral("r.id, r.metric_id, r.period, r.value, r.note, ifnull(r.department_id, 0), r.recorded_at");
const QString kReportColumns = QStringLiteral("r.id, r.task_id, r.department_id, r.period, r.status, r.narrative, r.submitted_at");
const QString kEventColumns = QStringLiteral("e.id, e.department_id, e.kind, e.level, e.date, e.note");

Reading readingAt(const Query &q)
{
    return Reading{q.id(0), q.id(1), q.text(2), q.value(3).toDouble(), q.text(4), q.id(5), q.timestamp(6), {}};
}

TaskReport reportAt(const Query &q)
{
    return TaskReport{q.id(0), q.id(1), q.id(2), q.text(3), fromCode<TaskStatus>(q.text(4)).value_or(TaskStatus::NotStarted),
                      q.text(5), q.timestamp(6), {}};
}

DispatchEvent eventAt(const Query &q)
{
    return DispatchEvent{q.id(0), q.id(1), fromCode<EventKind>(q.text(2)).value_or(EventKind::Commendation),
                         fromCode<EventLevel>(q.text(3)).value_or(EventLevel::None), q.date(4), q.text(5), {}};
}

} // namespace

Result<QStringList> ProgressRepository::evidenceOf(Owner owner, Id ownerId) const
{
    static const QString columns[] = {QStringLiteral("task_report_id"), QStringLiteral("reading_id"), QStringLiteral("event_id")};
    Query q(m_db, QStringLiteral("SELECT f.sha256 FROM evidence_links l JOIN evidence_files f ON f.id = l.evidence_id "
                                 "WHERE l.%1 = ? ORDER BY l.position")
                      .arg(columns[int(owner)]));
    q.bind(ownerId);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    return out;
}

Status ProgressRepository::replaceEvidence(Owner owner, Id ownerId, const QStringList &sha256s)
{
    static const QString columns[] = {QStringLiteral("task_report_id"), QStringLiteral("reading_id"), QStringLiteral("event_id")};
    Query q(m_db, QStringLiteral("DELETE FROM evidence_links WHERE %1 = ?").arg(columns[int(owner)]));
    q.bind(ownerId);
    if (Status s = q.exec(); !s)
        return s;
    return linkEvidence(owner, ownerId, sha256s);
}

Result<Reading> ProgressRepository::reading(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM readings r WHERE r.id = ?").arg(kReadingColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("reading %1 does not exist").arg(id));
    Reading r = readingAt(q);
    auto evidence = evidenceOf(Owner::Reading, id);
    if (!evidence)
        return evidence.error();
    r.evidence = *evidence;
    return r;
}

Result<Id> ProgressRepository::findReading(Id metricId, const QString &period) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM readings WHERE metric_id = ? AND period = ?"));
    q.bind(metricId, period);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

Status ProgressRepository::updateReading(const Reading &r)
{
    return m_db.transaction([&]() -> Status {
        Query q(m_db, QStringLiteral("UPDATE readings SET metric_id = ?, period = ?, value = ?, note = ?, department_id = ?, "
                                     "recorded_at = ? WHERE id = ?"));
        q.bind(r.metricId, r.period, r.value, r.note, nullIfZero(r.departmentId), r.recordedAt, r.id);
        if (Status s = q.execChanging(tr("reading %1").arg(r.id)); !s)
            return s;
        return replaceEvidence(Owner::Reading, r.id, r.evidence);
    });
}

Status ProgressRepository::removeReading(Id id)
{
    Query q(m_db, QStringLiteral("DELETE FROM readings WHERE id = ?"));
    q.bind(id);
    return q.execChanging(tr("reading %1").arg(id));
}

Result<QList<Reading>> ProgressRepository::readingsForMonth(Month month, Id regionId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM readings r JOIN metrics m ON m.id = r.metric_id JOIN tasks t ON t.id = m.task_id "
                                 "JOIN documents d ON d.id = t.document_id WHERE r.period = ? AND ? IN (0, d.region_id) "
                                 "ORDER BY d.id, t.position, m.position")
                      .arg(kReadingColumns));
    q.bind(month.toString(), regionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Reading> out;
    while (q.next())
        out.append(readingAt(q));
    for (Reading &r : out) {
        auto evidence = evidenceOf(Owner::Reading, r.id);
        if (!evidence)
            return evidence.error();
        r.evidence = *evidence;
    }
    return out;
}

Result<TaskReport> ProgressRepository::report(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM task_reports r WHERE r.id = ?").arg(kReportColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("report %1 does not exist").arg(id));
    TaskReport r = reportAt(q);
    auto evidence = evidenceOf(Owner::Report, id);
    if (!evidence)
        return evidence.error();
    r.evidence = *evidence;
    return r;
}

Result<Id> ProgressRepository::findReport(Id taskId, Id departmentId, const QString &period) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM task_reports WHERE task_id = ? AND department_id = ? AND period = ?"));
    q.bind(taskId, departmentId, period);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

Status ProgressRepository::updateReport(const TaskReport &r)
{
    return m_db.transaction([&]() -> Status {
        Query q(m_db, QStringLiteral("UPDATE task_reports SET task_id = ?, department_id = ?, period = ?, status = ?, narrative = ?, "
                                     "submitted_at = ? WHERE id = ?"));
        q.bind(r.taskId, r.departmentId, r.period, toCode(r.status), r.narrative, r.submittedAt, r.id);
        if (Status s = q.execChanging(tr("report %1").arg(r.id)); !s)
            return s;
        return replaceEvidence(Owner::Report, r.id, r.evidence);
    });
}

Status ProgressRepository::removeReport(Id id)
{
    Query q(m_db, QStringLiteral("DELETE FROM task_reports WHERE id = ?"));
    q.bind(id);
    return q.execChanging(tr("report %1").arg(id));
}

Result<QList<TaskReport>> ProgressRepository::reportsForMonth(Month month, Id regionId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM task_reports r JOIN departments dep ON dep.id = r.department_id "
                                 "WHERE r.period = ? AND ? IN (0, dep.region_id) ORDER BY r.department_id, r.task_id")
                      .arg(kReportColumns));
    q.bind(month.toString(), regionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TaskReport> out;
    while (q.next())
        out.append(reportAt(q));
    for (TaskReport &r : out) {
        auto evidence = evidenceOf(Owner::Report, r.id);
        if (!evidence)
            return evidence.error();
        r.evidence = *evidence;
    }
    return out;
}

Result<DispatchEvent> ProgressRepository::event(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM dispatch_events e WHERE e.id = ?").arg(kEventColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("event %1 does not exist").arg(id));
    DispatchEvent e = eventAt(q);
    auto evidence = evidenceOf(Owner::Event, id);
    if (!evidence)
        return evidence.error();
    e.evidence = *evidence;
    return e;
}

Status ProgressRepository::updateEvent(const DispatchEvent &e)
{
    return m_db.transaction([&]() -> Status {
        Query q(m_db, QStringLiteral("UPDATE dispatch_events SET department_id = ?, kind = ?, level = ?, date = ?, note = ? WHERE id = ?"));
        q.bind(e.departmentId, toCode(e.kind), toCode(e.level), e.date, e.note, e.id);
        if (Status s = q.execChanging(tr("event %1").arg(e.id)); !s)
            return s;
        return replaceEvidence(Owner::Event, e.id, e.evidence);
    });
}

Status ProgressRepository::removeEvent(Id id)
{
    Query q(m_db, QStringLiteral("DELETE FROM dispatch_events WHERE id = ?"));
    q.bind(id);
    return q.execChanging(tr("event %1").arg(id));
}

Result<QList<DispatchEvent>> ProgressRepository::eventsForMonth(Month month, Id regionId) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM dispatch_events e JOIN departments dep ON dep.id = e.department_id "
                                 "WHERE e.date BETWEEN ? AND ? AND ? IN (0, dep.region_id) ORDER BY e.date, e.id")
                      .arg(kEventColumns));
    q.bind(month.firstDay(), month.lastDay(), regionId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<DispatchEvent> out;
    while (q.next())
        out.append(eventAt(q));
    for (DispatchEvent &e : out) {
        auto evidence = evidenceOf(Owner::Event, e.id);
        if (!evidence)
            return evidence.error();
        e.evidence = *evidence;
    }
    return out;
}

Result<std::optional<Month>> ProgressRepository::latestMonth() const
{
    // Both read down their period indexes.
    Query q(m_db, QStringLiteral("SELECT max(p) FROM (SELECT max(period) AS p FROM task_reports UNION ALL "
                                 "SELECT max(period) FROM readings WHERE length(period) = 7)"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<Month>();
    return Month::parse(q.text(0));
}

Result<EvidenceFile> ProgressRepository::evidenceFile(const QString &sha256) const
{
    Query q(m_db, QStringLiteral("SELECT id, sha256, name, bytes FROM evidence_files WHERE sha256 = ?"));
    q.bind(sha256);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("evidence file %1 is not in this workspace").arg(sha256));
    return EvidenceFile{q.id(0), q.text(1), q.text(2), q.value(3).toLongLong()};
}

} // namespace cp
