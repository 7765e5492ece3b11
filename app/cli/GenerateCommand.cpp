// countyplan generate: a synthetic workspace for benchmarks and demonstrations.
#include "Cli.h"

#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

// An integer option's value within [minimum, maximum]; nullopt, after saying why, when it is not.
std::optional<qint64> intOption(const QCommandLineParser &parser, const QString &name, qint64 fallback,
                                qint64 minimum, qint64 maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        fail(tr("--%1 must be a whole number from %2 to %3, not “%4”")
                 .arg(name, QString::number(minimum), QString::number(maximum), parser.value(name)),
             UsageError);
        return std::nullopt;
    }
    return value;
}

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

int runGenerate(const QStringList &arguments)
{
    const SyntheticOptions defaults;
    QCommandLineParser parser;
    const auto option = [&](const char *name, const QString &description, const QString &valueName) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), description, valueName));
    };
    option("out", tr("The workspace file to create; it must not exist."), tr("path"));
    option("counties", tr("How many counties (default %1).").arg(defaults.counties), tr("n"));
    option("tasks-per-county", tr("Tasks in each county's documents (default %1).").arg(defaults.tasksPerCounty),
           tr("n"));
    option("year", tr("The documents' year (default %1).").arg(defaults.year), tr("year"));
    option("months", tr("Monthly readings, reports and events for months 1 to this (default %1).").arg(defaults.months),
           tr("n"));
    option("seed", tr("The random seed; the same seed gives the same workspace (default %1).").arg(defaults.seed),
           tr("n"));
    if (auto code = parse(parser, arguments,
                          tr("Create a synthetic workspace: invented task lists for many counties, imported like "
                             "real documents, with a year of monthly readings, task reports with evidence and "
                             "dispatch events. It is marked synthetic.")))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument “%1”").arg(parser.positionalArguments().constFirst()), UsageError);
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(tr("--out is required: name the workspace file to create"), UsageError);

    SyntheticOptions options;
    const auto counties = intOption(parser, QStringLiteral("counties"), defaults.counties, 1, 10000);
    const auto tasks = intOption(parser, QStringLiteral("tasks-per-county"), defaults.tasksPerCounty, 1, 100000);
    const auto year = intOption(parser, QStringLiteral("year"), defaults.year, 2000, 2100);
    const auto months = intOption(parser, QStringLiteral("months"), defaults.months, 1, 12);
    const auto seed = intOption(parser, QStringLiteral("seed"), defaults.seed, 0, 0xFFFFFFFF);
    if (!counties || !tasks || !year || !months || !seed)
        return UsageError;
    options.counties = int(*counties);
    options.tasksPerCounty = int(*tasks);
    options.year = int(*year);
    options.months = int(*months);
    options.seed = quint32(*seed);

    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; generate into a new file").arg(QDir::toNativeSeparators(path)));
    QElapsedTimer timer;
    timer.start();
    Result<SyntheticSummary> summary = Error();
    {
        Workspace ws;
        if (Status s = ws.open(path); !s) {
            removeWorkspaceFiles(path);
            return fail(s.error().message());
        }
        summary = SyntheticWorkspace::generate(ws, options);
    }
    if (!summary) {
        // Nothing of a workspace this command created may stay behind.
        removeWorkspaceFiles(path);
        return fail(summary.error().message());
    }
    // One arg() call for all, so a % in the path is not taken for a placeholder.
    out() << tr("Generated %1 in %8 s: counties %2, departments %3, documents %4, tasks %5, metrics %6, readings %7, "
                "reports %9, events %10, evidence files %11")
                 .arg(QDir::toNativeSeparators(path), QString::number(options.counties),
                      QString::number(summary->departments), QString::number(summary->documents),
                      QString::number(summary->tasks), QString::number(summary->metrics),
                      QString::number(summary->readings), QString::number(timer.elapsed() / 1000.0, 'f', 1),
                      QString::number(summary->reports), QString::number(summary->events),
                      QString::number(summary->evidenceFiles))
          << Qt::endl;
    return Success;
}

} // namespace

QList<Command> generateCommands()
{
    return {
        {QStringLiteral("generate"),
         QT_TRANSLATE_NOOP("cp::cli", "Create a synthetic workspace for benchmarks and demonstrations."),
         AppKind::Core, runGenerate},
    };
}

} // namespace cp::cli
