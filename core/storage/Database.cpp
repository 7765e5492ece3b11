#include "Database.h"

#include "Logging.h"
#include "SqlScript.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace cp {

namespace {

QAtomicInt connectionCounter;

// Migration files in resources/sql, by version number: 001_initial.sql → 1.
std::map<int, QString> migrationResources()
{
    static const std::map<int, QString> resources = [] {
        std::map<int, QString> out;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = pattern.match(name);
            if (m.hasMatch())
                out.emplace(m.captured(1).toInt(), dir.filePath(name));
        }
        return out;
    }();
    return resources;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("countyplan-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    const auto resources = migrationResources();
    return resources.empty() ? 0 : resources.rbegin()->first;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::queryError(const QSqlQuery &query)
{
    const QString text = query.lastError().text().trimmed();
    const QString sql = query.lastQuery().simplified();
    return Error(tr("database error: %1 (in: %2)").arg(text, sql.left(200)));
}

Status Database::checkFile(const QString &path, OpenMode mode) const
{
    if (path == QLatin1String(":memory:"))
        return {};
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == OpenMode::OpenExisting)
            return Error(tr("“%1” does not exist").arg(QDir::toNativeSeparators(path)));
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return Error(tr("cannot create the folder “%1”").arg(QDir::toNativeSeparators(dir.absolutePath())));
        return {};
    }
    if (info.isDir())
        return Error(tr("“%1” is a folder, not a workspace file").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() == 0)
        return {}; // an empty file is an empty SQLite database
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return Error(tr("“%1” is not a CountyPlan workspace (it is not an SQLite database); "
                        "the file was left untouched")
                         .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Status Database::open(const QString &path, OpenMode mode)
{
    if (Status s = checkFile(path, mode); !s)
        return s;

    // Open on a fresh connection; the database open so far stays open if this one fails.
    const QString previousConnection = m_connectionName;
    const QString previousPath = m_path;
    const int previousVersion = m_schemaVersion;
    m_connectionName = QStringLiteral("countyplan-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    m_path = path;
    m_depth = 0;
    const auto restore = [&] {
        close();
        m_connectionName = previousConnection;
        m_path = previousPath;
        m_schemaVersion = previousVersion;
    };

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString message = db.lastError().text();
            db = QSqlDatabase();
            restore();
            return Error(tr("cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), message));
        }
    }
    Status status = configure();
    if (status)
        status = migrate();
    if (!status) {
        restore();
        return status;
    }
    m_statements.clear();
    closeConnection(previousConnection);
    qCDebug(lcStorage) << "opened" << path << "schema" << m_schemaVersion;
    return {};
}

void Database::closeConnection(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Database::close()
{
    m_statements.clear(); // a prepared statement keeps its connection in use
    closeConnection(m_connectionName);
    m_depth = 0;
    m_schemaVersion = 0;
}

Status Database::configure()
{
    QSqlDatabase db = connection();
    // Reading anything proves the file is a readable database (a corrupt file fails here).
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
        return Error(tr("“%1” cannot be read as a CountyPlan workspace: %2; the file was left untouched")
                         .arg(QDir::toNativeSeparators(m_path), probe.lastError().text()));
    }
    const int tableCount = probe.value(0).toInt();
    probe.finish();

    const int applicationId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    const int userVersion = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (applicationId != kApplicationId && (applicationId != 0 || tableCount > 0)) {
        return Error(tr("“%1” is an SQLite database of another program, not a CountyPlan workspace; "
                        "the file was left untouched")
                         .arg(QDir::toNativeSeparators(m_path)));
    }
    if (userVersion > latestSchemaVersion()) {
        return Error(tr("“%1” was written by a newer CountyPlan (workspace format %2; this version reads "
                        "formats up to %3). Install a newer CountyPlan to open it; the file was not changed.")
                         .arg(QDir::toNativeSeparators(m_path))
                         .arg(userVersion)
                         .arg(latestSchemaVersion()));
    }
    m_schemaVersion = userVersion;

    // Only now that the file is known to be ours may anything be written.
    // A province's readings and reports are read whole for a month's statuses and dispatch: a
    // 64 MB page cache and memory-mapped reads keep that off the file system.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456"}) {
        if (Status s = exec(QString::fromLatin1(pragma)); !s)
            return s;
    }
    if (scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        return Error(tr("this SQLite build cannot enforce foreign keys"));
    return {};
}

Status Database::migrate()
{
    const auto resources = migrationResources();
    const int latest = latestSchemaVersion();
    if (m_schemaVersion == latest)
        return {};

    // Keep a copy of a workspace that holds data before changing its format.
    if (m_schemaVersion > 0 && m_path != QLatin1String(":memory:")) {
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(m_schemaVersion);
        if (!QFile::exists(backup)) {
            if (Status s = backupTo(backup); !s)
                return s;
            qCInfo(lcStorage) << "backed up" << m_path << "to" << backup << "before migrating";
        }
    }
    for (int version = m_schemaVersion + 1; version <= latest; ++version) {
        const auto it = resources.find(version);
        if (it == resources.end())
            return Error(tr("workspace migration %1 is missing from this build").arg(version));
        if (Status s = applyMigration(version, it->second); !s)
            return s;
        m_schemaVersion = version;
    }
    return {};
}

Status Database::applyMigration(int version, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read migration %1").arg(resource));
    const QString script = QString::fromUtf8(file.readAll());

    return transaction([&]() -> Status {
        if (version == 1) {
            if (Status s = exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !s)
                return s;
        }
        for (const QString &statement : splitSqlScript(script)) {
            QSqlQuery q(connection());
            if (!q.exec(statement)) {
                return Error(tr("migration %1 failed: %2")
                                 .arg(QFileInfo(resource).fileName(), queryError(q).message()));
            }
        }
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    });
}

QSqlQuery *Database::reusableStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return nullptr;
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return it->second.get();
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return queryError(q);
    return {};
}

Status Database::begin()
{
    if (m_depth == 0)
        return exec(QStringLiteral("BEGIN IMMEDIATE"));
    return exec(QStringLiteral("SAVEPOINT sp%1").arg(m_depth));
}

Status Database::commit()
{
    if (m_depth == 1)
        return exec(QStringLiteral("COMMIT"));
    return exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
}

void Database::rollback()
{
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1));
        exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    }
}

Status Database::transaction(const std::function<Status()> &body)
{
    if (Status s = begin(); !s)
        return s;
    ++m_depth;
    Status result = body();
    if (result) {
        result = commit();
        if (!result)
            rollback();
    } else {
        rollback();
    }
    --m_depth;
    return result;
}

Status Database::backupTo(const QString &targetPath)
{
    if (QFile::exists(targetPath) && !QFile::remove(targetPath))
        return Error(tr("cannot replace “%1”").arg(QDir::toNativeSeparators(targetPath)));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(targetPath);
    if (!q.exec())
        return Error(tr("cannot back up the workspace to “%1”: %2")
                         .arg(QDir::toNativeSeparators(targetPath), q.lastError().text()));
    return {};
}

} // namespace cp
