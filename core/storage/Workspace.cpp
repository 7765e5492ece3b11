#include "Workspace.h"

#include "Query.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace cp {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_regions(m_db)
    , m_departments(m_db)
    , m_documents(m_db)
    , m_tasks(m_db)
    , m_metrics(m_db)
    , m_progress(m_db)
    , m_audit(m_db)
{}

Workspace::~Workspace()
{
    // Whoever listened may be half destroyed by now: close without telling anyone.
    blockSignals(true);
    close();
}

Status Workspace::open(const QString &path, Database::OpenMode mode)
{
    // On failure the workspace open so far stays open (Database::open keeps it).
    if (Status s = m_db.open(path, mode); !s)
        return s;
    if (meta(QStringLiteral("created")).isEmpty()) {
        Status s = m_db.transaction([&]() -> Status {
            if (Status st = setMeta(QStringLiteral("created"), formatTimestamp(QDateTime::currentDateTimeUtc())); !st)
                return st;
            if (Status st = setMeta(QStringLiteral("kind"), toCode(WorkspaceKind::Normal)); !st)
                return st;
            const QString title = path == QLatin1String(":memory:") ? QString() : QFileInfo(path).completeBaseName();
            return setMeta(QStringLiteral("title"), title);
        });
        if (!s) {
            m_db.close();
            return s;
        }
    }
    Q_EMIT opened();
    return {};
}

void Workspace::close()
{
    if (!m_db.isOpen())
        return;
    Q_EMIT aboutToClose();
    m_db.close();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/countyplan/workspace.countyplan");
}

QString Workspace::meta(const QString &key) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.bind(key);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

Status Workspace::setMeta(const QString &key, const QString &value)
{
    Query q(m_db, QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(key, value);
    return q.exec();
}

QString Workspace::title() const
{
    return meta(QStringLiteral("title"));
}

WorkspaceKind Workspace::kind() const
{
    return fromCode<WorkspaceKind>(meta(QStringLiteral("kind"))).value_or(WorkspaceKind::Normal);
}

QString Workspace::displayTitle() const
{
    const QString t = title().isEmpty() ? QFileInfo(path()).completeBaseName() : title();
    if (kind() == WorkspaceKind::Normal)
        return t;
    return QStringLiteral("%1 [%2]").arg(t, displayName(kind()));
}

bool Workspace::isEmpty() const
{
    Query q(m_db, QStringLiteral("SELECT (SELECT count(*) FROM regions) + (SELECT count(*) FROM documents)"));
    if (!q.exec() || !q.next())
        return false;
    return q.value(0).toInt() == 0;
}

} // namespace cp
