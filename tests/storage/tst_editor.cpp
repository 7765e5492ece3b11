// WorkspaceEditor: each change is one audited transaction with a precise signal, and deletions
// come back exactly as they were.
#include "../common/Fixtures.h"
#include "storage/Workspace.h"
#include "storage/WorkspaceEditor.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace cp;

namespace {

// Every row of the tables a task touches, for before/after comparisons.
QStringList dump(Workspace &ws)
{
    QStringList rows;
    for (const char *sql : {"SELECT id, document_id, ifnull(section_id, 0), position, number, path, title, text, "
                            "ifnull(span_start, -1), ifnull(deadline, ''), status, notes FROM tasks ORDER BY id",
                            "SELECT task_id, department_id, role, position FROM task_departments ORDER BY 1, 2",
                            "SELECT id, task_id, position, label, value, unit, comparator, ifnull(baseline, '') FROM metrics ORDER BY id",
                            "SELECT id, metric_id, period, value, note FROM readings ORDER BY id",
                            "SELECT id, task_id, department_id, period, status FROM task_reports ORDER BY id",
                            "SELECT id, metric_a, metric_b FROM metric_links ORDER BY id",
                            "SELECT evidence_id, ifnull(task_report_id, 0), ifnull(reading_id, 0) FROM evidence_links ORDER BY 1, 2, 3"}) {
        QSqlQuery q(ws.database().connection());
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(q.value(i).toString());
            rows.append(fields.join(QLatin1Char('|')));
        }
    }
    return rows;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    Id m_document = 0;
    QList<Task> tasks() { return *m_ws.tasks().forDocument(m_document); }

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.close(); }
    void updatesAndAuditsEachField();
    void setsDepartmentsWithRoles();
    void insertsAtAPositionAndShiftsTheRest();
    void removesAndRestoresEverythingWithATask();
    void swapsTasks();
    void editsMetrics();
    void mergesAndRenamesDepartments();
    void refusesWhatStorageRefuses();
    void readsWhatViewsRefreshAndProblemsList();
};

void TestEditor::init()
{
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(m_ws));
    m_document = *m_ws.documents().findByKey(QStringLiteral("sample-2023"));
}

void TestEditor::updatesAndAuditsEachField()
{
    WorkspaceEditor editor(m_ws);
    QSignalSpy changed(&m_ws, &Workspace::taskChanged);
    QSignalSpy structure(&m_ws, &Workspace::tasksChanged);
    const Task before = tasks().first();
    Task after = before;
    after.title = QStringLiteral("新建5G基站");
    after.deadline = QDate(2023, 10, 31);
    after.status = TaskStatus::Completed;
    CP_VERIFY_OK(editor.updateTask(before, after));
    const Task stored = *m_ws.tasks().get(before.id);
    QCOMPARE(stored.title, after.title);
    QCOMPARE(stored.deadline, after.deadline);
    QCOMPARE(stored.status, TaskStatus::Completed);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Id>(), before.id);
    QCOMPARE(structure.size(), 0); // a field of the task, not the document's structure
    const auto audit = *m_ws.audit().forEntity(QStringLiteral("task"), before.id);
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(0).field, QStringLiteral("title"));
    QCOMPARE(audit.at(0).oldValue, before.title);
    QCOMPARE(audit.at(0).newValue, after.title);
    QCOMPARE(audit.at(2).newValue, QStringLiteral("completed"));
    // No change, no write.
    CP_VERIFY_OK(editor.updateTask(stored, stored));
    QCOMPARE(m_ws.audit().forEntity(QStringLiteral("task"), before.id)->size(), 3);
}

void TestEditor::setsDepartmentsWithRoles()
{
    WorkspaceEditor editor(m_ws);
    const Task before = tasks().first();
    QList<TaskDepartment> after = before.departments;
    std::swap(after[0].role, after[1].role);
    CP_VERIFY_OK(editor.setTaskDepartments(before.id, before.departments, after));
    QCOMPARE(m_ws.tasks().get(before.id)->departments, after);
    const AuditEntry entry = m_ws.audit().forEntity(QStringLiteral("task"), before.id)->last();
    QCOMPARE(entry.field, QStringLiteral("departments"));
    QCOMPARE(entry.oldValue, QStringLiteral("lead: 县交通运输局; cooperating: 县发展和改革局、县农业农村局"));
    QCOMPARE(entry.newValue, QStringLiteral("lead: 县发展和改革局; cooperating: 县交通运输局、县农业农村局"));
}

void TestEditor::insertsAtAPositionAndShiftsTheRest()
{
    WorkspaceEditor editor(m_ws);
    QSignalSpy structure(&m_ws, &Workspace::tasksChanged);
    Task task;
    task.documentId = m_document;
    task.position = 1;
    task.number = QStringLiteral("（新）");
    task.path = QStringLiteral("一.（新）");
    task.title = QStringLiteral("新增任务");
    task.text = QStringLiteral("新增任务");
    auto inserted = editor.insertTask(task);
    CP_VERIFY_OK(inserted);
    QVERIFY(inserted->id);
    const QList<Task> list = tasks();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).id, inserted->id);
    QCOMPARE(list.at(2).position, 2);
    QCOMPARE(structure.size(), 1);
}

void TestEditor::removesAndRestoresEverythingWithATask()
{
    WorkspaceEditor editor(m_ws);
    const QStringList before = dump(m_ws);
    const Task first = tasks().first(); // has a metric with readings, a report with evidence, a link
    auto snapshot = editor.removeTask(first.id);
    CP_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->metrics.size(), 1);
    QCOMPARE(snapshot->readings.size(), 2);
    QCOMPARE(snapshot->reports.size(), 1);
    QCOMPARE(snapshot->metricLinks.size(), 1);
    QCOMPARE(tasks().size(), 1);
    QCOMPARE(tasks().first().position, 0); // the gap is closed
    QVERIFY(dump(m_ws) != before);
    CP_VERIFY_OK(editor.restoreTask(*snapshot));
    QCOMPARE(dump(m_ws), before);
}

void TestEditor::swapsTasks()
{
    WorkspaceEditor editor(m_ws);
    const QList<Task> list = tasks();
    CP_VERIFY_OK(editor.swapTasks(list.at(0).id, list.at(1).id));
    QCOMPARE(tasks().at(0).id, list.at(1).id);
    CP_VERIFY_OK(editor.swapTasks(list.at(0).id, list.at(1).id));
    QCOMPARE(tasks().at(0).id, list.at(0).id);
}

void TestEditor::editsMetrics()
{
    WorkspaceEditor editor(m_ws);
    QSignalSpy metricsChanged(&m_ws, &Workspace::metricsChanged);
    const QStringList before = dump(m_ws);
    const Metric m = m_ws.metrics().forTask(tasks().first().id)->first();
    Metric after = m;
    after.value = 200;
    after.comparator = Comparator::About;
    CP_VERIFY_OK(editor.updateMetric(m, after));
    QCOMPARE(m_ws.metrics().get(m.id)->value, 200.0);
    QCOMPARE(metricsChanged.size(), 1);
    CP_VERIFY_OK(editor.updateMetric(after, m));
    auto snapshot = editor.removeMetric(m.id);
    CP_VERIFY_OK(snapshot);
    QCOMPARE(m_ws.progress().readingCount().value_or(-1), 1);
    CP_VERIFY_OK(editor.restoreMetric(*snapshot));
    QCOMPARE(dump(m_ws), before);
}

void TestEditor::mergesAndRenamesDepartments()
{
    WorkspaceEditor editor(m_ws);
    QSignalSpy departments(&m_ws, &Workspace::departmentsChanged);
    const Id yuxian = m_ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    const Id transport = *m_ws.departments().resolve(yuxian, QStringLiteral("县交通运输局"));
    const Id agriculture = *m_ws.departments().resolve(yuxian, QStringLiteral("县农业农村局"));
    const QStringList before = dump(m_ws);
    auto merge = editor.mergeDepartments(agriculture, transport);
    CP_VERIFY_OK(merge);
    QCOMPARE(departments.size(), 1);
    QCOMPARE(departments.first().first().value<Id>(), yuxian);
    CP_VERIFY_OK(editor.unmergeDepartments(*merge));
    QCOMPARE(dump(m_ws), before);

    CP_VERIFY_OK(editor.renameDepartment(transport, QStringLiteral("县交通运输局"), QStringLiteral("县交通局")));
    QCOMPARE(m_ws.departments().get(transport)->name, QStringLiteral("县交通局"));
    QCOMPARE(m_ws.departments().get(transport)->aliases, QStringList{QStringLiteral("县交通运输局")});
    CP_VERIFY_OK(editor.addAlias(transport, QStringLiteral("交通局")));
    CP_VERIFY_OK(editor.removeAlias(transport, QStringLiteral("交通局")));
    QCOMPARE(m_ws.audit().forEntity(QStringLiteral("alias"), transport)->size(), 2);
}

void TestEditor::refusesWhatStorageRefuses()
{
    WorkspaceEditor editor(m_ws);
    const Id yuxian = m_ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    const Id transport = *m_ws.departments().resolve(yuxian, QStringLiteral("县交通运输局"));
    const QStringList before = dump(m_ws);
    const int audited = m_ws.audit().count().value_or(-1);
    // A name another department already has.
    QVERIFY(!editor.renameDepartment(transport, QStringLiteral("县交通运输局"), QStringLiteral("县发改局")));
    // A department of another region on a 盂县 task.
    Id other = 0;
    for (const Department &d : *m_ws.departments().all()) {
        if (d.regionId != yuxian)
            other = d.id;
    }
    const Task task = tasks().first();
    QVERIFY(!editor.setTaskDepartments(task.id, task.departments, {{other, Role::Lead}}));
    QCOMPARE(dump(m_ws), before);
    // Two departments that both reported one task for one month cannot become one.
    const Id fagai = *m_ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
    QSqlQuery(m_ws.database().connection())
        .exec(QStringLiteral("INSERT INTO task_reports (task_id, department_id, period, status, submitted_at) "
                             "VALUES (%1, %2, '2023-06', 'in_progress', '2023-06-20T00:00:00.000Z')")
                  .arg(task.id)
                  .arg(fagai));
    const QStringList withReport = dump(m_ws);
    auto clash = editor.mergeDepartments(fagai, transport);
    QVERIFY(!clash);
    QCOMPARE(clash.error().message(),
             QStringLiteral("“县发展和改革局” and “县交通运输局” both reported task 一.（一） for 2023-06; remove one report before merging"));
    QCOMPARE(dump(m_ws), withReport);
    QCOMPARE(m_ws.audit().count().value_or(-1), audited);
}

// The narrow reads the views use after an edit agree with the full reads.
void TestEditor::readsWhatViewsRefreshAndProblemsList()
{
    const QList<Task> all = tasks();
    const Id region = m_ws.documents().header(m_document)->regionId;
    const auto links = m_ws.tasks().departmentsInRegion(region);
    CP_VERIFY_OK(links);
    QCOMPARE(links->size(), 2);
    for (const Task &t : all) {
        QCOMPARE(links->value(t.id), t.departments);
        QCOMPARE(*m_ws.tasks().regionOf(t.id), region);
    }
    QCOMPARE(*m_ws.tasks().regionOf(999), Id(0));
    QCOMPARE(m_ws.tasks().departmentsInRegion(region + 100)->size(), 0);
    QCOMPARE(m_ws.tasks().paths()->value(all.at(1).id), QStringLiteral("一.（二）"));

    // Both tasks have a lead; taking task 2's away lists it.
    QVERIFY(m_ws.tasks().withoutLead()->isEmpty());
    WorkspaceEditor editor(m_ws);
    CP_VERIFY_OK(editor.setTaskDepartments(all.at(1).id, all.at(1).departments,
                                           {{all.at(1).departments.first().departmentId, Role::Cooperating}}));
    const auto withoutLead = *m_ws.tasks().withoutLead();
    QCOMPARE(withoutLead.size(), 1);
    QCOMPARE(withoutLead.first().first, all.at(1).id);
    QCOMPARE(withoutLead.first().second, QStringLiteral("一.（二）"));

    // Sound metrics are not questionable; one without a unit and one below its baseline are.
    QVERIFY(m_ws.metrics().questionable()->isEmpty());
    const QList<Metric> before = *m_ws.metrics().all();
    QList<Metric> metrics = before;
    metrics[0].unit.clear();
    metrics[1].value = 5000; // below the baseline 8000
    CP_VERIFY_OK(editor.updateMetric(before[0], metrics[0]));
    CP_VERIFY_OK(editor.updateMetric(before[1], metrics[1]));
    const auto questionable = *m_ws.metrics().questionable();
    QCOMPARE(questionable.size(), 2);
    QCOMPARE(questionable.at(0).id, metrics.at(0).id);
    QCOMPARE(questionable.at(1).id, metrics.at(1).id);
}

QTEST_GUILESS_MAIN(TestEditor)
#include "tst_editor.moc"
