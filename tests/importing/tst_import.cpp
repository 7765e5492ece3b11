// The five reference documents import exactly as a planner reads them: metadata, tasks,
// responsible units with roles, departments per region, targets, a report's actuals, links.
#include "../common/Fixtures.h"
#include "ImportFixtures.h"
#include "importing/ChineseScript.h"
#include "importing/DepartmentRegistry.h"
#include "importing/ReferenceDocuments.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace cp;

namespace {

const QStringList kDocuments{QStringLiteral("000_50bff88673248aef.txt"), QStringLiteral("001_6c3ae5bf29131331.txt"),
                             QStringLiteral("002_29dde79f5395f303.txt"), QStringLiteral("003_f97876cf5fb3a18d.txt"),
                             QStringLiteral("004_c1523eebc76e8d4e.txt")};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? std::nullopt : std::optional<double>(v.toDouble());
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    QHash<QString, Id> m_documents; // file name → id
    QList<ImportReport> m_reports;

    Id regionOf(const QString &name)
    {
        const auto regions = m_ws.regions().findByName(name);
        return regions && regions->size() == 1 ? regions->first().id : 0;
    }
    QList<Id> resolveAll(Id region, const QJsonArray &names)
    {
        QList<Id> ids;
        for (const QJsonValue &n : names)
            ids.append(m_ws.departments().resolve(region, n.toString()).value_or(0));
        return ids;
    }

private Q_SLOTS:
    void initTestCase();
    void readsDocumentMetadata_data();
    void readsDocumentMetadata();
    void buildsTheRegionHierarchy();
    void countsTasksWithUnits_data();
    void countsTasksWithUnits();
    void assignsUnitsAsTheDocumentSays_data();
    void assignsUnitsAsTheDocumentSays();
    void mergesDepartmentSpellingsPerRegion();
    void extractsTheTargetsOf000Exactly();
    void findsEveryTargetAndNoOther_data();
    void findsEveryTargetAndNoOther();
    void quotesTheSentenceOfEveryTarget();
    void readsTheWorkReport();
    void linksTheSameTargetAcrossDocuments();
    void keepsTheOriginalTextVerbatim();
};

void TestImport::initTestCase()
{
    QVERIFY(ChineseScript::isAvailable());
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    auto reports = ReferenceDocuments::importInto(m_ws);
    CP_VERIFY_OK(reports);
    m_reports = *reports;
    QCOMPARE(m_reports.size(), 5);
    for (const ImportReport &r : m_reports)
        m_documents.insert(r.file, r.documentId);
}

void TestImport::readsDocumentMetadata_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("docNumber");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<int>("year");
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<QString>("region");
    QTest::newRow("000") << kDocuments[0] << QStringLiteral("盂县太行革命老区振兴发展2023年工作任务") << QString()
                         << QStringLiteral("盂县") << 2023 << DocumentKind::TaskList << QStringLiteral("盂县");
    QTest::newRow("001") << kDocuments[1] << QStringLiteral("山西省人民政府关于新时代支持山西太行革命老区振兴发展的实施意见")
                         << QStringLiteral("晋政发〔2021〕36号") << QStringLiteral("山西省人民政府") << 2021
                         << DocumentKind::ImplementationOpinion << QStringLiteral("山西省");
    QTest::newRow("002") << kDocuments[2] << QStringLiteral("盂县推动山西中部城市群高质量发展2023年工作任务") << QString()
                         << QStringLiteral("盂县") << 2023 << DocumentKind::TaskList << QStringLiteral("盂县");
    QTest::newRow("003") << kDocuments[3] << QStringLiteral("2024年壺關縣政府工作報告") << QString()
                         << QStringLiteral("壶关县人民政府") << 2024 << DocumentKind::WorkReport << QStringLiteral("壶关县");
    QTest::newRow("004") << kDocuments[4] << QStringLiteral("关于做好2023年全面推进乡村振兴重点工作的行动方案")
                         << QStringLiteral("阳发〔2023〕1号") << QStringLiteral("中共阳城县委、阳城县人民政府") << 2023
                         << DocumentKind::ActionPlan << QStringLiteral("阳城县");
}

void TestImport::readsDocumentMetadata()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    auto doc = m_ws.documents().get(m_documents.value(file));
    CP_VERIFY_OK(doc);
    QTEST(doc->title, "title");
    QTEST(doc->docNumber, "docNumber");
    QTEST(doc->issuer, "issuer");
    QTEST(doc->year, "year");
    QTEST(doc->kind, "kind");
    QCOMPARE(doc->regionId, regionOf(region));
    QCOMPARE(doc->key, test::referenceKey(file));
    QCOMPARE(doc->sourceName, file);
    QCOMPARE(doc->sourceSha256.size(), 64);
}

void TestImport::buildsTheRegionHierarchy()
{
    const auto path = [&](const QString &name) { return m_ws.regions().path(regionOf(name)).value_or({}); };
    QCOMPARE(path(QStringLiteral("盂县")), (QStringList{QStringLiteral("山西省"), QStringLiteral("阳泉市"), QStringLiteral("盂县")}));
    QCOMPARE(path(QStringLiteral("阳城县")), (QStringList{QStringLiteral("山西省"), QStringLiteral("晋城市"), QStringLiteral("阳城县")}));
    QCOMPARE(path(QStringLiteral("壶关县")), (QStringList{QStringLiteral("山西省"), QStringLiteral("长治市"), QStringLiteral("壶关县")}));
    QCOMPARE(m_ws.regions().all()->size(), 7);
    QCOMPARE(m_ws.regions().get(regionOf(QStringLiteral("阳泉市")))->level, RegionLevel::City);
}

void TestImport::countsTasksWithUnits_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<int>("withUnits");
    QTest::newRow("000") << kDocuments[0] << 26 << 23;
    QTest::newRow("001") << kDocuments[1] << 22 << 20;
    QTest::newRow("002") << kDocuments[2] << 43 << 40;
    QTest::newRow("004") << kDocuments[4] << 38 << 36;
    // 003's nine work items, its closing part and the main targets stated before the items.
    QTest::newRow("003") << kDocuments[3] << 11 << 0;
}

void TestImport::countsTasksWithUnits()
{
    QFETCH(QString, file);
    QFETCH(int, tasks);
    QFETCH(int, withUnits);
    const auto list = m_ws.tasks().forDocument(m_documents.value(file));
    CP_VERIFY_OK(list);
    QCOMPARE(list->size(), tasks);
    const auto counted = std::count_if(list->begin(), list->end(), [](const Task &t) { return !t.departments.isEmpty(); });
    QCOMPARE(int(counted), withUnits);
    for (const ImportReport &r : m_reports) {
        if (r.file == file)
            QCOMPARE(r.tasksWithUnits, withUnits);
    }
}

void TestImport::assignsUnitsAsTheDocumentSays_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonArray>("lead");
    QTest::addColumn<QJsonArray>("cooperating");
    const QJsonObject fixture = test::readFixture(QStringLiteral("units.json"));
    QVERIFY(!fixture.isEmpty());
    for (auto it = fixture.begin(); it != fixture.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QLatin1String("path")).toString();
            QTest::addRow("%s %s", qPrintable(it.key().left(3)), qPrintable(path))
                << it.key() << path << e.value(QLatin1String("lead")).toArray()
                << e.value(QLatin1String("cooperating")).toArray();
        }
    }
}

void TestImport::assignsUnitsAsTheDocumentSays()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QJsonArray, lead);
    QFETCH(QJsonArray, cooperating);
    const Id documentId = m_documents.value(file);
    const Task task = test::taskByPath(m_ws, documentId, path);
    QVERIFY2(task.id, qPrintable(QStringLiteral("no task %1").arg(path)));
    const Id region = m_ws.documents().header(documentId)->regionId;
    QList<Id> leads, cooperatings;
    for (const TaskDepartment &d : task.departments)
        (d.role == Role::Lead ? leads : cooperatings).append(d.departmentId);
    // The names as written resolve (directly or as aliases) to exactly the stored departments, in order.
    QCOMPARE(leads, resolveAll(region, lead));
    QCOMPARE(cooperatings, resolveAll(region, cooperating));
    QVERIFY(!leads.contains(0) && !cooperatings.contains(0));
}

void TestImport::mergesDepartmentSpellingsPerRegion()
{
    const Id yuxian = regionOf(QStringLiteral("盂县"));
    const Id yangcheng = regionOf(QStringLiteral("阳城县"));
    const Id province = regionOf(QStringLiteral("山西省"));
    QCOMPARE(m_ws.departments().forRegion(yuxian)->size(), 31);
    QCOMPARE(m_ws.departments().forRegion(province)->size(), 37);
    QCOMPARE(m_ws.departments().forRegion(yangcheng)->size(), 40);
    QCOMPARE(m_ws.departments().forRegion(regionOf(QStringLiteral("壶关县")))->size(), 0);

    // 县交通局 (000, 002) and 县交通运输局 (000) are one department, named in full.
    const Id transport = *m_ws.departments().resolve(yuxian, QStringLiteral("县交通局"));
    QVERIFY(transport);
    QCOMPARE(*m_ws.departments().resolve(yuxian, QStringLiteral("县交通运输局")), transport);
    QCOMPARE(m_ws.departments().get(transport)->name, QStringLiteral("县交通运输局"));
    QCOMPARE(m_ws.departments().get(transport)->aliases, QStringList{QStringLiteral("县交通局")});

    // 盂县's two documents share one registry: 县发改局 leads in 002 and cooperates in 000, one id.
    const Id fagai = *m_ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
    const Task t002 = test::taskByPath(m_ws, m_documents.value(kDocuments[2]), QStringLiteral("二.（七）.30"));
    QCOMPARE(t002.departments.first().departmentId, fagai);
    QVERIFY(m_ws.departments().taskCounts(yuxian)->value(fagai).lead >= 1);
    // …but 阳城县's 县发改局 is another department.
    const Id yangchengFagai = *m_ws.departments().resolve(yangcheng, QStringLiteral("县发改局"));
    QVERIFY(yangchengFagai && yangchengFagai != fagai);

    // Other spellings of known units resolve without creating anything (checked, then rolled back).
    QString problem;
    const Id revitalisation = *m_ws.departments().resolve(yuxian, QStringLiteral("县乡村振兴服务中心"));
    m_ws.database().transaction([&]() -> Status {
        DepartmentRegistry registry(m_ws.departments(), yuxian);
        if (Status s = registry.load(); !s) {
            problem = s.error().message();
            return s;
        }
        const QList<QPair<QString, Id>> spellings{{QStringLiteral("县发展和改革局"), fagai},
                                                  {QStringLiteral("乡村振兴中心"), revitalisation},
                                                  {QStringLiteral("县乡村振兴中心"), revitalisation},
                                                  {QStringLiteral("縣交通運輸局"), transport}};
        for (const auto &[spelling, expected] : spellings) {
            auto id = registry.resolve(spelling);
            if (!id || *id != expected)
                problem += spelling + QStringLiteral(" did not resolve to the known department; ");
        }
        if (registry.created() != 0)
            problem += QStringLiteral("a known spelling created a department");
        return Error(QStringLiteral("rollback"));
    });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(m_ws.departments().get(fagai)->aliases, QStringList());
}

void TestImport::extractsTheTargetsOf000Exactly()
{
    const auto metrics = m_ws.metrics().forDocument(m_documents.value(kDocuments[0]));
    CP_VERIFY_OK(metrics);
    struct Expected
    {
        QString label;
        double value;
        QString unit;
        Comparator comparator;
        std::optional<double> baseline;
    };
    const QList<Expected> expected{
        {QStringLiteral("新建5G基站"), 160, QStringLiteral("座"), Comparator::AtLeast, std::nullopt},
        {QStringLiteral("富硒骨干龙头企业"), 6, QStringLiteral("家"), Comparator::Equal, 4},
        {QStringLiteral("富硒产业基地"), 8, QStringLiteral("个"), Comparator::AtLeast, 5},
        {QStringLiteral("富硒基地规模"), 15000, QStringLiteral("亩"), Comparator::AtLeast, 8000},
        {QStringLiteral("富硒农产品认证"), 30, QStringLiteral("个"), Comparator::AtLeast, 16},
        {QStringLiteral("富硒产业产值"), 5e7, QStringLiteral("元"), Comparator::AtLeast, std::nullopt},
    };
    QCOMPARE(metrics->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Metric &m = metrics->at(i);
        QCOMPARE(m.label, expected.at(i).label);
        QCOMPARE(m.value, expected.at(i).value);
        QCOMPARE(m.unit, expected.at(i).unit);
        QCOMPARE(m.comparator, expected.at(i).comparator);
        QCOMPARE(m.baseline, expected.at(i).baseline);
        QCOMPARE(m.kind, MetricKind::Absolute);
        QCOMPARE(m.period, QStringLiteral("2023"));
    }
}

void TestImport::findsEveryTargetAndNoOther_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("000") << kDocuments[0];
    QTest::newRow("002") << kDocuments[2];
    QTest::newRow("004") << kDocuments[4];
}

void TestImport::findsEveryTargetAndNoOther()
{
    QFETCH(QString, file);
    const Id documentId = m_documents.value(file);
    const QJsonArray expected = test::readFixture(QStringLiteral("metrics.json")).value(file).toArray();
    QVERIFY(!expected.isEmpty());
    auto stored = m_ws.metrics().forDocument(documentId);
    CP_VERIFY_OK(stored);
    QHash<Id, QString> pathOfTask;
    for (const Task &t : *m_ws.tasks().forDocument(documentId))
        pathOfTask.insert(t.id, t.path);

    QSet<Id> matched;
    int certain = 0;
    for (const QJsonValue &v : expected) {
        const QJsonObject e = v.toObject();
        const bool doubtful = e.value(QLatin1String("doubtful")).toBool();
        const QString path = e.value(QLatin1String("path")).toString();
        const double value = e.value(QLatin1String("value")).toDouble();
        const QString unit = e.value(QLatin1String("unit")).toString();
        const Metric *found = nullptr;
        for (const Metric &m : *stored) {
            if (!matched.contains(m.id) && pathOfTask.value(m.taskId) == path && near(m.value, value) && m.unit == unit) {
                found = &m;
                break;
            }
        }
        if (!found) {
            QVERIFY2(doubtful, qPrintable(QStringLiteral("missing %1 %2 %3%4 (%5)")
                                              .arg(path, e.value(QLatin1String("label")).toString())
                                              .arg(value)
                                              .arg(unit, e.value(QLatin1String("quote")).toString())));
            continue;
        }
        matched.insert(found->id);
        if (doubtful)
            continue;
        ++certain;
        const QString what = QStringLiteral("%1 %2").arg(path, e.value(QLatin1String("quote")).toString());
        QVERIFY2(toCode(found->comparator) == e.value(QLatin1String("comparator")).toString(), qPrintable(what));
        QVERIFY2(found->baseline == optionalNumber(e.value(QLatin1String("baseline"))), qPrintable(what));
        QVERIFY2(found->valueMax == optionalNumber(e.value(QLatin1String("value_max"))), qPrintable(what));
        QVERIFY2(toCode(found->kind) == e.value(QLatin1String("kind")).toString(), qPrintable(what));
    }
    // No false targets: everything stored is in the fixture.
    for (const Metric &m : *stored)
        QVERIFY2(matched.contains(m.id), qPrintable(QStringLiteral("unexpected %1 %2 %3 (%4)").arg(m.label).arg(m.value).arg(m.unit, m.quote)));
    if (file == kDocuments[4])
        QVERIFY2(certain >= 50, "004 holds at least 50 targets");
}

void TestImport::quotesTheSentenceOfEveryTarget()
{
    for (const QString &file : kDocuments) {
        const auto doc = m_ws.documents().get(m_documents.value(file));
        for (const Metric &m : *m_ws.metrics().forDocument(doc->id)) {
            QVERIFY2(m.span.isValid(), qPrintable(m.label));
            QCOMPARE(doc->originalText.mid(m.span.start, m.span.length()), m.quote);
            // The quote holds the number as written and lies inside its task.
            const Task task = *m_ws.tasks().get(m.taskId);
            QVERIFY2(m.span.start >= task.span.start && m.span.end <= task.span.end, qPrintable(m.quote));
            QVERIFY2(m.quote.contains(QRegularExpression(QStringLiteral("[\\d一二两三四五六七八九十]"))), qPrintable(m.quote));
        }
    }
}

void TestImport::readsTheWorkReport()
{
    const Id documentId = m_documents.value(kDocuments[3]);
    const auto metrics = m_ws.metrics().forDocument(documentId);
    CP_VERIFY_OK(metrics);
    const QJsonObject fixture = test::readFixture(QStringLiteral("report_003.json"));
    const QJsonArray targets = fixture.value(QLatin1String("targets_2024")).toArray();
    QVERIFY(targets.size() > 50);

    // Next year's targets are metrics of 2024; nearly all the report states are found.
    int found = 0, certain = 0;
    for (const QJsonValue &v : targets) {
        const QJsonObject e = v.toObject();
        if (e.value(QLatin1String("doubtful")).toBool())
            continue;
        ++certain;
        const QString quote = e.value(QLatin1String("quote")).toString();
        for (const Metric &m : *metrics) {
            if (near(m.value, e.value(QLatin1String("value")).toDouble()) && (m.quote.contains(quote) || quote.contains(m.quote))) {
                ++found;
                break;
            }
        }
    }
    QVERIFY2(found >= certain * 9 / 10, qPrintable(QStringLiteral("%1 of %2 targets").arg(found).arg(certain)));
    for (const Metric &m : *metrics)
        QCOMPARE(m.period, QStringLiteral("2024"));
    // Labels are Simplified, so they can be searched and matched like the other documents'.
    QVERIFY(std::any_of(metrics->begin(), metrics->end(), [](const Metric &m) { return m.label == QStringLiteral("粮食产量"); }));

    // Last year's figures are readings for 2023 beside the matching 2024 target.
    const auto grain = std::find_if(metrics->begin(), metrics->end(), [](const Metric &m) {
        return m.label == QStringLiteral("粮食产量") && m.unit == QStringLiteral("斤");
    });
    QVERIFY(grain != metrics->end());
    QCOMPARE(grain->value, 1.96e8);
    QCOMPARE(grain->comparator, Comparator::AtLeast);
    const auto readings = m_ws.progress().readingsForMetric(grain->id);
    QCOMPARE(readings->size(), 1);
    QCOMPARE(readings->first().period, QStringLiteral("2023"));
    QCOMPARE(readings->first().value, 1.95e8);
    QCOMPARE(readings->first().note, QStringLiteral("糧食產量達到1.95億斤"));

    const QJsonArray actuals = fixture.value(QLatin1String("actuals_2023")).toArray();
    int stored = 0;
    for (const Metric &m : *metrics) {
        for (const Reading &r : *m_ws.progress().readingsForMetric(m.id)) {
            ++stored;
            const bool known = std::any_of(actuals.begin(), actuals.end(), [&](const QJsonValue &a) {
                return near(a.toObject().value(QLatin1String("value")).toDouble(), r.value);
            });
            QVERIFY2(known, qPrintable(r.note));
        }
    }
    QVERIFY(stored >= 5);
}

void TestImport::linksTheSameTargetAcrossDocuments()
{
    const Id d000 = m_documents.value(kDocuments[0]);
    const Id d002 = m_documents.value(kDocuments[2]);
    // 新建5G基站160座以上 (000) and 新建5G基站160个 (002): one target tracked twice.
    const Metric m000 = m_ws.metrics().forTask(test::taskByPath(m_ws, d000, QStringLiteral("二.（四）")).id)->first();
    const Metric m002 = m_ws.metrics().forTask(test::taskByPath(m_ws, d002, QStringLiteral("二.（一）.5")).id)->first();
    QCOMPARE(*m_ws.metrics().linkedGroup(m000.id), (QList<Id>{std::min(m000.id, m002.id), std::max(m000.id, m002.id)}));
    QCOMPARE(m_ws.metrics().links()->size(), 1);

    // 龙华口调水工程 and the national roads 239 and 338 are the same work in both documents.
    const auto links = m_ws.tasks().links();
    CP_VERIFY_OK(links);
    const auto linked = [&](const QString &a, const QString &b) {
        const Id ta = test::taskByPath(m_ws, d000, a).id;
        const Id tb = test::taskByPath(m_ws, d002, b).id;
        return std::any_of(links->begin(), links->end(), [&](const TaskLink &l) {
            return (l.taskA == ta && l.taskB == tb) || (l.taskA == tb && l.taskB == ta);
        });
    };
    QVERIFY(linked(QStringLiteral("二.（二）"), QStringLiteral("二.（一）.4")));
    QVERIFY(linked(QStringLiteral("二.（一）"), QStringLiteral("二.（一）.2")));
    // Links stay within a region.
    for (const TaskLink &l : *links) {
        const Task a = *m_ws.tasks().get(l.taskA);
        const Task b = *m_ws.tasks().get(l.taskB);
        QCOMPARE(m_ws.documents().header(a.documentId)->regionId, m_ws.documents().header(b.documentId)->regionId);
        QVERIFY(a.documentId != b.documentId);
        QVERIFY(!l.reason.isEmpty());
    }
}

void TestImport::keepsTheOriginalTextVerbatim()
{
    // 004 breaks 赌博 across a blank line; the task's text joins it again.
    const Task gambling = test::taskByPath(m_ws, m_documents.value(kDocuments[4]), QStringLiteral("九.（三十二）"));
    QVERIFY(gambling.text.contains(QStringLiteral("开展打击整治农村赌博违法犯罪专项行动")));
    // Units are taken off the text; a heading stays the title.
    const Task grain = test::taskByPath(m_ws, m_documents.value(kDocuments[4]), QStringLiteral("二.（三）"));
    QCOMPARE(grain.title, QStringLiteral("稳定粮食面积和产量"));
    QVERIFY(!grain.text.contains(QStringLiteral("责任单位")));
    QVERIFY(grain.text.endsWith(QStringLiteral("保障农民种粮收益。")));

    for (const QString &file : kDocuments) {
        const auto doc = m_ws.documents().get(m_documents.value(file));
        QCOMPARE(doc->originalText.toUtf8(), test::referenceDocument(file));
        // Tasks point back at their words: the task's span covers its title.
        for (const Task &t : *m_ws.tasks().forDocument(doc->id)) {
            QVERIFY(t.span.isValid());
            const QString covered = ChineseScript::fold(doc->originalText.mid(t.span.start, t.span.length()));
            QVERIFY2(covered.contains(ChineseScript::fold(t.title.left(6))), qPrintable(t.path + t.title));
        }
    }
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
