#include "DispatchScore.h"

#include "storage/Workspace.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cp {

namespace {

constexpr ScorePart kParts[] = {ScorePart::Base,         ScorePart::Progress,          ScorePart::Completion,
                                ScorePart::CompletedProgress, ScorePart::Commendation, ScorePart::Criticism,
                                ScorePart::AdoptedSuggestion, ScorePart::Seminar,      ScorePart::Exchange,
                                ScorePart::LateReport,   ScorePart::InaccurateReport};

ScorePart partOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Commendation:
        return ScorePart::Commendation;
    case EventKind::Criticism:
        return ScorePart::Criticism;
    case EventKind::AdoptedSuggestion:
        return ScorePart::AdoptedSuggestion;
    case EventKind::Seminar:
        return ScorePart::Seminar;
    case EventKind::Exchange:
        return ScorePart::Exchange;
    case EventKind::LateReport:
        return ScorePart::LateReport;
    case EventKind::InaccurateReport:
        return ScorePart::InaccurateReport;
    }
    return ScorePart::Base;
}

double hundredths(double v)
{
    return std::round(v * 100) / 100;
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

ScoreComponent &componentOf(DepartmentScore &s, ScorePart part)
{
    return s.components[int(part)];
}

// The three task parts: reports of the month with 有成果或实际成效 or 已办结, and evidence.
void scoreTasks(DepartmentScore &s, const QSet<Id> &annual, const QList<const DispatchInput::Report *> &reports,
                const DispatchInput &input, const DispatchRules &rules)
{
    for (const DispatchInput::Report *r : reports) {
        if (r->status != TaskStatus::Achieved && r->status != TaskStatus::Completed)
            continue;
        const auto completed = input.completedBefore.constFind(r->taskId);
        const bool completedEarlier = completed != input.completedBefore.constEnd() && *completed < input.month;
        const ScorePart part = r->status == TaskStatus::Achieved ? (completedEarlier ? ScorePart::CompletedProgress : ScorePart::Progress)
                                                                : ScorePart::Completion;
        ScoreItem item;
        item.taskId = r->taskId;
        item.reportId = r->id;
        item.text = input.taskLabels.value(r->taskId);
        if (!annual.contains(r->taskId)) {
            item.why = rules.leadOnly ? DispatchScoring::tr("not a task it leads") : DispatchScoring::tr("not among its tasks");
        } else if (r->status == TaskStatus::Completed && completedEarlier) {
            item.why = DispatchScoring::tr("already completed in %1").arg(completed->toString());
        } else if (rules.evidenceRequired && r->evidence == 0) {
            item.why = DispatchScoring::tr("no evidence");
        } else {
            item.counted = true;
            item.why = r->evidence > 0 ? DispatchScoring::tr("%n evidence file(s)", nullptr, r->evidence) : QString();
        }
        ScoreComponent &c = componentOf(s, part);
        c.count += item.counted ? 1 : 0;
        c.items.append(item);
    }
    const std::pair<ScorePart, double> weights[] = {{ScorePart::Progress, rules.progressPoints},
                                                    {ScorePart::Completion, rules.completionPoints},
                                                    {ScorePart::CompletedProgress, rules.completedProgressPoints}};
    for (const auto &[part, weight] : weights) {
        ScoreComponent &c = componentOf(s, part);
        const double each = s.annualTasks > 0 ? weight / s.annualTasks : 0;
        c.points = c.count * each;
        c.formula = QStringLiteral("%1 / %2 × %3").arg(c.count).arg(s.annualTasks).arg(number(weight));
        for (ScoreItem &item : c.items)
            item.points = item.counted ? each : 0;
    }
}

void scoreEvents(DepartmentScore &s, QList<const DispatchInput::Event *> events, const DispatchRules &rules)
{
    std::sort(events.begin(), events.end(), [](auto *a, auto *b) { return a->date != b->date ? a->date < b->date : a->id < b->id; });
    for (const DispatchInput::Event *e : events) {
        const EventRule rule = rules.rule(e->kind, e->level);
        ScoreComponent &c = componentOf(s, partOf(e->kind));
        ScoreItem item;
        item.eventId = e->id;
        item.text = e->note;
        if ((e->kind == EventKind::Commendation || e->kind == EventKind::Criticism) && e->level == EventLevel::None) {
            item.why = DispatchScoring::tr("no level (central, provincial or municipal) given");
        } else if (rule.evidenceRequired && e->evidence == 0) {
            item.why = DispatchScoring::tr("no evidence");
        } else if (rule.monthlyCap > 0 && c.points + rule.points > rule.monthlyCap) {
            item.points = std::max(0.0, rule.monthlyCap - c.points);
            item.counted = item.points > 0;
            item.why = DispatchScoring::tr("monthly cap of %1 reached").arg(number(rule.monthlyCap));
            c.capped = true;
        } else {
            item.points = rule.points;
            item.counted = true;
        }
        c.points += item.points;
        c.count += item.counted ? 1 : 0;
        c.items.append(item);
    }
}

} // namespace

const ScoreComponent &DepartmentScore::component(ScorePart part) const
{
    return components.at(int(part));
}

QDateTime DispatchScoring::reportDeadline(Month month, const DispatchRules &rules)
{
    // China has one time zone and no daylight saving: UTC+8.
    return QDateTime(month.day(rules.reportDeadlineDay), QTime(23, 59, 59, 999), QTimeZone(8 * 3600));
}

QList<DepartmentScore> DispatchScoring::compute(const DispatchInput &input, const DispatchRules &rules, const QDateTime &now)
{
    QHash<Id, QSet<Id>> annual, leads;
    for (const DispatchInput::Assignment &a : input.assignments) {
        if (a.role == Role::Lead)
            leads[a.departmentId].insert(a.taskId);
        if (a.role == Role::Lead || !rules.leadOnly)
            annual[a.departmentId].insert(a.taskId);
    }
    QHash<Id, QList<const DispatchInput::Report *>> reports;
    for (const DispatchInput::Report &r : input.reports)
        reports[r.departmentId].append(&r);
    QHash<Id, QList<const DispatchInput::Event *>> events;
    for (const DispatchInput::Event &e : input.events)
        events[e.departmentId].append(&e);
    const QDateTime deadline = reportDeadline(input.month, rules);

    QList<DepartmentScore> scores;
    for (const DispatchInput::Department &d : input.departments) {
        // 调度对象: the departments concerned by tasks, and any the month's events name.
        if (!annual.contains(d.id) && !leads.contains(d.id) && !events.contains(d.id))
            continue;
        DepartmentScore s;
        s.departmentId = d.id;
        s.regionId = d.regionId;
        s.department = d.name;
        s.annualTasks = int(annual.value(d.id).size());
        s.leadTasks = int(leads.value(d.id).size());
        for (ScorePart part : kParts) {
            ScoreComponent c;
            c.part = part;
            s.components.append(c);
        }
        componentOf(s, ScorePart::Base).points = rules.base;

        QList<const DispatchInput::Report *> own = reports.value(d.id);
        std::sort(own.begin(), own.end(), [&](auto *a, auto *b) { return a->taskId < b->taskId; });
        scoreTasks(s, annual.value(d.id), own, input, rules);
        const QList<const DispatchInput::Event *> ownEvents = events.value(d.id);
        scoreEvents(s, ownEvents, rules);
        const bool lateRecorded = std::any_of(ownEvents.begin(), ownEvents.end(), [](auto *e) { return e->kind == EventKind::LateReport; });

        // 未按规定时间反馈: every open task it leads must be reported by the deadline.
        if (rules.automaticLate && !leads.value(d.id).isEmpty()) {
            if (now <= deadline) {
                s.reportPending = true;
            } else {
                QSet<Id> onTime;
                for (const DispatchInput::Report *r : own) {
                    if (r->submittedAt.isValid() && r->submittedAt <= deadline)
                        onTime.insert(r->taskId);
                }
                QList<Id> missing;
                int open = 0;
                for (Id task : leads.value(d.id)) {
                    const auto completed = input.completedBefore.constFind(task);
                    if (completed != input.completedBefore.constEnd() && *completed < input.month)
                        continue;
                    ++open;
                    if (!onTime.contains(task))
                        missing.append(task);
                }
                if (!missing.isEmpty()) {
                    std::sort(missing.begin(), missing.end());
                    s.late = true;
                    QStringList labels;
                    for (Id task : missing)
                        labels.append(input.taskLabels.value(task));
                    ScoreItem item;
                    item.text = tr("%1 of %2 open tasks it leads were not reported by %3: %4")
                                    .arg(missing.size())
                                    .arg(open)
                                    .arg(deadline.date().toString(Qt::ISODate), labels.join(QStringLiteral("；")));
                    if (lateRecorded) {
                        item.why = tr("already recorded as a late-report event");
                    } else {
                        item.counted = true;
                        item.points = rules.lateReport.points;
                        item.why = tr("counted automatically");
                    }
                    ScoreComponent &c = componentOf(s, ScorePart::LateReport);
                    c.points += item.points;
                    c.count += item.counted ? 1 : 0;
                    c.items.append(item);
                }
            }
        }
        s.late = s.late || lateRecorded;

        double total = 0;
        for (const ScoreComponent &c : s.components)
            total += c.points;
        s.score = hundredths(total);
        scores.append(s);
    }

    // Rank within each region: equal (rounded) scores share the rank, the next one skips (1, 1, 3).
    std::sort(scores.begin(), scores.end(), [](const DepartmentScore &a, const DepartmentScore &b) {
        if (a.regionId != b.regionId)
            return a.regionId < b.regionId;
        if (a.score != b.score)
            return a.score > b.score;
        return a.department < b.department;
    });
    qsizetype regionStart = 0;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (i == 0 || scores[i].regionId != scores[i - 1].regionId) {
            regionStart = i;
            scores[i].rank = 1;
        } else {
            scores[i].rank = scores[i].score == scores[i - 1].score ? scores[i - 1].rank : int(i - regionStart) + 1;
        }
    }
    return scores;
}

Result<QList<DepartmentScore>> DispatchScoring::compute(const Workspace &workspace, Month month, Id regionId, const QDateTime &now)
{
    auto rules = DispatchRules::load(workspace);
    if (!rules)
        return rules.error();
    auto input = workspace.progress().dispatchInput(month, regionId);
    if (!input)
        return input.error();
    return compute(*input, *rules, now);
}

QString DispatchScoring::partName(ScorePart part)
{
    switch (part) {
    case ScorePart::Base:
        return tr("Base");
    case ScorePart::Progress:
        return tr("Task progress");
    case ScorePart::Completion:
        return tr("Tasks completed");
    case ScorePart::CompletedProgress:
        return tr("Progress on completed tasks");
    case ScorePart::Commendation:
        return tr("Commendations");
    case ScorePart::Criticism:
        return tr("Criticisms");
    case ScorePart::AdoptedSuggestion:
        return tr("Adopted suggestions");
    case ScorePart::Seminar:
        return tr("Seminars and publicity");
    case ScorePart::Exchange:
        return tr("Regional exchanges");
    case ScorePart::LateReport:
        return tr("Late reports");
    case ScorePart::InaccurateReport:
        return tr("Inaccurate reports");
    }
    return {};
}

ScoreGroups DispatchScoring::groups(const DepartmentScore &score)
{
    ScoreGroups g;
    const auto add = [&g](ScoreGroup group, double points) { g.points[int(group)] += points; };
    for (const ScoreComponent &c : score.components) {
        switch (c.part) {
        case ScorePart::Base:
            add(ScoreGroup::Base, c.points);
            break;
        case ScorePart::Progress:
        case ScorePart::CompletedProgress:
            add(ScoreGroup::Progress, c.points);
            break;
        case ScorePart::Completion:
            add(ScoreGroup::Completion, c.points);
            break;
        case ScorePart::Commendation:
        case ScorePart::AdoptedSuggestion:
        case ScorePart::Seminar:
        case ScorePart::Exchange:
        case ScorePart::Criticism:
        case ScorePart::LateReport:
        case ScorePart::InaccurateReport:
            add(c.points >= 0 ? ScoreGroup::Bonuses : ScoreGroup::Penalties, c.points);
            break;
        }
    }
    return g;
}

QString DispatchScoring::groupName(ScoreGroup group)
{
    switch (group) {
    case ScoreGroup::Base:
        return tr("Base");
    case ScoreGroup::Progress:
        return tr("Progress");
    case ScoreGroup::Completion:
        return tr("Completion");
    case ScoreGroup::Bonuses:
        return tr("Commendations and bonuses");
    case ScoreGroup::Penalties:
        return tr("Penalties");
    }
    return {};
}

QString DispatchScoring::partCode(ScorePart part)
{
    static const char *const codes[] = {"base",       "progress",  "completion", "completed_progress", "commendation",    "criticism",
                                        "adopted_suggestion", "seminar", "exchange", "late_report", "inaccurate_report"};
    return QString::fromLatin1(codes[int(part)]);
}

} // namespace cp
