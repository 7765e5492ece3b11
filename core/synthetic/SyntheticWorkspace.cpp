#include "SyntheticWorkspace.h"

#include "SyntheticTexts.h"
#include "importing/Importer.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cp {

namespace {

using synthetic::Bureau;
using synthetic::TargetTemplate;

struct County
{
    QString name;
    QString region; // ImportOptions.region: "阳泉市/城区", or the name of a made-up county
};

// Shanxi's counties: the 35 of the 太行革命老区 (the list at the end of 001), then the others.
QList<County> shanxiCounties()
{
    static const QList<QPair<QString, QString>> cities = {
        {QStringLiteral("长治市"),
         QStringLiteral("潞州区、潞城区、屯留区、上党区、武乡县、沁县、襄垣县、黎城县、平顺县、长子县、"
                        "壶关县、沁源县")},
        {QStringLiteral("晋城市"), QStringLiteral("城区、沁水县、阳城县、陵川县、高平市、泽州县")},
        {QStringLiteral("阳泉市"), QStringLiteral("盂县、平定县、城区、郊区、矿区")},
        {QStringLiteral("晋中市"), QStringLiteral("昔阳县、和顺县、左权县、榆社县、寿阳县")},
        {QStringLiteral("忻州市"), QStringLiteral("定襄县、五台县、繁峙县、代县")},
        {QStringLiteral("大同市"), QStringLiteral("灵丘县、广灵县、浑源县")},
        {QStringLiteral("太原市"),
         QStringLiteral("小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、古交市、清徐县、阳曲县、"
                        "娄烦县")},
        {QStringLiteral("大同市"), QStringLiteral("平城区、云冈区、新荣区、云州区、阳高县、天镇县、左云县")},
        {QStringLiteral("朔州市"), QStringLiteral("朔城区、平鲁区、山阴县、应县、右玉县、怀仁市")},
        {QStringLiteral("忻州市"),
         QStringLiteral("忻府区、原平市、宁武县、静乐县、神池县、五寨县、岢岚县、河曲县、保德县、偏关县")},
        {QStringLiteral("晋中市"), QStringLiteral("榆次区、太谷区、介休市、祁县、平遥县、灵石县")},
        {QStringLiteral("吕梁市"),
         QStringLiteral("离石区、孝义市、汾阳市、文水县、交城县、兴县、临县、柳林县、石楼县、岚县、方山县、"
                        "中阳县、交口县")},
        {QStringLiteral("临汾市"),
         QStringLiteral("尧都区、侯马市、霍州市、曲沃县、翼城县、襄汾县、洪洞县、古县、安泽县、浮山县、"
                        "吉县、乡宁县、大宁县、隰县、永和县、蒲县、汾西县")},
        {QStringLiteral("运城市"),
         QStringLiteral("盐湖区、永济市、河津市、临猗县、万荣县、闻喜县、稷山县、新绛县、绛县、垣曲县、"
                        "夏县、平陆县、芮城县")},
    };
    QList<County> list;
    for (const auto &[city, names] : cities) {
        for (const QString &name : names.split(QStringLiteral("、")))
            list.append({name, city + QLatin1Char('/') + name});
    }
    return list;
}

// 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五: section and task numbers, made-up county names.
QString chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    static const QString units = QStringLiteral("千百十");
    if (n >= 10 && n < 20)
        return QStringLiteral("十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
    QString out;
    bool gap = false;
    for (int place = 1000, u = 0; place >= 1; place /= 10, ++u) {
        const int d = n / place % 10;
        if (place > n)
            continue;
        if (d == 0) {
            gap = true;
            continue;
        }
        if (gap)
            out += digits.at(0);
        gap = false;
        out += digits.at(d);
        if (place > 1)
            out += units.at(u);
    }
    return out;
}

// Monthly values of a metric for months 1 … months, for a unit working at pace (1: on the expected path).
QList<double> monthlyValues(const Metric &m, double pace, int months, QRandomGenerator &rng)
{
    const auto uniform = [&](double low, double high) { return low + (high - low) * rng.generateDouble(); };
    QList<double> values;
    const double p = pace * uniform(0.97, 1.03);
    if (m.kind == MetricKind::GrowthPct) {
        // Growth so far this year against last year's same months: near the target, steadier later.
        const double level = m.value * std::clamp(p, 0.5, 1.2);
        for (int month = 1; month <= months; ++month) {
            const double spread = std::max(0.3, std::abs(m.value) * 0.1) * (12.0 - month + 2) / 12.0;
            values.append(std::round((level + uniform(-spread, spread)) * 10) / 10);
        }
        return values;
    }
    if (m.comparator == Comparator::AtMost) {
        // A ceiling (失业率控制在4.5%以内) is a level kept under it; a lagging unit overshoots.
        const double level = m.value * (p < 0.8 ? uniform(1.02, 1.1) : uniform(0.85, 0.97));
        for (int month = 1; month <= months; ++month)
            values.append(std::round(level * uniform(0.98, 1.02) * 100) / 100);
        return values;
    }
    // Cumulative progress from the baseline (a share starts a little below its target).
    double start = m.baseline.value_or(m.kind == MetricKind::RatioPct ? m.value - uniform(5, 15) : 0);
    start = std::clamp(start, 0.0, m.value);
    const bool whole = std::floor(m.value) == m.value && std::floor(start) == start && m.value - start >= 10;
    const bool sCurve = rng.generateDouble() < 0.5;
    const auto curve = [&](double x) {
        if (!sCurve)
            return x;
        const auto logistic = [](double t) { return 1 / (1 + std::exp(-8 * (t - 0.5))); };
        return (logistic(x) - logistic(0)) / (logistic(1) - logistic(0));
    };
    double previous = start;
    for (int month = 1; month <= months; ++month) {
        const double share = std::clamp(p * curve(month / 12.0) * uniform(0.97, 1.03), 0.0, 1.3);
        double v = start + (m.value - start) * share;
        if (m.kind == MetricKind::RatioPct)
            v = std::min(v, 100.0); // a unit ahead of the path still covers at most everything
        v = whole ? std::round(v) : std::round(v * 100) / 100;
        previous = std::max(previous, v);
        values.append(previous);
    }
    return values;
}

// One task as generated, before the import turns it into a stored task.
struct PlannedTask
{
    int lead = 0; // index into bureaus()
    QList<int> cooperating;
    QString text;
};

class Generator
{
    Q_DECLARE_TR_FUNCTIONS(cp::SyntheticWorkspace)

public:
    Generator(Workspace &workspace, const SyntheticOptions &options,
              const std::function<bool(int, int)> &progress)
        : m_ws(workspace)
        , m_options(options)
        , m_progress(progress)
    {}

    Status run();
    const SyntheticSummary &summary() const { return m_summary; }

private:
    double uniform(double low, double high) { return low + (high - low) * m_rng.generateDouble(); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    int deal(QHash<int, QList<int>> &unused, int bureau, int size);
    void startCounty(int index, const County &county);
    int pickLead(const QList<int> &focus);
    PlannedTask planTask(const QList<int> &focus);
    QString targetSentence(const TargetTemplate &t);
    QString unitBlock(const PlannedTask &task, int style);
    QString mention(int bureau);
    QString documentText(const QString &theme, QList<PlannedTask> &tasks);
    Status importDocument(const County &county, int countyIndex, int documentIndex, int taskCount);
    Status storeReadings(Id documentId, const QList<PlannedTask> &tasks);

    Workspace &m_ws;
    const SyntheticOptions &m_options;
    const std::function<bool(int, int)> &m_progress;
    QRandomGenerator m_rng;        // the county's documents and its units' pace
    QRandomGenerator m_readingRng; // the county's readings
    SyntheticSummary m_summary;
    // The county being generated: its units' names as written there and how fast each one works.
    QString m_county;
    QStringList m_names;
    QStringList m_otherNames;
    QList<double> m_pace;
    QHash<const TargetTemplate *, QString> m_targets; // with the figures the county gave them last
    QHash<int, QList<int>> m_unusedWorks; // per bureau, in the document being written
    QHash<int, QList<int>> m_unusedTargets;
};

Status Generator::run()
{
    QList<County> counties = shanxiCounties().mid(0, m_options.counties);
    const qsizetype shanxi = counties.size();
    // Beyond Shanxi's counties: made-up names, which the gazetteer does not place under a city.
    for (qsizetype i = counties.size(); i < m_options.counties; ++i) {
        const QString name = QStringLiteral("示例%1县").arg(chineseNumber(int(i - shanxi + 1)));
        counties.append({name, name});
    }
    const int perCountyDocuments = std::max(1, int(std::lround(m_options.tasksPerCounty / 80.0)));
    const int total = m_options.counties * perCountyDocuments;
    int done = 0;
    if (m_progress && !m_progress(done, total))
        return Error(tr("generating the synthetic workspace was cancelled"));
    for (qsizetype c = 0; c < counties.size(); ++c) {
        startCounty(int(c), counties.at(c));
        for (int d = 0; d < perCountyDocuments; ++d) {
            // Tasks shared out evenly: 290 in 4 documents are 73, 73, 72, 72.
            const int tasks = m_options.tasksPerCounty / perCountyDocuments
                              + (d < m_options.tasksPerCounty % perCountyDocuments ? 1 : 0);
            if (Status s = importDocument(counties.at(c), int(c), d, tasks); !s)
                return s;
            if (m_progress && !m_progress(++done, total))
                return Error(tr("generating the synthetic workspace was cancelled"));
        }
    }
    auto regions = m_ws.regions().all();
    auto departments = m_ws.departments().all();
    if (!regions || !departments)
        return (!regions ? regions.error() : departments.error());
    m_summary.regions = int(regions->size());
    m_summary.departments = int(departments->size());
    if (Status s = m_ws.setMeta(QStringLiteral("kind"), toCode(WorkspaceKind::Synthetic)); !s)
        return s;
    return m_ws.setMeta(QStringLiteral("title"),
                        tr("%n counties, %1", "", m_options.counties).arg(m_options.year));
}

void Generator::startCounty(int index, const County &county)
{
    // Streams of its own per county: its documents do not depend on the other counties or the months.
    const quint32 documentSeed[] = {m_options.seed, quint32(index), 1};
    const quint32 readingSeed[] = {m_options.seed, quint32(index), 2};
    m_rng = QRandomGenerator(documentSeed);
    m_readingRng = QRandomGenerator(readingSeed);
    m_county = county.name;
    // A district's units are 区…局, a county-level city's 市…局.
    const QString level = county.name.endsWith(QStringLiteral("区")) ? QStringLiteral("区")
                          : county.name.endsWith(QStringLiteral("市")) ? QStringLiteral("市")
                                                                       : QStringLiteral("县");
    const auto local = [&](QString name) {
        if (name.startsWith(QStringLiteral("县")))
            name.replace(0, 1, level);
        if (!name.contains(QStringLiteral("%1")))
            return name;
        // The importer reads 市生态环境局和顺县分局 as two units (it splits at 和): 县生态环境分局 there.
        if (county.name.contains(QStringLiteral("和")) && name.startsWith(QStringLiteral("市生态环境局")))
            return level + QStringLiteral("生态环境分局");
        return name.arg(county.name);
    };
    m_names.clear();
    m_otherNames.clear();
    m_targets.clear();
    for (const Bureau &b : synthetic::bureaus()) {
        m_names.append(local(index % 2 && !b.variant.isEmpty() ? b.variant : b.name));
        m_otherNames.append(b.otherName.isEmpty() ? QString() : local(b.otherName));
    }
    // A quarter of the units lag (40–70% of the expected path), a tenth are ahead, the rest near it.
    const int n = int(m_names.size());
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[pick(i + 1)]);
    m_pace = QList<double>(n, 1.0);
    const int lagging = n / 4;
    const int ahead = n / 10;
    for (int i = 0; i < n; ++i)
        m_pace[order.at(i)] = i < lagging           ? uniform(0.4, 0.7)
                              : i < lagging + ahead ? uniform(1.1, 1.3)
                                                    : uniform(0.9, 1.08);
}

// A bureau's sentence not used yet in this document, or -1 once each one was.
int Generator::deal(QHash<int, QList<int>> &unused, int bureau, int size)
{
    auto left = unused.find(bureau);
    if (left == unused.end()) {
        left = unused.insert(bureau, QList<int>(size));
        std::iota(left->begin(), left->end(), 0);
    }
    return left->isEmpty() ? -1 : left->takeAt(pick(int(left->size())));
}

// Bureaus lead by weight, three times as often under the document's focus headings.
int Generator::pickLead(const QList<int> &focus)
{
    const QList<Bureau> &all = synthetic::bureaus();
    const auto weight = [&](const Bureau &b) { return b.weight * (focus.contains(b.section) ? 3 : 1); };
    int total = 0;
    for (const Bureau &b : all)
        total += weight(b);
    int r = pick(total);
    for (qsizetype i = 0; i < all.size(); ++i) {
        r -= weight(all.at(i));
        if (r < 0)
            return int(i);
    }
    return 0;
}

PlannedTask Generator::planTask(const QList<int> &focus)
{
    const QList<Bureau> &all = synthetic::bureaus();
    PlannedTask task;
    task.lead = pickLead(focus);
    const Bureau &lead = all.at(task.lead);

    const int workCount = int(lead.works.size());
    int work = deal(m_unusedWorks, task.lead, workCount);
    if (work < 0) { // a small bureau with many tasks says its work again
        m_unusedWorks.remove(task.lead);
        work = deal(m_unusedWorks, task.lead, workCount);
    }
    QStringList works{lead.works.at(work)};
    if (chance(0.35)) {
        if (const int second = deal(m_unusedWorks, task.lead, workCount); second >= 0)
            works.append(lead.works.at(second));
    }
    // About half the tasks carry one or two targets; a list states each target once.
    QStringList targets;
    const int targetCount = int(lead.targets.size());
    const int wanted = targetCount == 0 || !chance(0.6) ? 0 : chance(0.3) ? 2 : 1;
    for (int i = 0; i < wanted; ++i) {
        if (const int target = deal(m_unusedTargets, task.lead, targetCount); target >= 0)
            targets.append(targetSentence(lead.targets.at(target)));
    }
    // Most tasks say the work first and the figures after it; some open with a figure (000's 5G基站).
    task.text = chance(0.25) ? targets.join(QString()) + works.join(QString())
                             : works.join(QString()) + targets.join(QString());

    // 0–3 cooperating units, more often from the lead's own field than from others.
    const double r = m_rng.generateDouble();
    const int cooperating = r < 0.25 ? 0 : r < 0.6 ? 1 : r < 0.85 ? 2 : 3;
    while (task.cooperating.size() < cooperating) {
        const int b = pick(int(all.size()));
        if (b == task.lead || task.cooperating.contains(b))
            continue;
        if (all.at(b).section != lead.section && chance(0.5))
            continue;
        task.cooperating.append(b);
    }
    return task;
}

// A target with a figure; now and then the figure another document of the county gave it, so that
// the importer links the two (新建5G基站160座 in 000 and 002).
QString Generator::targetSentence(const TargetTemplate &t)
{
    const auto round = [&](double v) { return std::round(v / t.step) * t.step; };
    const auto number = [](double v) { return QString::number(v, 'g', 12); }; // 1.5, 160, 0.8
    QString &text = m_targets[&t];
    if (text.isEmpty() || chance(0.75)) {
        if (t.text.contains(QStringLiteral("%2"))) {
            const double baseline = round(uniform(t.low, t.high));
            const double target = std::max(baseline + t.step, round(baseline * uniform(1.3, 2.0)));
            text = t.text.arg(number(baseline), number(target));
        } else {
            text = t.text.arg(number(round(uniform(t.low, t.high))));
        }
    }
    static const QStringList openings{QString(),           QString(),              QStringLiteral("今年，"),
                                      QStringLiteral("年内"), QStringLiteral("全年"), QStringLiteral("%1年")};
    QString opening = openings.at(pick(int(openings.size())));
    if (opening.contains(QStringLiteral("%1")))
        opening = opening.arg(m_options.year);
    return opening + text + QStringLiteral("。");
}

QString Generator::mention(int bureau)
{
    // Some tasks write a unit another way (县交通局 for 县交通运输局): the importer merges them.
    const QString &other = m_otherNames.at(bureau);
    return !other.isEmpty() && chance(0.3) ? other : m_names.at(bureau);
}

// The unit block at the end of a task, in one of the forms county documents use.
QString Generator::unitBlock(const PlannedTask &task, int style)
{
    QStringList cooperating;
    for (int b : task.cooperating)
        cooperating.append(mention(b));
    const QString lead = mention(task.lead);
    const QString sep = QStringLiteral("、");
    switch (style) {
    case 1: // 004: （责任单位：甲、乙）, first is lead
        return QStringLiteral("（责任单位：%1）").arg((QStringList{lead} + cooperating).join(sep));
    case 2: // 001: （甲牵头，乙、丙配合）
        return cooperating.isEmpty() ? QStringLiteral("（%1牵头）").arg(lead)
                                     : QStringLiteral("（%1牵头，%2配合）").arg(lead, cooperating.join(sep));
    default: // 000: （甲、乙、丙）, first is lead
        return QStringLiteral("（%1）").arg((QStringList{lead} + cooperating).join(sep));
    }
}

// A task list as a county office writes it: title, preamble, 一、 headings and （一） tasks.
// Tasks come back in document order (grouped under their headings).
QString Generator::documentText(const QString &theme, QList<PlannedTask> &tasks)
{
    std::stable_sort(tasks.begin(), tasks.end(), [](const PlannedTask &a, const PlannedTask &b) {
        return synthetic::bureaus().at(a.lead).section < synthetic::bureaus().at(b.lead).section;
    });
    const int style = pick(3);
    QString text = m_county + theme + QLatin1Char('\n') + QStringLiteral("%1年工作任务\n").arg(m_options.year)
                   + synthetic::preamble().arg(m_county, theme).arg(m_options.year) + QLatin1Char('\n');
    int section = -1;
    int heading = 0;
    int number = 0;
    for (const PlannedTask &t : tasks) {
        const int s = synthetic::bureaus().at(t.lead).section;
        if (s != section) {
            section = s;
            number = 0;
            text += QStringLiteral("%1、%2\n").arg(chineseNumber(++heading), synthetic::sectionTitles().at(s));
        }
        text += QStringLiteral("（%1）").arg(chineseNumber(++number)) + t.text + unitBlock(t, style)
                + QLatin1Char('\n');
    }
    return text;
}

Status Generator::importDocument(const County &county, int countyIndex, int documentIndex, int taskCount)
{
    m_unusedWorks.clear();
    m_unusedTargets.clear();
    const QList<synthetic::DocumentTheme> &themes = synthetic::documentThemes();
    const synthetic::DocumentTheme &theme = themes.at((countyIndex + documentIndex) % themes.size());
    QList<PlannedTask> tasks;
    for (int i = 0; i < taskCount; ++i)
        tasks.append(planTask(theme.focus));
    const QString text = documentText(theme.title, tasks);

    ImportOptions options;
    options.region = county.region;
    const QString source = QStringLiteral("synthetic-%1-%2.txt")
                               .arg(countyIndex + 1, 3, 10, QLatin1Char('0'))
                               .arg(documentIndex + 1);
    auto report = Importer(m_ws).importBytes(text.toUtf8(), source, options);
    if (!report)
        return report.error();
    // Every generated task must come back as one task with its units, or the readings would go astray.
    if (report->tasks != taskCount || report->tasksWithUnits != taskCount)
        return Error(tr("%1: the importer read %2 tasks (%3 with units) where %4 were written")
                         .arg(source)
                         .arg(report->tasks)
                         .arg(report->tasksWithUnits)
                         .arg(taskCount));
    ++m_summary.documents;
    m_summary.tasks += report->tasks;
    m_summary.metrics += report->metrics;
    return storeReadings(report->documentId, tasks);
}

Status Generator::storeReadings(Id documentId, const QList<PlannedTask> &planned)
{
    auto tasks = m_ws.tasks().forDocument(documentId);
    auto metrics = m_ws.metrics().forDocument(documentId);
    if (!tasks || !metrics)
        return !tasks ? tasks.error() : metrics.error();
    QHash<Id, qsizetype> taskIndex;
    for (qsizetype i = 0; i < tasks->size(); ++i)
        taskIndex.insert(tasks->at(i).id, i);
    for (const Metric &m : *metrics) {
        const qsizetype i = taskIndex.value(m.taskId, -1);
        if (i < 0)
            continue;
        const QList<TaskDepartment> &units = tasks->at(i).departments;
        const auto lead = std::find_if(units.begin(), units.end(),
                                       [](const TaskDepartment &d) { return d.role == Role::Lead; });
        const double pace = m_pace.at(planned.at(i).lead);
        const QList<double> values = monthlyValues(m, pace, m_options.months, m_readingRng);
        for (qsizetype month = 1; month <= values.size(); ++month) {
            Reading r;
            r.metricId = m.id;
            r.period = QStringLiteral("%1-%2").arg(m_options.year).arg(month, 2, 10, QLatin1Char('0'));
            r.value = values.at(month - 1);
            r.departmentId = lead != units.end() ? lead->departmentId : 0;
            // A fixed time from the month, never the clock, so one seed gives one workspace.
            r.recordedAt = QDateTime(QDate(m_options.year, int(month), 20), QTime(9, 0), Qt::UTC);
            if (auto id = m_ws.progress().insertReading(r); !id)
                return id.error();
            ++m_summary.readings;
        }
    }
    return {};
}

} // namespace

Result<SyntheticSummary> SyntheticWorkspace::generate(Workspace &workspace, const SyntheticOptions &options,
                                                      const std::function<bool(int, int)> &progress)
{
    if (options.counties < 1 || options.tasksPerCounty < 1)
        return Error(tr("a synthetic workspace needs at least one county and one task per county"));
    if (options.months < 1 || options.months > 12)
        return Error(tr("months must be between 1 and 12, not %1").arg(options.months));
    if (options.year < 2000 || options.year > 2100)
        return Error(tr("the year must be between 2000 and 2100, not %1").arg(options.year));
    if (!workspace.isOpen())
        return Error(tr("no workspace is open"));
    if (!workspace.isEmpty())
        return Error(tr("the workspace is not empty: a synthetic workspace is generated into a new or empty one"));

    Generator generator(workspace, options, progress);
    // One transaction: a cancel or an error leaves the workspace as empty as it was.
    if (Status s = workspace.database().transaction([&] { return generator.run(); }); !s)
        return s.error();
    Q_EMIT workspace.documentsChanged();
    Q_EMIT workspace.progressChanged();
    return generator.summary();
}

} // namespace cp
