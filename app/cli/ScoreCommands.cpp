// countyplan score | rules
#include "Cli.h"

#include "exchange/RegionNames.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

double hundredths(double v)
{
    const double r = std::round(v * 100) / 100;
    return r == 0 ? 0 : r; // no "-0"
}

QString points(double v)
{
    return QLocale().toString(hundredths(v), 'f', 2);
}

// --region NAME, or every region (0); nullopt after printing the error.
std::optional<Id> regionOption(const QCommandLineParser &parser, const RegionNames &names)
{
    if (!parser.isSet(QStringLiteral("region")))
        return Id(0);
    const Id id = names.resolve(parser.value(QStringLiteral("region")));
    if (!id) {
        fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
        return std::nullopt;
    }
    return id;
}

QJsonObject scoreJson(const DepartmentScore &s, const RegionNames &names)
{
    QJsonObject components;
    for (const ScoreComponent &c : s.components)
        components.insert(DispatchScoring::partCode(c.part), hundredths(c.points));
    return QJsonObject{{QStringLiteral("region"), names.reference(s.regionId)},
                       {QStringLiteral("department"), s.department},
                       {QStringLiteral("score"), s.score},
                       {QStringLiteral("rank"), s.rank},
                       {QStringLiteral("annual_tasks"), s.annualTasks},
                       {QStringLiteral("late"), s.late},
                       {QStringLiteral("components"), components}};
}

void printExplanation(const DepartmentScore &s, const RegionNames &names)
{
    out() << tr("%1 · %2: %3 points, rank %4").arg(names.reference(s.regionId), s.department, points(s.score)).arg(s.rank) << '\n';
    out() << "  " << tr("Annual tasks: %1 (leads %2)").arg(s.annualTasks).arg(s.leadTasks) << '\n';
    for (const ScoreComponent &c : s.components) {
        if (c.part != ScorePart::Base && c.items.isEmpty())
            continue;
        QString line = QStringLiteral("  %1  %2").arg(points(c.points), 8).arg(DispatchScoring::partName(c.part));
        if (!c.formula.isEmpty() && c.part >= ScorePart::Progress && c.part <= ScorePart::CompletedProgress)
            line += QStringLiteral(" (%1)").arg(c.formula);
        out() << line << '\n';
        for (const ScoreItem &i : c.items) {
            const QString shown = i.counted ? (i.points > 0 ? QStringLiteral("+") : QString()) + points(i.points) : tr("not counted");
            out() << "      " << QStringLiteral("%1").arg(shown, 11) << "  " << i.text;
            if (!i.why.isEmpty())
                out() << " — " << i.why;
            out() << '\n';
        }
    }
    out().flush();
}

int runScore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("The month to score, YYYY-MM."), tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("Only this region's departments."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of a table.")));
    parser.addOption(QCommandLineOption(QStringLiteral("explain"),
                                        tr("Show every point of this department's score and the tasks and events behind it."),
                                        tr("department")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                        tr("Score as on this date (YYYY-MM-DD): reports not due by then are not late. "
                                           "Default: now."),
                                        tr("date")));
    if (auto code = parse(parser, arguments, tr("Score and rank the departments for a month by the dispatch rules.")))
        return *code;
    const auto month = Month::parse(parser.value(QStringLiteral("month")));
    if (!month)
        return fail(tr("--month must be a month like 2023-06, not “%1”").arg(parser.value(QStringLiteral("month"))), UsageError);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QDate date = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!date.isValid())
            return fail(tr("--as-of must be a date like 2023-07-01, not “%1”").arg(parser.value(QStringLiteral("as-of"))), UsageError);
        now = QDateTime(date, QTime(23, 59, 59), QTimeZone(8 * 3600));
    }
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    if (!regions)
        return fail(regions.error().message());
    RegionNames names(*regions);
    const auto region = regionOption(parser, names);
    if (!region)
        return Failure;
    auto scores = DispatchScoring::compute(ws, *month, *region, now);
    if (!scores)
        return fail(scores.error().message());

    if (parser.isSet(QStringLiteral("explain"))) {
        const QString name = parser.value(QStringLiteral("explain"));
        QList<const DepartmentScore *> found;
        for (const DepartmentScore &s : *scores) {
            auto id = ws.departments().resolve(s.regionId, name);
            if (id && *id == s.departmentId)
                found.append(&s);
        }
        if (found.isEmpty())
            return fail(tr("no department “%1” was scored for %2").arg(name, month->toString()));
        if (found.size() > 1)
            return fail(tr("several regions have a department “%1”; name one with --region").arg(name), UsageError);
        printExplanation(*found.first(), names);
        return Success;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray departments;
        for (const DepartmentScore &s : *scores)
            departments.append(scoreJson(s, names));
        const QJsonObject root{{QStringLiteral("month"), month->toString()}, {QStringLiteral("departments"), departments}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    Id lastRegion = -1;
    for (const DepartmentScore &s : *scores) {
        if (s.regionId != lastRegion) {
            out() << (lastRegion == -1 ? QString() : QStringLiteral("\n")) << tr("%1, %2").arg(names.reference(s.regionId), month->toString())
                  << '\n';
            lastRegion = s.regionId;
        }
        QStringList notes;
        const double tasks = s.component(ScorePart::Progress).points + s.component(ScorePart::Completion).points
                             + s.component(ScorePart::CompletedProgress).points;
        if (tasks != 0)
            notes.append(tr("tasks %1").arg(points(tasks)));
        const double events = s.score - s.component(ScorePart::Base).points - tasks - s.component(ScorePart::LateReport).points;
        if (std::abs(events) >= 0.005)
            notes.append(tr("events %1").arg(points(events)));
        if (s.late)
            notes.append(tr("late %1").arg(points(s.component(ScorePart::LateReport).points)));
        if (s.reportPending)
            notes.append(tr("report not yet due"));
        out() << QStringLiteral("%1  %2  %3").arg(s.rank, 3).arg(points(s.score), 7).arg(s.department);
        if (!notes.isEmpty())
            out() << "  (" << notes.join(QStringLiteral(", ")) << ')';
        out() << '\n';
    }
    out().flush();
    return Success;
}

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("set"),
                                        tr("Replace the workspace's rules with those of this JSON file (settings left out "
                                           "keep 002's values)."),
                                        tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("reset"), tr("Go back to 002's rules.")));
    if (auto code = parse(parser, arguments, tr("Show or change the workspace's dispatch rules (JSON).")))
        return *code;
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    if (parser.isSet(QStringLiteral("set")) && parser.isSet(QStringLiteral("reset")))
        return fail(tr("--set and --reset exclude each other"), UsageError);
    if (parser.isSet(QStringLiteral("set"))) {
        const QString path = parser.value(QStringLiteral("set"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            return fail(tr("%1: not a JSON object: %2").arg(QDir::toNativeSeparators(path), error.errorString()));
        auto rules = DispatchRules::fromJson(doc.object());
        if (!rules)
            return fail(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), rules.error().message()));
        if (Status s = rules->save(ws); !s)
            return fail(s.error().message());
    } else if (parser.isSet(QStringLiteral("reset"))) {
        if (Status s = DispatchRules().save(ws); !s)
            return fail(s.error().message());
    }
    auto rules = DispatchRules::load(ws);
    if (!rules)
        return fail(rules.error().message());
    out() << QString::fromUtf8(QJsonDocument(rules->toJson()).toJson(QJsonDocument::Indented));
    out().flush();
    return Success;
}

} // namespace

QList<Command> scoreCommands()
{
    return {
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("cp::cli", "Score and rank the departments for a month by the dispatch rules."), AppKind::Core,
         runScore},
        {QStringLiteral("rules"), QT_TRANSLATE_NOOP("cp::cli", "Show or change the dispatch rules."), AppKind::Core, runRules},
    };
}

} // namespace cp::cli
