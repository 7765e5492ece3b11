#include "ImportFixtures.h"

#include "storage/Workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace cp::test {

QJsonObject readFixture(const QString &name)
{
    QFile f(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/tests/importing/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray referenceDocument(const QString &fileName)
{
    QFile f(QStringLiteral(COUNTYPLAN_SEEDS_DIR "/") + fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString referenceKey(const QString &fileName)
{
    return QFileInfo(fileName).completeBaseName();
}

Task taskByPath(Workspace &ws, Id documentId, const QString &path)
{
    const auto tasks = ws.tasks().forDocument(documentId);
    if (tasks) {
        for (const Task &t : *tasks) {
            if (t.path == path)
                return t;
        }
    }
    return {};
}

} // namespace cp::test
