#include "ProgressRepository.h"

#include "Database.h"
#include "Query.h"

#include <QCryptographicHash>
#include <QHash>

namespace cp {

namespace {

QString ownerColumn(int owner)
{
    static const QString columns[] = {QStringLiteral("task_report_id"), QStringLiteral("reading_id"),
                                      QStringLiteral("event_id")};
    return columns[owner];
}

// Runs body, the insert of a row of table (setting id) and of its evidence links, all or nothing.
// On its own it is a transaction. Within a larger one (an import) it takes no savepoint, which
// copies every page the insert touches and costs more than the insert: the evidence is looked up
// first, so that a missing file stores nothing, and a row whose links still fail is removed again.
Status atomically(Database &db, const QString &table, const Id &id, const QStringList &evidence,
                  const std::function<Status()> &body)
{
    if (!db.inTransaction())
        return db.transaction(body);
    for (const QString &sha : evidence) {
        Query q(db, QStringLiteral("SELECT 1 FROM evidence_files WHERE sha256 = ?"), Query::Reuse);
        q.bind(sha);
        if (Status s = q.exec(); !s)
            return s;
        const bool stored = q.next();
        q.finish();
        if (!stored)
            return Error(QCoreApplication::translate("cp::ProgressRepository",
                                                     "evidence file %1 is not in this workspace")
                             .arg(sha));
    }
    Status status = body();
    if (!status && id) {
        Query undo(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)); // its links go with it
        undo.bind(id);
        undo.exec();
    }
    return status;
}

} // namespace

Result<QString> ProgressRepository::storeEvidence(const QString &name, const QByteArray &data)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    Query q(m_db, QStringLiteral("INSERT OR IGNORE INTO evidence_files (sha256, name, bytes, data) VALUES (?, ?, ?, ?)"),
            Query::Reuse);
    q.bind(sha, name, qint64(data.size()), QVariant(data));
    if (Status s = q.exec(); !s)
        return s.error();
    return sha;
}

Result<QByteArray> ProgressRepository::evidenceData(const QString &sha256) const
{
    Query q(m_db, QStringLiteral("SELECT data FROM evidence_files WHERE sha256 = ?"));
    q.bind(sha256);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("evidence file %1 is not in this workspace").arg(sha256));
    return q.value(0).toByteArray();
}

Result<QList<EvidenceFile>> ProgressRepository::evidenceFiles() const
{
    Query q(m_db, QStringLiteral("SELECT id, sha256, name, bytes FROM evidence_files ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<EvidenceFile> out;
    while (q.next())
        out.append({q.id(0), q.text(1), q.text(2), q.value(3).toLongLong()});
    return out;
}

Status ProgressRepository::linkEvidence(Owner owner, Id ownerId, const QStringList &sha256s)
{
    static const QString statements[] = {
        QStringLiteral("INSERT INTO evidence_links (evidence_id, %1, position) SELECT id, ?, ? FROM evidence_files "
                       "WHERE sha256 = ?").arg(ownerColumn(int(Owner::Report))),
        QStringLiteral("INSERT INTO evidence_links (evidence_id, %1, position) SELECT id, ?, ? FROM evidence_files "
                       "WHERE sha256 = ?").arg(ownerColumn(int(Owner::Reading))),
        QStringLiteral("INSERT INTO evidence_links (evidence_id, %1, position) SELECT id, ?, ? FROM evidence_files "
                       "WHERE sha256 = ?").arg(ownerColumn(int(Owner::Event))),
    };
    int position = 0;
    for (const QString &sha : sha256s) {
        Query q(m_db, statements[int(owner)], Query::Reuse);
        q.bind(ownerId, position++, sha);
        if (Status s = q.exec(); !s)
            return s;
        if (q.rowsAffected() != 1)
            return Error(tr("evidence file %1 is not in this workspace").arg(sha));
    }
    return {};
}

Result<QHash<Id, QStringList>> ProgressRepository::evidenceOf(Owner owner) const
{
    const QString column = ownerColumn(int(owner));
    Query q(m_db, QStringLiteral("SELECT l.%1, f.sha256 FROM evidence_links l JOIN evidence_files f ON f.id = l.evidence_id "
                                 "WHERE l.%1 IS NOT NULL ORDER BY l.%1, l.position")
                      .arg(column));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<Id, QStringList> out;
    while (q.next())
        out[q.id(0)].append(q.text(1));
    return out;
}

Result<Id> ProgressRepository::insertReading(const Reading &r)
{
    Id id = 0;
    Status status = atomically(m_db, QStringLiteral("readings"), id, r.evidence, [&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO readings (id, metric_id, period, value, note, department_id, recorded_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"), Query::Reuse);
        q.bind(nullIfZero(r.id), r.metricId, r.period, r.value, r.note, nullIfZero(r.departmentId),
               r.recordedAt.isValid() ? r.recordedAt : QDateTime::currentDateTimeUtc());
        if (Status s = q.exec(); !s)
            return s;
        id = q.lastInsertId();
        return linkEvidence(Owner::Reading, id, r.evidence);
    });
    if (!status)
        return status.error();
    return id;
}

namespace {

const QString kReadingSelect = QStringLiteral(
    "SELECT id, metric_id, period, value, note, ifnull(department_id, 0), recorded_at FROM readings ");

Reading readReading(const Query &q)
{
    Reading r;
    r.id = q.id(0);
    r.metricId = q.id(1);
    r.period = q.text(2);
    r.value = q.value(3).toDouble();
    r.note = q.text(4);
    r.departmentId = q.id(5);
    r.recordedAt = q.timestamp(6);
    return r;
}

} // namespace

Result<QList<Reading>> ProgressRepository::readingsForMetric(Id metricId) const
{
    Query q(m_db, kReadingSelect + QStringLiteral("WHERE metric_id = ? ORDER BY period"));
    q.bind(metricId);
    if (Status s = q.exec(); !s)
        return s.error();
    auto evidence = evidenceOf(Owner::Reading);
    if (!evidence)
        return evidence.error();
    QList<Reading> out;
    while (q.next()) {
        out.append(readReading(q));
        out.last().evidence = evidence->value(out.last().id);
    }
    return out;
}

Result<QList<Reading>> ProgressRepository::allReadings() const
{
    Query q(m_db, kReadingSelect + QStringLiteral("ORDER BY metric_id, period"));
    if (Status s = q.exec(); !s)
        return s.error();
    auto evidence = evidenceOf(Owner::Reading);
    if (!evidence)
        return evidence.error();
    QList<Reading> out;
    while (q.next()) {
        out.append(readReading(q));
        out.last().evidence = evidence->value(out.last().id);
    }
    return out;
}

Result<int> ProgressRepository::readingCount() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM readings"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<Id> ProgressRepository::insertReport(const TaskReport &r)
{
    Id id = 0;
    Status status = atomically(m_db, QStringLiteral("task_reports"), id, r.evidence, [&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO task_reports (id, task_id, department_id, period, status, narrative, "
                                     "submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"), Query::Reuse);
        q.bind(nullIfZero(r.id), r.taskId, r.departmentId, r.period, toCode(r.status), r.narrative,
               r.submittedAt.isValid() ? r.submittedAt : QDateTime::currentDateTimeUtc());
        if (Status s = q.exec(); !s)
            return s;
        id = q.lastInsertId();
        return linkEvidence(Owner::Report, id, r.evidence);
    });
    if (!status)
        return status.error();
    return id;
}

namespace {

Result<QList<TaskReport>> selectReports(Database &db, const QString &tail, const QVariant &bound,
                                        const QHash<Id, QStringList> &evidence)
{
    Query q(db, QStringLiteral("SELECT id, task_id, department_id, period, status, narrative, submitted_at "
                               "FROM task_reports ")
                    + tail);
    if (bound.isValid())
        q.bind(bound);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<TaskReport> out;
    while (q.next()) {
        TaskReport r;
        r.id = q.id(0);
        r.taskId = q.id(1);
        r.departmentId = q.id(2);
        r.period = q.text(3);
        r.status = fromCode<TaskStatus>(q.text(4)).value_or(TaskStatus::NotStarted);
        r.narrative = q.text(5);
        r.submittedAt = q.timestamp(6);
        r.evidence = evidence.value(r.id);
        out.append(r);
    }
    return out;
}

} // namespace

Result<QList<TaskReport>> ProgressRepository::reportsForTask(Id taskId) const
{
    auto evidence = evidenceOf(Owner::Report);
    if (!evidence)
        return evidence.error();
    return selectReports(m_db, QStringLiteral("WHERE task_id = ? ORDER BY period, department_id"), taskId, *evidence);
}

Result<QList<TaskReport>> ProgressRepository::allReports() const
{
    auto evidence = evidenceOf(Owner::Report);
    if (!evidence)
        return evidence.error();
    return selectReports(m_db, QStringLiteral("ORDER BY task_id, period, department_id"), QVariant(), *evidence);
}

Result<Id> ProgressRepository::insertEvent(const DispatchEvent &e)
{
    Id id = 0;
    Status status = atomically(m_db, QStringLiteral("dispatch_events"), id, e.evidence, [&]() -> Status {
        Query q(m_db, QStringLiteral("INSERT INTO dispatch_events (id, department_id, kind, level, date, note) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"), Query::Reuse);
        q.bind(nullIfZero(e.id), e.departmentId, toCode(e.kind), toCode(e.level), e.date, e.note);
        if (Status s = q.exec(); !s)
            return s;
        id = q.lastInsertId();
        return linkEvidence(Owner::Event, id, e.evidence);
    });
    if (!status)
        return status.error();
    return id;
}

Result<QList<DispatchEvent>> ProgressRepository::allEvents() const
{
    auto evidence = evidenceOf(Owner::Event);
    if (!evidence)
        return evidence.error();
    Query q(m_db, QStringLiteral("SELECT id, department_id, kind, level, date, note FROM dispatch_events "
                                 "ORDER BY date, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<DispatchEvent> out;
    while (q.next()) {
        DispatchEvent e;
        e.id = q.id(0);
        e.departmentId = q.id(1);
        e.kind = fromCode<EventKind>(q.text(2)).value_or(EventKind::Commendation);
        e.level = fromCode<EventLevel>(q.text(3)).value_or(EventLevel::None);
        e.date = q.date(4);
        e.note = q.text(5);
        e.evidence = evidence->value(e.id);
        out.append(e);
    }
    return out;
}

} // namespace cp
