// EditActions for progress data: each change one undo step, undo puts back exactly what was.
#include "../common/Fixtures.h"
#include "commands/EditActions.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <QUndoStack>

using namespace cp;
using namespace cp::ui;

class TestProgressActions : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    QList<Task> m_tasks;
    QList<Metric> m_metrics;
    Id m_jiaotong = 0;

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.close(); }
    void readingsAreSetChangedAndRemoved();
    void reportsKeepTheirSubmissionTime();
    void eventsPlansAndRules();
    void refusedChangesLeaveNoStep();
};

void TestProgressActions::init()
{
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(m_ws));
    m_tasks = *m_ws.tasks().all();
    m_metrics = *m_ws.metrics().all();
    const Id yuxian = m_ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    m_jiaotong = *m_ws.departments().resolve(yuxian, QStringLiteral("县交通运输局"));
}

void TestProgressActions::readingsAreSetChangedAndRemoved()
{
    EditActions edits(&m_ws);
    const Id metric = m_metrics.at(2).id; // 产值增长: no readings
    const Month june(2023, 6);
    const auto value = [&]() -> std::optional<double> {
        auto id = m_ws.progress().findReading(metric, june.toString());
        if (!*id)
            return std::nullopt;
        return m_ws.progress().reading(*id)->value;
    };
    QVERIFY(edits.setReading(metric, june, 9.8, QStringLiteral("上半年")));
    QCOMPARE(*value(), 9.8);
    QVERIFY(edits.setReading(metric, june, 10.1, QStringLiteral("修正")));
    QCOMPARE(*value(), 10.1);
    QVERIFY(edits.setReading(metric, june, std::nullopt));
    QVERIFY(!value());
    QCOMPARE(edits.undoStack()->count(), 3);
    QCOMPARE(edits.undoStack()->text(1), QStringLiteral("Change the reading of 产值增长 for 2023-06"));
    edits.undoStack()->undo();
    QCOMPARE(*value(), 10.1);
    edits.undoStack()->undo();
    QCOMPARE(*value(), 9.8);
    edits.undoStack()->undo();
    QVERIFY(!value());
    edits.undoStack()->redo();
    edits.undoStack()->redo();
    QCOMPARE(*value(), 10.1);
    // Setting the same value again is no step.
    QVERIFY(edits.setReading(metric, june, 10.1, QStringLiteral("修正")));
    QCOMPARE(edits.undoStack()->index(), 2);
}

void TestProgressActions::reportsKeepTheirSubmissionTime()
{
    EditActions edits(&m_ws);
    const Id task = m_tasks.at(0).id;
    const Month july(2023, 7);
    const QDateTime submitted(QDate(2023, 7, 20), QTime(2, 0), Qt::UTC);
    QVERIFY(edits.setReport(task, m_jiaotong, july, TaskStatus::InProgress, QStringLiteral("施工中"), {}, submitted));
    const Id id = *m_ws.progress().findReport(task, m_jiaotong, july.toString());
    QVERIFY(id);
    const QString sha = m_ws.progress().evidenceFiles()->first().sha256;
    QVERIFY(edits.setReport(task, m_jiaotong, july, TaskStatus::Completed, QStringLiteral("已完成"), {sha}));
    TaskReport r = *m_ws.progress().report(id);
    QCOMPARE(r.status, TaskStatus::Completed);
    QCOMPARE(r.submittedAt, submitted);
    QCOMPARE(r.evidence, QStringList{sha});
    edits.undoStack()->undo();
    r = *m_ws.progress().report(id);
    QCOMPARE(r.status, TaskStatus::InProgress);
    QVERIFY(r.evidence.isEmpty());
    edits.undoStack()->undo();
    QCOMPARE(*m_ws.progress().findReport(task, m_jiaotong, july.toString()), Id(0));
    edits.undoStack()->redo();
    QCOMPARE(*m_ws.progress().findReport(task, m_jiaotong, july.toString()), id); // the same row again
}

void TestProgressActions::eventsPlansAndRules()
{
    EditActions edits(&m_ws);
    DispatchEvent e;
    e.departmentId = m_jiaotong;
    e.kind = EventKind::Seminar;
    e.date = QDate(2023, 7, 3);
    e.note = QStringLiteral("专题研讨会");
    const auto id = edits.addEvent(e);
    QVERIFY(id);
    DispatchEvent changed = *m_ws.progress().event(*id);
    changed.note = QStringLiteral("专题推进会");
    QVERIFY(edits.updateEvent(changed));
    QVERIFY(edits.removeEvent(*id));
    QVERIFY(!m_ws.progress().event(*id));
    edits.undoStack()->undo();
    QCOMPARE(m_ws.progress().event(*id)->note, QStringLiteral("专题推进会"));
    edits.undoStack()->undo();
    QCOMPARE(m_ws.progress().event(*id)->note, QStringLiteral("专题研讨会"));

    const QMap<Month, double> plan{{Month(2023, 6), 90}};
    QVERIFY(edits.setPlan(m_metrics.at(0).id, plan));
    QCOMPARE(*m_ws.progress().plan(m_metrics.at(0).id), plan);
    edits.undoStack()->undo();
    QVERIFY(m_ws.progress().plan(m_metrics.at(0).id)->isEmpty());

    DispatchRules rules;
    rules.leadOnly = true;
    QVERIFY(edits.setDispatchRules(rules));
    QVERIFY(DispatchRules::load(m_ws)->leadOnly);
    edits.undoStack()->undo();
    QVERIFY(!DispatchRules::load(m_ws)->leadOnly);
}

void TestProgressActions::refusedChangesLeaveNoStep()
{
    EditActions edits(&m_ws);
    QSignalSpy failed(&edits, &EditActions::failed);
    // 县交通运输局 is not on task 2.
    QVERIFY(!edits.setReport(m_tasks.at(1).id, m_jiaotong, Month(2023, 6), TaskStatus::Achieved));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("县交通运输局 is not responsible for task 一.（二）"));
    DispatchEvent e;
    e.departmentId = m_jiaotong;
    e.kind = EventKind::Criticism;
    e.date = QDate(2023, 7, 3);
    QVERIFY(!edits.addEvent(e));
    QVERIFY(!edits.storeEvidence(QStringLiteral("/no/such/file.pdf")));
    QCOMPARE(failed.size(), 3);
    QCOMPARE(edits.undoStack()->count(), 0);

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("minutes");
    file.close();
    const auto sha = edits.storeEvidence(file.fileName());
    QVERIFY(sha);
    QCOMPARE(*m_ws.progress().evidenceData(*sha), QByteArray("minutes"));
}

QTEST_GUILESS_MAIN(TestProgressActions)
#include "tst_progressactions.moc"
