// Synthetic workspaces: what SyntheticWorkspace::generate and `countyplan generate` produce.
#include "../common/Fixtures.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <numeric>

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
    QHash<Id, QList<TaskReport>> reports; // by task, in month order
    for (const TaskReport &r : ws.progress().allReports().value())
        reports[r.taskId].append(r);
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
            for (const TaskReport &r : reports.value(t.id))
                lines.append(QStringLiteral("report %1 %2 %3 %4 %5 %6")
                                 .arg(r.period, departmentNames.value(r.departmentId), toCode(r.status), r.narrative,
                                      r.submittedAt.toString(Qt::ISODate), r.evidence.join(QLatin1Char(','))));
        }
    }
    for (const DispatchEvent &e : ws.progress().allEvents().value())
        lines.append(QStringLiteral("event %1 %2 %3 %4 %5 %6")
                         .arg(departmentNames.value(e.departmentId), toCode(e.kind), toCode(e.level),
                              e.date.toString(Qt::ISODate), e.note, e.evidence.join(QLatin1Char(','))));
    for (const EvidenceFile &f : ws.progress().evidenceFiles().value())
        lines.append(QStringLiteral("evidence %1 %2 %3").arg(f.sha256, f.name).arg(f.bytes));
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

// When a report was sent, in the county's own time (China Standard Time).
QDateTime chinaTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone(8 * 3600));
}

// 1 for "2023-01"; 0 for anything else.
int monthOf(const QString &period)
{
    static const QRegularExpression pattern(QStringLiteral("^2023-(0[1-9]|1[0-2])$"));
    const QRegularExpressionMatch m = pattern.match(period);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool hasResult(const TaskReport &r)
{
    return r.status == TaskStatus::Achieved || r.status == TaskStatus::Completed;
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
    Role roleOf(const TaskReport &r) const;
    // Unit-months (unit, month) in which a unit had not reported by the 25th on every task it leads
    // that it had not completed in an earlier month; and those of them with a report missing.
    QSet<std::pair<Id, int>> lateMonths(QSet<std::pair<Id, int>> *missing = nullptr) const;

    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    Workspace m_ws; // the small workspace most tests look at
    SyntheticSummary m_summary;
    QHash<Id, Task> m_tasks;
    QList<TaskReport> m_reports;
    QList<DispatchEvent> m_events;

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
    void reportsCoverEveryStatus();
    void reportsBelongToTheirTasksAndMonths();
    void someResultsHaveNoEvidence();
    void leadUnitsReportUntilCompletion();
    void cooperatingUnitsReportTheirResults();
    void someUnitsReportLate();
    void laggingUnitsReportLateMoreOften();
    void eventsCoverEveryKindAndLevel();
    void seminarsAndExchangesExceedTheirCaps();
    void evidenceFilesAreSmallNamedAndShared();
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

Role TestGenerate::roleOf(const TaskReport &r) const
{
    for (const TaskDepartment &d : m_tasks.value(r.taskId).departments) {
        if (d.departmentId == r.departmentId)
            return d.role;
    }
    return Role::Cooperating;
}

QSet<std::pair<Id, int>> TestGenerate::lateMonths(QSet<std::pair<Id, int>> *missing) const
{
    QHash<std::pair<Id, int>, QDateTime> leadReports; // (task, month) → submitted
    QHash<Id, int> completedIn;
    for (const TaskReport &r : m_reports) {
        if (roleOf(r) != Role::Lead)
            continue;
        const int month = monthOf(r.period);
        if (!completedIn.contains(r.taskId) || completedIn.value(r.taskId) >= month)
            leadReports.insert({r.taskId, month}, r.submittedAt);
        if (r.status == TaskStatus::Completed)
            completedIn.insert(r.taskId, month);
    }
    QSet<std::pair<Id, int>> late;
    for (const Task &t : m_tasks) {
        for (int month = 1; month <= completedIn.value(t.id, 12); ++month) {
            const auto it = leadReports.constFind({t.id, month});
            if (it == leadReports.cend() && missing)
                missing->insert({leadOf(t), month});
            if (it == leadReports.cend() || chinaTime(*it).date() > QDate(2023, month, 25))
                late.insert({leadOf(t), month});
        }
    }
    return late;
}

void TestGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_home.isValid());
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    auto summary = SyntheticWorkspace::generate(m_ws, smallOptions());
    CP_VERIFY_OK(summary);
    m_summary = *summary;
    for (const Document &d : m_ws.documents().list().value()) {
        for (const Task &t : m_ws.tasks().forDocument(d.id).value())
            m_tasks.insert(t.id, t);
    }
    m_reports = m_ws.progress().allReports().value();
    m_events = m_ws.progress().allEvents().value();
}

void TestGenerate::summaryMatchesTheDatabase()
{
    QCOMPARE(m_summary.regions, int(m_ws.regions().all()->size()));
    QCOMPARE(m_summary.departments, int(m_ws.departments().all()->size()));
    QCOMPARE(m_summary.documents, *m_ws.documents().count());
    QCOMPARE(m_summary.tasks, *m_ws.tasks().count());
    QCOMPARE(m_summary.metrics, *m_ws.metrics().count());
    QCOMPARE(m_summary.readings, *m_ws.progress().readingCount());
    QCOMPARE(m_summary.reports, int(m_reports.size()));
    QCOMPARE(m_summary.events, int(m_events.size()));
    const QList<EvidenceFile> files = m_ws.progress().evidenceFiles().value();
    QCOMPARE(m_summary.evidenceFiles, int(files.size()));
    qint64 bytes = 0;
    for (const EvidenceFile &f : files)
        bytes += f.bytes;
    QCOMPARE(m_summary.evidenceBytes, bytes);
    // 山西省, 长治市 and three of its counties; every task asked for; a reading per metric and month.
    QCOMPARE(m_summary.regions, 5);
    QCOMPARE(m_summary.tasks, 3 * 60);
    QCOMPARE(m_summary.readings, m_summary.metrics * 12);
    // Each lead unit reports on its task most months of the year.
    QVERIFY2(m_summary.reports > 3 * 60 * 6, qPrintable(QString::number(m_summary.reports)));
    QVERIFY(m_summary.events > 50);
    QVERIFY(m_summary.evidenceFiles > 50);
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

void TestGenerate::reportsCoverEveryStatus()
{
    QMap<TaskStatus, int> counts;
    for (const TaskReport &r : m_reports)
        ++counts[r.status];
    QCOMPARE(counts.keys(), allValues<TaskStatus>());
    // Most months a task is under way; results now and then; completion once.
    QVERIFY(counts.value(TaskStatus::InProgress) > counts.value(TaskStatus::Achieved));
    QVERIFY(counts.value(TaskStatus::Achieved) > counts.value(TaskStatus::Completed));
    QVERIFY(counts.value(TaskStatus::NotStarted) > 0);
    // A good share of the tasks is completed within the year, but not all.
    QSet<Id> completed;
    for (const TaskReport &r : m_reports) {
        if (r.status == TaskStatus::Completed)
            completed.insert(r.taskId);
    }
    QVERIFY2(completed.size() >= 0.3 * m_summary.tasks && completed.size() <= 0.8 * m_summary.tasks,
             qPrintable(QString::number(completed.size())));
}

void TestGenerate::reportsBelongToTheirTasksAndMonths()
{
    QSet<std::pair<std::pair<Id, Id>, QString>> seen;
    for (const TaskReport &r : m_reports) {
        QVERIFY(m_tasks.contains(r.taskId));
        const QList<TaskDepartment> &units = m_tasks.value(r.taskId).departments;
        QVERIFY2(std::any_of(units.begin(), units.end(),
                             [&](const TaskDepartment &d) { return d.departmentId == r.departmentId; }),
                 qPrintable(r.narrative));
        const int month = monthOf(r.period);
        QVERIFY2(month >= 1, qPrintable(r.period));
        // Sent within its month, during office hours in China.
        const QDateTime sent = chinaTime(r.submittedAt);
        QCOMPARE(sent.date().year(), 2023);
        QCOMPARE(sent.date().month(), month);
        QVERIFY(sent.time().hour() >= 8 && sent.time().hour() < 18);
        QVERIFY2(!r.narrative.isEmpty() && r.narrative.endsWith(QStringLiteral("。")), qPrintable(r.narrative));
        QVERIFY(!r.narrative.contains(QLatin1Char('{')));
        QVERIFY(!seen.contains({{r.taskId, r.departmentId}, r.period}));
        seen.insert({{r.taskId, r.departmentId}, r.period});
    }
    for (const DispatchEvent &e : m_events) {
        QCOMPARE(e.date.year(), 2023);
        QVERIFY(!e.note.isEmpty() && !e.note.contains(QLatin1Char('{')));
    }
    // Fewer months: nothing after them.
    Workspace shorter;
    CP_VERIFY_OK(shorter.open(QStringLiteral(":memory:")));
    SyntheticOptions options = smallOptions();
    options.counties = 1;
    options.months = 4;
    CP_VERIFY_OK(SyntheticWorkspace::generate(shorter, options));
    const QList<TaskReport> reports = shorter.progress().allReports().value();
    QVERIFY(!reports.isEmpty());
    for (const TaskReport &r : reports)
        QVERIFY2(monthOf(r.period) >= 1 && monthOf(r.period) <= 4, qPrintable(r.period));
    const QList<DispatchEvent> events = shorter.progress().allEvents().value();
    QSet<EventKind> kinds;
    for (const DispatchEvent &e : events) {
        QVERIFY(e.date >= QDate(2023, 1, 1) && e.date <= QDate(2023, 4, 30));
        kinds.insert(e.kind);
    }
    QCOMPARE(kinds.size(), int(allValues<EventKind>().size())); // the first county has every kind
}

void TestGenerate::someResultsHaveNoEvidence()
{
    int results = 0;
    int bare = 0;
    for (const TaskReport &r : m_reports) {
        if (!hasResult(r)) {
            QVERIFY(r.evidence.isEmpty()); // nothing to prove while a task only moves on
            continue;
        }
        ++results;
        if (r.evidence.isEmpty())
            ++bare;
        else
            QVERIFY(r.evidence.size() <= 2);
    }
    // Most results come with evidence; those without (about one in eight) do not score.
    const double share = double(bare) / results;
    QVERIFY2(share >= 0.05 && share <= 0.25, qPrintable(QString::number(share)));
}

void TestGenerate::leadUnitsReportUntilCompletion()
{
    QHash<std::pair<Id, Id>, QList<TaskReport>> byUnit; // (task, unit) → its reports, by month
    for (const TaskReport &r : m_reports)
        byUnit[{r.taskId, r.departmentId}].append(r);
    int followUps = 0;
    int skippedMonths = 0;
    for (const Task &t : m_tasks) {
        const QList<TaskReport> reports = byUnit.value({t.id, leadOf(t)});
        QVERIFY(reports.size() >= 1);
        int completedIn = 0;
        int previous = 0;
        for (const TaskReport &r : reports) {
            const int month = monthOf(r.period);
            QVERIFY(month > previous);
            if (!completedIn)
                skippedMonths += month - previous - 1;
            previous = month;
            if (completedIn) {
                // After completion only an occasional result (已办结任务有成果), never a second completion.
                QCOMPARE(r.status, TaskStatus::Achieved);
                ++followUps;
            } else if (r.status == TaskStatus::Completed) {
                completedIn = month;
            }
        }
        // Not started only at the beginning.
        bool started = false;
        for (const TaskReport &r : reports) {
            if (r.status != TaskStatus::NotStarted)
                started = true;
            else
                QVERIFY2(!started, qPrintable(t.text));
        }
    }
    QVERIFY(followUps >= 5);
    QVERIFY(skippedMonths >= 1); // now and then a task is left out of a month's reports
    QSet<std::pair<Id, Id>> completions;
    for (const TaskReport &r : m_reports) {
        if (r.status != TaskStatus::Completed)
            continue;
        QVERIFY(!completions.contains({r.taskId, r.departmentId}));
        completions.insert({r.taskId, r.departmentId});
    }
}

void TestGenerate::cooperatingUnitsReportTheirResults()
{
    int cooperatingReports = 0;
    int withEvidence = 0;
    QSet<std::pair<Id, Id>> reporting;
    for (const TaskReport &r : m_reports) {
        if (roleOf(r) != Role::Cooperating)
            continue;
        ++cooperatingReports;
        QCOMPARE(r.status, TaskStatus::Achieved); // they report the months they achieved something
        withEvidence += r.evidence.isEmpty() ? 0 : 1;
        reporting.insert({r.taskId, r.departmentId});
    }
    int cooperations = 0;
    for (const Task &t : m_tasks)
        cooperations += int(t.departments.size()) - 1;
    QVERIFY(cooperations > 50);
    // Roughly one month in five, for most of the tasks they are named on.
    const double share = double(cooperatingReports) / (cooperations * 12);
    QVERIFY2(share >= 0.1 && share <= 0.3, qPrintable(QString::number(share)));
    QVERIFY(reporting.size() >= 0.6 * cooperations);
    QVERIFY(withEvidence >= 0.75 * cooperatingReports && withEvidence < cooperatingReports);
}

void TestGenerate::someUnitsReportLate()
{
    int afterThe25th = 0;
    for (const TaskReport &r : m_reports)
        afterThe25th += chinaTime(r.submittedAt).date().day() > 25 ? 1 : 0;
    QVERIFY(afterThe25th > 0);
    QVERIFY(afterThe25th < 0.25 * m_reports.size());

    QSet<std::pair<Id, int>> missing;
    const QSet<std::pair<Id, int>> late = lateMonths(&missing);
    QVERIFY(!missing.isEmpty());
    // Some units late in some months and on time in others.
    QSet<Id> lateUnits;
    for (const auto &[unit, month] : late)
        lateUnits.insert(unit);
    int sometimes = 0;
    for (Id unit : lateUnits) {
        int months = 0;
        for (int month = 1; month <= 12; ++month)
            months += late.contains({unit, month}) ? 1 : 0;
        sometimes += months < 12 ? 1 : 0;
    }
    QVERIFY(sometimes >= 5);
    // The office recorded most of its manual late reports in months a unit was late by the rule.
    int manual = 0;
    int inLateMonths = 0;
    for (const DispatchEvent &e : m_events) {
        if (e.kind != EventKind::LateReport)
            continue;
        ++manual;
        inLateMonths += late.contains({e.departmentId, e.date.month()}) ? 1 : 0;
    }
    QVERIFY(manual >= 1);
    QVERIFY2(inLateMonths >= 0.7 * manual, qPrintable(QStringLiteral("%1 of %2").arg(inLateMonths).arg(manual)));
}

void TestGenerate::laggingUnitsReportLateMoreOften()
{
    // Which units lag, from their readings: how far their December figures got toward the targets.
    QHash<Id, QList<double>> shares;
    QHash<Id, Id> leads;
    for (const Task &t : m_tasks)
        leads.insert(t.id, leadOf(t));
    for (const Metric &m : allMetrics()) {
        if (m.kind != MetricKind::Absolute || m.comparator == Comparator::AtMost)
            continue;
        const double start = m.baseline.value_or(0);
        if (m.value - start <= 0)
            continue;
        const double december = m_ws.progress().readingsForMetric(m.id)->constLast().value;
        shares[leads.value(m.taskId)].append((december - start) / (m.value - start));
    }
    struct Tally
    {
        int reports = 0;
        int late = 0;
    };
    Tally lagging;
    Tally diligent;
    for (const TaskReport &r : m_reports) {
        const QList<double> s = shares.value(r.departmentId);
        if (s.isEmpty() || roleOf(r) != Role::Lead)
            continue;
        const double mean = std::accumulate(s.begin(), s.end(), 0.0) / s.size();
        Tally &tally = mean < 0.78 ? lagging : diligent;
        if (mean >= 0.78 && mean < 0.84)
            continue; // between the two
        ++tally.reports;
        tally.late += chinaTime(r.submittedAt).date().day() > 25 ? 1 : 0;
    }
    QVERIFY2(lagging.reports >= 100 && diligent.reports >= 100,
             qPrintable(QStringLiteral("%1 %2").arg(lagging.reports).arg(diligent.reports)));
    const double laggingShare = double(lagging.late) / lagging.reports;
    const double diligentShare = double(diligent.late) / diligent.reports;
    QVERIFY2(laggingShare >= 0.12 && laggingShare >= 3 * diligentShare,
             qPrintable(QStringLiteral("lagging %1, diligent %2").arg(laggingShare).arg(diligentShare)));
    QVERIFY(diligentShare < 0.1);
}

void TestGenerate::eventsCoverEveryKindAndLevel()
{
    QSet<std::pair<int, int>> seen; // kind, level
    bool exchangeWithEvidence = false;
    bool exchangeWithout = false;
    for (const DispatchEvent &e : m_events) {
        seen.insert({int(e.kind), int(e.level)});
        const bool graded = e.kind == EventKind::Commendation || e.kind == EventKind::Criticism;
        QCOMPARE(e.level == EventLevel::None, !graded);
        if (e.kind == EventKind::Exchange)
            (e.evidence.isEmpty() ? exchangeWithout : exchangeWithEvidence) = true;
        if (e.kind == EventKind::LateReport)
            QVERIFY(e.evidence.isEmpty());
    }
    for (EventKind kind : allValues<EventKind>()) {
        if (kind == EventKind::Commendation || kind == EventKind::Criticism) {
            for (EventLevel level : {EventLevel::Central, EventLevel::Provincial, EventLevel::Municipal})
                QVERIFY2(seen.contains({int(kind), int(level)}),
                         qPrintable(toCode(kind) + QLatin1Char(' ') + toCode(level)));
        } else {
            QVERIFY2(seen.contains({int(kind), int(EventLevel::None)}), qPrintable(toCode(kind)));
        }
    }
    QVERIFY(exchangeWithEvidence && exchangeWithout);
    // Central ones are rare, municipal ones commoner.
    QMap<std::pair<EventKind, EventLevel>, int> counts;
    for (const DispatchEvent &e : m_events)
        ++counts[{e.kind, e.level}];
    QVERIFY(counts.value({EventKind::Commendation, EventLevel::Central})
            < counts.value({EventKind::Commendation, EventLevel::Municipal}));
}

void TestGenerate::seminarsAndExchangesExceedTheirCaps()
{
    QHash<std::pair<std::pair<Id, int>, int>, int> perMonth; // (unit, month), kind → events
    for (const DispatchEvent &e : m_events)
        ++perMonth[{{e.departmentId, e.date.month()}, int(e.kind)}];
    int manySeminars = 0;
    int manyExchanges = 0;
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
        const auto kind = EventKind(it.key().second);
        manySeminars += kind == EventKind::Seminar && it.value() >= 3 ? 1 : 0;   // beyond the +10 cap
        manyExchanges += kind == EventKind::Exchange && it.value() >= 4 ? 1 : 0; // beyond the +15 cap
    }
    QVERIFY2(manySeminars >= 1 && manyExchanges >= 1,
             qPrintable(QStringLiteral("%1 %2").arg(manySeminars).arg(manyExchanges)));
}

void TestGenerate::evidenceFilesAreSmallNamedAndShared()
{
    const QList<EvidenceFile> files = m_ws.progress().evidenceFiles().value();
    QSet<QString> stored;
    int photos = 0;
    for (const EvidenceFile &f : files) {
        stored.insert(f.sha256);
        const QByteArray data = m_ws.progress().evidenceData(f.sha256).value();
        QCOMPARE(qint64(data.size()), f.bytes);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()), f.sha256);
        QVERIFY2(f.bytes >= 80 && f.bytes <= 8192, qPrintable(f.name));
        QVERIFY2(f.name.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))), qPrintable(f.name));
        if (f.name.endsWith(QStringLiteral(".png"))) {
            ++photos;
            QImage image;
            QVERIFY2(image.loadFromData(data, "PNG"), qPrintable(f.name));
            QVERIFY(image.width() >= 16 && image.height() >= 16);
        } else {
            QVERIFY2(f.name.endsWith(QStringLiteral(".txt")), qPrintable(f.name));
            const QString text = QString::fromUtf8(data);
            QVERIFY(!text.contains(QChar::ReplacementCharacter) && !text.contains(QLatin1Char('{')));
        }
    }
    QVERIFY(photos >= 1);
    // A unit's monthly summary backs all its results of the month: one file, many reports.
    QHash<QString, int> uses;
    for (const TaskReport &r : m_reports) {
        for (const QString &sha : r.evidence) {
            QVERIFY(stored.contains(sha));
            ++uses[sha];
        }
    }
    for (const DispatchEvent &e : m_events) {
        for (const QString &sha : e.evidence)
            QVERIFY(stored.contains(sha));
    }
    const QList<int> counts = uses.values();
    QVERIFY(*std::max_element(counts.begin(), counts.end()) >= 3);
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
        const qsizetype reports = ws.progress().allReports()->size();
        QVERIFY(reports > 80);
        QVERIFY2(first.out.contains(QStringLiteral("reports %1,").arg(reports)), qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("events %1,").arg(ws.progress().allEvents()->size())));
        QVERIFY(first.out.contains(QStringLiteral("evidence files %1\n").arg(ws.progress().evidenceFiles()->size())));
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
    // Reports, events and evidence too: submitted_at comes from the seed, not the clock.
    QVERIFY(a.contains(QStringLiteral("\"submitted_at\": \"2023-")));
    QVERIFY(a.contains(QStringLiteral("\"kind\": \"seminar\"")));
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
