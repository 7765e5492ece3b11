// countyplan packets | collect: the monthly report packets departments fill in (月调度报送表).
#include "Cli.h"
#include "exchange/RegionNames.h"
#include "exchange/ReportPackets.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

int runPackets(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("month"),
                                        tr("The month to report on, YYYY-MM."), tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        tr("The folder to write the packets into."), tr("folder")));
    parser.addOption(QCommandLineOption(QStringLiteral("region"),
                                        tr("Only this region's departments."), tr("name")));
    if (auto code = parse(parser, arguments,
                          tr("Write a monthly report packet (.xlsx) for each department with tasks "
                             "in the month's year.")))
        return *code;
    const auto month = Month::parse(parser.value(QStringLiteral("month")));
    if (!month)
        return fail(tr("--month must be a month like 2023-06, not “%1”")
                        .arg(parser.value(QStringLiteral("month"))),
                    UsageError);
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return fail(tr("--out is required: name the folder for the packets"), UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    Id region = 0;
    if (parser.isSet(QStringLiteral("region"))) {
        auto regions = ws.regions().all();
        if (!regions)
            return fail(regions.error().message());
        region = RegionNames(*regions).resolve(parser.value(QStringLiteral("region")));
        if (!region)
            return fail(tr("“%1” is not a region of this workspace")
                            .arg(parser.value(QStringLiteral("region"))));
    }
    auto files = ReportPackets::write(ws, *month, folder, region);
    if (!files)
        return fail(files.error().message());
    if (files->isEmpty())
        return fail(tr("no department has tasks in the documents of %1").arg(month->year()));
    for (const PacketFile &f : *files) {
        out() << QDir::toNativeSeparators(f.path) << "  " << QCoreApplication::translate("cp::cli", "%n task(s)", nullptr, f.tasks) << ", "
              << QCoreApplication::translate("cp::cli", "%n target(s)", nullptr, f.targets) << '\n';
    }
    out().flush();
    return Success;
}

// The .xlsx files named, a folder standing for every .xlsx in it (not Excel's ~$ lock files).
QStringList packetPaths(const QStringList &arguments)
{
    QStringList paths;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.isDir()) {
            paths.append(argument);
            continue;
        }
        const QDir folder(argument);
        for (const QString &name :
             folder.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name)) {
            if (!name.startsWith(QStringLiteral("~$")))
                paths.append(folder.filePath(name));
        }
    }
    return paths;
}

int runCollect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("received"),
        tr("When the packets were received, YYYY-MM-DD (China time; default now)."), tr("date")));
    if (auto code = parse(parser, arguments,
                          tr("Store the reports and values of filled-in packets; with any problem "
                             "in any packet, nothing."),
                          tr("paths"), tr("Packets (.xlsx), or folders of packets.")))
        return *code;
    if (parser.positionalArguments().isEmpty())
        return fail(tr("name the packets or the folder that holds them"), UsageError);
    QDateTime received = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("received"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("received")), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("--received must be a date like 2023-06-24, not “%1”")
                            .arg(parser.value(QStringLiteral("received"))),
                        UsageError);
        received =
            QDateTime(date, QTime(0, 0), QTimeZone(8 * 3600)); // China has one time zone: UTC+8
    }
    const QStringList paths = packetPaths(parser.positionalArguments());
    if (paths.isEmpty())
        return fail(tr("no .xlsx files in %1")
                        .arg(parser.positionalArguments().join(QStringLiteral(", "))));
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto result = ReportPackets::collect(ws, paths, received);
    if (!result)
        return fail(result.error().message());
    if (!result->problems.isEmpty()) {
        for (const PacketProblem &p : result->problems)
            err() << p.text() << '\n';
        return fail(QCoreApplication::translate("cp::cli", "%n problem(s) found; nothing was stored", nullptr, int(result->problems.size())));
    }
    out() << tr("Packets collected: %1").arg(result->packets) << '\n'
          << tr("Reports stored: %1").arg(result->reports) << '\n'
          << tr("Readings stored: %1").arg(result->readings) << '\n'
          << tr("Evidence files stored: %1").arg(result->evidenceFiles) << '\n'
          << tr("Rows unchanged: %1").arg(result->unchanged) << '\n';
    out().flush();
    return Success;
}

} // namespace

QList<Command> packetCommands()
{
    return {
        {QStringLiteral("packets"),
         QT_TRANSLATE_NOOP("cp::cli",
                           "Write the month's report packets (.xlsx), one per department."),
         AppKind::Core, runPackets},
        {QStringLiteral("collect"),
         QT_TRANSLATE_NOOP("cp::cli", "Store the reports and values of returned packets."),
         AppKind::Core, runCollect},
    };
}

} // namespace cp::cli
