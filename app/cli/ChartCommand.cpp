// countyplan chart: one chart rendered offscreen to PNG or SVG (vector text).
#include "Cli.h"

#include "charts/ChartView.h"
#include "exchange/RegionNames.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

int runChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("kind"), tr("The chart: progress, trend, ranking, heatmap or overview."),
                                        tr("kind")));
    parser.addOption(QCommandLineOption(QStringLiteral("document"), tr("The document (its key, or the start of it) whose targets or tasks are shown."),
                                        tr("key")));
    parser.addOption(QCommandLineOption(QStringLiteral("department"), tr("Progress: the targets of the tasks this department leads."),
                                        tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("metric"), tr("Trend: the target's id (repeat for several)."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("The month shown, YYYY-MM (default: the latest reported)."),
                                        tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("The region whose departments are ranked."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("status"), tr("Heat map: the departments' statuses instead of their scores.")));
    parser.addOption(QCommandLineOption(QStringLiteral("theme"), tr("light (default) or dark."), tr("theme"),
                                        QStringLiteral("light")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("The file to write: .png or .svg."), tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("size"), tr("Image size in pixels (default: 1600 wide, as tall as the rows need)."),
                                        tr("WxH")));
    if (auto code = parse(parser, arguments, tr("Render a chart of targets, trends, scores or statuses to PNG or SVG.")))
        return *code;

    const auto kind = ui::ChartData::kindFromCode(parser.value(QStringLiteral("kind")));
    if (!kind)
        return fail(tr("--kind must be progress, trend, ranking, heatmap or overview, not “%1”").arg(parser.value(QStringLiteral("kind"))),
                    UsageError);
    const QString outPath = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("svg")))
        return fail(tr("--out must name a .png or .svg file"), UsageError);
    std::optional<QSize> size;
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = sizePattern.match(parser.value(QStringLiteral("size")));
        if (!m.hasMatch())
            return fail(tr("--size expects WIDTHxHEIGHT, e.g. 1600x900"), UsageError);
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(tr("--theme must be light or dark"), UsageError);

    ui::ChartRequest request;
    request.kind = *kind;
    request.scoreHeatMap = !parser.isSet(QStringLiteral("status"));
    if (parser.isSet(QStringLiteral("month"))) {
        const auto month = Month::parse(parser.value(QStringLiteral("month")));
        if (!month)
            return fail(tr("--month must be a month like 2023-06, not “%1”").arg(parser.value(QStringLiteral("month"))), UsageError);
        request.month = *month;
    }
    for (const QString &text : parser.values(QStringLiteral("metric"))) {
        bool ok = false;
        const Id id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("--metric expects a target's id (see countyplan status --json), not “%1”").arg(text), UsageError);
        request.metricIds.append(id);
    }
    if (request.kind == ui::ChartKind::Trend && request.metricIds.isEmpty())
        return fail(tr("a trend needs --metric ID"), UsageError);

    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    if (!regions)
        return fail(regions.error().message());
    const RegionNames names(*regions);
    if (parser.isSet(QStringLiteral("region"))) {
        request.regionId = names.resolve(parser.value(QStringLiteral("region")));
        if (!request.regionId)
            return fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
    }
    if (parser.isSet(QStringLiteral("document"))) {
        bool ambiguous = false;
        auto document = findDocument(ws, parser.value(QStringLiteral("document")), &ambiguous);
        if (!document)
            return fail(document.error().message(), ambiguous ? UsageError : Failure);
        request.documentId = *document;
    }
    if (parser.isSet(QStringLiteral("department"))) {
        bool ambiguous = false;
        auto department = findDepartment(ws, parser.value(QStringLiteral("department")), request.regionId, &ambiguous);
        if (!department)
            return fail(department.error().message(), ambiguous ? UsageError : Failure);
        request.departmentId = *department;
    }

    ui::ChartView view(&ws);
    const double scale = size ? std::max(1.0, size->width() / 1200.0) : 1.4;
    view.setTheme(theme == QLatin1String("dark") ? ui::ChartTheme::Mode::Dark : ui::ChartTheme::Mode::Light, scale);
    view.setRequest(request);
    if (!view.errorString().isEmpty())
        return fail(view.errorString());
    if (view.data().isEmpty())
        err() << view.data().emptyText() << '\n';
    const QSize imageSize = size.value_or(QSize(1600, std::max(900, view.preferredHeight())));
    if (Status s = view.saveImage(outPath, imageSize); !s)
        return fail(s.error().message());
    out() << tr("%1 written (%2×%3)").arg(QDir::toNativeSeparators(outPath)).arg(imageSize.width()).arg(imageSize.height()) << '\n';
    return Success;
}

} // namespace

QList<Command> chartCommands()
{
    return {
        {QStringLiteral("chart"), QT_TRANSLATE_NOOP("cp::cli", "Render a chart of targets, trends, scores or statuses to PNG or SVG."),
         AppKind::Widgets, runChart},
    };
}

} // namespace cp::cli
