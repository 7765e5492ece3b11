#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

namespace cp {

class Database;

// Every change to a workspace: who, when, what, old and new value.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // The name recorded as "who"; defaults to the operating-system user.
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }

    Status record(const QString &action, const QString &entity, Id entityId, const QString &field = QString(),
                  const QString &oldValue = QString(), const QString &newValue = QString());
    Result<QList<AuditEntry>> recent(int limit) const;
    Result<QList<AuditEntry>> forEntity(const QString &entity, Id entityId) const;
    Result<int> count() const;

private:
    Result<QList<AuditEntry>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
    QString m_user;
};

} // namespace cp
