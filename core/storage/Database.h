#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>


namespace cp {

// One open CountyPlan workspace file (SQLite). Owns the Qt connection, applies the schema
// migrations in resources/sql, and provides nested transactions (SAVEPOINTs inside one BEGIN).
// A database written by a newer CountyPlan, or a file that is not a workspace, is refused and
// left byte-for-byte untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cp::Database)

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // path may be ":memory:" for a private in-memory workspace. When opening fails, the
    // database that was open before stays open.
    Status open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    // Runs body inside a transaction: commits when it returns success, rolls back otherwise.
    // Nested calls become savepoints, so a repository call can be part of a larger import.
    Status transaction(const std::function<Status()> &body);
    bool inTransaction() const { return m_depth > 0; }

    // Writes a consistent copy of the whole workspace (VACUUM INTO).
    Status backupTo(const QString &targetPath);

    // Runs one statement; for pragmas and DDL. Repositories use prepared QSqlQuery objects.
    Status exec(const QString &sql);

    // A statement prepared once per connection and kept, for inserts run thousands of times in an
    // import. Only for statements whose results are not read while the same statement runs again.
    // nullptr when the statement cannot be prepared (Query then reports the error itself).
    QSqlQuery *reusableStatement(const QString &sql) const;

    // Formats the last error of a query with its statement, for Error messages and logs.
    static Error queryError(const QSqlQuery &query);

    // The application_id CountyPlan writes into its files ('CPLN').
    static constexpr int kApplicationId = 0x43504C4E;

private:
    static void closeConnection(const QString &name);
    Status checkFile(const QString &path, OpenMode mode) const;
    Status configure();
    Status migrate();
    Status applyMigration(int version, const QString &resource);
    Status begin();
    Status commit();
    void rollback();

    QString m_path;
    QString m_connectionName;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    int m_schemaVersion = 0;
    int m_depth = 0;
};

} // namespace cp
