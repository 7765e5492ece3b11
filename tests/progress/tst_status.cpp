// Status of metrics and tasks against the expected path (序时进度), and the year-end forecast.
#include "../common/Fixtures.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"

#include <QTest>

using namespace cp;

namespace {

MetricTrack track(double target, Comparator comparator, MetricKind kind = MetricKind::Absolute,
                  std::optional<double> baseline = std::nullopt, const QString &period = QStringLiteral("2023"))
{
    MetricTrack t;
    t.metric.value = target;
    t.metric.comparator = comparator;
    t.metric.kind = kind;
    t.metric.baseline = baseline;
    t.metric.period = period;
    t.documentYear = 2023;
    return t;
}

ProgressState stateIn(MetricTrack t, int month, double value)
{
    t.readings.insert(Month(2023, month), value);
    return ProgressStatus::assess(t, Month(2023, month), DispatchRules()).state;
}

} // namespace

class TestStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atLeastFollowsThePathFromZero();
    void atLeastFromABaseline();
    void forecastsTheYearEndFromTheTrend();
    void aCapIsOnTrackWhileUnder();
    void atMostBelowABaselineIsAWayDown();
    void growthRatesAreComparedAsRead();
    void ratiosStartFromTheirFirstReading();
    void aPlannersMonthlyPlanReplacesProRata();
    void periodsSpanTheirYears();
    void theThresholdIsARule();
    void taskStatus();
    void storageSharesReadingsOfLinkedMetrics();
};

// 新建5G基站160座以上 in 2023: by the end of June half the way, 80.
void TestStatus::atLeastFollowsThePathFromZero()
{
    const MetricTrack t = track(160, Comparator::AtLeast);
    const MetricAssessment june = ProgressStatus::assess(t, Month(2023, 6), DispatchRules());
    QCOMPARE(june.state, ProgressState::NotReported);
    QCOMPARE(june.elapsed, 0.5);
    QCOMPARE(*june.expected, 80.0);
    QCOMPARE(june.start, Month(2023, 1));
    QCOMPARE(june.end, Month(2023, 12));

    QCOMPARE(stateIn(t, 6, 80), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 95), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 64), ProgressState::Behind);  // 64/160 = 0.4 = 0.8 × 0.5: still behind
    QCOMPARE(stateIn(t, 6, 63), ProgressState::AtRisk);  // 0.394 < 0.4
    QCOMPARE(stateIn(t, 6, 160), ProgressState::Done);   // reached early: done
    QCOMPARE(stateIn(t, 12, 159), ProgressState::Behind); // December: the whole way is due
    QCOMPARE(stateIn(track(160, Comparator::Equal), 6, 80), ProgressState::OnTrack);
    QCOMPARE(stateIn(track(160, Comparator::About), 6, 160), ProgressState::Done);
}

// 富硒基地规模由0.8万亩达到1.5万亩以上: from 8 000 to 15 000 亩, by June 11 500.
void TestStatus::atLeastFromABaseline()
{
    const MetricTrack t = track(15000, Comparator::AtLeast, MetricKind::Absolute, 8000);
    QCOMPARE(*ProgressStatus::assess(t, Month(2023, 6), DispatchRules()).expected, 11500.0);
    QCOMPARE(stateIn(t, 6, 11500), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 10900), ProgressState::Behind); // 2 900 / 7 000 = 0.414 ≥ 0.4
    QCOMPARE(stateIn(t, 6, 10700), ProgressState::AtRisk); // 2 700 / 7 000 = 0.386
    QCOMPARE(stateIn(t, 3, 15000), ProgressState::Done);
}

void TestStatus::forecastsTheYearEndFromTheTrend()
{
    MetricTrack t = track(160, Comparator::AtLeast);
    // 12 a month: the line through (1,12) … (6,72) reaches 144 in December, short of 160.
    for (int m = 1; m <= 6; ++m)
        t.readings.insert(Month(2023, m), 12.0 * m);
    MetricAssessment a = ProgressStatus::assess(t, Month(2023, 6), DispatchRules());
    QCOMPARE(a.state, ProgressState::Behind); // 72/160 = 0.45 < 0.5 but ≥ 0.4
    QVERIFY(qFuzzyCompare(*a.forecast, 144.0));
    QVERIFY(a.forecastMisses);
    // Only what was read by the month counts: as of March the same line.
    a = ProgressStatus::assess(t, Month(2023, 3), DispatchRules());
    QVERIFY(qFuzzyCompare(*a.forecast, 144.0));
    // A faster second half: 80 in June after 10, 20 …: the least-squares line through
    // (1,10) (2,20) (3,30) (4,50) (5,65) (6,80): n = 6, Σx = 21, Σy = 255, Σx² = 91, Σxy = 1145;
    // slope (6·1145 − 21·255) / (6·91 − 21²) = 1515 / 105 = 14.4286, intercept (255 − 14.4286·21) / 6 = −8;
    // December: −8 + 14.4286 · 12 = 165.14.
    t.readings.clear();
    const double ys[] = {10, 20, 30, 50, 65, 80};
    for (int m = 1; m <= 6; ++m)
        t.readings.insert(Month(2023, m), ys[m - 1]);
    a = ProgressStatus::assess(t, Month(2023, 6), DispatchRules());
    QCOMPARE(std::round(*a.forecast * 100) / 100, 165.14);
    QVERIFY(!a.forecastMisses);
    // One reading is extended from the start: 30 by March → 120 by December.
    t.readings.clear();
    t.readings.insert(Month(2023, 3), 30);
    a = ProgressStatus::assess(t, Month(2023, 3), DispatchRules());
    QCOMPARE(*a.forecast, 120.0);
    // Nothing read: no forecast.
    t.readings.clear();
    QVERIFY(!ProgressStatus::assess(t, Month(2023, 3), DispatchRules()).forecast);
}

// 城镇调查失业率控制在5.5%以内.
void TestStatus::aCapIsOnTrackWhileUnder()
{
    MetricTrack t = track(5.5, Comparator::AtMost, MetricKind::RatioPct);
    QCOMPARE(stateIn(t, 6, 5.2), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 5.5), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 12, 5.2), ProgressState::Done);
    QCOMPARE(stateIn(t, 6, 5.8), ProgressState::AtRisk);
    // Rising 0.2 a month from 5.0 in April: 6.6 by December, over the cap.
    t.readings.insert(Month(2023, 4), 5.0);
    t.readings.insert(Month(2023, 5), 5.2);
    t.readings.insert(Month(2023, 6), 5.4);
    const MetricAssessment a = ProgressStatus::assess(t, Month(2023, 6), DispatchRules());
    QCOMPARE(a.state, ProgressState::OnTrack);
    QVERIFY(qFuzzyCompare(*a.forecast, 6.6));
    QVERIFY(a.forecastMisses);
}

// 能耗 from 100 down to 90 or less: by June 95.
void TestStatus::atMostBelowABaselineIsAWayDown()
{
    const MetricTrack t = track(90, Comparator::AtMost, MetricKind::Absolute, 100);
    QCOMPARE(*ProgressStatus::assess(t, Month(2023, 6), DispatchRules()).expected, 95.0);
    QCOMPARE(stateIn(t, 6, 95), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 94), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 96), ProgressState::Behind); // 0.4 of the way: 0.8 × 0.5
    QCOMPARE(stateIn(t, 6, 97), ProgressState::AtRisk);
    QCOMPARE(stateIn(t, 6, 90), ProgressState::Done);
}

// 地区生产总值增长8%; 能耗增长控制在3%以内.
void TestStatus::growthRatesAreComparedAsRead()
{
    const MetricTrack up = track(8, Comparator::AtLeast, MetricKind::GrowthPct);
    QCOMPARE(stateIn(up, 6, 8.5), ProgressState::OnTrack);
    QCOMPARE(stateIn(up, 12, 8.0), ProgressState::Done);
    QCOMPARE(stateIn(up, 6, 7.0), ProgressState::Behind); // ≥ 0.8 × 8 = 6.4
    QCOMPARE(stateIn(up, 6, 6.0), ProgressState::AtRisk);
    QCOMPARE(*ProgressStatus::assess(up, Month(2023, 6), DispatchRules()).expected, 8.0);
    const MetricTrack capped = track(3, Comparator::AtMost, MetricKind::GrowthPct);
    QCOMPARE(stateIn(capped, 6, 2.5), ProgressState::OnTrack);
    QCOMPARE(stateIn(capped, 6, 3.5), ProgressState::AtRisk);
    // A range 9.5–12.25%: at least its lower end.
    MetricTrack range = track(9.5, Comparator::AtLeast, MetricKind::GrowthPct);
    range.metric.valueMax = 12.25;
    QCOMPARE(stateIn(range, 6, 9.6), ProgressState::OnTrack);
}

// 覆盖率达到95%, first read at 90% in January: the way is 90 → 95.
void TestStatus::ratiosStartFromTheirFirstReading()
{
    MetricTrack t = track(95, Comparator::AtLeast, MetricKind::RatioPct);
    t.readings.insert(Month(2023, 1), 90);
    QCOMPARE(*ProgressStatus::assess(t, Month(2023, 6), DispatchRules()).expected, 92.5);
    QCOMPARE(stateIn(t, 6, 92.5), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 92.1), ProgressState::Behind); // 0.42 of the way
    QCOMPARE(stateIn(t, 6, 91.9), ProgressState::AtRisk); // 0.38
}

void TestStatus::aPlannersMonthlyPlanReplacesProRata()
{
    MetricTrack t = track(160, Comparator::AtLeast);
    t.plan.insert(Month(2023, 3), 20);
    t.plan.insert(Month(2023, 6), 100);
    t.plan.insert(Month(2023, 9), 130);
    QCOMPARE(*ProgressStatus::assess(t, Month(2023, 6), DispatchRules()).expected, 100.0);
    // Between plan points the plan is read on a line: April a third of the way from 20 to 100.
    QVERIFY(qFuzzyCompare(*ProgressStatus::assess(t, Month(2023, 4), DispatchRules()).expected, 20 + 80.0 / 3));
    // Before the first point from the start (0 in December 2022); after the last to the target.
    QVERIFY(qFuzzyCompare(*ProgressStatus::assess(t, Month(2023, 1), DispatchRules()).expected, 20.0 / 3));
    QVERIFY(qFuzzyCompare(*ProgressStatus::assess(t, Month(2023, 11), DispatchRules()).expected, 130 + 30 * 2.0 / 3));
    QCOMPARE(stateIn(t, 6, 100), ProgressState::OnTrack);
    QCOMPARE(stateIn(t, 6, 90), ProgressState::Behind); // 90/160 vs 100/160: 0.9 of the plan
    QCOMPARE(stateIn(t, 6, 75), ProgressState::AtRisk); // 0.75 of the plan
}

void TestStatus::periodsSpanTheirYears()
{
    // "到2025年" in a 2023 document: January 2023 to December 2025, 36 months.
    MetricTrack t = track(300, Comparator::AtLeast, MetricKind::Absolute, std::nullopt, QStringLiteral("2025"));
    MetricAssessment a = ProgressStatus::assess(t, Month(2023, 6), DispatchRules());
    QCOMPARE(a.start, Month(2023, 1));
    QCOMPARE(a.end, Month(2025, 12));
    QCOMPARE(*a.expected, 50.0);
    // A 2024 target in a 2024 document is not due in 2023.
    t = track(10, Comparator::AtLeast, MetricKind::Absolute, std::nullopt, QStringLiteral("2024"));
    t.documentYear = 2024;
    QCOMPARE(ProgressStatus::assess(t, Month(2023, 12), DispatchRules()).state, ProgressState::NotDue);
    // "2021—2025" and no period at all (the document's year).
    t = track(10, Comparator::AtLeast, MetricKind::Absolute, std::nullopt, QStringLiteral("2021—2025"));
    t.documentYear = 2021;
    QCOMPARE(ProgressStatus::period(t, Month(2023, 1)), std::make_pair(Month(2021, 1), Month(2025, 12)));
    t = track(10, Comparator::AtLeast, MetricKind::Absolute, std::nullopt, QString());
    QCOMPARE(ProgressStatus::period(t, Month(2023, 1)), std::make_pair(Month(2023, 1), Month(2023, 12)));
}

void TestStatus::theThresholdIsARule()
{
    DispatchRules rules;
    rules.atRiskBelow = 0.5;
    MetricTrack t = track(160, Comparator::AtLeast);
    t.readings.insert(Month(2023, 6), 50); // 0.3125 of the way, 0.625 of what is due
    QCOMPARE(ProgressStatus::assess(t, Month(2023, 6), rules).state, ProgressState::Behind);
    QCOMPARE(ProgressStatus::assess(t, Month(2023, 6), DispatchRules()).state, ProgressState::AtRisk);
}

void TestStatus::taskStatus()
{
    TaskTrack t;
    t.documentYear = 2023;
    t.leads = {7};
    const Month june(2023, 6);
    const auto withState = [](ProgressState s) {
        MetricAssessment m;
        m.state = s;
        return m;
    };
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::NotReported);
    t.reports.append({june, 7, TaskStatus::NotStarted, 0});
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::Behind);
    t.reports.last().status = TaskStatus::InProgress;
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::OnTrack);
    QCOMPARE(*ProgressStatus::assess(t, {}, june).reported, TaskStatus::InProgress);
    // The worst of its metrics; met targets alone do not complete a task.
    QCOMPARE(ProgressStatus::assess(t, {withState(ProgressState::OnTrack), withState(ProgressState::Behind)}, june).state,
             ProgressState::Behind);
    QCOMPARE(ProgressStatus::assess(t, {withState(ProgressState::NotReported), withState(ProgressState::AtRisk)}, june).state,
             ProgressState::AtRisk);
    QCOMPARE(ProgressStatus::assess(t, {withState(ProgressState::Done), withState(ProgressState::NotDue)}, june).state,
             ProgressState::OnTrack);
    // Past its deadline and not done.
    t.deadline = QDate(2023, 6, 30);
    QVERIFY(ProgressStatus::assess(t, {}, june).overdue);
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::AtRisk);
    QCOMPARE(ProgressStatus::assess(t, {}, Month(2023, 5)).state, ProgressState::NotReported);
    // Completed in June: done from June on, not before.
    t.reports.append({june, 7, TaskStatus::Completed, 1});
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::Done);
    QCOMPARE(*ProgressStatus::assess(t, {}, Month(2023, 9)).completed, june);
    QCOMPARE(ProgressStatus::assess(t, {}, Month(2023, 5)).state, ProgressState::NotReported);
    // A 2024 document's task is not due in 2023.
    t.documentYear = 2024;
    t.reports.clear();
    t.deadline = {};
    QCOMPARE(ProgressStatus::assess(t, {}, june).state, ProgressState::NotDue);
}

void TestStatus::storageSharesReadingsOfLinkedMetrics()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const QList<Metric> metrics = *ws.metrics().all();
    QCOMPARE(metrics.size(), 3);
    // The sample links its first two metrics (m1 and m2): readings of either count for both.
    const auto tracksOf = [&](Month m) {
        QHash<Id, MetricTrack> byId;
        for (const MetricTrack &t : *ws.progress().metricTracks(m, 0))
            byId.insert(t.metric.id, t);
        return byId;
    };
    const Id m1 = metrics.at(0).id, m2 = metrics.at(1).id, m3 = metrics.at(2).id;
    auto before = tracksOf(Month(2023, 12));
    QCOMPARE(before.value(m1).readings.value(Month(2023, 6)), 80.0);
    QCOMPARE(before.value(m2).readings.value(Month(2023, 6)), 80.0);
    // m2's whole-year reading "2023" counts for December, for both.
    QCOMPARE(before.value(m1).readings.value(Month(2023, 12)), 12000.0);
    QVERIFY(!tracksOf(Month(2023, 11)).value(m2).readings.contains(Month(2023, 12)));
    QVERIFY(before.value(m3).readings.isEmpty());
    // A later June reading of m2 replaces m1's earlier one for both.
    Reading r;
    r.metricId = m2;
    r.period = QStringLiteral("2023-06");
    r.value = 99;
    r.recordedAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    CP_VERIFY_OK(ws.progress().insertReading(r));
    auto after = tracksOf(Month(2023, 12));
    QCOMPARE(after.value(m1).readings.value(Month(2023, 6)), 99.0);
    QCOMPARE(after.value(m2).readings.value(Month(2023, 6)), 99.0);
    QVERIFY(after.value(m3).readings.isEmpty());
    // Readings after the month asked for are left out.
    QVERIFY(!tracksOf(Month(2023, 6)).value(m1).readings.contains(Month(2023, 7)));
    QVERIFY(tracksOf(Month(2023, 7)).value(m1).readings.contains(Month(2023, 7)));
    QCOMPARE(after.value(m1).documentYear, 2023);

    // Plans are stored per metric and month.
    QMap<Month, double> plan{{Month(2023, 6), 100}, {Month(2023, 9), 130}};
    CP_VERIFY_OK(ws.progress().setPlan(m1, plan));
    QCOMPARE(*ws.progress().plan(m1), plan);
    QCOMPARE(tracksOf(Month(2023, 6)).value(m1).plan, plan);
    QVERIFY(tracksOf(Month(2023, 6)).value(m2).plan.isEmpty()); // plans are not shared
    CP_VERIFY_OK(ws.progress().setPlan(m1, {}));
    QVERIFY(ws.progress().plan(m1)->isEmpty());

    // Tasks: their lead units and reports up to the month.
    const QList<TaskTrack> tasks = *ws.progress().taskTracks(Month(2023, 12), 0);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.first().leads.size(), 1);
}

QTEST_GUILESS_MAIN(TestStatus)
#include "tst_status.moc"
