// ProgressEditor: readings, reports, events, plans and rules change in one audited transaction
// each, come back exactly after removal, and refuse what the dispatch could not use.
#include "../common/Fixtures.h"
#include "storage/ProgressEditor.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace cp;

class TestProgressEdits : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    QList<Task> m_tasks;
    QList<Metric> m_metrics;
    Id m_jiaotong = 0, m_nongye = 0, m_other = 0;

    int audited() { return m_ws.audit().count().value_or(-1); }

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.close(); }
    void readingsAddChangeRemoveRestore();
    void reportsNeedAResponsibleDepartment();
    void eventsNeedALevelToCommendOrCriticise();
    void evidenceIsStoredOnce();
    void plansAndRules();
    void refusesWhatCannotBeUsed();
};

void TestProgressEdits::init()
{
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(m_ws));
    m_tasks = *m_ws.tasks().all();
    m_metrics = *m_ws.metrics().all();
    const Id yuxian = m_ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    m_jiaotong = *m_ws.departments().resolve(yuxian, QStringLiteral("县交通运输局"));
    m_nongye = *m_ws.departments().resolve(yuxian, QStringLiteral("县农业农村局"));
    m_other = *m_ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
}

void TestProgressEdits::readingsAddChangeRemoveRestore()
{
    ProgressEditor editor(m_ws);
    QSignalSpy readings(&m_ws, &Workspace::readingsChanged);
    QSignalSpy progress(&m_ws, &Workspace::progressChanged);
    const int before = audited();

    Reading r;
    r.metricId = m_metrics.at(0).id;
    r.period = QStringLiteral("2023-08");
    r.value = 120;
    r.note = QStringLiteral("8月累计");
    r.departmentId = m_jiaotong;
    auto added = editor.addReading(r);
    CP_VERIFY_OK(added);
    QVERIFY(added->id);
    QVERIFY(added->recordedAt.isValid());
    QCOMPARE(readings.size(), 1);
    QCOMPARE(readings.first().first().toLongLong(), r.metricId);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(audited(), before + 1);
    QCOMPARE(m_ws.progress().reading(added->id)->value, 120.0);

    Reading changed = *added;
    changed.value = 125;
    CP_VERIFY_OK(editor.updateReading(*added, changed));
    QCOMPARE(m_ws.progress().reading(added->id)->value, 125.0);
    QCOMPARE(m_ws.audit().forEntity(QStringLiteral("reading"), added->id)->size(), 2);

    auto removed = editor.removeReading(added->id);
    CP_VERIFY_OK(removed);
    QVERIFY(!m_ws.progress().reading(added->id));
    // Undo puts back the same row, id and all.
    auto restored = editor.addReading(*removed);
    CP_VERIFY_OK(restored);
    QCOMPARE(restored->id, added->id);
    QCOMPARE(m_ws.progress().reading(added->id)->note, QStringLiteral("8月累计"));
    QCOMPARE(audited(), before + 4);
    // One reading per metric and month: a second one for August is refused.
    Reading twice = r;
    QVERIFY(!editor.addReading(twice));
    QCOMPARE(audited(), before + 4);
}

void TestProgressEdits::reportsNeedAResponsibleDepartment()
{
    ProgressEditor editor(m_ws);
    TaskReport r;
    r.taskId = m_tasks.at(1).id; // 富硒基地: only 县农业农村局
    r.departmentId = m_jiaotong;
    r.period = QStringLiteral("2023-06");
    r.status = TaskStatus::Achieved;
    auto refused = editor.addReport(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message(), QStringLiteral("县交通运输局 is not responsible for task 一.（二）"));
    r.departmentId = m_nongye;
    QSignalSpy reports(&m_ws, &Workspace::reportsChanged);
    auto added = editor.addReport(r);
    CP_VERIFY_OK(added);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(*m_ws.progress().findReport(r.taskId, m_nongye, QStringLiteral("2023-06")), added->id);
    TaskReport done = *added;
    done.status = TaskStatus::Completed;
    done.evidence = {m_ws.progress().evidenceFiles()->first().sha256};
    CP_VERIFY_OK(editor.updateReport(*added, done));
    QCOMPARE(m_ws.progress().report(added->id)->status, TaskStatus::Completed);
    QCOMPARE(m_ws.progress().report(added->id)->evidence, done.evidence);
    auto removed = editor.removeReport(added->id);
    CP_VERIFY_OK(removed);
    QCOMPARE(removed->evidence, done.evidence);
    CP_VERIFY_OK(editor.addReport(*removed));
    QCOMPARE(m_ws.progress().report(added->id)->evidence, done.evidence);
    QCOMPARE(m_ws.progress().reportsForMonth(Month(2023, 6), 0)->size(), 2);
}

void TestProgressEdits::eventsNeedALevelToCommendOrCriticise()
{
    ProgressEditor editor(m_ws);
    DispatchEvent e;
    e.departmentId = m_jiaotong;
    e.kind = EventKind::Commendation;
    e.date = QDate(2023, 6, 9);
    auto refused = editor.addEvent(e);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message(), QStringLiteral("a Commendation needs a level: central, provincial or municipal"));
    e.level = EventLevel::Municipal;
    QSignalSpy events(&m_ws, &Workspace::eventsChanged);
    auto added = editor.addEvent(e);
    CP_VERIFY_OK(added);
    QCOMPARE(events.size(), 1);
    DispatchEvent moved = *added;
    moved.departmentId = m_nongye;
    CP_VERIFY_OK(editor.updateEvent(*added, moved));
    QCOMPARE(events.size(), 3); // both departments' lists change
    auto removed = editor.removeEvent(added->id);
    CP_VERIFY_OK(removed);
    CP_VERIFY_OK(editor.addEvent(*removed));
    QCOMPARE(m_ws.progress().event(added->id)->departmentId, m_nongye);
    QCOMPARE(m_ws.progress().eventsForMonth(Month(2023, 6), 0)->size(), 3);
}

void TestProgressEdits::evidenceIsStoredOnce()
{
    ProgressEditor editor(m_ws);
    const int files = int(m_ws.progress().evidenceFiles()->size());
    auto a = editor.storeEvidence(QStringLiteral("会议纪要.pdf"), QByteArray("%PDF-1.4 minutes"));
    auto b = editor.storeEvidence(QStringLiteral("另一个名字.pdf"), QByteArray("%PDF-1.4 minutes"));
    CP_VERIFY_OK(a);
    QCOMPARE(*a, *b);
    QCOMPARE(m_ws.progress().evidenceFiles()->size(), files + 1);
    QCOMPARE(m_ws.progress().evidenceFile(*a)->name, QStringLiteral("会议纪要.pdf"));
    QCOMPARE(*m_ws.progress().evidenceData(*a), QByteArray("%PDF-1.4 minutes"));
}

void TestProgressEdits::plansAndRules()
{
    ProgressEditor editor(m_ws);
    QSignalSpy plans(&m_ws, &Workspace::plansChanged);
    const QMap<Month, double> plan{{Month(2023, 6), 90}, {Month(2023, 12), 160}};
    CP_VERIFY_OK(editor.setPlan(m_metrics.at(0).id, {}, plan));
    QCOMPARE(*m_ws.progress().plan(m_metrics.at(0).id), plan);
    QCOMPARE(plans.size(), 1);
    QCOMPARE(m_ws.audit().forEntity(QStringLiteral("metric"), m_metrics.at(0).id)->last().newValue,
             QStringLiteral("2023-06=90 2023-12=160"));

    QSignalSpy rules(&m_ws, &Workspace::dispatchRulesChanged);
    DispatchRules changed;
    changed.reportDeadlineDay = 20;
    CP_VERIFY_OK(editor.setRules(DispatchRules(), changed));
    QCOMPARE(DispatchRules::load(m_ws)->reportDeadlineDay, 20);
    QCOMPARE(rules.size(), 1);
    CP_VERIFY_OK(editor.setRules(changed, DispatchRules()));
    QCOMPARE(DispatchRules::load(m_ws)->reportDeadlineDay, 25);
}

void TestProgressEdits::refusesWhatCannotBeUsed()
{
    ProgressEditor editor(m_ws);
    const QString counts = test::tableCounts(m_ws);
    Reading r;
    r.metricId = m_metrics.at(0).id;
    r.period = QStringLiteral("2023-13");
    r.value = 1;
    QCOMPARE(editor.addReading(r).error().message(), QStringLiteral("a reading is for a month like 2023-06 (or a whole year), not “2023-13”"));
    r.period = QStringLiteral("2023-09");
    r.value = std::numeric_limits<double>::quiet_NaN();
    QCOMPARE(editor.addReading(r).error().message(), QStringLiteral("a reading needs a number"));
    TaskReport t;
    t.taskId = m_tasks.at(0).id;
    t.departmentId = m_jiaotong;
    t.period = QStringLiteral("June");
    QVERIFY(!editor.addReport(t));
    DispatchEvent e;
    e.departmentId = m_jiaotong;
    e.kind = EventKind::Seminar;
    QCOMPARE(editor.addEvent(e).error().message(), QStringLiteral("an event needs a date"));
    QVERIFY(!editor.removeReading(999999));
    QCOMPARE(test::tableCounts(m_ws), counts);
}

QTEST_GUILESS_MAIN(TestProgressEdits)
#include "tst_progressedits.moc"
