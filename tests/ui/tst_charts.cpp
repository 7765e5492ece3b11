// The charts (ui/charts) and `countyplan chart`, read back as a planner would check them: bar
// values, status colours and labels of target progress (also of one section); a target's trend in
// 万亩; the dispatch ranking and its score parts against `countyplan score`; both heat maps; tasks
// by section; PNG and SVG export; clicks on bars; a month with nothing due. One small 盂县
// workspace with hand-computed June 2023 figures, in a temporary file the CLI reads too.
#include "../common/Fixtures.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartView.h"
#include "storage/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLegend>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <memory>

using namespace cp;
using namespace cp::ui;

namespace {

const Month kJune(2023, 6);

QString zh(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// 1 August 2023, China time: June's reports are due and scored.
QDateTime august()
{
    return QDateTime(QDate(2023, 8, 1), QTime(12, 0), QTimeZone(8 * 3600));
}

ChartRequest chartOf(ChartKind kind, Month month, Id regionId = 0, Id documentId = 0)
{
    ChartRequest r;
    r.kind = kind;
    r.month = month;
    r.regionId = regionId;
    r.documentId = documentId;
    return r;
}

template<typename T> QList<T *> seriesOf(QChart *chart)
{
    QList<T *> found;
    for (QAbstractSeries *s : chart->series())
        if (auto *t = qobject_cast<T *>(s))
            found.append(t);
    return found;
}

QAbstractSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *s : chart->series())
        if (s->name() == name)
            return s;
    return nullptr;
}

QBarSet *setNamed(QHorizontalStackedBarSeries *series, const QString &name)
{
    for (QBarSet *set : series->barSets())
        if (set->label() == name)
            return set;
    return nullptr;
}

// The text of every <text> element of an SVG.
QStringList svgTexts(const QByteArray &svg)
{
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QStringList texts;
    for (auto it = text.globalMatch(QString::fromUtf8(svg)); it.hasNext();)
        texts.append(it.next().captured(1));
    return texts;
}

// Bar chart categories top to bottom (the axis lists them bottom to top).
QStringList rowLabels(QChart *chart)
{
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QStringList labels = axis ? axis->categories() : QStringList();
    std::reverse(labels.begin(), labels.end());
    return labels;
}

// The viewport point of a value on a bar chart category.
QPoint pointOf(ChartView *view, QAbstractSeries *series, double value, int category)
{
    QChart *chart = view->chart();
    return view->mapFromScene(
        chart->mapToScene(chart->mapToPosition(QPointF(value, category), series)));
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    Workspace m_ws;
    Id m_region = 0, m_document = 0;
    QHash<QString, Id> m_dept;   // by name
    QHash<QString, Id> m_metric; // by label
    QHash<QString, Id> m_section;

    std::unique_ptr<ChartView> view(ChartRequest request);
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run run(const QStringList &arguments);
    Run chart(const QStringList &options)
    {
        return run(QStringList{QStringLiteral("chart"), QStringLiteral("--db"), m_path} + options);
    }

private Q_SLOTS:
    void initTestCase();
    void progressBarsShowShareStatusAndLabels();
    void trendReadsTheTargetInTenThousands();
    void rankingFollowsTheDispatchScores();
    void heatMapsShowScoresAndStatusesPerMonth();
    void overviewCountsTasksBySection();
    void exportsPngAndSvg();
    void chartCommandWritesFilesAndRefusesBadUsage();
    void clickingABarAnnouncesItsTargetOrDepartment();
    void aMonthWithNothingDueSaysSo();
};

std::unique_ptr<ChartView> TestCharts::view(ChartRequest request)
{
    auto v = std::make_unique<ChartView>(&m_ws);
    v->setNow(august());
    v->setRequest(request);
    return v;
}

TestCharts::Run TestCharts::run(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), QFileInfo(m_path).absolutePath());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(COUNTYPLAN_BINARY), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// 盂县2023年重点工作任务 in June 2023 (lead unit; read by June; share of the way; status):
//   一、（一） 新建5G基站 160座       县工信局      96 (30 in March)       60%   on track
//   一、       农村公路 50公里        县交通运输局  50, task 已办结         100%  done
//   二、       富硒基地规模 0.8→1.5万亩 县农业农村局 1.2万亩              57%   on track
//   二、       造林 3万亩             县林业局      1.26万亩 (0.6 in March) 42%  behind
//   三、       污水处理厂 20座        县住建局      2, planned 4           10%   at risk
//   三、       新建公厕 10座          县住建局      —                            not reported
//   三、       (a task, no target)    县林业局      task 已办结
// and a 2024 document whose 充电桩 target is not due in 2023.
void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(QFile::exists(QStringLiteral(COUNTYPLAN_BINARY)));
    m_path = test::temporaryPath(QStringLiteral("charts.countyplan"));
    CP_VERIFY_OK(m_ws.open(m_path));
    auto shanxi = m_ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
    auto yangquan = m_ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, *shanxi);
    auto yuxian = m_ws.regions().ensure(QStringLiteral("盂县"), RegionLevel::County, *yangquan);
    CP_VERIFY_OK(yuxian);
    m_region = *yuxian;
    for (const char *name : {"县工信局", "县交通运输局", "县农业农村局", "县林业局", "县住建局"})
        m_dept.insert(zh(name), m_ws.departments().insert(m_region, zh(name)).value_or(0));
    const auto insertDocument = [&](const QString &key, int year) -> Id {
        Document doc;
        doc.key = key;
        doc.title = QStringLiteral("盂县%1年重点工作任务").arg(year);
        doc.regionId = m_region;
        doc.year = year;
        doc.kind = DocumentKind::TaskList;
        doc.originalText = QStringLiteral("任务");
        doc.importedAt = QDateTime::currentDateTimeUtc();
        return m_ws.documents().insert(doc).value_or(0);
    };
    m_document = insertDocument(QStringLiteral("yuxian-2023"), 2023);
    const Id later = insertDocument(QStringLiteral("yuxian-2024"), 2024);
    QVERIFY(m_document && later);
    const auto section = [&](const QString &number, const QString &title, Id parent, int position) {
        Section s{0, m_document, parent, position, number, number, title, {}};
        const Id id = m_ws.documents().insertSection(s).value_or(0);
        m_section.insert(number, id);
        return id;
    };
    const Id s1 = section(QStringLiteral("一、"), QStringLiteral("基础设施建设"), 0, 0);
    const Id s1a = section(QStringLiteral("（一）"), QStringLiteral("信息网络"), s1, 1);
    const Id s2 = section(QStringLiteral("二、"), QStringLiteral("乡村振兴"), 0, 2);
    const Id s3 = section(QStringLiteral("三、"), QStringLiteral("生态环境"), 0, 3);
    QVERIFY(s1 && s1a && s2 && s3);

    // Each task with its lead unit, a cooperating one and its target (none when label is null).
    QList<Id> tasks;
    const auto task = [&](Id document, Id section, const char *lead, const char *helps,
                          const char *label = nullptr, double value = 0, const char *unit = "",
                          std::optional<double> baseline = {}) {
        Task t;
        t.documentId = document;
        t.sectionId = section;
        t.position = int(tasks.size());
        t.number = t.path = QStringLiteral("（%1）").arg(tasks.size() + 1);
        t.title = t.text = QStringLiteral("任务%1").arg(tasks.size() + 1);
        t.departments = {{m_dept.value(zh(lead)), Role::Lead}};
        if (helps)
            t.departments.append({m_dept.value(zh(helps)), Role::Cooperating});
        tasks.append(m_ws.tasks().insert(t).value_or(0));
        if (!label)
            return;
        Metric m;
        m.taskId = tasks.last();
        m.label = zh(label);
        m.value = value;
        m.unit = zh(unit);
        m.comparator = Comparator::AtLeast;
        m.baseline = baseline;
        m.period = QString::number(document == m_document ? 2023 : 2024);
        m_metric.insert(m.label, m_ws.metrics().insert(m).value_or(0));
    };
    task(m_document, s1a, "县工信局", "县交通运输局", "新建5G基站", 160, "座");
    task(m_document, s1, "县交通运输局", nullptr, "农村公路", 50, "公里");
    task(m_document, s2, "县农业农村局", nullptr, "富硒基地规模", 15000, "亩", 8000);
    task(m_document, s2, "县林业局", "县农业农村局", "造林", 30000, "亩");
    task(m_document, s3, "县住建局", nullptr, "污水处理厂", 20, "座");
    task(m_document, s3, "县住建局", nullptr, "新建公厕", 10, "座");
    task(m_document, s3, "县林业局", nullptr);
    task(later, 0, "县交通运输局", nullptr, "充电桩", 100, "个");
    QVERIFY(!tasks.contains(0) && !m_metric.values().contains(0));
    CP_VERIFY_OK(m_ws.progress().setPlan(m_metric.value(zh("污水处理厂")), {{kJune, 4}}));

    const auto read = [&](const char *label, int month, double value) {
        Reading r;
        r.metricId = m_metric.value(zh(label));
        r.period = Month(2023, month).toString();
        r.value = value;
        CP_VERIFY_OK(m_ws.progress().insertReading(r));
    };
    read("新建5G基站", 3, 30);
    read("新建5G基站", 6, 96);
    read("农村公路", 5, 20);
    read("农村公路", 6, 50);
    read("富硒基地规模", 6, 12000);
    read("造林", 3, 6000);
    read("造林", 6, 12600);
    read("污水处理厂", 6, 2);

    // June's reports, on time (the 20th); events that move the scores.
    auto evidence = m_ws.progress().storeEvidence(QStringLiteral("照片.png"), QByteArray("png"));
    CP_VERIFY_OK(evidence);
    const auto report = [&](int taskNo, const char *dept, TaskStatus status, bool withEvidence) {
        TaskReport r;
        r.taskId = tasks.at(taskNo - 1);
        r.departmentId = m_dept.value(zh(dept));
        r.period = kJune.toString();
        r.status = status;
        r.submittedAt = QDateTime(QDate(2023, 6, 20), QTime(9, 0), Qt::UTC);
        if (withEvidence)
            r.evidence = {*evidence};
        CP_VERIFY_OK(m_ws.progress().insertReport(r));
    };
    report(1, "县工信局", TaskStatus::Achieved, true);
    report(2, "县交通运输局", TaskStatus::Completed, true);
    report(3, "县农业农村局", TaskStatus::Achieved, false);
    report(4, "县林业局", TaskStatus::InProgress, false);
    report(7, "县林业局", TaskStatus::Completed, true);
    const auto event = [&](const char *dept, EventKind kind, EventLevel level, int day) {
        const DispatchEvent e{0, m_dept.value(zh(dept)), kind, level, QDate(2023, 6, day), {}, {}};
        CP_VERIFY_OK(m_ws.progress().insertEvent(e));
    };
    event("县交通运输局", EventKind::Commendation, EventLevel::Municipal, 10);
    event("县农业农村局", EventKind::Criticism, EventLevel::Municipal, 12);
    event("县林业局", EventKind::Seminar, EventLevel::None, 14);
    event("县林业局", EventKind::InaccurateReport, EventLevel::None, 15);
}

void TestCharts::progressBarsShowShareStatusAndLabels()
{
    auto v = view(chartOf(ChartKind::Progress, kJune, 0, m_document));
    QVERIFY2(v->errorString().isEmpty(), qPrintable(v->errorString()));
    QChart *chart = v->chart();
    const auto bars = seriesOf<QHorizontalStackedBarSeries>(chart);
    QCOMPARE(bars.size(), 1);

    // Top to bottom in document order; the 2024 target is not due and left out.
    struct Row
    {
        QString label;
        double share;
        ProgressState state;
        double expected;
    };
    const QList<Row> rows = {
        {QStringLiteral("新建5G基站  96座 / 160座 (60%)"), 60, ProgressState::OnTrack, 50},
        {QStringLiteral("农村公路  50公里 / 50公里 (100%)"), 100, ProgressState::Done, 50},
        {QStringLiteral("富硒基地规模  1.2万亩 / 1.5万亩 (57%)"), 400.0 / 7, ProgressState::OnTrack,
         50},
        {QStringLiteral("造林  1.26万亩 / 3万亩 (42%)"), 42, ProgressState::Behind, 50},
        // Its plan puts June at 4 of 20.
        {QStringLiteral("污水处理厂  2座 / 20座 (10%)"), 10, ProgressState::AtRisk, 20},
        {QStringLiteral("新建公厕  — / 10座 (—)"), 0, ProgressState::NotReported, 50},
    };
    QStringList labels;
    for (const Row &r : rows)
        labels.append(r.label);
    QCOMPARE(rowLabels(chart), labels);

    // One set per status present, in its colour; each bar's value sits only in its status's set.
    QSet<QString> setNames;
    for (QBarSet *set : bars.first()->barSets()) {
        setNames.insert(set->label());
        const auto state = ProgressState(set->property("state").toInt());
        QCOMPARE(set->label(), ProgressStatus::name(state));
        QCOMPARE(set->color(), ChartTheme::stateColor(state));
        QCOMPARE(set->count(), rows.size());
    }
    QCOMPARE(setNames, (QSet<QString>{QStringLiteral("Done"), QStringLiteral("On track"),
                                      QStringLiteral("Behind"), QStringLiteral("At risk"),
                                      QStringLiteral("Not reported")}));
    QCOMPARE(setNamed(bars.first(), QStringLiteral("Done"))->color(), QColor(0x43, 0xa0, 0x47));
    QCOMPARE(setNamed(bars.first(), QStringLiteral("At risk"))->color(), QColor(0xe5, 0x39, 0x35));
    auto *expected =
        qobject_cast<QScatterSeries *>(seriesNamed(chart, ChartBuilder::expectedSeriesName()));
    QVERIFY(expected);
    QCOMPARE(expected->count(), rows.size());
    // Category c carries the label of row n − 1 − c (checked above): its values must match it.
    const ChartData &data = v->data();
    for (int c = 0; c < rows.size(); ++c) {
        const int row = int(rows.size()) - 1 - c;
        const Row &want = rows.at(row);
        QCOMPARE(ChartBuilder::rowOfCategory(data, c), row);
        QCOMPARE(data.bars.at(row).state, want.state);
        for (QBarSet *set : bars.first()->barSets()) {
            const bool own = set->label() == ProgressStatus::name(want.state);
            QVERIFY2(
                qAbs(set->at(c) - (own ? want.share : 0.0)) < 1e-6,
                qPrintable(
                    QStringLiteral("%1 in %2: %3").arg(want.label, set->label()).arg(set->at(c))));
        }
        QVERIFY2(qAbs(expected->at(c).x() - want.expected) < 1e-6 && expected->at(c).y() == c,
                 qPrintable(want.label));
    }
    QCOMPARE(data.bars.at(0).metricId, m_metric.value(QStringLiteral("新建5G基站")));
    QVERIFY(seriesNamed(chart, ChartBuilder::targetSeriesName()));

    // A section holds its subsections' targets: 一、 has 农村公路 and, in its （一）, 新建5G基站.
    ChartRequest section = chartOf(ChartKind::Progress, kJune, 0, m_document);
    section.sectionId = m_section.value(QStringLiteral("一、"));
    v->setRequest(section);
    QCOMPARE(rowLabels(v->chart()), labels.mid(0, 2));
    QVERIFY2(v->data().subtitle.contains(QStringLiteral("一、基础设施建设")),
             qPrintable(v->data().subtitle));
    section.sectionId = m_section.value(QStringLiteral("（一）"));
    v->setRequest(section);
    QCOMPARE(rowLabels(v->chart()), labels.mid(0, 1));
}

void TestCharts::trendReadsTheTargetInTenThousands()
{
    ChartRequest request = chartOf(ChartKind::Trend, kJune);
    request.metricIds = {m_metric.value(QStringLiteral("造林"))};
    auto v = view(request);
    QChart *chart = v->chart();
    QVERIFY(chart->title().contains(QStringLiteral("Trend of 造林")));
    // Readings of March and June, in 万亩, at months since January.
    auto *reported = qobject_cast<QLineSeries *>(seriesNamed(chart, QStringLiteral("Reported")));
    QVERIFY(reported);
    QCOMPARE(reported->points(), (QList<QPointF>{{2, 0.6}, {5, 1.26}}));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY2(y && y->titleText().contains(QStringLiteral("万亩")),
             qPrintable(y ? y->titleText() : QString()));

    QLineSeries *target = nullptr;
    for (QLineSeries *s : seriesOf<QLineSeries>(chart))
        if (s->name().startsWith(ChartBuilder::targetSeriesName()))
            target = s;
    QVERIFY(target);
    QCOMPARE(target->points(), (QList<QPointF>{{0, 3}, {11, 3}}));
    // The path from 0 to the target over the twelve months.
    auto *path =
        qobject_cast<QLineSeries *>(seriesNamed(chart, ChartBuilder::expectedSeriesName()));
    QVERIFY(path);
    QCOMPARE(path->count(), 12);
    QCOMPARE(path->at(5), QPointF(5, 1.5));
    QCOMPARE(path->at(11), QPointF(11, 3));
    // The line through (3, 6 000) and (6, 12 600) reaches 25 800 in December: from June's reading
    // to there.
    auto *forecast =
        qobject_cast<QLineSeries *>(seriesNamed(chart, ChartBuilder::forecastSeriesName()));
    QVERIFY(forecast);
    QCOMPARE(forecast->count(), 2);
    QCOMPARE(forecast->at(0), QPointF(5, 1.26));
    QCOMPARE(forecast->at(1).x(), 11.0);
    QVERIFY2(qAbs(forecast->at(1).y() - 2.58) < 1e-9,
             qPrintable(QString::number(forecast->at(1).y())));
    // It falls short of the target: drawn in the target's warning colour.
    QCOMPARE(forecast->pen().color(), v->theme().targetLine());

    // A target under 10 000 stays in its own unit.
    request.metricIds = {m_metric.value(QStringLiteral("新建5G基站"))};
    v->setRequest(request);
    reported = qobject_cast<QLineSeries *>(seriesNamed(v->chart(), QStringLiteral("Reported")));
    QVERIFY(reported);
    QCOMPARE(reported->points(), (QList<QPointF>{{2, 30}, {5, 96}}));
}

void TestCharts::rankingFollowsTheDispatchScores()
{
    auto v = view(chartOf(ChartKind::Ranking, kJune, m_region));
    auto scores = DispatchScoring::compute(m_ws, kJune, m_region, august());
    CP_VERIFY_OK(scores);
    std::sort(scores->begin(), scores->end(),
              [](const auto &a, const auto &b) { return a.rank < b.rank; });
    // 工信局 100 + 10 progress; 交通 100 + 5 completion + 3; 林业 100 + 5 + 5 seminar − 5
    // inaccurate; 农业 100 − 3 (its report has no evidence); 住建 100 − 5 (reported nothing: late).
    QStringList byScoring;
    for (const DepartmentScore &s : std::as_const(*scores))
        byScoring.append(QStringLiteral("%1. %2  %3")
                             .arg(s.rank)
                             .arg(s.department, QLocale().toString(s.score, 'f', 2)));
    QCOMPARE(byScoring, (QStringList{QStringLiteral("1. 县工信局  110.00"),
                                     QStringLiteral("2. 县交通运输局  108.00"),
                                     QStringLiteral("3. 县林业局  105.00"),
                                     QStringLiteral("4. 县农业农村局  97.00"),
                                     QStringLiteral("5. 县住建局  95.00")}));
    const QStringList labels = rowLabels(v->chart());
    QCOMPARE(labels.size(), byScoring.size());
    for (int i = 0; i < labels.size(); ++i)
        QVERIFY2(labels.at(i).startsWith(byScoring.at(i)), qPrintable(labels.at(i)));

    // The same order as `countyplan score --json`.
    const Run score =
        run({QStringLiteral("score"), QStringLiteral("--db"), m_path, QStringLiteral("--month"),
             QStringLiteral("2023-06"), QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--as-of"), QStringLiteral("2023-08-01"), QStringLiteral("--json")});
    QVERIFY2(score.code == 0, qPrintable(score.err));
    QList<std::pair<int, QString>> cli;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(score.out.toUtf8())[QStringLiteral("departments")].toArray())
        cli.append({d[QStringLiteral("rank")].toInt(), d[QStringLiteral("department")].toString()});
    std::sort(cli.begin(), cli.end());
    QCOMPARE(cli.size(), labels.size());
    for (int i = 0; i < cli.size(); ++i)
        QVERIFY2(labels.at(i).startsWith(
                     QStringLiteral("%1. %2 ").arg(cli.at(i).first).arg(cli.at(i).second)),
                 qPrintable(labels.at(i)));

    // The stacked parts of each bar add up to the department's score; 林业局 has all but progress.
    auto *series = seriesOf<QHorizontalStackedBarSeries>(v->chart()).value(0);
    QVERIFY(series);
    QCOMPARE(series->count(), 5);
    for (int c = 0; c < labels.size(); ++c) {
        const DepartmentScore &s = scores->at(labels.size() - 1 - c); // the label's department
        double sum = 0;
        for (QBarSet *set : series->barSets())
            sum += set->at(c);
        QVERIFY2(qAbs(sum - s.score) < 0.005,
                 qPrintable(QStringLiteral("%1: %2").arg(s.department).arg(sum)));
    }
    const QList<double> parts = {100, 0, 5, 5, -5};
    for (int i = 0; i < 5; ++i) {
        QBarSet *set = setNamed(series, ChartBuilder::componentName(i));
        QVERIFY(set);
        QCOMPARE(set->at(2), parts.at(i));
    }
}

void TestCharts::heatMapsShowScoresAndStatusesPerMonth()
{
    ChartRequest request = chartOf(ChartKind::HeatMap, kJune, m_region);
    auto v = view(request);
    const ChartData &data = v->data();
    // 2022 had nothing to score: January to June 2023 only.
    QCOMPARE(data.months.size(), 6);
    QCOMPARE(data.months.first(), Month(2023, 1));
    QCOMPARE(data.heat.size(), 5);
    QCOMPARE(data.heat.first().department, QStringLiteral("县工信局"));
    int cells = 0;
    for (int i = 0; i < data.months.size(); ++i) {
        const auto scores = DispatchScoring::compute(m_ws, data.months.at(i), m_region, august());
        CP_VERIFY_OK(scores);
        QCOMPARE(scores->size(), data.heat.size());
        for (const DepartmentScore &s : *scores) {
            const auto row =
                std::find_if(data.heat.begin(), data.heat.end(),
                             [&](const HeatRow &r) { return r.departmentId == s.departmentId; });
            QVERIFY(row != data.heat.end());
            QCOMPARE(row->cells.at(i).score.value_or(-1), s.score);
            ++cells;
        }
    }
    const auto scatter = seriesOf<QScatterSeries>(v->chart());
    qsizetype points = 0;
    for (QScatterSeries *s : scatter)
        points += s->count();
    QCOMPARE(points, cells);
    // June's 110 (县工信局, top row) is in the greenest of five bands, 95 (县住建局, bottom row)
    // in the reddest.
    const auto bandOf = [&](QPointF cell) -> QScatterSeries * {
        for (QScatterSeries *s : scatter)
            if (s->points().contains(cell))
                return s;
        return nullptr;
    };
    QVERIFY(bandOf({5, 4}) && bandOf({5, 0}));
    QCOMPARE(bandOf({5, 4})->name(), QStringLiteral("107.0–110.0"));
    QCOMPARE(bandOf({5, 4})->color(), ChartTheme::scoreColor(108.5, 95, 110));
    QCOMPARE(bandOf({5, 0})->name(), QStringLiteral("95.0–98.0"));
    QCOMPARE(bandOf({5, 2})->name(), QStringLiteral("104.0–107.0")); // 县林业局's 105

    // Statuses: the middle of each department's targets' and tasks' states in June.
    request.scoreHeatMap = false;
    v->setRequest(request);
    const QHash<QString, ProgressState> june = {
        {QStringLiteral("县工信局"), ProgressState::OnTrack},
        {QStringLiteral("县交通运输局"), ProgressState::Done},
        {QStringLiteral("县农业农村局"), ProgressState::OnTrack},
        {QStringLiteral("县林业局"), ProgressState::Behind},
        {QStringLiteral("县住建局"), ProgressState::AtRisk}};
    const ChartData &status = v->data();
    QCOMPARE(status.heat.size(), june.size());
    const int rows = int(status.heat.size());
    for (int r = 0; r < rows; ++r) {
        const HeatRow &row = status.heat.at(r);
        const ProgressState want = june.value(row.department);
        QCOMPARE(row.cells.last().state.value_or(ProgressState::NotDue), want);
        auto *series =
            qobject_cast<QScatterSeries *>(seriesNamed(v->chart(), ProgressStatus::name(want)));
        QVERIFY2(series, qPrintable(row.department));
        QCOMPARE(series->color(), ChartTheme::stateColor(want));
        QVERIFY2(series->points().contains(QPointF(status.months.size() - 1, rows - 1 - r)),
                 qPrintable(row.department));
    }
}

void TestCharts::overviewCountsTasksBySection()
{
    auto v = view(chartOf(ChartKind::Overview, kJune, 0, m_document));
    // What ProgressStatus says of each task of the document, by top-level section.
    const auto metrics = m_ws.progress().metricTracks(kJune, m_region);
    const auto tracks = m_ws.progress().taskTracks(kJune, m_region);
    QVERIFY(metrics && tracks);
    QHash<Id, QList<MetricAssessment>> byTask;
    for (const MetricTrack &t : *metrics)
        byTask[t.metric.taskId].append(ProgressStatus::assess(t, kJune, DispatchRules()));
    QHash<Id, Id> top = {
        {m_section.value(QStringLiteral("（一）")), m_section.value(QStringLiteral("一、"))}};
    QMap<Id, QMap<ProgressState, int>> counts;
    for (const TaskTrack &t : *tracks) {
        if (t.documentId != m_document)
            continue;
        const Id section = m_ws.tasks().get(t.taskId)->sectionId;
        ++counts[top.value(section, section)]
                [ProgressStatus::assess(t, byTask.value(t.taskId), kJune).state];
    }
    using S = ProgressState;
    QCOMPARE(counts.value(m_section.value(QStringLiteral("一、"))),
             (QMap<S, int>{{S::Done, 1}, {S::OnTrack, 1}}));
    QCOMPARE(counts.value(m_section.value(QStringLiteral("二、"))),
             (QMap<S, int>{{S::OnTrack, 1}, {S::Behind, 1}}));
    QCOMPARE(counts.value(m_section.value(QStringLiteral("三、"))),
             (QMap<S, int>{{S::Done, 1}, {S::AtRisk, 1}, {S::NotReported, 1}}));

    QCOMPARE(rowLabels(v->chart()), (QStringList{QStringLiteral("一、基础设施建设  1/2 done"),
                                                 QStringLiteral("二、乡村振兴  0/2 done"),
                                                 QStringLiteral("三、生态环境  1/3 done")}));
    auto *series = seriesOf<QHorizontalStackedBarSeries>(v->chart()).value(0);
    QVERIFY(series);
    QCOMPARE(series->count(), 5);
    const QList<Id> sections = {m_section.value(QStringLiteral("一、")),
                                m_section.value(QStringLiteral("二、")),
                                m_section.value(QStringLiteral("三、"))};
    for (QBarSet *set : series->barSets()) {
        const auto state = ProgressState(set->property("state").toInt());
        QCOMPARE(set->color(), ChartTheme::stateColor(state));
        for (int c = 0; c < 3; ++c) {
            const Id section = sections.at(2 - c); // categories run bottom to top
            QCOMPARE(set->at(c), double(counts.value(section).value(state)));
        }
    }
}

void TestCharts::exportsPngAndSvg()
{
    auto v = view(chartOf(ChartKind::Progress, kJune, 0, m_document));
    const QString png = test::temporaryPath(QStringLiteral("progress.png"));
    CP_VERIFY_OK(v->saveImage(png, QSize(800, 500)));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(800, 500));
    QHash<QRgb, int> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++colours[image.pixel(x, y) | 0xff000000];
    QVERIFY2(colours.size() >= 6, qPrintable(QString::number(colours.size())));
    // Every status shown is painted in its colour (the grey of "not reported" in the legend only).
    for (ProgressState s : {ProgressState::Done, ProgressState::OnTrack, ProgressState::Behind,
                            ProgressState::AtRisk, ProgressState::NotReported})
        QVERIFY2(colours.value(ChartTheme::stateColor(s).rgb()) >= 20,
                 qPrintable(ProgressStatus::name(s)));
    const QRgb done = ChartTheme::stateColor(ProgressState::Done).rgb();
    QVERIFY(colours.value(done) >= 1000); // a whole bar

    // SVG keeps the Chinese labels as text. Qt writes one <text> per script run, so 新建5G基站
    // comes as 新建5 · G · 基站…: it reads whole only when the runs are joined.
    const QStringList texts = svgTexts(v->svg(QSize(800, 500)));
    QVERIFY2(!texts.filter(QRegularExpression(QStringLiteral("^富硒基地规模\\s+1.2万亩 / 1.5万亩")))
                  .isEmpty(),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(
        !texts.filter(QRegularExpression(QStringLiteral("^污水处理厂\\s+2座 / 20座"))).isEmpty());
    QVERIFY(texts.join(QString()).contains(QStringLiteral("新建5G基站")));
    const QString saved = test::temporaryPath(QStringLiteral("progress.svg"));
    CP_VERIFY_OK(v->saveImage(saved, QSize(800, 500)));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(
        !svgTexts(file.readAll()).filter(QRegularExpression(QStringLiteral("^造林\\s"))).isEmpty());

    const QString bad = test::temporaryPath(QStringLiteral("progress.bmpx"));
    const Status refused = v->saveImage(bad, QSize(800, 500));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message().contains(bad), qPrintable(refused.error().message()));
    QVERIFY(!QFile::exists(bad));
}

void TestCharts::chartCommandWritesFilesAndRefusesBadUsage()
{
    const QString svg = test::temporaryPath(QStringLiteral("cli.svg"));
    Run r = chart({QStringLiteral("--kind=progress"), QStringLiteral("--document=yuxian-2023"),
                   QStringLiteral("--month=2023-06"), QStringLiteral("--out"), svg});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList texts = svgTexts(file.readAll());
    QVERIFY(texts.contains(QStringLiteral("Progress toward targets")));
    QVERIFY2(!texts.filter(QRegularExpression(QStringLiteral("^污水处理厂\\s"))).isEmpty(),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.join(QString()).contains(QStringLiteral("新建5G基站")));

    const QString png = test::temporaryPath(QStringLiteral("cli.png"));
    r = chart({QStringLiteral("--kind=trend"), QStringLiteral("--size=640x400"),
               QStringLiteral("--metric=%1").arg(m_metric.value(QStringLiteral("造林"))),
               QStringLiteral("--out"), png});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QImage(png).size(), QSize(640, 400));

    // Usage mistakes exit with 2 and say what is wrong.
    r = chart({QStringLiteral("--kind=bogus"), QStringLiteral("--out"), svg});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("bogus")), qPrintable(r.err));
    r = chart({QStringLiteral("--kind=trend"), QStringLiteral("--out"), svg});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--metric")), qPrintable(r.err));
}

void TestCharts::clickingABarAnnouncesItsTargetOrDepartment()
{
    auto v = view(chartOf(ChartKind::Progress, kJune, 0, m_document));
    v->resize(900, 600);
    v->show();
    QVERIFY(QTest::qWaitForWindowExposed(v.get()));
    QSignalSpy metrics(v.get(), &ChartView::metricActivated);
    auto *bars = seriesOf<QHorizontalStackedBarSeries>(v->chart()).value(0);
    QVERIFY(bars);
    // 富硒基地规模 is the third of six rows from the top, 57 % long.
    const int category = 6 - 1 - 2;
    QVERIFY(rowLabels(v->chart()).at(2).startsWith(QStringLiteral("富硒基地规模")));
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, pointOf(v.get(), bars, 28, category));
    QCOMPARE(metrics.count(), 1);
    QCOMPARE(metrics.last().at(0).value<Id>(), m_metric.value(QStringLiteral("富硒基地规模")));

    v->setRequest(chartOf(ChartKind::Ranking, kJune, m_region));
    QSignalSpy departments(v.get(), &ChartView::departmentActivated);
    bars = seriesOf<QHorizontalStackedBarSeries>(v->chart()).value(0);
    QVERIFY(bars);
    // 县住建局 is the bottom bar, 县农业农村局 the one above it: click their base parts.
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, pointOf(v.get(), bars, 50, 0));
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, pointOf(v.get(), bars, 50, 1));
    QCOMPARE(departments.count(), 2);
    QCOMPARE(departments.at(0).at(0).value<Id>(), m_dept.value(QStringLiteral("县住建局")));
    QCOMPARE(departments.at(1).at(0).value<Id>(), m_dept.value(QStringLiteral("县农业农村局")));
    QCOMPARE(metrics.count(), 1);
}

void TestCharts::aMonthWithNothingDueSaysSo()
{
    auto v = view(chartOf(ChartKind::Progress, Month(2022, 6), 0, m_document));
    QVERIFY(v->errorString().isEmpty());
    QVERIFY(v->data().isEmpty());
    QCOMPARE(v->data().emptyText(), QStringLiteral("No target of this scope is due in 2022-06."));
    QVERIFY2(v->chart()->title().contains(v->data().emptyText()), qPrintable(v->chart()->title()));
    QVERIFY(v->chart()->series().isEmpty());
    QVERIFY(!v->chart()->legend()->isVisible());
    QCOMPARE(v->renderImage(QSize(400, 300)).size(), QSize(400, 300));

    // The same for a ranking before anything was scored.
    v->setRequest(chartOf(ChartKind::Ranking, Month(2022, 6), m_region));
    QVERIFY(v->data().isEmpty());
    QVERIFY(v->chart()->title().contains(
        QStringLiteral("No department has annual tasks to be scored in 2022-06.")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
