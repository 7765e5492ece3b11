// Synthetic workspaces: what SyntheticWorkspace::generate and `countyplan generate` produce.
#include "../common/Fixtures.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

SyntheticOptions smallOptions()
{
    SyntheticOptions o;
    o.counties = 3;
    o.tasksPerCounty = 60;
    o.year = 2023;
    o.months = 12;
    o.seed = 7;
    return o;
}

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

// Everything generated, one line per row, from the repositories (timestamps of the import left out).
QString canonicalDump(Workspace &ws)
{
    QStringList lines;
    QHash<Id, QString> departmentNames;
    for (const Region &r : ws.regions().all().value())
        lines.append(ws.regions().path(r.id).value().join(QLatin1Char('/')) + QLatin1Char(' ') + toCode(r.level));
    for (const Department &d : ws.departments().all().value()) {
        departmentNames.insert(d.id, d.name);
        lines.append(QStringLiteral("department %1 %2 [%3]")
                         .arg(QString::number(d.regionId), d.name, d.aliases.join(QLatin1Char(','))));
    }
    for (const Document &header : ws.documents().list().value()) {
        const Document d = ws.documents().get(header.id).value();
        lines.append(QStringLiteral("document %1 %2 %3 %4").arg(d.key, d.title).arg(d.regionId).arg(d.year));
        lines.append(d.originalText);
        for (const Task &t : ws.tasks().forDocument(d.id).value()) {
            QStringList units;
            for (const TaskDepartment &td : t.departments)
                units.append(departmentNames.value(td.departmentId) + QLatin1Char(':') + toCode(td.role));
            lines.append(QStringLiteral("task %1 %2 %3 %4")
                             .arg(t.path, t.title, t.text, units.join(QLatin1Char(','))));
            for (const Metric &m : ws.metrics().forTask(t.id).value()) {
                lines.append(QStringLiteral("metric %1 %2 %3 %4 %5 %6")
                                 .arg(m.label, number(m.value), m.unit, toCode(m.comparator), toCode(m.kind),
                                      m.quote));
                for (const Reading &r : ws.progress().readingsForMetric(m.id).value())
                    lines.append(QStringLiteral("reading %1 %2 %3 %4")
                                     .arg(r.period, number(r.value), departmentNames.value(r.departmentId),
                                          r.recordedAt.toString(Qt::ISODate)));
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Id leadOf(const Task &t)
{
    for (const TaskDepartment &d : t.departments) {
        if (d.role == Role::Lead)
            return d.departmentId;
    }
    return 0;
}

} // namespace

class TestGenerate : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep the user's settings and data out of the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COUNTYPLAN_BINARY), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<Metric> allMetrics();

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    Workspace m_ws; // the small workspace most tests look at
    SyntheticSummary m_summary;

private Q_SLOTS:
    void initTestCase();
    void summaryMatchesTheDatabase();
    void isMarkedSynthetic();
    void countiesSitUnderShanxiCities();
    void countiesHaveTheirDepartments();
    void everyTaskHasOneLead();
    void manyTasksHaveTargets();
    void readingsMoveTowardTargets();
    void someDepartmentsLag();
    void sameSeedGivesTheSameWorkspace();
    void refusesAWorkspaceWithData();
    void cancelLeavesTheWorkspaceEmpty();
    void refusesBadOptions();
    void commandCreatesAWorkspaceFile();
    void commandRefusesAnExistingFileAndBadOptions();
};

QList<Metric> TestGenerate::allMetrics()
{
    QList<Metric> metrics;
    for (const Document &d : m_ws.documents().list().value())
        metrics += m_ws.metrics().forDocument(d.id).value();
    return metrics;
}

void TestGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    auto summary = SyntheticWorkspace::generate(m_ws, smallOptions());
    CP_VERIFY_OK(summary);
    m_summary = *summary;
}

void TestGenerate::summaryMatchesTheDatabase()
{
    QCOMPARE(m_summary.regions, int(m_ws.regions().all()->size()));
    QCOMPARE(m_summary.departments, int(m_ws.departments().all()->size()));
    QCOMPARE(m_summary.documents, *m_ws.documents().count());
    QCOMPARE(m_summary.tasks, *m_ws.tasks().count());
    QCOMPARE(m_summary.metrics, *m_ws.metrics().count());
    QCOMPARE(m_summary.readings, *m_ws.progress().readingCount());
    // 山西省, 长治市 and three of its counties; every task asked for; a reading per metric and month.
    QCOMPARE(m_summary.regions, 5);
    QCOMPARE(m_summary.tasks, 3 * 60);
    QCOMPARE(m_summary.readings, m_summary.metrics * 12);
}

void TestGenerate::isMarkedSynthetic()
{
    QCOMPARE(m_ws.kind(), WorkspaceKind::Synthetic);
    // No translator is installed here: the source text, with the label the window title shows.
    QCOMPARE(m_ws.title(), QStringLiteral("3 counties, 2023"));
    QCOMPARE(m_ws.displayTitle(), QStringLiteral("3 counties, 2023 [Synthetic workspace]"));
}

void TestGenerate::countiesSitUnderShanxiCities()
{
    int counties = 0;
    for (const Region &r : m_ws.regions().all().value()) {
        if (r.level != RegionLevel::County)
            continue;
        ++counties;
        const Region city = m_ws.regions().get(r.parentId).value();
        QCOMPARE(city.level, RegionLevel::City);
        const Region province = m_ws.regions().get(city.parentId).value();
        QCOMPARE(province.name, QStringLiteral("山西省"));
    }
    QCOMPARE(counties, 3);
}

void TestGenerate::countiesHaveTheirDepartments()
{
    int withAliases = 0;
    for (const Region &r : m_ws.regions().all().value()) {
        if (r.level != RegionLevel::County)
            continue;
        const QList<Department> departments = m_ws.departments().forRegion(r.id).value();
        QVERIFY2(departments.size() >= 20, qPrintable(QStringLiteral("%1: %2").arg(r.name).arg(departments.size())));
        // Two spellings in one county's tasks (县交通局, 县交通运输局) became one unit with an alias.
        const auto aliased = std::count_if(departments.begin(), departments.end(),
                                           [](const Department &d) { return !d.aliases.isEmpty(); });
        QVERIFY2(aliased >= 3, qPrintable(r.name));
        withAliases += int(aliased);
    }
    QVERIFY(withAliases >= 9);
}

void TestGenerate::everyTaskHasOneLead()
{
    QHash<Id, int> led;
    for (const Document &d : m_ws.documents().list().value()) {
        for (const Task &t : m_ws.tasks().forDocument(d.id).value()) {
            const auto leads = std::count_if(t.departments.begin(), t.departments.end(),
                                             [](const TaskDepartment &td) { return td.role == Role::Lead; });
            QVERIFY2(leads == 1, qPrintable(t.text));
            QVERIFY(t.departments.size() <= 4);
            ++led[leadOf(t)];
        }
    }
    // Skewed: some departments lead many tasks, others few.
    const QList<int> counts = led.values();
    QVERIFY(*std::max_element(counts.begin(), counts.end()) >= 5);
    QVERIFY(*std::min_element(counts.begin(), counts.end()) <= 2);
}

void TestGenerate::manyTasksHaveTargets()
{
    QSet<Id> tasksWithMetrics;
    const QList<Metric> metrics = allMetrics();
    for (const Metric &m : metrics) {
        tasksWithMetrics.insert(m.taskId);
        QVERIFY(!m.quote.isEmpty());
    }
    QVERIFY2(tasksWithMetrics.size() >= 0.4 * m_summary.tasks, qPrintable(QString::number(tasksWithMetrics.size())));
    QVERIFY(tasksWithMetrics.size() < m_summary.tasks); // about half: some tasks are work without figures
    QSet<MetricKind> kinds;
    for (const Metric &m : metrics)
        kinds.insert(m.kind);
    QCOMPARE(kinds.size(), 3);
}

void TestGenerate::readingsMoveTowardTargets()
{
    QHash<Id, Id> leads; // task → lead department
    for (const Document &d : m_ws.documents().list().value()) {
        for (const Task &t : m_ws.tasks().forDocument(d.id).value())
            leads.insert(t.id, leadOf(t));
    }
    for (const Metric &m : allMetrics()) {
        const QList<Reading> readings = m_ws.progress().readingsForMetric(m.id).value();
        QCOMPARE(readings.size(), 12);
        for (qsizetype i = 0; i < readings.size(); ++i) {
            const Reading &r = readings.at(i);
            QCOMPARE(r.period, QStringLiteral("2023-%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            QCOMPARE(r.departmentId, leads.value(m.taskId));
            QCOMPARE(r.recordedAt.date(), QDate(2023, int(i) + 1, 20)); // from the month, not the clock
            if (m.kind == MetricKind::Absolute && i > 0)
                QVERIFY2(r.value >= readings.at(i - 1).value, qPrintable(m.quote));
        }
    }
}

void TestGenerate::someDepartmentsLag()
{
    int absolute = 0;
    int behind = 0;
    for (const Metric &m : allMetrics()) {
        if (m.kind != MetricKind::Absolute || m.comparator == Comparator::AtMost)
            continue;
        const double start = m.baseline.value_or(0);
        const double december = m_ws.progress().readingsForMetric(m.id)->constLast().value;
        ++absolute;
        // In December the linear expected path is the target itself.
        if (december - start < 0.8 * (m.value - start))
            ++behind;
    }
    QVERIFY(absolute >= 30);
    const double share = double(behind) / absolute;
    QVERIFY2(share >= 0.05 && share <= 0.5, qPrintable(QString::number(share)));
}

void TestGenerate::sameSeedGivesTheSameWorkspace()
{
    Workspace again;
    CP_VERIFY_OK(again.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(SyntheticWorkspace::generate(again, smallOptions()));
    const QString dump = canonicalDump(m_ws);
    QCOMPARE(canonicalDump(again), dump);

    Workspace other;
    CP_VERIFY_OK(other.open(QStringLiteral(":memory:")));
    SyntheticOptions options = smallOptions();
    options.seed = 8;
    CP_VERIFY_OK(SyntheticWorkspace::generate(other, options));
    QVERIFY(canonicalDump(other) != dump);

    // Fewer months or counties change the readings or leave counties out, not the documents.
    Workspace shorter;
    CP_VERIFY_OK(shorter.open(QStringLiteral(":memory:")));
    options = smallOptions();
    options.counties = 2;
    options.months = 6;
    CP_VERIFY_OK(SyntheticWorkspace::generate(shorter, options));
    const QList<Document> documents = m_ws.documents().list().value();
    const QList<Document> fewer = shorter.documents().list().value();
    QCOMPARE(fewer.size(), 2);
    for (qsizetype i = 0; i < fewer.size(); ++i)
        QCOMPARE(shorter.documents().get(fewer.at(i).id)->originalText,
                 m_ws.documents().get(documents.at(i).id)->originalText);
}

void TestGenerate::refusesAWorkspaceWithData()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
    const QString before = test::tableCounts(ws);
    const QString title = ws.title();
    auto summary = SyntheticWorkspace::generate(ws, smallOptions());
    QVERIFY(!summary);
    QVERIFY2(summary.error().message().contains(QStringLiteral("not empty")), qPrintable(summary.error().message()));
    QCOMPARE(test::tableCounts(ws), before);
    QCOMPARE(ws.kind(), WorkspaceKind::Normal);
    QCOMPARE(ws.title(), title);
}

void TestGenerate::cancelLeavesTheWorkspaceEmpty()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const QString before = test::tableCounts(ws);
    QList<int> calls;
    QSet<int> totals;
    auto summary = SyntheticWorkspace::generate(ws, smallOptions(), [&](int done, int total) {
        calls.append(done);
        totals.insert(total);
        return done < 2;
    });
    QVERIFY(!summary);
    QCOMPARE(calls, (QList<int>{0, 1, 2}));
    QCOMPARE(totals, QSet<int>{3}); // one document per county of 60 tasks
    QVERIFY(ws.isEmpty());
    QCOMPARE(test::tableCounts(ws), before);
    QCOMPARE(ws.kind(), WorkspaceKind::Normal);
}

void TestGenerate::refusesBadOptions()
{
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    SyntheticOptions options = smallOptions();
    options.counties = 0;
    QVERIFY(!SyntheticWorkspace::generate(ws, options));
    options = smallOptions();
    options.months = 13;
    QVERIFY(!SyntheticWorkspace::generate(ws, options));
    QVERIFY(ws.isEmpty());
}

void TestGenerate::commandCreatesAWorkspaceFile()
{
    const QStringList common = QStringLiteral("generate --counties 2 --tasks-per-county 40 --months 6 --seed 99 --out")
                                   .split(QLatin1Char(' '));
    const Run first = run(common + QStringList{path(QStringLiteral("a.countyplan"))});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QStringLiteral("counties 2")) && first.out.contains(QStringLiteral("tasks 80")),
             qPrintable(first.out));
    QCOMPARE(first.out.count(QLatin1Char('\n')), 1);
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(path(QStringLiteral("a.countyplan")), Database::OpenMode::OpenExisting));
        QCOMPARE(ws.kind(), WorkspaceKind::Synthetic);
        QCOMPARE(*ws.tasks().count(), 80);
        QCOMPARE(*ws.progress().readingCount(), *ws.metrics().count() * 6);
        QVERIFY(first.out.contains(QStringLiteral("readings %1").arg(*ws.progress().readingCount())));
    }

    // The same seed in another file: the same export, but for when it was made.
    QCOMPARE(run(common + QStringList{path(QStringLiteral("b.countyplan"))}).code, 0);
    const auto exported = [&](const QString &name) {
        const QString json = path(name + QStringLiteral(".json"));
        const Run r = run(QStringLiteral("export --format json --out").split(QLatin1Char(' '))
                          + QStringList{json, QStringLiteral("--db"), path(name + QStringLiteral(".countyplan"))});
        QFile f(json);
        if (r.code != 0 || !f.open(QIODevice::ReadOnly))
            return QString();
        static const QRegularExpression stamps(QStringLiteral("\"(created|imported_at|recorded_at)\": \"[^\"]*\""));
        return QString::fromUtf8(f.readAll()).replace(stamps, QStringLiteral("\"\\1\": \"\""));
    };
    const QString a = exported(QStringLiteral("a"));
    QVERIFY(a.contains(QStringLiteral("\"kind\": \"synthetic\"")));
    QCOMPARE(exported(QStringLiteral("b")), a);
}

void TestGenerate::commandRefusesAnExistingFileAndBadOptions()
{
    const QString existing = path(QStringLiteral("existing.countyplan"));
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(existing));
    }
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    file.close();
    const QStringList generate{QStringLiteral("generate"), QStringLiteral("--out")};
    const Run refused = run(generate + QStringList{existing, QStringLiteral("--counties"), QStringLiteral("1")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256), before);

    const QString fresh = path(QStringLiteral("zero.countyplan"));
    const Run zero = run(generate + QStringList{fresh, QStringLiteral("--counties"), QStringLiteral("0")});
    QCOMPARE(zero.code, 2);
    QVERIFY2(zero.err.contains(QStringLiteral("--counties")), qPrintable(zero.err));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(run(generate + QStringList{fresh, QStringLiteral("--months"), QStringLiteral("x")}).code, 2);
    QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--counties"), QStringLiteral("1")}).code, 2); // no --out
    QVERIFY(!QFile::exists(fresh));
}

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
