#include "AuditLog.h"

#include "Database.h"
#include "Query.h"

namespace cp {

namespace {

QString systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
    , m_user(systemUser())
{}

Status AuditLog::record(const QString &action, const QString &entity, Id entityId, const QString &field,
                        const QString &oldValue, const QString &newValue)
{
    Query q(m_db, QStringLiteral("INSERT INTO audit_log (at, who, action, entity, entity_id, field, old_value, new_value) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(QDateTime::currentDateTimeUtc(), m_user, action, entity, nullIfZero(entityId), nullIfEmpty(field),
           nullIfEmpty(oldValue), nullIfEmpty(newValue));
    return q.exec();
}

Result<QList<AuditEntry>> AuditLog::select(const QString &tail, const QVariantList &values) const
{
    Query q(m_db, QStringLiteral("SELECT id, at, who, action, entity, ifnull(entity_id, 0), ifnull(field, ''), "
                                 "ifnull(old_value, ''), ifnull(new_value, '') FROM audit_log ")
                      + tail);
    for (const QVariant &v : values)
        q.bind(v);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.id(0);
        e.at = q.timestamp(1);
        e.who = q.text(2);
        e.action = q.text(3);
        e.entity = q.text(4);
        e.entityId = q.id(5);
        e.field = q.text(6);
        e.oldValue = q.text(7);
        e.newValue = q.text(8);
        out.append(e);
    }
    return out;
}

Result<QList<AuditEntry>> AuditLog::recent(int limit) const
{
    return select(QStringLiteral("ORDER BY id DESC LIMIT ?"), {limit});
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString &entity, Id entityId) const
{
    return select(QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"), {entity, entityId});
}

Result<int> AuditLog::count() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cp
