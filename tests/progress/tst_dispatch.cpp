// The monthly dispatch (调度) of 002's 调度办法, checked against scores worked out by hand.
#include "../common/Fixtures.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace cp;

namespace {

const QTimeZone kChina(8 * 3600);

QDateTime china(int month, int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2023, month, day), QTime(hour, minute, second), kChina);
}

} // namespace

class TestDispatch : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    Id m_region = 0;
    QHash<QString, Id> m_dept;
    QList<Id> m_tasks; // task 1 … 8 at index 0 … 7
    QString m_evidence;

    Id task(int n) const { return m_tasks.at(n - 1); }
    void report(const QString &dept, int taskNo, const QString &period, TaskStatus status, const QDateTime &submitted, bool evidence);
    void event(const QString &dept, EventKind kind, EventLevel level, QDate date, bool evidence, const QString &note = {});
    static DepartmentScore scoreOf(const QList<DepartmentScore> &scores, const QString &dept);
    QList<DepartmentScore> june(const DispatchRules &rules = {}, const QDateTime &now = china(7, 1));

private Q_SLOTS:
    void initTestCase();
    void scoresFollow002ByHand();
    void tiesShareARank();
    void explainsEveryPoint();
    void leadOnlyScopeCountsLedTasks();
    void aReportIsLateAfterTheDeadlineDay();
    void theDeadlineIsEndOfDayChinaTime();
    void monthsBeforeTheDeadlineAreNotLateYet();
    void rulesAreDataAndValidated();
    void rulesStoredInTheWorkspaceChangeTheScore();
    void aDepartmentWithoutTasksScoresEventsOnly();
    void otherMonthsAndRegionsStayOut();
};

void TestDispatch::report(const QString &dept, int taskNo, const QString &period, TaskStatus status, const QDateTime &submitted, bool evidence)
{
    TaskReport r;
    r.taskId = task(taskNo);
    r.departmentId = m_dept.value(dept);
    r.period = period;
    r.status = status;
    r.narrative = QStringLiteral("进展");
    r.submittedAt = submitted;
    if (evidence)
        r.evidence = {m_evidence};
    auto id = m_ws.progress().insertReport(r);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
}

void TestDispatch::event(const QString &dept, EventKind kind, EventLevel level, QDate date, bool evidence, const QString &note)
{
    DispatchEvent e;
    e.departmentId = m_dept.value(dept);
    e.kind = kind;
    e.level = level;
    e.date = date;
    e.note = note.isEmpty() ? QStringLiteral("事项") : note;
    if (evidence)
        e.evidence = {m_evidence};
    auto id = m_ws.progress().insertEvent(e);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
}

DepartmentScore TestDispatch::scoreOf(const QList<DepartmentScore> &scores, const QString &dept)
{
    for (const DepartmentScore &s : scores) {
        if (s.department == dept)
            return s;
    }
    return {};
}

QList<DepartmentScore> TestDispatch::june(const DispatchRules &rules, const QDateTime &now)
{
    auto input = m_ws.progress().dispatchInput(Month(2023, 6), m_region);
    if (!input)
        qFatal("%s", qPrintable(input.error().message()));
    return DispatchScoring::compute(*input, rules, now);
}

// 盂县: 8 tasks of a 2023 task list.
//   县发改局 leads 1–4 and cooperates on 5, 6       → 6 annual tasks (4 led)
//   县交通运输局 leads 5–8 and cooperates on 1      → 5 annual tasks
//   县文旅局 cooperates on 2                       → 1 annual task
//   县水利局 cooperates on 6 and 7                 → 2 annual tasks
//   县统计局 has no task
void TestDispatch::initTestCase()
{
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    auto shanxi = m_ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
    auto yangquan = m_ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, *shanxi);
    auto yuxian = m_ws.regions().ensure(QStringLiteral("盂县"), RegionLevel::County, *yangquan);
    CP_VERIFY_OK(yuxian);
    m_region = *yuxian;
    for (const char *name : {"县发改局", "县交通运输局", "县文旅局", "县水利局", "县统计局"}) {
        auto id = m_ws.departments().insert(m_region, QString::fromUtf8(name));
        CP_VERIFY_OK(id);
        m_dept.insert(QString::fromUtf8(name), *id);
    }
    // A department of another region with the same kind of report must not mix in.
    auto pingding = m_ws.regions().ensure(QStringLiteral("平定县"), RegionLevel::County, *yangquan);
    auto other = m_ws.departments().insert(*pingding, QStringLiteral("县发改局"));
    CP_VERIFY_OK(other);

    Document doc;
    doc.key = QStringLiteral("yuxian-2023");
    doc.title = QStringLiteral("盂县推动山西中部城市群高质量发展2023年工作任务");
    doc.regionId = m_region;
    doc.year = 2023;
    doc.kind = DocumentKind::TaskList;
    doc.originalText = QStringLiteral("任务");
    doc.importedAt = QDateTime::currentDateTimeUtc();
    auto docId = m_ws.documents().insert(doc);
    CP_VERIFY_OK(docId);
    const auto lead = [&](const char *name) { return TaskDepartment{m_dept.value(QString::fromUtf8(name)), Role::Lead}; };
    const auto helps = [&](const char *name) { return TaskDepartment{m_dept.value(QString::fromUtf8(name)), Role::Cooperating}; };
    const QList<QList<TaskDepartment>> units = {
        {lead("县发改局"), helps("县交通运输局")},
        {lead("县发改局"), helps("县文旅局")},
        {lead("县发改局")},
        {lead("县发改局")},
        {lead("县交通运输局"), helps("县发改局")},
        {lead("县交通运输局"), helps("县发改局"), helps("县水利局")},
        {lead("县交通运输局"), helps("县水利局")},
        {lead("县交通运输局")},
    };
    for (int i = 0; i < units.size(); ++i) {
        Task t;
        t.documentId = *docId;
        t.position = i;
        t.number = QStringLiteral("（%1）").arg(i + 1);
        t.path = QStringLiteral("一.（%1）").arg(i + 1);
        t.title = QStringLiteral("任务%1").arg(i + 1);
        t.text = t.title;
        t.departments = units.at(i);
        auto id = m_ws.tasks().insert(t);
        CP_VERIFY_OK(id);
        m_tasks.append(*id);
    }
    auto sha = m_ws.progress().storeEvidence(QStringLiteral("现场照片.png"), QByteArray("png bytes"));
    CP_VERIFY_OK(sha);
    m_evidence = *sha;

    // Task 4 was completed in April (with evidence): in June it is an 已办结 task.
    report(QStringLiteral("县发改局"), 4, QStringLiteral("2023-04"), TaskStatus::Completed, china(4, 20), true);

    // June, 县发改局: 1 有成果 + evidence; 2 已办结 + evidence (just in time: 23:59:59 on the 25th);
    // 3 有成果 without evidence, and late (26th); 4 有成果 again + evidence (completed earlier);
    // 5 (it cooperates) 有成果 + evidence.
    report(QStringLiteral("县发改局"), 1, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 20), true);
    report(QStringLiteral("县发改局"), 2, QStringLiteral("2023-06"), TaskStatus::Completed, china(6, 25, 23, 59, 59), true);
    report(QStringLiteral("县发改局"), 3, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 26, 9), false);
    report(QStringLiteral("县发改局"), 4, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 21), true);
    report(QStringLiteral("县发改局"), 5, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 21), true);
    // Events: provincial commendation +5; three seminars, capped at +10; four exchanges with
    // evidence, capped at +15, and one without evidence (0); a municipal criticism −3.
    event(QStringLiteral("县发改局"), EventKind::Commendation, EventLevel::Provincial, QDate(2023, 6, 2), false,
          QStringLiteral("省政府通报表扬"));
    for (int d : {5, 12, 19})
        event(QStringLiteral("县发改局"), EventKind::Seminar, EventLevel::None, QDate(2023, 6, d), false);
    for (int d : {6, 13, 20, 27})
        event(QStringLiteral("县发改局"), EventKind::Exchange, EventLevel::None, QDate(2023, 6, d), true);
    event(QStringLiteral("县发改局"), EventKind::Exchange, EventLevel::None, QDate(2023, 6, 28), false);
    event(QStringLiteral("县发改局"), EventKind::Criticism, EventLevel::Municipal, QDate(2023, 6, 30), false);

    // June, 县交通运输局: 5 已办结 + evidence; 6 推进中; 7 有成果 + evidence; 8 not reported, and
    // the lateness is already recorded as an event (no second deduction); two adopted suggestions;
    // an inaccurate report.
    report(QStringLiteral("县交通运输局"), 5, QStringLiteral("2023-06"), TaskStatus::Completed, china(6, 22), true);
    report(QStringLiteral("县交通运输局"), 6, QStringLiteral("2023-06"), TaskStatus::InProgress, china(6, 22), false);
    report(QStringLiteral("县交通运输局"), 7, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 22), true);
    event(QStringLiteral("县交通运输局"), EventKind::LateReport, EventLevel::None, QDate(2023, 6, 27), false);
    event(QStringLiteral("县交通运输局"), EventKind::AdoptedSuggestion, EventLevel::None, QDate(2023, 6, 8), false);
    event(QStringLiteral("县交通运输局"), EventKind::AdoptedSuggestion, EventLevel::None, QDate(2023, 6, 9), false);
    event(QStringLiteral("县交通运输局"), EventKind::InaccurateReport, EventLevel::None, QDate(2023, 6, 15), false);

    // 县文旅局: its one task 有成果 + evidence. 县水利局: no report, a central commendation.
    // 县统计局: no task, a municipal commendation, and one with no level (counts nothing).
    report(QStringLiteral("县文旅局"), 2, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 10), true);
    event(QStringLiteral("县水利局"), EventKind::Commendation, EventLevel::Central, QDate(2023, 6, 15), false);
    event(QStringLiteral("县统计局"), EventKind::Commendation, EventLevel::Municipal, QDate(2023, 6, 16), false);
    event(QStringLiteral("县统计局"), EventKind::Commendation, EventLevel::None, QDate(2023, 6, 17), false);

    // Outside June (must not count): a May report and a July event.
    report(QStringLiteral("县文旅局"), 2, QStringLiteral("2023-05"), TaskStatus::Achieved, china(5, 10), true);
    event(QStringLiteral("县文旅局"), EventKind::Commendation, EventLevel::Central, QDate(2023, 7, 1), false);
    // Another region's department.
    DispatchEvent e;
    e.departmentId = *other;
    e.kind = EventKind::Commendation;
    e.level = EventLevel::Central;
    e.date = QDate(2023, 6, 3);
    CP_VERIFY_OK(m_ws.progress().insertEvent(e));
}

void TestDispatch::scoresFollow002ByHand()
{
    const QList<DepartmentScore> scores = june();
    QCOMPARE(scores.size(), 5);

    // 县发改局: progress 2/6 × 10 (tasks 1 and 5; 3 has no evidence), completion 1/6 × 10 (task 2),
    // completed-task progress 1/6 × 10 (task 4) = 6.6667; events +5 +10 (cap) +15 (cap) −3;
    // late: task 3 of its open led tasks 1–3 came on the 26th: −5.
    // 100 + 6.6667 + 5 + 10 + 15 − 3 − 5 = 128.6667 → 128.67
    const DepartmentScore fagai = scoreOf(scores, QStringLiteral("县发改局"));
    QCOMPARE(fagai.annualTasks, 6);
    QCOMPARE(fagai.leadTasks, 4);
    QCOMPARE(fagai.component(ScorePart::Base).points, 100.0);
    QVERIFY(qFuzzyCompare(fagai.component(ScorePart::Progress).points, 2.0 / 6 * 10));
    QCOMPARE(fagai.component(ScorePart::Progress).count, 2);
    QVERIFY(qFuzzyCompare(fagai.component(ScorePart::Completion).points, 1.0 / 6 * 10));
    QVERIFY(qFuzzyCompare(fagai.component(ScorePart::CompletedProgress).points, 1.0 / 6 * 10));
    QCOMPARE(fagai.component(ScorePart::Commendation).points, 5.0);
    QCOMPARE(fagai.component(ScorePart::Seminar).points, 10.0);
    QVERIFY(fagai.component(ScorePart::Seminar).capped);
    QCOMPARE(fagai.component(ScorePart::Seminar).count, 2);
    QCOMPARE(fagai.component(ScorePart::Exchange).points, 15.0);
    QCOMPARE(fagai.component(ScorePart::Exchange).count, 3);
    QCOMPARE(fagai.component(ScorePart::Criticism).points, -3.0);
    QCOMPARE(fagai.component(ScorePart::LateReport).points, -5.0);
    QVERIFY(fagai.late);
    QCOMPARE(fagai.score, 128.67);

    // 县交通运输局: progress 1/5 × 10 = 2 (task 7), completion 1/5 × 10 = 2 (task 5), suggestions
    // +10, the recorded late report −5 (task 8 missing: no second deduction), inaccurate −5.
    // 100 + 2 + 2 + 10 − 5 − 5 = 104
    const DepartmentScore jiaotong = scoreOf(scores, QStringLiteral("县交通运输局"));
    QCOMPARE(jiaotong.annualTasks, 5);
    QCOMPARE(jiaotong.component(ScorePart::Progress).points, 2.0);
    QCOMPARE(jiaotong.component(ScorePart::Completion).points, 2.0);
    QCOMPARE(jiaotong.component(ScorePart::AdoptedSuggestion).points, 10.0);
    QCOMPARE(jiaotong.component(ScorePart::LateReport).points, -5.0);
    QCOMPARE(jiaotong.component(ScorePart::LateReport).count, 1);
    QCOMPARE(jiaotong.component(ScorePart::InaccurateReport).points, -5.0);
    QVERIFY(jiaotong.late);
    QCOMPARE(jiaotong.score, 104.0);

    // 县文旅局: 1/1 × 10 = 10 → 110. 县水利局: +10 → 110. 县统计局: +3 → 103.
    QCOMPARE(scoreOf(scores, QStringLiteral("县文旅局")).score, 110.0);
    QCOMPARE(scoreOf(scores, QStringLiteral("县水利局")).score, 110.0);
    QCOMPARE(scoreOf(scores, QStringLiteral("县水利局")).component(ScorePart::Progress).formula, QStringLiteral("0 / 2 × 10"));
    QCOMPARE(scoreOf(scores, QStringLiteral("县统计局")).score, 103.0);
}

void TestDispatch::tiesShareARank()
{
    const QList<DepartmentScore> scores = june();
    QStringList order;
    for (const DepartmentScore &s : scores)
        order.append(QStringLiteral("%1 %2").arg(s.rank).arg(s.department));
    // 128.67, 110, 110, 104, 103: the two at 110 share 2nd place and the next is 4th.
    QCOMPARE(order, (QStringList{QStringLiteral("1 县发改局"), QStringLiteral("2 县文旅局"), QStringLiteral("2 县水利局"),
                                 QStringLiteral("4 县交通运输局"), QStringLiteral("5 县统计局")}));
}

void TestDispatch::explainsEveryPoint()
{
    const DepartmentScore fagai = scoreOf(june(), QStringLiteral("县发改局"));
    double total = 0;
    for (const ScoreComponent &c : fagai.components) {
        double items = 0;
        for (const ScoreItem &i : c.items)
            items += i.points;
        if (c.part != ScorePart::Base)
            QVERIFY2(qFuzzyCompare(1 + items, 1 + c.points), qPrintable(DispatchScoring::partName(c.part)));
        total += c.points;
    }
    QCOMPARE(std::round(total * 100) / 100, fagai.score);

    const ScoreComponent &progress = fagai.component(ScorePart::Progress);
    QCOMPARE(progress.formula, QStringLiteral("2 / 6 × 10"));
    QCOMPARE(progress.items.size(), 3); // tasks 1, 3, 5
    QCOMPARE(progress.items.at(1).taskId, task(3));
    QVERIFY(!progress.items.at(1).counted);
    QCOMPARE(progress.items.at(1).why, QStringLiteral("no evidence"));
    QCOMPARE(progress.items.at(0).text, QStringLiteral("一.（1） 任务1"));

    const ScoreComponent &seminar = fagai.component(ScorePart::Seminar);
    QCOMPARE(seminar.items.size(), 3);
    QCOMPARE(seminar.items.at(2).points, 0.0);
    QCOMPARE(seminar.items.at(2).why, QStringLiteral("monthly cap of 10 reached"));

    const ScoreComponent &exchange = fagai.component(ScorePart::Exchange);
    QCOMPARE(exchange.items.size(), 5);
    QCOMPARE(exchange.items.at(4).why, QStringLiteral("no evidence")); // the one of the 28th

    const ScoreComponent &late = fagai.component(ScorePart::LateReport);
    QCOMPARE(late.items.size(), 1);
    QVERIFY(late.items.first().text.startsWith(QStringLiteral("1 of 3 open tasks it leads were not reported by")));
    QVERIFY(late.items.first().text.endsWith(QStringLiteral("一.（3） 任务3")));

    const DepartmentScore tongji = scoreOf(june(), QStringLiteral("县统计局"));
    QCOMPARE(tongji.component(ScorePart::Commendation).items.size(), 2);
    QCOMPARE(tongji.component(ScorePart::Commendation).items.at(1).why,
             QStringLiteral("no level (central, provincial or municipal) given"));
}

void TestDispatch::leadOnlyScopeCountsLedTasks()
{
    DispatchRules rules;
    rules.leadOnly = true;
    const QList<DepartmentScore> scores = june(rules);
    // 县发改局 leads 4: progress 1/4 × 10 (task 1; task 5 is not led), completion 1/4 × 10,
    // completed-task progress 1/4 × 10 = 7.5 → 100 + 7.5 + 5 + 10 + 15 − 3 − 5 = 129.5
    const DepartmentScore fagai = scoreOf(scores, QStringLiteral("县发改局"));
    QCOMPARE(fagai.annualTasks, 4);
    QCOMPARE(fagai.component(ScorePart::Progress).points, 2.5);
    QCOMPARE(fagai.component(ScorePart::Progress).items.at(2).why, QStringLiteral("not a task it leads"));
    QCOMPARE(fagai.score, 129.5);
    // 县文旅局 leads nothing and had no event: not a dispatch subject under this scope.
    QCOMPARE(scoreOf(scores, QStringLiteral("县文旅局")).departmentId, Id(0));
    QCOMPARE(scores.size(), 4);
}

void TestDispatch::aReportIsLateAfterTheDeadlineDay()
{
    DispatchRules rules;
    rules.reportDeadlineDay = 26; // task 3 (26th, 09:00) is then on time
    const DepartmentScore fagai = scoreOf(june(rules), QStringLiteral("县发改局"));
    QVERIFY(!fagai.late);
    QCOMPARE(fagai.component(ScorePart::LateReport).points, 0.0);
    QCOMPARE(fagai.score, 133.67);

    rules = {};
    rules.automaticLate = false;
    QCOMPARE(scoreOf(june(rules), QStringLiteral("县发改局")).score, 133.67);
    // Without automatic lateness the recorded event still counts.
    QCOMPARE(scoreOf(june(rules), QStringLiteral("县交通运输局")).score, 104.0);
}

void TestDispatch::theDeadlineIsEndOfDayChinaTime()
{
    DispatchRules rules;
    const QDateTime deadline = DispatchScoring::reportDeadline(Month(2023, 6), rules);
    QCOMPARE(deadline.toUTC(), QDateTime(QDate(2023, 6, 25), QTime(15, 59, 59, 999), QTimeZone::utc()));
    rules.reportDeadlineDay = 31; // June has 30 days: its last day
    QCOMPARE(DispatchScoring::reportDeadline(Month(2023, 6), rules).date(), QDate(2023, 6, 30));
    QCOMPARE(DispatchScoring::reportDeadline(Month(2024, 2), rules).date(), QDate(2024, 2, 29));
}

void TestDispatch::monthsBeforeTheDeadlineAreNotLateYet()
{
    const QList<DepartmentScore> scores = june({}, china(6, 20));
    const DepartmentScore fagai = scoreOf(scores, QStringLiteral("县发改局"));
    QVERIFY(fagai.reportPending);
    QVERIFY(!fagai.late);
    QCOMPARE(fagai.score, 133.67);
    // A department that leads nothing has no monthly report of its own to be late with.
    QVERIFY(!scoreOf(scores, QStringLiteral("县文旅局")).reportPending);
}

void TestDispatch::rulesAreDataAndValidated()
{
    const DispatchRules defaults;
    QCOMPARE(defaults.rule(EventKind::Commendation, EventLevel::Central).points, 10.0);
    QCOMPARE(defaults.rule(EventKind::Criticism, EventLevel::Municipal).points, -3.0);
    QCOMPARE(defaults.rule(EventKind::Seminar, EventLevel::None).monthlyCap, 10.0);
    QVERIFY(defaults.rule(EventKind::Exchange, EventLevel::None).evidenceRequired);
    QCOMPARE(defaults.reportDeadlineDay, 25);

    // Round trip, and a partial file keeps the defaults for what it leaves out.
    auto back = DispatchRules::fromJson(defaults.toJson());
    QVERIFY(back);
    QVERIFY(*back == defaults);
    auto partial = DispatchRules::fromJson(QJsonDocument::fromJson(R"({"events": {"seminar": {"points": 4, "monthly_cap": 12}}})").object());
    QVERIFY(partial);
    QCOMPARE(partial->seminar.points, 4.0);
    QCOMPARE(partial->seminar.monthlyCap, 12.0);
    QCOMPARE(partial->exchange.monthlyCap, 15.0);

    const auto refused = [](const char *json) {
        auto r = DispatchRules::fromJson(QJsonDocument::fromJson(json).object());
        return r ? QString() : r.error().message();
    };
    QCOMPARE(refused(R"({"events": {"seminar": {"point": 4}}})"), QStringLiteral("dispatch rules: unknown setting events.seminar.point"));
    QCOMPARE(refused(R"({"reports": {"deadline_day": 32}})"),
             QStringLiteral("dispatch rules: reports.deadline_day must be a number from 1 to 31"));
    QCOMPARE(refused(R"({"reports": {"deadline_day": 20.5}})"),
             QStringLiteral("dispatch rules: reports.deadline_day must be a whole number"));
    QCOMPARE(refused(R"({"tasks": {"scope": "some"}})"),
             QStringLiteral("dispatch rules: tasks.scope must be one of all_roles, lead"));
    QCOMPARE(refused(R"({"base": "100"})"), QStringLiteral("dispatch rules: base must be a number from 0 to 1000"));
    QCOMPARE(refused(R"({"events": {"commendation": {"central": 10, "county": 1}}})"),
             QStringLiteral("dispatch rules: unknown setting events.commendation.county"));
}

void TestDispatch::rulesStoredInTheWorkspaceChangeTheScore()
{
    auto stored = DispatchRules::load(m_ws);
    QVERIFY(stored);
    QVERIFY(*stored == DispatchRules()); // none stored: 002's
    DispatchRules rules;
    rules.seminar.monthlyCap = 20; // a county that values seminars more
    rules.base = 90;
    CP_VERIFY_OK(rules.save(m_ws));
    auto scores = DispatchScoring::compute(m_ws, Month(2023, 6), m_region, china(7, 1));
    QVERIFY(scores);
    // 县发改局: 128.67 − 10 (base) + 5 (third seminar) = 123.67
    QCOMPARE(scoreOf(*scores, QStringLiteral("县发改局")).score, 123.67);
    CP_VERIFY_OK(DispatchRules().save(m_ws));
    QCOMPARE(scoreOf(*DispatchScoring::compute(m_ws, Month(2023, 6), m_region, china(7, 1)), QStringLiteral("县发改局")).score,
             128.67);

    CP_VERIFY_OK(m_ws.setMeta(QStringLiteral("dispatch_rules"), QStringLiteral("{broken")));
    auto broken = DispatchScoring::compute(m_ws, Month(2023, 6), m_region, china(7, 1));
    QVERIFY(!broken);
    QVERIFY(broken.error().message().startsWith(QStringLiteral("the workspace's dispatch rules cannot be read")));
    CP_VERIFY_OK(m_ws.setMeta(QStringLiteral("dispatch_rules"), QString()));
}

void TestDispatch::aDepartmentWithoutTasksScoresEventsOnly()
{
    const DepartmentScore tongji = scoreOf(june(), QStringLiteral("县统计局"));
    QCOMPARE(tongji.annualTasks, 0);
    QCOMPARE(tongji.component(ScorePart::Progress).points, 0.0);
    QCOMPARE(tongji.component(ScorePart::Progress).formula, QStringLiteral("0 / 0 × 10"));
    QVERIFY(!tongji.late);
    QVERIFY(!tongji.reportPending);
    QCOMPARE(tongji.score, 103.0);
}

void TestDispatch::otherMonthsAndRegionsStayOut()
{
    // May: only 县文旅局's May report (1/1 × 10) — and every department that leads open tasks and
    // sent nothing by 25 May is late.
    auto may = m_ws.progress().dispatchInput(Month(2023, 5), m_region);
    QVERIFY(may);
    QCOMPARE(may->reports.size(), 1);
    QCOMPARE(may->events.size(), 0);
    const QList<DepartmentScore> scores = DispatchScoring::compute(*may, {}, china(7, 1));
    QCOMPARE(scoreOf(scores, QStringLiteral("县文旅局")).score, 110.0);
    QCOMPARE(scoreOf(scores, QStringLiteral("县发改局")).score, 95.0);
    QCOMPARE(scoreOf(scores, QStringLiteral("县交通运输局")).score, 95.0);
    QCOMPARE(scoreOf(scores, QStringLiteral("县水利局")).score, 100.0);

    // Every region: 平定县's department is scored there, and ranked first there.
    auto all = m_ws.progress().dispatchInput(Month(2023, 6), 0);
    QVERIFY(all);
    const QList<DepartmentScore> everywhere = DispatchScoring::compute(*all, {}, china(7, 1));
    QCOMPARE(everywhere.size(), 6);
    const auto pingding = std::find_if(everywhere.begin(), everywhere.end(), [&](const DepartmentScore s) { return s.regionId != m_region; });
    QVERIFY(pingding != everywhere.end());
    QCOMPARE(pingding->score, 110.0);
    QCOMPARE(pingding->rank, 1);
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
