#include "../common/Fixtures.h"
#include "exchange/JsonExchange.h"
#include "exchange/JsonWriter.h"
#include "progress/DispatchRules.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cp;

namespace {

// Sets the value at a path like "documents/0/tasks/1/metrics/0/comparator"; a null QJsonValue
// with remove=true deletes the key.
QJsonValue setPath(QJsonValue node, QStringList path, const QJsonValue &value, bool remove)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        a[i] = path.isEmpty() ? value : setPath(a.at(i), path, value, remove);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty()) {
        if (remove)
            o.remove(head);
        else
            o[head] = value;
    } else {
        o[head] = setPath(o.value(head), path, value, remove);
    }
    return o;
}

QByteArray sampleExport()
{
    Workspace ws;
    if (!ws.open(QStringLiteral(":memory:")) || !test::buildSampleWorkspace(ws))
        return {};
    auto json = JsonExchange::exportWorkspace(ws);
    return json ? *json : QByteArray();
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsNumbers();
    void escapesStrings();
    void exportsTheWholeWorkspace();
    void roundTripIsByteIdentical();
    void plansAndDispatchRulesTravel();
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void refusesNonEmptyWorkspace();
};

void TestExchange::formatsNumbers()
{
    QCOMPARE(JsonWriter::formatNumber(160), QByteArray("160"));
    QCOMPARE(JsonWriter::formatNumber(15000000), QByteArray("15000000"));
    QCOMPARE(JsonWriter::formatNumber(1440000000), QByteArray("1440000000"));
    QCOMPARE(JsonWriter::formatNumber(0.1), QByteArray("0.1"));
    QCOMPARE(JsonWriter::formatNumber(9.5), QByteArray("9.5"));
    QCOMPARE(JsonWriter::formatNumber(-3), QByteArray("-3"));
    QCOMPARE(JsonWriter::formatNumber(1e20), QByteArray("1e+20"));
    // Every formatted number reads back as the same double.
    for (double v : {0.1, 1.0 / 3.0, 2.5e-7, 123456.789, 99.33}) {
        bool ok = false;
        QCOMPARE(QByteArray(JsonWriter::formatNumber(v)).toDouble(&ok), v);
        QVERIFY(ok);
    }
}

void TestExchange::escapesStrings()
{
    QCOMPARE(JsonWriter::quote(QStringLiteral("a\"b\\c\n\t\x01县")), QByteArray("\"a\\\"b\\\\c\\n\\t\\u0001县\""));
}

void TestExchange::exportsTheWholeWorkspace()
{
    const QByteArray json = sampleExport();
    QVERIFY(!json.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("countyplan"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    // Keys stay in the documented order (QJsonDocument would sort them).
    QVERIFY(json.indexOf("\"format\"") < json.indexOf("\"version\""));
    QVERIFY(json.indexOf("\"regions\"") < json.indexOf("\"departments\""));

    const QJsonArray regions = root.value(QLatin1String("regions")).toArray();
    QCOMPARE(regions.size(), 6);
    QCOMPARE(regions.at(3).toObject().value(QLatin1String("name")).toString(), QStringLiteral("盂县"));
    QCOMPARE(regions.at(3).toObject().value(QLatin1String("parent")).toString(), QStringLiteral("阳泉市"));
    QCOMPARE(regions.at(3).toObject().value(QLatin1String("level")).toString(), QStringLiteral("county"));
    QVERIFY(regions.at(0).toObject().value(QLatin1String("parent")).isNull());

    const QJsonArray departments = root.value(QLatin1String("departments")).toArray();
    QCOMPARE(departments.size(), 4);
    QCOMPARE(departments.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("县交通运输局"));
    QCOMPARE(departments.at(1).toObject().value(QLatin1String("aliases")).toArray().first().toString(),
             QStringLiteral("县交通局"));
    // 城区 is ambiguous, so the department of 晋城市's 城区 names its region by path.
    QCOMPARE(departments.at(3).toObject().value(QLatin1String("region")).toString(), QStringLiteral("晋城市/城区"));

    const QJsonObject doc = root.value(QLatin1String("documents")).toArray().first().toObject();
    QCOMPARE(doc.value(QLatin1String("doc_number")).toString(), QStringLiteral("盂政发〔2023〕1号"));
    QCOMPARE(doc.value(QLatin1String("kind")).toString(), QStringLiteral("task_list"));
    QCOMPARE(doc.value(QLatin1String("year")).toInt(), 2023);
    const QJsonObject task = doc.value(QLatin1String("tasks")).toArray().first().toObject();
    QCOMPARE(task.value(QLatin1String("number")).toString(), QStringLiteral("（一）"));
    QCOMPARE(task.value(QLatin1String("path")).toString(), QStringLiteral("一.（一）"));
    QCOMPARE(task.value(QLatin1String("lead")).toArray(), QJsonArray{QStringLiteral("县交通运输局")});
    QCOMPARE(task.value(QLatin1String("cooperating")).toArray(),
             (QJsonArray{QStringLiteral("县发展和改革局"), QStringLiteral("县农业农村局")}));
    const QJsonObject metric = task.value(QLatin1String("metrics")).toArray().first().toObject();
    QCOMPARE(metric.value(QLatin1String("label")).toString(), QStringLiteral("新建5G基站"));
    QCOMPARE(metric.value(QLatin1String("value")).toDouble(), 160.0);
    QCOMPARE(metric.value(QLatin1String("unit")).toString(), QStringLiteral("座"));
    QCOMPARE(metric.value(QLatin1String("comparator")).toString(), QStringLiteral(">="));
    QVERIFY(metric.value(QLatin1String("baseline")).isNull());
    QCOMPARE(metric.value(QLatin1String("kind")).toString(), QStringLiteral("absolute"));
    const QJsonArray readings = metric.value(QLatin1String("readings")).toArray();
    QCOMPARE(readings.size(), 2);
    QCOMPARE(readings.first().toObject().value(QLatin1String("period")).toString(), QStringLiteral("2023-06"));
    QCOMPARE(readings.first().toObject().value(QLatin1String("value")).toDouble(), 80.0);
    QCOMPARE(root.value(QLatin1String("metric_links")).toArray().size(), 1);
    QCOMPARE(root.value(QLatin1String("events")).toArray().size(), 2);
    QCOMPARE(root.value(QLatin1String("evidence")).toArray().size(), 1);
}

void TestExchange::roundTripIsByteIdentical()
{
    const QByteArray first = sampleExport();
    QVERIFY(!first.isEmpty());
    Workspace loaded;
    CP_VERIFY_OK(loaded.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(JsonExchange::load(loaded, first));
    auto second = JsonExchange::exportWorkspace(loaded);
    CP_VERIFY_OK(second);
    QCOMPARE(*second, first);

    // Loaded data is usable: the link joins the two metrics, the alias resolves.
    const Id yuxian = loaded.regions().findByName(QStringLiteral("盂县"))->first().id;
    QVERIFY(*loaded.departments().resolve(yuxian, QStringLiteral("县发改局")) != 0);
    const auto links = loaded.metrics().links();
    QCOMPARE(links->size(), 1);
    QCOMPARE(loaded.metrics().linkedGroup(links->first().metricA)->size(), 2);
}

void TestExchange::plansAndDispatchRulesTravel()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const Id metric = ws.metrics().all()->first().id;
    const QMap<Month, double> plan{{Month(2023, 6), 90}, {Month(2023, 12), 160}};
    CP_VERIFY_OK(ws.progress().setPlan(metric, plan));
    DispatchRules rules;
    rules.seminar.monthlyCap = 15;
    rules.leadOnly = true;
    CP_VERIFY_OK(rules.save(ws));
    auto first = JsonExchange::exportWorkspace(ws);
    CP_VERIFY_OK(first);
    const QJsonObject root = QJsonDocument::fromJson(*first).object();
    const QJsonObject exported = root.value(QLatin1String("workspace")).toObject().value(QLatin1String("dispatch_rules")).toObject();
    QCOMPARE(exported.value(QLatin1String("tasks")).toObject().value(QLatin1String("scope")).toString(), QStringLiteral("lead"));
    const QJsonArray planJson = root.value(QLatin1String("documents")).toArray().at(0).toObject().value(QLatin1String("tasks")).toArray()
                                    .at(0).toObject().value(QLatin1String("metrics")).toArray().at(0).toObject().value(QLatin1String("plan")).toArray();
    QCOMPARE(planJson.size(), 2);
    QCOMPARE(planJson.at(1).toObject().value(QLatin1String("period")).toString(), QStringLiteral("2023-12"));

    Workspace loaded;
    CP_VERIFY_OK(loaded.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(JsonExchange::load(loaded, *first));
    QCOMPARE(*loaded.progress().plan(loaded.metrics().all()->first().id), plan);
    QVERIFY(*DispatchRules::load(loaded) == rules);
    QCOMPARE(*JsonExchange::exportWorkspace(loaded), *first);

    // A broken rule names where it is, and nothing is loaded.
    QByteArray broken = *first;
    broken.replace("\"monthly_cap\": 15", "\"monthly_cap\": -1");
    Workspace refused;
    CP_VERIFY_OK(refused.open(QStringLiteral(":memory:")));
    const Status s = JsonExchange::load(refused, broken);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QStringLiteral("workspace.dispatch_rules: dispatch rules: events.seminar.monthly_cap must be a number")),
             qPrintable(s.error().message()));
    QVERIFY(refused.isEmpty());
    QVERIFY(refused.meta(QStringLiteral("dispatch_rules")).isEmpty());
}

void TestExchange::rejectsMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray valid = sampleExport();
    const QJsonObject root = QJsonDocument::fromJson(valid).object();
    const auto mutated = [&](const QString &path, const QJsonValue &value, bool remove = false) {
        return QJsonDocument(setPath(root, path.split(QLatin1Char('/')), value, remove).toObject()).toJson();
    };

    QByteArray truncated = valid.left(valid.size() / 2);
    QTest::newRow("syntax") << truncated << QStringLiteral("line ");
    QByteArray badComma = valid;
    badComma.replace("\"version\": 1,", "\"version\": 1,,");
    QTest::newRow("syntax line number") << badComma << QStringLiteral("line 3, column");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("expected a JSON object");
    QTest::newRow("other format") << mutated(QStringLiteral("format"), QStringLiteral("other")) << QStringLiteral("format:");
    QTest::newRow("newer version") << mutated(QStringLiteral("version"), 2) << QStringLiteral("newer CountyPlan");
    QTest::newRow("missing tasks") << mutated(QStringLiteral("documents/0/tasks"), QJsonValue(), true)
                                   << QStringLiteral("documents[0].tasks: this field is missing");
    QTest::newRow("bad comparator") << mutated(QStringLiteral("documents/0/tasks/0/metrics/0/comparator"), QStringLiteral("≥"))
                                    << QStringLiteral("documents[0].tasks[0].metrics[0].comparator: expected one of >=, <=, ~, =");
    QTest::newRow("value as text") << mutated(QStringLiteral("documents/0/tasks/1/metrics/0/value"), QStringLiteral("1.5万"))
                                   << QStringLiteral("documents[0].tasks[1].metrics[0].value: expected a number");
    QTest::newRow("unknown department")
        << mutated(QStringLiteral("documents/0/tasks/1/lead"), QJsonArray{QStringLiteral("县不存在局")})
        << QStringLiteral("documents[0].tasks[1].lead: “县不存在局” is not a department");
    QTest::newRow("span outside text") << mutated(QStringLiteral("documents/0/tasks/0/span"), QJsonArray{10, 100000})
                                       << QStringLiteral("documents[0].tasks[0].span: [10, 100000] lies outside");
    QTest::newRow("bad reading period")
        << mutated(QStringLiteral("documents/0/tasks/0/metrics/0/readings/0/period"), QStringLiteral("2023-13"))
        << QStringLiteral("readings[0].period: expected a month YYYY-MM or a year YYYY");
    QTest::newRow("unknown parent region") << mutated(QStringLiteral("regions/3/parent"), QStringLiteral("太原市"))
                                           << QStringLiteral("regions[3].parent: “太原市” is not a region");
    QTest::newRow("duplicate region") << mutated(QStringLiteral("regions/5"), root.value(QLatin1String("regions")).toArray().at(4))
                                      << QStringLiteral("regions[5].name: “城区” is listed twice");
    QTest::newRow("evidence tampered") << mutated(QStringLiteral("evidence/0/bytes"), 3)
                                       << QStringLiteral("evidence[0].data: the data does not match");
    QTest::newRow("bad event kind") << mutated(QStringLiteral("events/0/kind"), QStringLiteral("praise"))
                                    << QStringLiteral("events[0].kind: expected one of commendation");
    QTest::newRow("bad link") << mutated(QStringLiteral("metric_links/0/a/metric"), 7)
                              << QStringLiteral("metric_links[0].a: no metric 7");
    QTest::newRow("range below value") << mutated(QStringLiteral("documents/0/tasks/1/metrics/1/value_max"), 1)
                                       << QStringLiteral("metrics[1].value_max: the upper end 1 is below the value 9.5");
}

void TestExchange::rejectsMalformedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const QString before = test::tableCounts(ws);
    const QString titleBefore = ws.title();
    const Status s = JsonExchange::load(ws, json);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(expected), qPrintable(s.error().message()));
    QCOMPARE(test::tableCounts(ws), before);
    QCOMPARE(ws.title(), titleBefore);
    QVERIFY(ws.isEmpty());
}

void TestExchange::refusesNonEmptyWorkspace()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const QString before = test::tableCounts(ws);
    const Status s = JsonExchange::load(ws, sampleExport());
    QVERIFY(!s);
    QVERIFY(s.error().message().contains(QLatin1String("already holds data")));
    QCOMPARE(test::tableCounts(ws), before);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
