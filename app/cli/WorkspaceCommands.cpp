// countyplan new | info | export | load
#include "Cli.h"

#include "exchange/JsonExchange.h"
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
    parser.addOption(QCommandLineOption(QStringLiteral("format"), tr("Output format: json."), tr("format"),
                                        QStringLiteral("json")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write."), tr("file")));
    if (auto code = parse(parser, arguments, tr("Write the workspace to a file.")))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    const QString outPath = parser.value(QStringLiteral("out"));
    if (format != QLatin1String("json"))
        return fail(tr("unknown format “%1”; expected json").arg(format), UsageError);
    if (outPath.isEmpty())
        return fail(tr("--out is required"), UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto json = JsonExchange::exportWorkspace(ws);
    if (!json)
        return fail(json.error().message());
    if (Status s = writeFile(outPath, *json); !s)
        return fail(s.error().message());
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
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("cp::cli", "Write the workspace to a JSON file."), AppKind::Core,
         runExport},
        {QStringLiteral("load"), QT_TRANSLATE_NOOP("cp::cli", "Read a JSON export into a new or empty workspace."),
         AppKind::Core, runLoad},
    };
}

} // namespace cp::cli
