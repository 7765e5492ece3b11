#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QStringList>

namespace cp {

class Workspace;

struct ImportOptions
{
    QString region;   // overrides the region found in the text: "阳城县", "阳泉市/城区"
    QString encoding; // overrides detection: "utf-8", "gb18030"
    bool dryRun = false;
    bool replace = false; // re-import a file already imported (same SHA-256)
};

// What one file gave; printed per file by `countyplan import`.
struct ImportReport
{
    QString file;
    QString encoding;
    QString documentKey;
    QString title;
    QString region;
    Id documentId = 0;
    int sections = 0;
    int tasks = 0;
    int tasksWithUnits = 0;
    int departmentsNew = 0;
    int departmentsMatched = 0;
    int metrics = 0;
    int actuals = 0;      // a work report's past-year figures stored as readings
    int metricLinks = 0;  // to metrics of other documents of the region
    int taskLinks = 0;
    bool replaced = false;
    bool dryRun = false;
    QStringList warnings; // "line 12: …"
};

// Turns a policy document file into a document with sections, tasks, departments and metrics, in
// one transaction: a file that is not a document, or any failure, leaves the workspace unchanged.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(cp::Importer)

public:
    explicit Importer(Workspace &workspace);

    Result<ImportReport> importFile(const QString &path, const ImportOptions &options = {});
    Result<ImportReport> importBytes(const QByteArray &bytes, const QString &sourceName,
                                     const ImportOptions &options = {});

private:
    Workspace &m_workspace;
};

} // namespace cp
