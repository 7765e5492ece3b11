// Importing beyond the reference set: other counties' formats, other encodings and scripts,
// files that are not documents, repeated imports, and damaged files.
#include "../common/Fixtures.h"
#include "ImportFixtures.h"
#include "importing/ChineseScript.h"
#include "importing/Importer.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using namespace cp;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile f(QStringLiteral(COUNTYPLAN_SOURCE_DIR "/tests/importing/fixtures/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList departmentNames(Workspace &ws, const Task &task, Role role)
{
    QStringList names;
    for (const TaskDepartment &d : task.departments) {
        if (d.role == role)
            names.append(ws.departments().get(d.departmentId)->name);
    }
    return names;
}

} // namespace

class TestImportRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAnotherCountysTaskList();
    void importsNestedBracketsAndLeaders();
    void readsGb18030();
    void matchesTraditionalSpellingsToSimplifiedDepartments();
    void refusesAReimportUnlessReplaced();
    void dryRunReportsWithoutStoring();
    void refusesFilesThatAreNotDocuments_data();
    void refusesFilesThatAreNotDocuments();
    void acceptsAnUnknownRegionWhenNamed();
    void survivesTruncationsAndByteFlips();
};

void TestImportRobustness::importsAnotherCountysTaskList()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    auto report = Importer(ws).importBytes(fixtureBytes(QStringLiteral("other_pingyao_gb18030.txt")),
                                           QStringLiteral("other_pingyao_gb18030.txt"));
    CP_VERIFY_OK(report);
    QCOMPARE(report->encoding, QStringLiteral("GB18030"));
    QCOMPARE(report->title, QStringLiteral("平遥县2024年重点工作任务清单"));
    QCOMPARE(report->region, QStringLiteral("平遥县"));
    QCOMPARE(ws.regions().path(ws.documents().header(report->documentId)->regionId).value_or({}),
             (QStringList{QStringLiteral("山西省"), QStringLiteral("晋中市"), QStringLiteral("平遥县")}));
    QCOMPARE(report->tasks, 4);
    QCOMPARE(report->tasksWithUnits, 4);

    // "1、" numbering; 牵头单位：X；责任单位：… and 牵头单位：X 配合单位：… lines.
    const Task t1 = test::taskByPath(ws, report->documentId, QStringLiteral("一.1"));
    QCOMPARE(t1.title, QStringLiteral("推进古城文旅融合"));
    QCOMPARE(departmentNames(ws, t1, Role::Lead), QStringList{QStringLiteral("县文旅局")});
    QCOMPARE(departmentNames(ws, t1, Role::Cooperating),
             (QStringList{QStringLiteral("县古城管委会"), QStringLiteral("县财政局"), QStringLiteral("县发展和改革局")}));
    const Task t2 = test::taskByPath(ws, report->documentId, QStringLiteral("一.2"));
    QCOMPARE(departmentNames(ws, t2, Role::Cooperating), (QStringList{QStringLiteral("县自然资源局"), QStringLiteral("县水利局")}));
    // 县发改局 in task 4 is the 县发展和改革局 of task 1.
    const Task t4 = test::taskByPath(ws, report->documentId, QStringLiteral("二.4"));
    QCOMPARE(departmentNames(ws, t4, Role::Lead), QStringList{QStringLiteral("县人力资源和社会保障局")});
    QCOMPARE(departmentNames(ws, t4, Role::Cooperating), QStringList{QStringLiteral("县发展和改革局")});
    QCOMPARE(report->departmentsNew, 9);

    const auto metrics = ws.metrics().forDocument(report->documentId);
    QCOMPARE(metrics->size(), 8);
    const Metric tourists = metrics->at(0);
    QCOMPARE(tourists.value, 2e7);
    QCOMPARE(tourists.unit, QStringLiteral("人次"));
    QCOMPARE(tourists.comparator, Comparator::AtLeast); // 突破
    QCOMPARE(metrics->at(1).kind, MetricKind::GrowthPct);
    QCOMPARE(metrics->at(1).value, 12.0);
    const Metric unemployment = metrics->at(7);
    QCOMPARE(unemployment.kind, MetricKind::RatioPct);
    QCOMPARE(unemployment.comparator, Comparator::AtMost); // 控制在…以内
    QCOMPARE(unemployment.value, 4.5);
    QCOMPARE(unemployment.period, QStringLiteral("2024"));
}

void TestImportRobustness::importsNestedBracketsAndLeaders()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    auto report = Importer(ws).importBytes(fixtureBytes(QStringLiteral("other_taigu.txt")), QStringLiteral("other_taigu.txt"));
    CP_VERIFY_OK(report);
    const auto doc = *ws.documents().header(report->documentId);
    QCOMPARE(doc.title, QStringLiteral("太谷区2023年乡村振兴重点任务"));
    QCOMPARE(doc.docNumber, QStringLiteral("太政发〔2023〕12号"));
    QCOMPARE(doc.year, 2023);
    QCOMPARE(report->tasks, 3);

    const Task t1 = test::taskByPath(ws, doc.id, QStringLiteral("一.（一）.1"));
    QCOMPARE(departmentNames(ws, t1, Role::Lead), QStringList{QStringLiteral("区发改局（粮食局）")});
    QCOMPARE(departmentNames(ws, t1, Role::Cooperating), (QStringList{QStringLiteral("区农业农村局"), QStringLiteral("区财政局")}));
    const Task t2 = test::taskByPath(ws, doc.id, QStringLiteral("一.（一）.2"));
    // 责任领导 is a person: never a department.
    for (const Department &d : *ws.departments().all())
        QVERIFY2(!d.name.contains(QStringLiteral("李四")), qPrintable(d.name));
    QCOMPARE(departmentNames(ws, t2, Role::Lead), QStringList{QStringLiteral("区农业农村局")});

    const auto metrics = ws.metrics().forDocument(doc.id);
    QCOMPARE(metrics->size(), 4);
    QCOMPARE(metrics->at(0).value, 3.2e8);
    QCOMPARE(metrics->at(0).comparator, Comparator::About);
    QCOMPARE(metrics->at(1).value, 30000.0); // 3-5万亩: 万 applies to both ends
    QCOMPARE(metrics->at(1).valueMax, std::optional<double>(50000.0));
    QCOMPARE(metrics->at(2).value, 2.0); // 两个
    QCOMPARE(metrics->at(3).value, 1.0); // 一个
}

void TestImportRobustness::readsGb18030()
{
    const QString text = QString::fromUtf8(test::referenceDocument(QStringLiteral("000_50bff88673248aef.txt")));
    QStringEncoder encoder("GB18030");
    QVERIFY(encoder.isValid());
    const QByteArray bytes = encoder.encode(text);
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    auto report = Importer(ws).importBytes(bytes, QStringLiteral("000_gb18030.txt"));
    CP_VERIFY_OK(report);
    QCOMPARE(report->encoding, QStringLiteral("GB18030"));
    QCOMPARE(report->tasks, 26);
    QCOMPARE(report->tasksWithUnits, 23);
    QCOMPARE(report->metrics, 6);
    QCOMPARE(ws.documents().get(report->documentId)->originalText, text);
}

void TestImportRobustness::matchesTraditionalSpellingsToSimplifiedDepartments()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    Importer importer(ws);
    CP_VERIFY_OK(importer.importBytes(test::referenceDocument(QStringLiteral("000_50bff88673248aef.txt")),
                                      QStringLiteral("000.txt")));
    // 002 written in Traditional characters: its units are 盂县's departments all the same.
    const QString traditional =
        ChineseScript::toTraditional(QString::fromUtf8(test::referenceDocument(QStringLiteral("002_29dde79f5395f303.txt"))));
    QVERIFY(traditional.contains(QStringLiteral("縣工信局")));
    auto report = importer.importBytes(traditional.toUtf8(), QStringLiteral("002_traditional.txt"));
    CP_VERIFY_OK(report);
    QCOMPARE(report->region, QStringLiteral("盂县"));
    QCOMPARE(report->tasksWithUnits, 40);
    QCOMPARE(report->departmentsMatched, 13);
    QCOMPARE(report->departmentsNew, 8);
    QCOMPARE(report->metricLinks, 1); // 新建5G基站 across scripts
}

void TestImportRobustness::refusesAReimportUnlessReplaced()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    Importer importer(ws);
    const QByteArray bytes = test::referenceDocument(QStringLiteral("004_c1523eebc76e8d4e.txt"));
    auto first = importer.importBytes(bytes, QStringLiteral("004_c1523eebc76e8d4e.txt"));
    CP_VERIFY_OK(first);
    const QString counts = test::tableCounts(ws);
    auto again = importer.importBytes(bytes, QStringLiteral("copy-of-004.txt"));
    QVERIFY(!again);
    QVERIFY2(again.error().message().contains(QStringLiteral("imported already as “004_c1523eebc76e8d4e”")),
             qPrintable(again.error().message()));
    QCOMPARE(test::tableCounts(ws), counts);

    ImportOptions replace;
    replace.replace = true;
    auto replaced = importer.importBytes(bytes, QStringLiteral("004_c1523eebc76e8d4e.txt"), replace);
    CP_VERIFY_OK(replaced);
    QVERIFY(replaced->replaced);
    QCOMPARE(replaced->documentKey, first->documentKey);
    QCOMPARE(test::tableCounts(ws), counts);
}

void TestImportRobustness::dryRunReportsWithoutStoring()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const QString before = test::tableCounts(ws);
    ImportOptions dry;
    dry.dryRun = true;
    auto report = Importer(ws).importBytes(test::referenceDocument(QStringLiteral("002_29dde79f5395f303.txt")),
                                           QStringLiteral("002.txt"), dry);
    CP_VERIFY_OK(report);
    QVERIFY(report->dryRun);
    QCOMPARE(report->tasks, 43);
    QCOMPARE(report->tasksWithUnits, 40);
    QCOMPARE(report->departmentsNew, 21);
    QCOMPARE(report->metrics, 8);
    QCOMPARE(test::tableCounts(ws), before);
    QVERIFY(ws.isEmpty());
}

void TestImportRobustness::refusesFilesThatAreNotDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(200, '\0'));
    QTest::newRow("binary") << png << QStringLiteral("binary");
    QTest::newRow("undecodable") << QByteArray("plain \x80 text\n\xff\xff end\n") << QStringLiteral("line 1");
    QTest::newRow("prose without numbering") << QStringLiteral("会议纪要\n今天召开了全县工作会议。\n会议要求各单位抓好落实。\n").toUtf8()
                                             << QStringLiteral("no numbered items");
    QTest::newRow("no region") << QStringLiteral("重点工作任务\n一、产业发展\n（一）新建厂房3座。（发改局）\n").toUtf8()
                               << QStringLiteral("--region");
}

void TestImportRobustness::refusesFilesThatAreNotDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    Importer importer(ws);
    CP_VERIFY_OK(importer.importBytes(test::referenceDocument(QStringLiteral("000_50bff88673248aef.txt")), QStringLiteral("000.txt")));
    const QString before = test::tableCounts(ws);
    auto report = importer.importBytes(bytes, QStringLiteral("incoming.txt"));
    QVERIFY(!report);
    QVERIFY2(report.error().message().startsWith(QLatin1String("incoming.txt: ")), qPrintable(report.error().message()));
    QVERIFY2(report.error().message().contains(reason), qPrintable(report.error().message()));
    QCOMPARE(test::tableCounts(ws), before);
}

void TestImportRobustness::acceptsAnUnknownRegionWhenNamed()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    ImportOptions options;
    options.region = QStringLiteral("灵丘县");
    auto report = Importer(ws).importBytes(QStringLiteral("重点工作任务\n一、产业发展\n（一）新建厂房3座。（县发改局）\n").toUtf8(),
                                           QStringLiteral("lingqiu.txt"), options);
    CP_VERIFY_OK(report);
    QCOMPARE(report->region, QStringLiteral("灵丘县"));
    QCOMPARE(ws.regions().path(ws.documents().header(report->documentId)->regionId).value_or({}),
             (QStringList{QStringLiteral("山西省"), QStringLiteral("大同市"), QStringLiteral("灵丘县")}));
    QCOMPARE(report->metrics, 1);
}

void TestImportRobustness::survivesTruncationsAndByteFlips()
{
    // Damaged copies of each reference document either import or are refused with a message,
    // and a refusal leaves the workspace as it was. Fixed seed: the same damage every run.
    QRandomGenerator random(20231123);
    int imported = 0, refused = 0;
    for (const QString &file : {QStringLiteral("000_50bff88673248aef.txt"), QStringLiteral("001_6c3ae5bf29131331.txt"),
                                QStringLiteral("002_29dde79f5395f303.txt"), QStringLiteral("003_f97876cf5fb3a18d.txt"),
                                QStringLiteral("004_c1523eebc76e8d4e.txt")}) {
        const QByteArray original = test::referenceDocument(file);
        for (int round = 0; round < 24; ++round) {
            QByteArray damaged = original;
            if (round % 3 == 0) {
                damaged.truncate(random.bounded(qsizetype(0), original.size()));
            } else {
                const int flips = 1 + int(random.bounded(40));
                for (int f = 0; f < flips; ++f)
                    damaged[random.bounded(qsizetype(0), damaged.size())] = char(random.bounded(256));
            }
            Workspace ws;
            CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
            const QString before = test::tableCounts(ws);
            auto report = Importer(ws).importBytes(damaged, file);
            if (report) {
                ++imported;
                QVERIFY(report->documentId);
            } else {
                ++refused;
                QVERIFY(!report.error().message().isEmpty());
                QCOMPARE(test::tableCounts(ws), before);
            }
        }
    }
    QVERIFY(imported > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_import_robustness.moc"
