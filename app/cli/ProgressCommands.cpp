// countyplan reading add|list | report add | event add: progress data for scripting.
#include "Cli.h"

#include "domain/Format.h"
#include "exchange/RegionNames.h"
#include "progress/ProgressStatus.h"
#include "storage/ProgressEditor.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cp::cli", text);
}

QCommandLineOption regionOption()
{
    return QCommandLineOption(QStringLiteral("region"), tr("The region, where a name is not unique."), tr("name"));
}

QCommandLineOption evidenceOption()
{
    return QCommandLineOption(QStringLiteral("evidence"), tr("A file to keep as evidence (印证材料); may be repeated."), tr("file"));
}

// A department by name or other name, in --region or the one region that has it.
Result<Id> department(Workspace &ws, const QCommandLineParser &parser, const QString &name)
{
    auto regions = ws.regions().all();
    if (!regions)
        return regions.error();
    const RegionNames names(*regions);
    QList<Id> candidates;
    if (parser.isSet(QStringLiteral("region"))) {
        const Id region = names.resolve(parser.value(QStringLiteral("region")));
        if (!region)
            return Error(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
        if (auto id = ws.departments().resolve(region, name); id && *id)
            candidates.append(*id);
    } else {
        for (const Region &r : *regions) {
            if (auto id = ws.departments().resolve(r.id, name); id && *id)
                candidates.append(*id);
        }
    }
    if (candidates.isEmpty())
        return Error(tr("no department “%1”").arg(name));
    if (candidates.size() > 1)
        return Error(tr("several regions have a department “%1”; name one with --region").arg(name));
    return candidates.first();
}

// Stores each --evidence file; their SHA-256s in order.
Result<QStringList> storeEvidence(ProgressEditor &editor, const QStringList &files)
{
    QStringList shas;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(tr("cannot read evidence “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        auto sha = editor.storeEvidence(QFileInfo(path).fileName(), file.readAll());
        if (!sha)
            return sha.error();
        shas.append(*sha);
    }
    return shas;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

int readingAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("metric"), tr("The target's id (see reading list)."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("The month read, YYYY-MM."), tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("value"), tr("The value reached by the end of the month."), tr("number")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("A note."), tr("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("department"), tr("The reporting department."), tr("name")));
    parser.addOption(regionOption());
    parser.addOption(evidenceOption());
    if (auto code = parse(parser, arguments, tr("Record a target's value for a month (replacing an earlier one).")))
        return *code;
    bool idOk = false;
    const Id metricId = parser.value(QStringLiteral("metric")).toLongLong(&idOk);
    const auto month = Month::parse(parser.value(QStringLiteral("month")));
    const auto value = number(parser.value(QStringLiteral("value")));
    if (!idOk || !month || !value)
        return fail(tr("--metric ID, --month YYYY-MM and --value NUMBER are required"), UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto metric = ws.metrics().get(metricId);
    if (!metric)
        return fail(metric.error().message());
    Reading r;
    r.metricId = metricId;
    r.period = month->toString();
    r.value = *value;
    r.note = parser.value(QStringLiteral("note"));
    if (parser.isSet(QStringLiteral("department"))) {
        auto dept = department(ws, parser, parser.value(QStringLiteral("department")));
        if (!dept)
            return fail(dept.error().message());
        r.departmentId = *dept;
    }
    ProgressEditor editor(ws);
    Status s = ws.database().transaction([&]() -> Status {
        auto shas = storeEvidence(editor, parser.values(QStringLiteral("evidence")));
        if (!shas)
            return shas.error();
        r.evidence = *shas;
        auto existing = ws.progress().findReading(metricId, r.period);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto before = ws.progress().reading(*existing);
            if (!before)
                return before.error();
            r.id = *existing;
            return editor.updateReading(*before, r);
        }
        auto added = editor.addReading(r);
        return added ? Status() : Status(added.error());
    });
    if (!s)
        return fail(s.error().message());
    out() << tr("%1 %2: %3 %4").arg(metric->label, r.period, QLocale().toString(r.value, 'g', 12), metric->unit) << Qt::endl;
    return Success;
}

int readingList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(regionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("Show the value and status for this month (default: the latest month read)."),
                                        tr("month")));
    if (auto code = parse(parser, arguments, tr("List the targets with their readings and status.")))
        return *code;
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    if (!regions)
        return fail(regions.error().message());
    const RegionNames names(*regions);
    Id region = 0;
    if (parser.isSet(QStringLiteral("region"))) {
        region = names.resolve(parser.value(QStringLiteral("region")));
        if (!region)
            return fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
    }
    std::optional<Month> month;
    if (parser.isSet(QStringLiteral("month"))) {
        month = Month::parse(parser.value(QStringLiteral("month")));
        if (!month)
            return fail(tr("--month must be a month like 2023-06, not “%1”").arg(parser.value(QStringLiteral("month"))), UsageError);
    }
    auto tracks = ws.progress().metricTracks(month.value_or(Month(2200, 12)), region);
    if (!tracks)
        return fail(tracks.error().message());
    auto rules = DispatchRules::load(ws);
    if (!rules)
        return fail(rules.error().message());
    QHash<Id, Task> tasks;
    for (const Task &t : ws.tasks().all().value_or({}))
        tasks.insert(t.id, t);
    for (const MetricTrack &t : *tracks) {
        const Month shown = month ? *month : (t.readings.isEmpty() ? Month::of(QDate::currentDate()) : t.readings.lastKey());
        const MetricAssessment a = ProgressStatus::assess(t, shown, *rules);
        QString line = QStringLiteral("%1  %2 %3  %4").arg(t.metric.id, 6).arg(tasks.value(t.metric.taskId).path, t.metric.label,
                                                                             formatTarget(t.metric));
        if (a.value)
            line += QStringLiteral("  %1: %2").arg(shown.toString(), QLocale().toString(*a.value, 'g', 12));
        line += QStringLiteral("  [%1]").arg(ProgressStatus::name(a.state));
        if (a.forecast)
            line += QStringLiteral("  ") + tr("forecast %1").arg(QLocale().toString(*a.forecast, 'f', 1));
        out() << line << '\n';
    }
    out().flush();
    return Success;
}

int runReading(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
    if (sub == QLatin1String("add"))
        return readingAdd(rest);
    if (sub == QLatin1String("list"))
        return readingList(rest);
    return fail(tr("expected “reading add” or “reading list”"), UsageError);
}

int reportAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("task"), tr("The task's id."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("department"), tr("The reporting department."), tr("name")));
    parser.addOption(regionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("The month reported, YYYY-MM."), tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("status"),
                                        tr("not_started, in_progress, achieved (有成果或实际成效) or completed (已办结)."), tr("status")));
    parser.addOption(QCommandLineOption(QStringLiteral("narrative"), tr("What was done."), tr("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("submitted"), tr("When it was submitted (ISO date and time; default now)."),
                                        tr("time")));
    parser.addOption(evidenceOption());
    if (auto code = parse(parser, arguments, tr("Record a department's monthly report on a task (replacing an earlier one).")))
        return *code;
    bool idOk = false;
    const Id taskId = parser.value(QStringLiteral("task")).toLongLong(&idOk);
    const auto month = Month::parse(parser.value(QStringLiteral("month")));
    const auto status = fromCode<TaskStatus>(parser.value(QStringLiteral("status")));
    if (!idOk || !month || !status || !parser.isSet(QStringLiteral("department")))
        return fail(tr("--task ID, --department NAME, --month YYYY-MM and --status are required"), UsageError);
    QDateTime submitted = QDateTime::currentDateTimeUtc();
    if (parser.isSet(QStringLiteral("submitted"))) {
        submitted = QDateTime::fromString(parser.value(QStringLiteral("submitted")), Qt::ISODate);
        if (!submitted.isValid())
            return fail(tr("--submitted must be a time like 2023-06-20T10:00+08:00"), UsageError);
    }
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto dept = department(ws, parser, parser.value(QStringLiteral("department")));
    if (!dept)
        return fail(dept.error().message());
    TaskReport r;
    r.taskId = taskId;
    r.departmentId = *dept;
    r.period = month->toString();
    r.status = *status;
    r.narrative = parser.value(QStringLiteral("narrative"));
    r.submittedAt = submitted;
    ProgressEditor editor(ws);
    Status s = ws.database().transaction([&]() -> Status {
        auto shas = storeEvidence(editor, parser.values(QStringLiteral("evidence")));
        if (!shas)
            return shas.error();
        r.evidence = *shas;
        auto existing = ws.progress().findReport(taskId, *dept, r.period);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto before = ws.progress().report(*existing);
            if (!before)
                return before.error();
            r.id = *existing;
            return editor.updateReport(*before, r);
        }
        auto added = editor.addReport(r);
        return added ? Status() : Status(added.error());
    });
    if (!s)
        return fail(s.error().message());
    return Success;
}

int eventAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("department"), tr("The department."), tr("name")));
    parser.addOption(regionOption());
    parser.addOption(QCommandLineOption(QStringLiteral("kind"),
                                        tr("commendation, criticism, adopted_suggestion, seminar, exchange, late_report or "
                                           "inaccurate_report."),
                                        tr("kind")));
    parser.addOption(QCommandLineOption(QStringLiteral("level"), tr("central, provincial or municipal (commendations and criticisms)."),
                                        tr("level"), QStringLiteral("none")));
    parser.addOption(QCommandLineOption(QStringLiteral("date"), tr("The date, YYYY-MM-DD."), tr("date")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("What happened."), tr("text")));
    parser.addOption(evidenceOption());
    if (auto code = parse(parser, arguments, tr("Record a dispatch event: a commendation, a seminar, a late report …")))
        return *code;
    const auto kind = fromCode<EventKind>(parser.value(QStringLiteral("kind")));
    const auto level = fromCode<EventLevel>(parser.value(QStringLiteral("level")));
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!kind || !level || !date.isValid() || !parser.isSet(QStringLiteral("department")))
        return fail(tr("--department NAME, --kind KIND and --date YYYY-MM-DD are required (see --help for kinds and levels)"),
                    UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto dept = department(ws, parser, parser.value(QStringLiteral("department")));
    if (!dept)
        return fail(dept.error().message());
    DispatchEvent e;
    e.departmentId = *dept;
    e.kind = *kind;
    e.level = *level;
    e.date = date;
    e.note = parser.value(QStringLiteral("note"));
    ProgressEditor editor(ws);
    Status s = ws.database().transaction([&]() -> Status {
        auto shas = storeEvidence(editor, parser.values(QStringLiteral("evidence")));
        if (!shas)
            return shas.error();
        e.evidence = *shas;
        auto added = editor.addEvent(e);
        return added ? Status() : Status(added.error());
    });
    if (!s)
        return fail(s.error().message());
    return Success;
}

int runTasks(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("Only this region's tasks."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("department"), tr("Only the tasks this department leads or cooperates on."),
                                        tr("name")));
    if (auto code = parse(parser, arguments, tr("List tasks with their ids and responsible departments.")))
        return *code;
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    auto documents = ws.documents().list();
    auto departments = ws.departments().all();
    auto tasks = ws.tasks().all();
    if (!regions || !documents || !departments || !tasks)
        return fail(tr("the workspace cannot be read"));
    const RegionNames names(*regions);
    Id region = 0, onlyDepartment = 0;
    if (parser.isSet(QStringLiteral("region"))) {
        region = names.resolve(parser.value(QStringLiteral("region")));
        if (!region)
            return fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
    }
    if (parser.isSet(QStringLiteral("department"))) {
        auto dept = department(ws, parser, parser.value(QStringLiteral("department")));
        if (!dept)
            return fail(dept.error().message());
        onlyDepartment = *dept;
    }
    QHash<Id, Document> documentOf;
    for (const Document &d : *documents)
        documentOf.insert(d.id, d);
    QHash<Id, QString> nameOf;
    for (const Department &d : *departments)
        nameOf.insert(d.id, d.name);
    Id lastDocument = 0;
    for (const Task &t : *tasks) {
        const Document doc = documentOf.value(t.documentId);
        if (region && doc.regionId != region)
            continue;
        QStringList lead, cooperating;
        bool concerned = !onlyDepartment;
        for (const TaskDepartment &d : t.departments) {
            (d.role == Role::Lead ? lead : cooperating).append(nameOf.value(d.departmentId));
            concerned = concerned || d.departmentId == onlyDepartment;
        }
        if (!concerned)
            continue;
        if (t.documentId != lastDocument) {
            out() << QStringLiteral("%1 · %2").arg(names.reference(doc.regionId), doc.title) << '\n';
            lastDocument = t.documentId;
        }
        out() << QStringLiteral("%1  %2 %3").arg(t.id, 6).arg(t.path, t.title);
        if (!lead.isEmpty() || !cooperating.isEmpty())
            out() << QStringLiteral("  [%1; %2]").arg(lead.join(QStringLiteral("、")), cooperating.join(QStringLiteral("、")));
        out() << '\n';
    }
    out().flush();
    return Success;
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("region"), tr("Only this region's tasks."), tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("month"), tr("The month, YYYY-MM."), tr("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of a table.")));
    if (auto code = parse(parser, arguments, tr("Show where every task and target stands in a month against the expected path.")))
        return *code;
    const auto month = Month::parse(parser.value(QStringLiteral("month")));
    if (!month)
        return fail(tr("--month must be a month like 2023-06, not “%1”").arg(parser.value(QStringLiteral("month"))), UsageError);
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto regions = ws.regions().all();
    if (!regions)
        return fail(regions.error().message());
    const RegionNames names(*regions);
    Id region = 0;
    if (parser.isSet(QStringLiteral("region"))) {
        region = names.resolve(parser.value(QStringLiteral("region")));
        if (!region)
            return fail(tr("“%1” is not a region of this workspace").arg(parser.value(QStringLiteral("region"))));
    }
    auto rules = DispatchRules::load(ws);
    auto metrics = ws.progress().metricTracks(*month, region);
    auto tasks = ws.progress().taskTracks(*month, region);
    auto taskRows = ws.tasks().all();
    if (!rules || !metrics || !tasks || !taskRows)
        return fail(!rules ? rules.error().message() : !metrics ? metrics.error().message() : !tasks ? tasks.error().message()
                                                                                                   : taskRows.error().message());
    QHash<Id, Task> taskOf;
    for (const Task &t : *taskRows)
        taskOf.insert(t.id, t);
    QHash<Id, QList<MetricAssessment>> byTask;
    QJsonArray targetsJson;
    QHash<ProgressState, int> targetCounts, taskCounts;
    for (const MetricTrack &t : *metrics) {
        const MetricAssessment a = ProgressStatus::assess(t, *month, *rules);
        byTask[t.metric.taskId].append(a);
        ++targetCounts[a.state];
        QJsonObject o{{QStringLiteral("id"), t.metric.id},
                      {QStringLiteral("task"), t.metric.taskId},
                      {QStringLiteral("label"), t.metric.label},
                      {QStringLiteral("target"), formatTarget(t.metric)},
                      {QStringLiteral("state"), ProgressStatus::code(a.state)}};
        if (a.value)
            o.insert(QStringLiteral("value"), *a.value);
        if (a.expected)
            o.insert(QStringLiteral("expected"), *a.expected);
        if (a.forecast) {
            o.insert(QStringLiteral("forecast"), *a.forecast);
            o.insert(QStringLiteral("forecast_misses"), a.forecastMisses);
        }
        targetsJson.append(o);
    }
    QJsonArray tasksJson;
    QStringList lines;
    for (const TaskTrack &t : *tasks) {
        const TaskAssessment a = ProgressStatus::assess(t, byTask.value(t.taskId), *month);
        ++taskCounts[a.state];
        const Task task = taskOf.value(t.taskId);
        QJsonObject o{{QStringLiteral("id"), t.taskId},
                      {QStringLiteral("path"), task.path},
                      {QStringLiteral("title"), task.title},
                      {QStringLiteral("state"), ProgressStatus::code(a.state)},
                      {QStringLiteral("overdue"), a.overdue}};
        if (a.reported)
            o.insert(QStringLiteral("reported"), toCode(*a.reported));
        tasksJson.append(o);
        lines.append(QStringLiteral("%1  %2 %3  [%4]%5")
                         .arg(t.taskId, 6)
                         .arg(task.path, task.title, ProgressStatus::name(a.state),
                              a.reported ? QStringLiteral(" ") + displayName(*a.reported) : QString()));
    }
    const auto summary = [](const QHash<ProgressState, int> &counts) {
        QStringList parts;
        for (ProgressState s : {ProgressState::Done, ProgressState::OnTrack, ProgressState::Behind, ProgressState::AtRisk,
                                ProgressState::NotReported, ProgressState::NotDue}) {
            if (counts.value(s))
                parts.append(QStringLiteral("%1 %2").arg(ProgressStatus::name(s)).arg(counts.value(s)));
        }
        return parts.join(QStringLiteral(", "));
    };
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject root{{QStringLiteral("month"), month->toString()},
                               {QStringLiteral("tasks"), tasksJson},
                               {QStringLiteral("targets"), targetsJson}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }
    for (const QString &line : lines)
        out() << line << '\n';
    out() << tr("Tasks: %1").arg(summary(taskCounts)) << '\n' << tr("Targets: %1").arg(summary(targetCounts)) << Qt::endl;
    return Success;
}

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("metric"), tr("The target's id (see reading list)."), tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("set"),
                                        tr("A month's planned value, YYYY-MM=NUMBER; may be repeated. Replaces the whole plan."),
                                        tr("month=value")));
    parser.addOption(QCommandLineOption(QStringLiteral("clear"), tr("Remove the plan: the expected path is pro-rata again.")));
    if (auto code = parse(parser, arguments, tr("Show or set a target's monthly plan (序时计划), the expected path where it is not pro-rata.")))
        return *code;
    bool idOk = false;
    const Id metricId = parser.value(QStringLiteral("metric")).toLongLong(&idOk);
    if (!idOk)
        return fail(tr("--metric ID is required"), UsageError);
    if (parser.isSet(QStringLiteral("set")) && parser.isSet(QStringLiteral("clear")))
        return fail(tr("--set and --clear exclude each other"), UsageError);
    QMap<Month, double> plan;
    for (const QString &item : parser.values(QStringLiteral("set"))) {
        const qsizetype eq = item.indexOf(u'=');
        const auto month = Month::parse(QStringView(item).left(eq));
        const auto value = eq > 0 ? number(item.mid(eq + 1)) : std::nullopt;
        if (!month || !value)
            return fail(tr("--set expects a month and a number like 2023-06=80, not “%1”").arg(item), UsageError);
        plan.insert(*month, *value);
    }
    Workspace ws;
    if (Status s = openWorkspace(ws, parser, true); !s)
        return fail(s.error().message());
    auto metric = ws.metrics().get(metricId);
    if (!metric)
        return fail(metric.error().message());
    auto before = ws.progress().plan(metricId);
    if (!before)
        return fail(before.error().message());
    if (parser.isSet(QStringLiteral("set")) || parser.isSet(QStringLiteral("clear"))) {
        if (Status s = ProgressEditor(ws).setPlan(metricId, *before, plan); !s)
            return fail(s.error().message());
    } else {
        plan = *before;
    }
    out() << QStringLiteral("%1  %2").arg(metric->label, formatTarget(*metric)) << '\n';
    if (plan.isEmpty())
        out() << "  " << tr("no plan: the expected path is pro-rata") << '\n';
    for (auto it = plan.constBegin(); it != plan.constEnd(); ++it)
        out() << "  " << it.key().toString() << "  " << QLocale().toString(it.value(), 'g', 12) << '\n';
    out().flush();
    return Success;
}

int runSingleAdd(const QStringList &arguments, const QString &noun, int (*add)(const QStringList &))
{
    if (arguments.value(1) != QLatin1String("add"))
        return fail(tr("expected “%1 add”").arg(noun), UsageError);
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.value(0) + QStringLiteral(" add");
    return add(rest);
}

} // namespace

// "report" itself is registered in ReportCommand.cpp: report add, or a printed report.
int runReportAdd(const QStringList &arguments)
{
    return runSingleAdd(arguments, QStringLiteral("report"), reportAdd);
}

QList<Command> progressCommands()
{
    return {
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("cp::cli", "List tasks with their ids and responsible departments."),
         AppKind::Core, runTasks},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cp::cli", "Show where every task and target stands in a month."), AppKind::Core,
         runStatus},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("cp::cli", "Show or set a target's monthly plan."), AppKind::Core, runPlan},
        {QStringLiteral("reading"), QT_TRANSLATE_NOOP("cp::cli", "Add a target's monthly reading, or list targets with status."),
         AppKind::Core, runReading},
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("cp::cli", "Add a dispatch event (commendation, seminar, late report …)."),
         AppKind::Core, [](const QStringList &a) { return runSingleAdd(a, QStringLiteral("event"), eventAdd); }},
    };
}

} // namespace cp::cli
