#include "ProgressStatus.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cp {

namespace {

constexpr double kEpsilon = 1e-9;

// Worst first, for a task made of several metrics.
int severity(ProgressState s)
{
    switch (s) {
    case ProgressState::AtRisk:
        return 5;
    case ProgressState::Behind:
        return 4;
    case ProgressState::NotReported:
        return 3;
    case ProgressState::OnTrack:
        return 2;
    case ProgressState::Done:
        return 1;
    case ProgressState::NotDue:
        return 0;
    }
    return 0;
}

// Least squares through (month number in the period, value), evaluated at the period's last month;
// one reading is extended from the start value.
std::optional<double> trend(const QMap<Month, double> &readings, Month start, Month month, int total, double startValue, bool rate)
{
    QList<std::pair<double, double>> points;
    for (auto it = readings.lowerBound(start); it != readings.constEnd() && it.key() <= month; ++it)
        points.append({double(it.key().index() - start.index() + 1), it.value()});
    if (points.isEmpty())
        return std::nullopt;
    if (points.size() == 1) {
        const auto [x, y] = points.first();
        return rate ? y : startValue + (y - startValue) / x * total;
    }
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[x, y] : points) {
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(points.size());
    const double denominator = n * sxx - sx * sx;
    if (std::abs(denominator) < kEpsilon)
        return sy / n;
    const double slope = (n * sxy - sx * sy) / denominator;
    const double intercept = (sy - slope * sx) / n;
    return intercept + slope * total;
}

// The planner's plan for the month, read between its points (the start value before the first,
// the target after the last).
double planned(const QMap<Month, double> &plan, Month start, Month end, Month month, double startValue, double target)
{
    if (auto it = plan.constFind(month); it != plan.constEnd())
        return *it;
    Month fromMonth = start.plus(-1), toMonth = end;
    double from = startValue, to = target;
    for (auto it = plan.constBegin(); it != plan.constEnd(); ++it) {
        if (it.key() < month && it.key() >= fromMonth) {
            fromMonth = it.key();
            from = it.value();
        } else if (it.key() > month && it.key() <= toMonth) {
            toMonth = it.key();
            to = it.value();
            break;
        }
    }
    const int span = toMonth.index() - fromMonth.index();
    return span <= 0 ? to : from + (to - from) * (month.index() - fromMonth.index()) / span;
}

} // namespace

std::pair<Month, Month> ProgressStatus::period(const MetricTrack &track, Month fallback)
{
    static const QRegularExpression years(QStringLiteral("(\\d{4})"));
    int first = 0, last = 0;
    for (auto it = years.globalMatch(track.metric.period); it.hasNext();) {
        const int y = it.next().captured(1).toInt();
        first = first ? std::min(first, y) : y;
        last = std::max(last, y);
    }
    if (!last) {
        first = last = track.documentYear ? track.documentYear : fallback.year();
    }
    // "到2025年" in a 2023 document runs from the document's year.
    if (track.documentYear && track.documentYear < first)
        first = track.documentYear;
    return {Month(first, 1), Month(last, 12)};
}

MetricAssessment ProgressStatus::assess(const MetricTrack &track, Month month, const DispatchRules &rules)
{
    const Metric &m = track.metric;
    MetricAssessment a;
    std::tie(a.start, a.end) = period(track, month);
    if (month < a.start) {
        a.state = ProgressState::NotDue;
        return a;
    }
    const int total = a.end.index() - a.start.index() + 1;
    a.elapsed = std::min(1.0, double(month.index() - a.start.index() + 1) / total);
    if (auto it = track.readings.constFind(month); it != track.readings.constEnd())
        a.value = *it;
    const bool atMost = m.comparator == Comparator::AtMost;

    // Growth rates are measured against the base year already: compare them as read.
    if (m.kind == MetricKind::GrowthPct) {
        const double target = atMost ? m.valueMax.value_or(m.value) : m.value;
        a.expected = target;
        a.forecast = trend(track.readings, a.start, month, total, 0, true);
        a.forecastMisses = a.forecast && (atMost ? *a.forecast > target + kEpsilon : *a.forecast < target - kEpsilon);
        if (!a.value) {
            a.state = ProgressState::NotReported;
        } else if (atMost ? *a.value <= target + kEpsilon : *a.value >= target - kEpsilon) {
            a.state = month >= a.end ? ProgressState::Done : ProgressState::OnTrack;
        } else if (!atMost && target > 0 && *a.value >= target * rules.atRiskBelow) {
            a.state = ProgressState::Behind;
        } else {
            a.state = ProgressState::AtRisk;
        }
        return a;
    }

    // A cap (控制在…以内) with no higher starting point: on track while under it.
    if (atMost && (!m.baseline || *m.baseline <= m.valueMax.value_or(m.value))) {
        const double cap = m.valueMax.value_or(m.value);
        a.expected = cap;
        a.forecast = trend(track.readings, a.start, month, total, 0, true);
        a.forecastMisses = a.forecast && *a.forecast > cap + kEpsilon;
        if (!a.value)
            a.state = ProgressState::NotReported;
        else if (*a.value <= cap + kEpsilon)
            a.state = month >= a.end ? ProgressState::Done : ProgressState::OnTrack;
        else
            a.state = ProgressState::AtRisk;
        return a;
    }

    // The way from the start value to the target: up for ≥, = and ~, down for ≤ below a baseline.
    std::optional<double> startValue = m.baseline;
    if (!startValue && m.kind == MetricKind::RatioPct) {
        if (auto first = track.readings.lowerBound(a.start); first != track.readings.constEnd() && first.key() <= month)
            startValue = first.value();
    }
    const double from = startValue.value_or(0);
    const double target = atMost ? m.valueMax.value_or(m.value) : m.value;
    const double way = target - from;
    const double expected = track.plan.isEmpty() ? from + way * a.elapsed : planned(track.plan, a.start, a.end, month, from, target);
    a.expected = expected;
    a.forecast = trend(track.readings, a.start, month, total, from, false);
    const auto reached = [&](double v) { return way >= 0 ? v >= target - kEpsilon : v <= target + kEpsilon; };
    a.forecastMisses = a.forecast && !reached(*a.forecast);
    if (!a.value) {
        a.state = ProgressState::NotReported;
        return a;
    }
    if (reached(*a.value)) {
        a.state = ProgressState::Done;
        a.forecastMisses = false;
        return a;
    }
    const double progress = (*a.value - from) / way;
    const double due = (expected - from) / way;
    if (progress >= due - kEpsilon)
        a.state = ProgressState::OnTrack;
    else if (progress >= due * rules.atRiskBelow - kEpsilon)
        a.state = ProgressState::Behind;
    else
        a.state = ProgressState::AtRisk;
    return a;
}

TaskAssessment ProgressStatus::assess(const TaskTrack &track, const QList<MetricAssessment> &metrics, Month month)
{
    TaskAssessment a;
    bool reportedThisMonth = false, notStartedThisMonth = false;
    for (const TaskTrack::Report &r : track.reports) {
        if (r.month > month)
            continue;
        a.reported = r.status;
        if (r.status == TaskStatus::Completed && !a.completed)
            a.completed = r.month;
        if (r.month == month) {
            reportedThisMonth = true;
            notStartedThisMonth = notStartedThisMonth || (r.status == TaskStatus::NotStarted && track.leads.contains(r.departmentId));
        }
    }
    if (a.completed) {
        a.state = ProgressState::Done;
        return a;
    }
    if (track.documentYear && month < Month(track.documentYear, 1)) {
        a.state = ProgressState::NotDue;
        return a;
    }
    a.overdue = track.deadline.isValid() && track.deadline <= month.lastDay();
    if (a.overdue) {
        a.state = ProgressState::AtRisk;
        return a;
    }
    int worst = -1;
    for (const MetricAssessment &m : metrics) {
        if (m.state != ProgressState::NotDue && severity(m.state) > worst) {
            worst = severity(m.state);
            a.state = m.state;
        }
    }
    if (worst >= 0) {
        // Targets met, but nobody reported the task 已办结: still open work.
        if (a.state == ProgressState::Done)
            a.state = ProgressState::OnTrack;
        return a;
    }
    a.state = !reportedThisMonth ? ProgressState::NotReported : notStartedThisMonth ? ProgressState::Behind : ProgressState::OnTrack;
    return a;
}

QString ProgressStatus::name(ProgressState state)
{
    switch (state) {
    case ProgressState::Done:
        return tr("Done");
    case ProgressState::OnTrack:
        return tr("On track");
    case ProgressState::Behind:
        return tr("Behind");
    case ProgressState::AtRisk:
        return tr("At risk");
    case ProgressState::NotReported:
        return tr("Not reported");
    case ProgressState::NotDue:
        return tr("Not due");
    }
    return {};
}

QString ProgressStatus::code(ProgressState state)
{
    static const char *const codes[] = {"done", "on_track", "behind", "at_risk", "not_reported", "not_due"};
    return QString::fromLatin1(codes[int(state)]);
}

} // namespace cp
