// countyplan report: a printable report (ledger, bulletins, department report) to PDF; "report add" records a
// department's monthly report instead (ProgressCommands.cpp).
#include "Cli.h"
#include "exchange/RegionNames.h"
#include "report/BulletinReport.h"
#include "report/DepartmentReport.h"
#include "report/LedgerReport.h"
#include "report/PeriodReport.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

int runReport(const QStringList &arguments)
{
    if (arguments.value(1) == QLatin1String("add"))
        return runReportAdd(arguments);

    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("kind"),
        tr("The report: ledger (重点工作任务台账), bulletin (月度调度通报), quarter (季度通报), "
           "annual (年度总结) or department (单位报告)."),
        tr("kind")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("document"),
        tr("Ledger: the document (its key, or the start of it); without it, every document."),
        tr("key")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("month"),
        tr("Bulletin: the month; ledger and department: progress as of the month (default: the "
           "latest reported); quarter and annual: the quarter or year it is in."),
        tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("quarter"),
                                        tr("Quarterly bulletin: the quarter, YYYY-Qn (2023-Q2)."),
                                        tr("quarter")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"),
                                        tr("Annual summary: the year, YYYY."), tr("year")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("region"),
        tr("Bulletins: only this region's departments; ledger: only its documents; department: "
           "its region."),
        tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("department"),
        tr("Department report: the department (its name or another name)."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("paper"),
                                        tr("a4 (default) or a3, landscape."), tr("paper"),
                                        QStringLiteral("a4")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), tr("The PDF file to write."), tr("file")));
    if (auto code = parse(parser, arguments,
                          tr("Write a printable report as PDF: a task ledger, a month's dispatch "
                             "bulletin, a quarterly bulletin, an annual summary or a department's "
                             "report.\n"
                             "(“countyplan report add” records a department's monthly report on a "
                             "task.)")))
        return *code;

    const QString kind = parser.value(QStringLiteral("kind"));
    const QStringList kinds{QStringLiteral("ledger"), QStringLiteral("bulletin"),
                            QStringLiteral("quarter"), QStringLiteral("annual"),
                            QStringLiteral("department")};
    if (!kinds.contains(kind))
        return fail(tr("--kind must be ledger, bulletin, quarter, annual or department, not “%1”")
                        .arg(kind),
                    UsageError);
    const QString outPath = parser.value(QStringLiteral("out"));
    if (outPath.isEmpty() || QFileInfo(outPath).suffix().toLower() != QLatin1String("pdf"))
        return fail(tr("--out must name a .pdf file"), UsageError);
    ReportOptions options;
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("a3"))
        return fail(tr("--paper must be a4 or a3"), UsageError);
    options.paper = paper == QLatin1String("a3") ? PaperSize::A3 : PaperSize::A4;
    if (parser.isSet(QStringLiteral("month"))) {
        options.month = Month::parse(parser.value(QStringLiteral("month")));
        if (!options.month)
            return fail(tr("--month must be a month like 2023-06, not “%1”")
                            .arg(parser.value(QStringLiteral("month"))),
                        UsageError);
    }
    std::optional<ReportPeriod> period;
    if (kind == QLatin1String("quarter")) {
        if (parser.isSet(QStringLiteral("quarter"))) {
            period = ReportPeriod::parseQuarter(parser.value(QStringLiteral("quarter")));
            if (!period)
                return fail(tr("--quarter must be a quarter like 2023-Q2, not “%1”")
                                .arg(parser.value(QStringLiteral("quarter"))),
                            UsageError);
        } else if (options.month) {
            period = ReportPeriod::quarterOf(*options.month);
        } else {
            return fail(tr("a quarterly bulletin needs --quarter YYYY-Qn"), UsageError);
        }
    }
    if (kind == QLatin1String("annual")) {
        if (parser.isSet(QStringLiteral("year"))) {
            period = ReportPeriod::parseYear(parser.value(QStringLiteral("year")));
            if (!period)
                return fail(tr("--year must be a year like 2023, not “%1”")
                                .arg(parser.value(QStringLiteral("year"))),
                            UsageError);
        } else if (options.month) {
            period = ReportPeriod::year(options.month->year());
        } else {
            return fail(tr("an annual summary needs --year YYYY"), UsageError);
        }
    }
    if (kind == QLatin1String("department") && !parser.isSet(QStringLiteral("department")))
        return fail(tr("a department report needs --department NAME"), UsageError);
    if (kind == QLatin1String("bulletin") && !options.month)
        return fail(tr("a bulletin needs --month YYYY-MM"), UsageError);

    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    QElapsedTimer timer;
    timer.start();
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
    Result<ReportLayout> layout = Error(QString());
    if (kind == QLatin1String("ledger")) {
        Id document = 0;
        if (parser.isSet(QStringLiteral("document"))) {
            bool ambiguous = false;
            auto found = findDocument(ws, parser.value(QStringLiteral("document")), &ambiguous);
            if (!found)
                return fail(found.error().message(), ambiguous ? UsageError : Failure);
            document = *found;
        }
        layout = LedgerReport::build(ws, document, options, region);
    } else if (kind == QLatin1String("department")) {
        bool ambiguous = false;
        auto department =
            findDepartment(ws, parser.value(QStringLiteral("department")), region, &ambiguous);
        if (!department)
            return fail(department.error().message(), ambiguous ? UsageError : Failure);
        layout = DepartmentReport::build(ws, *department, options);
    } else if (period) {
        layout = PeriodReport::build(ws, *period, region, options);
    } else {
        layout = BulletinReport::build(ws, *options.month, region, options);
    }
    if (!layout)
        return fail(layout.error().message());
    if (Status s = layout->writePdf(outPath); !s)
        return fail(s.error().message());
    out() << tr("%1 written: %2 pages in %3 ms")
                 .arg(QDir::toNativeSeparators(outPath))
                 .arg(layout->pageCount())
                 .arg(timer.elapsed())
          << '\n';
    return Success;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        // Gui: the PDF's fonts need a QGuiApplication (offscreen); "report add" runs there as well.
        {QStringLiteral("report"),
         QT_TRANSLATE_NOOP(
             "cp::cli",
             "Write a task ledger, a dispatch bulletin (monthly, quarterly, annual) or a department "
             "report as PDF, or add a monthly report on a task."),
         AppKind::Gui, runReport},
    };
}

} // namespace cp::cli
