#include "ReportSections.h"

#include "Palette.h"
#include "domain/Enums.h"
#include "domain/Format.h"
#include "storage/Workspace.h"

#include <QLocale>

namespace cp {

Result<MonthActivity> MonthActivity::load(const Workspace &ws, Month month, Id regionId)
{
    auto input = ws.progress().dispatchInput(month, regionId);
    auto readings = ws.progress().readingsForMonth(month, regionId);
    for (const Status &s : {toStatus(input), toStatus(readings)}) {
        if (!s)
            return s.error();
    }
    MonthActivity a;
    a.month = month;
    a.input = *std::move(input);
    a.readings = int(readings->size());
    for (const DispatchInput::Report &r : std::as_const(a.input.reports)) {
        a.reportedTasks.insert(r.taskId);
        a.reportingDepartments.insert(r.departmentId);
        if (r.status == TaskStatus::Completed && !a.input.completedBefore.contains(r.taskId))
            a.completedNow.insert(r.taskId);
    }
    return a;
}

Result<ReportSections::Names> ReportSections::Names::load(const Workspace &ws)
{
    auto documents = ws.documents().list();
    auto departments = ws.departments().all();
    auto regions = ws.regions().all();
    for (const Status &s : {toStatus(documents), toStatus(departments), toStatus(regions)}) {
        if (!s)
            return s.error();
    }
    Names names;
    for (const Document &d : std::as_const(*documents))
        names.documents.insert(d.id, d.title);
    for (const Department &d : std::as_const(*departments))
        names.departments.insert(d.id, d.name);
    for (const Region &r : std::as_const(*regions))
        names.regions.insert(r.id, r.name);
    return names;
}

QList<ProgressState> ReportSections::overviewStates()
{
    return {ProgressState::Done, ProgressState::OnTrack, ProgressState::Behind,
            ProgressState::AtRisk, ProgressState::NotReported};
}

QStringList ReportSections::laggingTargetColumnTitles()
{
    return {tr("Target"),   tr("Task"), tr("Lead"),     tr("Value"),
            tr("Expected"), tr("Goal"), tr("Forecast"), tr("Status")};
}

QStringList ReportSections::overdueTaskColumnTitles()
{
    return {tr("Task"), tr("Lead"), tr("Deadline"), tr("Latest status reported")};
}

ReportChart ReportSections::rankingChart(const QList<DepartmentScore> &scores, const QString &title)
{
    const QLocale locale;
    // The base is the same for everyone: the bars show the dynamic points (动态分) that rank.
    ReportChart chart;
    chart.title = title;
    const ScoreGroup shown[] = {ScoreGroup::Progress, ScoreGroup::Completion, ScoreGroup::Bonuses,
                                ScoreGroup::Penalties};
    for (ScoreGroup g : shown)
        chart.series.append({DispatchScoring::groupName(g), Palette::scoreGroup(g), {}});
    for (const DepartmentScore &s : scores) {
        chart.categories.append(tr("%1. %2").arg(locale.toString(s.rank), s.department));
        chart.valueLabels.append(locale.toString(s.score, 'f', 2));
        const ScoreGroups groups = DispatchScoring::groups(s);
        for (qsizetype i = 0; i < qsizetype(std::size(shown)); ++i)
            chart.series[i].values.append(groups[shown[i]]);
    }
    return chart;
}

void ReportSections::appendStatusOverview(ReportDocument &report, const ProgressSnapshot &snapshot,
                                          const Names &names)
{
    const QLocale locale;
    const QList<ProgressState> states = overviewStates();
    QHash<ProgressState, int> targets;
    int due = 0;
    for (const ProgressSnapshot::Target &t : snapshot.targets) {
        if (t.assessment.state == ProgressState::NotDue)
            continue;
        ++targets[t.assessment.state];
        ++due;
    }
    // Tasks by status per document, in the documents' order.
    QList<Id> documents;
    QHash<Id, QHash<ProgressState, int>> tasks;
    QHash<ProgressState, int> allTasks;
    for (const ProgressSnapshot::TaskState &t : snapshot.tasks) {
        if (t.assessment.state == ProgressState::NotDue)
            continue;
        if (!tasks.contains(t.track.documentId))
            documents.append(t.track.documentId);
        ++tasks[t.track.documentId][t.assessment.state];
        ++allTasks[t.assessment.state];
    }
    const auto counts = [&](const QHash<ProgressState, int> &byState) {
        QStringList parts;
        for (ProgressState s : states)
            parts.append(
                tr("%1 %2").arg(ProgressStatus::name(s), locale.toString(byState.value(s))));
        return parts.join(tr(", "));
    };
    int taskCount = 0;
    for (int n : std::as_const(allTasks))
        taskCount += n;
    report.blocks.append({ReportBlock::Kind::Heading,
                          tr("Where the work stands, %1").arg(snapshot.month.toString())});
    if (taskCount == 0 && due == 0) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph,
             tr("No task or target is due in %1.").arg(snapshot.month.toString())});
        return;
    }
    report.blocks.append(
        {ReportBlock::Kind::Paragraph,
         tr("Tasks (%1): %2.").arg(locale.toString(taskCount), counts(allTasks)) +
             QLatin1Char(' ') +
             tr("Targets due (%1): %2.").arg(locale.toString(due), counts(targets))});

    ReportChart chart;
    chart.title = tr("Tasks by status");
    for (ProgressState s : states)
        chart.series.append({ProgressStatus::name(s), Palette::state(s), {}});
    for (Id document : std::as_const(documents)) {
        const QHash<ProgressState, int> &byState = tasks.value(document);
        int total = 0;
        for (int n : byState)
            total += n;
        chart.categories.append(names.documents.value(document));
        chart.valueLabels.append(
            tr("%1 of %2 done")
                .arg(locale.toString(byState.value(ProgressState::Done)), locale.toString(total)));
        for (qsizetype i = 0; i < states.size(); ++i)
            chart.series[i].values.append(byState.value(states.at(i)));
    }
    report.blocks.append(ReportBlock::chartOf(std::move(chart)));
}

Status ReportSections::appendLaggingWork(ReportDocument &report, const Workspace &ws,
                                         const ProgressSnapshot &snapshot, const Names &names,
                                         qsizetype limit)
{
    const QLocale locale;
    QHash<Id, Task> taskOf;
    const auto task = [&](Id id) -> Result<Task> {
        if (const auto found = taskOf.constFind(id); found != taskOf.constEnd())
            return *found;
        auto t = ws.tasks().get(id);
        if (t)
            taskOf.insert(id, *t);
        return t;
    };
    const auto leadsOf = [&](const Task &t) {
        QStringList leads;
        for (const TaskDepartment &d : t.departments) {
            if (d.role == Role::Lead)
                leads.append(names.departments.value(d.departmentId));
        }
        return leads.join(QStringLiteral("、"));
    };

    QList<const ProgressSnapshot::Target *> lagging = snapshot.laggingTargets();
    report.blocks.append(
        {ReportBlock::Kind::Heading, tr("Targets at risk or missing by the trend")});
    if (limit > 0 && lagging.size() > limit) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph,
             tr("%1 targets are at risk or missing by the trend; the %2 furthest behind their "
                "path are listed. The ledger and “countyplan status” show every target.")
                 .arg(locale.toString(lagging.size()), locale.toString(limit))});
        lagging.resize(limit);
    }
    if (lagging.isEmpty()) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph, tr("No target is at risk or missing by the trend.")});
    } else {
        ReportBlock table(ReportBlock::Kind::Table);
        const QStringList titles = laggingTargetColumnTitles();
        const double weights[] = {3, 5, 2.5, 1.6, 1.6, 2, 1.6, 1.4};
        for (qsizetype c = 0; c < titles.size(); ++c)
            table.columns.append(
                {titles.at(c), weights[c], c >= 3 && c <= 6 ? Qt::AlignRight : Qt::AlignLeft});
        for (const ProgressSnapshot::Target *t : lagging) {
            auto owner = task(t->track.metric.taskId);
            if (!owner)
                return owner.error();
            const Metric &m = t->track.metric;
            const MetricAssessment &a = t->assessment;
            const auto estimate = [&](const std::optional<double> &v) {
                return v ? formatEstimate(*v, m.unit, locale) : tr("—");
            };
            table.rows.append(
                {{m.label, QStringLiteral("%1 %2").arg(owner->path, owner->title), leadsOf(*owner),
                  a.value ? formatQuantity(*a.value, m.unit, locale) : tr("not reported"),
                  estimate(a.expected), formatTarget(m, locale), estimate(a.forecast),
                  ProgressStatus::name(a.state)},
                 false});
        }
        report.blocks.append(std::move(table));
    }

    const QList<const ProgressSnapshot::TaskState *> overdue = snapshot.overdueTasks();
    report.blocks.append({ReportBlock::Kind::Heading, tr("Tasks past their deadline")});
    if (overdue.isEmpty()) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph, tr("No task is past its deadline without being done.")});
        return {};
    }
    ReportBlock table(ReportBlock::Kind::Table);
    const QStringList titles = overdueTaskColumnTitles();
    const double weights[] = {7, 3, 1.6, 2};
    for (qsizetype c = 0; c < titles.size(); ++c)
        table.columns.append({titles.at(c), weights[c], Qt::AlignLeft});
    for (const ProgressSnapshot::TaskState *t : overdue) {
        auto owner = task(t->track.taskId);
        if (!owner)
            return owner.error();
        table.rows.append(
            {{QStringLiteral("%1 %2").arg(owner->path, owner->title), leadsOf(*owner),
              locale.toString(t->track.deadline, QLocale::ShortFormat),
              t->assessment.reported ? displayName(*t->assessment.reported) : tr("not reported")},
             false});
    }
    report.blocks.append(std::move(table));
    return {};
}

} // namespace cp
