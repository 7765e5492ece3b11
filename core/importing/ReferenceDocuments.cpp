#include "ReferenceDocuments.h"

#include "Importer.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>

namespace cp {

QStringList ReferenceDocuments::files()
{
    QStringList out;
    const QDir dir(QStringLiteral(":/documents"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

Result<QList<ImportReport>> ReferenceDocuments::importInto(Workspace &workspace)
{
    QList<ImportReport> reports;
    Status status = workspace.database().transaction([&]() -> Status {
        Importer importer(workspace);
        for (const QString &file : files()) {
            auto report = importer.importFile(file);
            if (!report)
                return report.error();
            reports.append(*report);
        }
        return workspace.setMeta(QStringLiteral("title"), tr("Shanxi reference documents"));
    });
    if (!status)
        return status.error();
    Q_EMIT workspace.documentsChanged();
    return reports;
}

} // namespace cp
