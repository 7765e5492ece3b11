#include "../common/Fixtures.h"
#include "storage/SqlScript.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace cp;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a file with a plain connection, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &s : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QVariant scalar(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsScripts();
    void migratesFromEmpty();
    void usesWalForFiles();
    void refusesNewerDatabase();
    void refusesFilesThatAreNotWorkspaces_data();
    void refusesFilesThatAreNotWorkspaces();
    void keepsPreviousWorkspaceWhenOpenFails();
    void enforcesForeignKeys();
    void scopesDepartmentsByRegion();
    void rollsBackTransactions();
    void mergesAndUnmergesDepartmentsExactly();
    void refusesMergeAcrossRegions();
    void backsUp();
    void recordsAudit();
};

void TestStorage::splitsScripts()
{
    const QString script = QStringLiteral(
        "-- comment; with semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "/* block; */ CREATE TRIGGER t BEFORE INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; "
        "SELECT RAISE(ABORT, 'it''s; bad'); END;\nINSERT INTO a VALUES ('x');");
    const QStringList parts = splitSqlScript(script);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(0).startsWith(QLatin1String("CREATE TABLE a")));
    QVERIFY(parts.at(1).startsWith(QLatin1String("CREATE TRIGGER t")));
    QVERIFY(parts.at(1).endsWith(QLatin1String("END")));
    QCOMPARE(parts.at(2), QStringLiteral("INSERT INTO a VALUES ('x')"));
}

void TestStorage::migratesFromEmpty()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(ws.database().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(ws, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(scalar(ws, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
    QCOMPARE(scalar(ws, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    for (const char *table : {"regions", "documents", "sections", "tasks", "departments", "department_aliases",
                              "task_departments", "metrics", "metric_links", "readings", "task_reports",
                              "evidence_files", "evidence_links", "dispatch_events", "audit_log", "workspace_meta"}) {
        QVERIFY2(scalar(ws, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'")
                                .arg(QLatin1String(table)))
                         .toInt()
                     == 1,
                 table);
    }
    QVERIFY(ws.isEmpty());
    QCOMPARE(ws.kind(), WorkspaceKind::Normal);
}

void TestStorage::usesWalForFiles()
{
    const QString path = test::temporaryPath(QStringLiteral("wal.countyplan"));
    Workspace ws;
    CP_VERIFY_OK(ws.open(path));
    QCOMPARE(scalar(ws, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    ws.close();
    // Reopening an existing current workspace changes nothing and needs no backup.
    CP_VERIFY_OK(ws.open(path, Database::OpenMode::OpenExisting));
    QVERIFY(!QFile::exists(path + QStringLiteral(".v1.bak")));
}

void TestStorage::refusesNewerDatabase()
{
    const QString path = test::temporaryPath(QStringLiteral("newer.countyplan"));
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(path));
    }
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
                   QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    const QByteArray before = fileHash(path);
    Workspace ws;
    const Status s = ws.open(path, Database::OpenMode::OpenExisting);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QLatin1String("newer CountyPlan")), qPrintable(s.error().message()));
    QVERIFY(!ws.isOpen());
    QCOMPARE(fileHash(path), before);
}

void TestStorage::refusesFilesThatAreNotWorkspaces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("县域规划台账 plain text\n") << QStringLiteral("not an SQLite database");
    QByteArray corrupt("SQLite format 3\0", 16);
    corrupt.append(QByteArray(4000, '\x7f'));
    QTest::newRow("corrupt") << corrupt << QStringLiteral("cannot be read");
}

void TestStorage::refusesFilesThatAreNotWorkspaces()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = test::temporaryPath(QStringLiteral("not-a-workspace-%1").arg(QLatin1String(QTest::currentDataTag())));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Workspace ws;
    const Status s = ws.open(path);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(expected), qPrintable(s.error().message()));
    QVERIFY(s.error().message().contains(QLatin1String("not-a-workspace")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestStorage::keepsPreviousWorkspaceWhenOpenFails()
{
    const QString other = test::temporaryPath(QStringLiteral("foreign.sqlite"));
    rawExec(other, {QStringLiteral("CREATE TABLE notes (x)")});
    const QByteArray before = fileHash(other);

    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const Status s = ws.open(other);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QLatin1String("another program")), qPrintable(s.error().message()));
    QCOMPARE(fileHash(other), before);
    QVERIFY(ws.isOpen());
    QCOMPARE(ws.path(), QStringLiteral(":memory:"));
    QCOMPARE(ws.tasks().count().value_or(-1), 2);
}

void TestStorage::enforcesForeignKeys()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    Task orphan;
    orphan.documentId = 9999;
    orphan.number = QStringLiteral("1.");
    auto id = ws.tasks().insert(orphan);
    QVERIFY(!id);
    QVERIFY2(id.error().message().contains(QLatin1String("FOREIGN KEY")), qPrintable(id.error().message()));
    // A region that documents use cannot be deleted.
    const Id yuxian = ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    QVERIFY(!ws.database().exec(QStringLiteral("DELETE FROM regions WHERE id = %1").arg(yuxian)));
    // Deleting a document removes its tasks, metrics and their readings with it.
    const Id doc = *ws.documents().findByKey(QStringLiteral("sample-2023"));
    CP_VERIFY_OK(ws.documents().remove(doc));
    QCOMPARE(ws.tasks().count().value_or(-1), 0);
    QCOMPARE(ws.metrics().count().value_or(-1), 0);
    QCOMPARE(ws.progress().readingCount().value_or(-1), 0);
}

void TestStorage::scopesDepartmentsByRegion()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const Id shanxi = *ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
    const Id yangquan = *ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, shanxi);
    const Id jincheng = *ws.regions().ensure(QStringLiteral("晋城市"), RegionLevel::City, shanxi);
    const Id yuxian = *ws.regions().ensure(QStringLiteral("盂县"), RegionLevel::County, yangquan);
    const Id yangcheng = *ws.regions().ensure(QStringLiteral("阳城县"), RegionLevel::County, jincheng);

    // The same name in two counties is two departments.
    auto a = ws.departments().insert(yuxian, QStringLiteral("县发改局"));
    auto b = ws.departments().insert(yangcheng, QStringLiteral("县发改局"));
    CP_VERIFY_OK(a);
    CP_VERIFY_OK(b);
    QVERIFY(*a != *b);
    QCOMPARE(*ws.departments().resolve(yuxian, QStringLiteral("县发改局")), *a);
    QCOMPARE(*ws.departments().resolve(yangcheng, QStringLiteral("县发改局")), *b);
    // …but one name is one department within a county, aliases included.
    QVERIFY(!ws.departments().insert(yuxian, QStringLiteral("县发改局")));
    CP_VERIFY_OK(ws.departments().addAlias(*a, QStringLiteral("县发展和改革局")));
    QCOMPARE(*ws.departments().resolve(yuxian, QStringLiteral("县发展和改革局")), *a);
    QCOMPARE(*ws.departments().resolve(yangcheng, QStringLiteral("县发展和改革局")), Id(0));
    QVERIFY(!ws.departments().insert(yuxian, QStringLiteral("县发展和改革局")));
    CP_VERIFY_OK(ws.departments().addAlias(*b, QStringLiteral("县发展和改革局")));
    QCOMPARE(ws.departments().forRegion(yuxian)->size(), 1);

    // A 盂县 task cannot name 阳城县's department.
    Document doc;
    doc.key = QStringLiteral("d");
    doc.title = QStringLiteral("盂县文件");
    doc.regionId = yuxian;
    doc.kind = DocumentKind::TaskList;
    const Id docId = *ws.documents().insert(doc);
    Task t;
    t.documentId = docId;
    t.number = QStringLiteral("1.");
    t.departments = {{*b, Role::Lead}};
    auto taskId = ws.tasks().insert(t);
    QVERIFY(!taskId);
    QVERIFY2(taskId.error().message().contains(QLatin1String("another region")), qPrintable(taskId.error().message()));
    QCOMPARE(ws.tasks().count().value_or(-1), 0); // the failed insert left nothing behind
    t.departments = {{*a, Role::Lead}};
    CP_VERIFY_OK(ws.tasks().insert(t));
}

void TestStorage::rollsBackTransactions()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const Id province = *ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
    const Status outer = ws.database().transaction([&]() -> Status {
        if (!ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, province))
            return Error(QStringLiteral("outer insert failed"));
        // A failing nested step rolls back only itself.
        const Status inner = ws.database().transaction([&]() -> Status {
            if (!ws.regions().ensure(QStringLiteral("晋城市"), RegionLevel::City, province))
                return Error(QStringLiteral("inner insert failed"));
            return Error(QStringLiteral("inner failure"));
        });
        if (inner)
            return Error(QStringLiteral("inner should have failed"));
        if (ws.regions().all()->size() != 2)
            return Error(QStringLiteral("inner not rolled back"));
        return Error(QStringLiteral("outer failure"));
    });
    QCOMPARE(outer.error().message(), QStringLiteral("outer failure"));
    QCOMPARE(ws.regions().all()->size(), 1);
    QVERIFY(!ws.database().inTransaction());
}

void TestStorage::mergesAndUnmergesDepartmentsExactly()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const Id yuxian = ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    const Id jiaotong = *ws.departments().resolve(yuxian, QStringLiteral("县交通局"));
    const Id fagai = *ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
    const auto snapshot = [&] {
        QStringList rows;
        QSqlQuery q(ws.database().connection());
        q.exec(QStringLiteral("SELECT 'td', task_id, department_id, role, position FROM task_departments UNION ALL "
                              "SELECT 'al', department_id, alias, region_id, 0 FROM department_aliases UNION ALL "
                              "SELECT 'rd', id, ifnull(department_id, 0), '', 0 FROM readings UNION ALL "
                              "SELECT 'ev', id, department_id, '', 0 FROM dispatch_events UNION ALL "
                              "SELECT 'dp', id, name, region_id, 0 FROM departments ORDER BY 1, 2, 3"));
        while (q.next()) {
            rows.append(QStringLiteral("%1|%2|%3|%4|%5").arg(q.value(0).toString(), q.value(1).toString(),
                                                              q.value(2).toString(), q.value(3).toString(),
                                                              q.value(4).toString()));
        }
        return rows;
    };
    const QStringList before = snapshot();

    // 县交通运输局 leads task 1 where 县发展和改革局 cooperates: after the merge it is one lead link.
    auto merge = ws.departments().merge(jiaotong, fagai);
    CP_VERIFY_OK(merge);
    const Task t1 = ws.tasks().forDocument(*ws.documents().findByKey(QStringLiteral("sample-2023")))->first();
    QCOMPARE(t1.departments.size(), 2);
    QCOMPARE(t1.departments.first().departmentId, fagai);
    QCOMPARE(t1.departments.first().role, Role::Lead);
    QCOMPARE(*ws.departments().resolve(yuxian, QStringLiteral("县交通运输局")), fagai);
    QCOMPARE(*ws.departments().resolve(yuxian, QStringLiteral("县交通局")), fagai);
    QVERIFY(!ws.departments().get(jiaotong));
    QCOMPARE(ws.departments().taskCounts(yuxian)->value(fagai).lead, 1);

    CP_VERIFY_OK(ws.departments().unmerge(*merge));
    QCOMPARE(snapshot(), before);
}

void TestStorage::refusesMergeAcrossRegions()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const QString before = test::tableCounts(ws);
    const Id yuxian = ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    const Id fagai = *ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
    Id other = 0;
    const auto departments = ws.departments().all();
    CP_VERIFY_OK(departments);
    for (const Department &d : *departments) {
        if (d.name == QStringLiteral("区发改局"))
            other = d.id;
    }
    QVERIFY(other);
    QVERIFY(!ws.departments().merge(other, fagai));
    QCOMPARE(test::tableCounts(ws), before);
}

void TestStorage::backsUp()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(test::temporaryPath(QStringLiteral("original.countyplan"))));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const QString copy = test::temporaryPath(QStringLiteral("copy.countyplan"));
    CP_VERIFY_OK(ws.database().backupTo(copy));
    Workspace restored;
    CP_VERIFY_OK(restored.open(copy, Database::OpenMode::OpenExisting));
    QCOMPARE(test::tableCounts(restored), test::tableCounts(ws));
}

void TestStorage::recordsAudit()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    ws.audit().setUser(QStringLiteral("planner"));
    CP_VERIFY_OK(ws.audit().record(QStringLiteral("update"), QStringLiteral("task"), 7, QStringLiteral("title"),
                                   QStringLiteral("旧"), QStringLiteral("新")));
    const auto entries = ws.audit().forEntity(QStringLiteral("task"), 7);
    CP_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().who, QStringLiteral("planner"));
    QCOMPARE(entries->first().oldValue, QStringLiteral("旧"));
    QCOMPARE(entries->first().newValue, QStringLiteral("新"));
    QVERIFY(entries->first().at.isValid());
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
