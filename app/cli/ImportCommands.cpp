// countyplan import | departments
#include "Cli.h"

#include "exchange/RegionNames.h"
#include "importing/Importer.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

void printReport(const ImportReport &r)
{
    out() << (r.dryRun ? tr("%1 (dry run, nothing stored): %2") : tr("%1: %2")).arg(r.file, r.title) << '\n';
    out() << "  " << tr("key %1, region %2, encoding %3").arg(r.documentKey, r.region, r.encoding)
          << (r.replaced ? QStringLiteral(", ") + tr("replaced the earlier import") : QString()) << '\n';
    out() << "  " << tr("tasks: %1 (%2 with responsible units), sections: %3").arg(r.tasks).arg(r.tasksWithUnits).arg(r.sections)
          << '\n';
    out() << "  " << tr("departments: %1 new, %2 matched").arg(r.departmentsNew).arg(r.departmentsMatched) << '\n';
    out() << "  " << tr("metrics: %1, past-year actuals: %2").arg(r.metrics).arg(r.actuals) << '\n';
    out() << "  " << tr("links to other documents: %1 metric, %2 task").arg(r.metricLinks).arg(r.taskLinks) << '\n';
    if (!r.warnings.isEmpty()) {
        out() << "  " << tr("warnings:") << '\n';
        for (const QString &w : r.warnings)
            out() << "    " << w << '\n';
    }
    out().flush();
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("The region the documents belong to, when their "
                                                                     "title does not say it."),
                                        tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("encoding"), tr("The files' encoding: utf-8 or gb18030 "
                                                                       "(detected when not given)."),
                                        tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Read and report, store nothing.")));
    parser.addOption(QCommandLineOption(QStringLiteral("replace"), tr("Import a file again that was imported before.")));
    if (auto code = parse(parser, arguments, tr("Import policy documents (plain text) into a workspace."), tr("files…"),
                          tr("The documents to import.")))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("name at least one document to import"), UsageError);
    if (parser.value(QStringLiteral("db")).isEmpty())
        return fail(tr("--db is required: name the workspace file"), UsageError);
    Workspace ws;
    if (Status s = ws.open(parser.value(QStringLiteral("db"))); !s)
        return fail(s.error().message());

    ImportOptions options;
    options.region = parser.value(QStringLiteral("region"));
    options.encoding = parser.value(QStringLiteral("encoding"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.replace = parser.isSet(QStringLiteral("replace"));
    Importer importer(ws);
    int failures = 0;
    for (const QString &file : files) {
        auto report = importer.importFile(file, options);
        if (!report) {
            ++failures;
            fail(report.error().message());
            continue;
        }
        printReport(*report);
    }
    return failures ? Failure : Success;
}

int runDepartments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("Only this region's departments."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("merge"), tr("A department (or another name of it) to merge…"),
                                        tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("into"), tr("…into this department; the merged name becomes an "
                                                                   "alias."),
                                        tr("name")));
    if (auto code = parse(parser, arguments, tr("List the departments of each region, or merge two of them.")))
        return *code;
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    if (!regions)
        return fail(regions.error().message());
    const RegionNames names(*regions);
    Id onlyRegion = 0;
    if (parser.isSet(QStringLiteral("region"))) {
        onlyRegion = names.resolve(parser.value(QStringLiteral("region")));
        if (!onlyRegion)
            return fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
    }

    if (parser.isSet(QStringLiteral("merge")) != parser.isSet(QStringLiteral("into")))
        return fail(tr("--merge and --into go together"), UsageError);
    if (parser.isSet(QStringLiteral("merge"))) {
        const QString from = parser.value(QStringLiteral("merge"));
        const QString into = parser.value(QStringLiteral("into"));
        QList<QPair<Id, Id>> candidates; // (from, into) per region where both names resolve
        for (const Region &r : *regions) {
            if (onlyRegion && r.id != onlyRegion)
                continue;
            const Id a = ws.departments().resolve(r.id, from).value_or(0);
            const Id b = ws.departments().resolve(r.id, into).value_or(0);
            if (a && b)
                candidates.append({a, b});
        }
        if (candidates.isEmpty())
            return fail(tr("no region has both “%1” and “%2”").arg(from, into));
        if (candidates.size() > 1)
            return fail(tr("several regions have both “%1” and “%2”; name one with --region").arg(from, into), UsageError);
        Status s = ws.database().transaction([&]() -> Status {
            auto merged = ws.departments().merge(candidates.first().first, candidates.first().second);
            if (!merged)
                return merged.error();
            return ws.audit().record(QStringLiteral("merge"), QStringLiteral("department"), candidates.first().second,
                                     QStringLiteral("name"), from, into);
        });
        if (!s)
            return fail(s.error().message());
        out() << tr("Merged “%1” into “%2”").arg(from, into) << Qt::endl;
        return Success;
    }

    for (const Region &r : *regions) {
        if (onlyRegion && r.id != onlyRegion)
            continue;
        auto departments = ws.departments().forRegion(r.id);
        auto counts = ws.departments().taskCounts(r.id);
        if (!departments || !counts)
            return fail((!departments ? departments.error() : counts.error()).message());
        if (departments->isEmpty())
            continue;
        out() << names.reference(r.id) << " (" << tr("%1 departments").arg(departments->size()) << ")\n";
        for (const Department &d : *departments) {
            const DepartmentTaskCount c = counts->value(d.id);
            out() << "  " << d.name << "  " << tr("lead %1, cooperating %2").arg(c.lead).arg(c.cooperating);
            if (!d.aliases.isEmpty())
                out() << "  " << tr("also written: %1").arg(d.aliases.join(QStringLiteral("、")));
            out() << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("cp::cli", "Import policy documents into a workspace."),
         AppKind::Core, runImport},
        {QStringLiteral("departments"), QT_TRANSLATE_NOOP("cp::cli", "List or merge the departments of each region."),
         AppKind::Core, runDepartments},
    };
}

} // namespace cp::cli
