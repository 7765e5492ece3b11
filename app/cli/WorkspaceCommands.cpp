// countyplan new | info | export | load
#include "Cli.h"

#include "exchange/JsonExchange.h"
#include "exchange/TableExport.h"
#include "importing/ReferenceDocuments.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("title"), tr("The workspace's title."), tr("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("reference-documents"),
                                        tr("Import the five Shanxi reference documents into it.")));
    if (auto code = parse(parser, arguments, tr("Create a workspace file.")))
        return *code;
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(tr("--db is required: name the workspace file"), UsageError);
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists").arg(QDir::toNativeSeparators(path)));
    Workspace ws;
    if (Status s = ws.open(path); !s)
        return fail(s.error().message());
    if (parser.isSet(QStringLiteral("reference-documents"))) {
        auto reports = ReferenceDocuments::importInto(ws);
        if (!reports) {
            ws.close();
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            return fail(reports.error().message());
        }
    }
    if (parser.isSet(QStringLiteral("title"))) {
        if (Status s = ws.setMeta(QStringLiteral("title"), parser.value(QStringLiteral("title"))); !s)
            return fail(s.error().message());
    }
    out() << tr("Created %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    if (auto code = parse(parser, arguments, tr("Show what a workspace holds.")))
        return *code;
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    const auto count = [](const Result<int> &r) { return r ? QString::number(*r) : QStringLiteral("?"); };
    out() << tr("Workspace:   %1").arg(QDir::toNativeSeparators(ws.path())) << '\n'
          << tr("Title:       %1").arg(ws.displayTitle()) << '\n'
          << tr("Format:      %1").arg(ws.database().schemaVersion()) << '\n'
          << tr("Regions:     %1").arg(ws.regions().all() ? QString::number(ws.regions().all()->size()) : QStringLiteral("?")) << '\n'
          << tr("Departments: %1").arg(ws.departments().all() ? QString::number(ws.departments().all()->size()) : QStringLiteral("?")) << '\n'
          << tr("Documents:   %1").arg(count(ws.documents().count())) << '\n'
          << tr("Tasks:       %1").arg(count(ws.tasks().count())) << '\n'
          << tr("Metrics:     %1").arg(count(ws.metrics().count())) << '\n'
          << tr("Readings:    %1").arg(count(ws.progress().readingCount())) << Qt::endl;
    return Success;
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error(tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("Output format: json, xlsx or csv."), tr("format"),
                                        QStringLiteral("json")));
    parser.addOption(QCommandLineOption(QStringLiteral("what"),
                                        tr("xlsx and csv: ledger (default), tasks, metrics, readings or scores."), tr("what"),
                                        QStringLiteral("ledger")));
    parser.addOption(QCommandLineOption(QStringLiteral("document"),
                                        tr("Only this document (its key, or the start of it): ledger, tasks, metrics, readings."),
                                        tr("key")));
    parser.addOption(QCommandLineOption(QStringLiteral("month"),
                                        tr("YYYY-MM. Ledger and tasks: status and progress as of this month (default: the "
                                           "latest reported); scores: this month (default: every month with reports); "
                                           "readings: only this month."),
                                        tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write."), tr("file")));
    if (auto code = parse(parser, arguments, tr("Write the workspace, or its ledger, readings or scores, to a file.")))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (format != QLatin1String("json") && format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        return fail(tr("unknown format “%1”; expected json, xlsx or csv").arg(format), UsageError);
    if (outPath.isEmpty())
        return fail(tr("--out is required"), UsageError);
    const auto content = TableExport::contentFromCode(parser.value(QStringLiteral("what")));
    if (!content)
        return fail(tr("--what must be ledger, tasks, metrics, readings or scores, not “%1”").arg(parser.value(QStringLiteral("what"))),
                    UsageError);
    ExportRequest request;
    request.content = *content;
    if (parser.isSet(QStringLiteral("month"))) {
        request.month = Month::parse(parser.value(QStringLiteral("month")));
        if (!request.month)
            return fail(tr("--month must be a month like 2023-06, not “%1”").arg(parser.value(QStringLiteral("month"))), UsageError);
    }
    if (format == QLatin1String("json")
        && (parser.isSet(QStringLiteral("what")) || parser.isSet(QStringLiteral("document")) || parser.isSet(QStringLiteral("month"))))
        return fail(tr("--format json writes the whole workspace; --what, --document and --month are for xlsx and csv"), UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    if (format == QLatin1String("json")) {
        auto json = JsonExchange::exportWorkspace(ws);
        if (!json)
            return fail(json.error().message());
        if (Status s = writeFile(outPath, *json); !s)
            return fail(s.error().message());
        return Success;
    }
    if (parser.isSet(QStringLiteral("document"))) {
        bool ambiguous = false;
        auto document = findDocument(ws, parser.value(QStringLiteral("document")), &ambiguous);
        if (!document)
            return fail(document.error().message(), ambiguous ? UsageError : Failure);
        request.documentId = *document;
    }
    const Status written = format == QLatin1String("xlsx") ? TableExport::writeXlsx(ws, request, outPath)
                                                           : TableExport::writeCsv(ws, request, outPath);
    if (!written)
        return fail(written.error().message());
    out() << tr("%1 written").arg(QDir::toNativeSeparators(outPath)) << Qt::endl;
    return Success;
}

int runLoad(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    if (auto code = parse(parser, arguments, tr("Read a CountyPlan JSON export into a new or empty workspace."),
                          tr("file"), tr("The JSON file to read.")))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("name one JSON file to load"), UsageError);
    const QString source = files.constFirst();
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return fail(tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(source), in.errorString()));
    const QByteArray json = in.readAll();
    if (parser.value(QStringLiteral("db")).isEmpty())
        return fail(tr("--db is required: name the workspace file"), UsageError);

    const QString dbPath = parser.value(QStringLiteral("db"));
    const bool existed = QFileInfo::exists(dbPath);
    Status status;
    {
        Workspace ws;
        status = ws.open(dbPath);
        if (status)
            status = JsonExchange::load(ws, json);
    }
    if (!status) {
        if (!existed) {
            // Nothing of a workspace this command created may stay behind.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(dbPath + suffix);
        }
        return fail(status.error().prefixed(QFileInfo(source).fileName()).message());
    }
    out() << tr("Loaded %1 into %2").arg(QDir::toNativeSeparators(source), QDir::toNativeSeparators(dbPath)) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("cp::cli", "Create a workspace file."), AppKind::Core, runNew},
        {QStringLiteral("info"), QT_TRANSLATE_NOOP("cp::cli", "Show what a workspace holds."), AppKind::Core, runInfo},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("cp::cli", "Write the workspace to JSON, or its ledger, readings or scores to XLSX or CSV."), AppKind::Core,
         runExport},
        {QStringLiteral("load"), QT_TRANSLATE_NOOP("cp::cli", "Read a JSON export into a new or empty workspace."),
         AppKind::Core, runLoad},
    };
}

} // namespace cp::cli
