#include "SyntheticWorkspace.h"

#include "SyntheticTexts.h"
#include "importing/Importer.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
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

// Draws from one of the generator's random streams.
class Dice
{
public:
    explicit Dice(QRandomGenerator &rng)
        : m_rng(rng)
    {}
    bool chance(double p) { return m_rng.generateDouble() < p; }
    int pick(int n) { return int(m_rng.bounded(quint32(n))); }
    int between(int low, int high) { return low + pick(high - low + 1); }
    const QString &oneOf(const QStringList &list) { return list.at(pick(int(list.size()))); }
    // 0, 1, 2 … drawn with the given probabilities (the last one takes what is left).
    int count(std::initializer_list<double> probabilities)
    {
        double r = m_rng.generateDouble();
        int n = 0;
        for (double p : probabilities) {
            if (r < p)
                return n;
            r -= p;
            ++n;
        }
        return n - 1;
    }

private:
    QRandomGenerator &m_rng;
};

quint32 crc32(const QByteArray &bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char b : bytes)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xFF));
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    const QByteArray body = QByteArray(type, 4) + data;
    QByteArray out;
    appendBigEndian(out, quint32(data.size()));
    out += body;
    appendBigEndian(out, crc32(body));
    return out;
}

// A small valid PNG standing in for a site photo (现场照片): sky, ground and a building in colours
// of its own, a few hundred bytes.
QByteArray sitePhoto(Dice &dice)
{
    const int width = dice.between(40, 64);
    const int height = dice.between(30, 40);
    const int horizon = height / 2 + dice.between(-4, 4);
    const int left = dice.between(4, width / 2);
    const int right = left + dice.between(8, width / 3);
    const int top = dice.between(4, horizon - 2);
    const std::array<int, 3> sky{dice.between(90, 160), dice.between(150, 200), dice.between(200, 250)};
    const std::array<int, 3> ground{dice.between(80, 140), dice.between(90, 150), dice.between(40, 90)};
    const std::array<int, 3> wall{dice.between(150, 220), dice.between(130, 200), dice.between(110, 180)};
    QByteArray raw;
    raw.reserve(height * (1 + 3 * width));
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < width; ++x) {
            std::array<int, 3> c = y < horizon ? sky : ground;
            if (y < horizon)
                c = {c[0] + y, c[1] + y, c[2]};
            else if ((x * 7 + y * 13) % 5 == 0)
                c = {c[0] - 15, c[1] - 15, c[2] - 10};
            if (x >= left && x < right && y >= top && y < horizon + 2) {
                const bool window = (x - left) % 4 == 2 && (y - top) % 4 == 2;
                c = window ? std::array<int, 3>{60, 80, 110} : wall;
            }
            for (int v : c)
                raw.append(char(std::clamp(v, 0, 255)));
        }
    }
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
           + pngChunk("IDAT", qCompress(raw).mid(4)) // qCompress: a length, then the zlib stream
           + pngChunk("IEND", QByteArray());
}

// A figure as a report writes it: 2.6万亩, 3000亩, 1.2亿元, 7.5%.
QString amount(double v, const QString &unit)
{
    const auto number = [](double x) { return QString::number(std::round(x * 100) / 100, 'g', 12); };
    if (unit == QStringLiteral("%"))
        return QString::number(std::round(v * 10) / 10, 'g', 12) + unit;
    if (std::abs(v) >= 1e8)
        return number(v / 1e8) + QStringLiteral("亿") + unit;
    if (std::abs(v) >= 1e4)
        return number(v / 1e4) + QStringLiteral("万") + unit;
    return number(v) + unit;
}

// A target of a county task with its monthly readings, for the reports that quote them.
struct TrackedMetric
{
    Metric metric;
    QList<double> values; // months 1 … months
};

// Targets that accumulate toward their value (新建5G基站160座, 普及率97%), unlike growth rates and ceilings.
bool accumulates(const Metric &m)
{
    return m.kind != MetricKind::GrowthPct && m.comparator != Comparator::AtMost;
}

// What a report says about a target's figures: 本月新建5G基站12座，累计完成86座。
QString figureSentence(const TrackedMetric &t, int month, bool completed)
{
    // Things counted one by one are reported whole: 2家, not 2.87家.
    static const QStringList counted =
        QStringLiteral("个 家 座 所 项 次 场 人 户 名 篇 套 处 条").split(QLatin1Char(' '));
    // Labels that say what was done (新建5G基站), not a level (粮食播种面积).
    static const QStringList verbs =
        QStringLiteral("新建 新增 完成 培育 实施 开展 组织 引进 创建 筹集 开工 谋划 新改建 新签约 配套建设 改善 建成 接待")
            .split(QLatin1Char(' '));
    const Metric &m = t.metric;
    double value = t.values.at(month - 1);
    if (m.kind == MetricKind::GrowthPct) {
        const QString months = month == 1 ? QStringLiteral("1月") : QStringLiteral("1—%1月").arg(month);
        return months + m.label + (value < 0 ? QStringLiteral("同比下降") : QStringLiteral("同比增长"))
               + amount(std::abs(value), m.unit) + QStringLiteral("。");
    }
    if (m.comparator == Comparator::AtMost)
        return m.label + QStringLiteral("为") + amount(value, m.unit)
               + (value <= m.value ? QStringLiteral("，控制在目标以内。") : QStringLiteral("，高于年度控制目标。"));
    if (m.kind == MetricKind::RatioPct)
        return m.label + QStringLiteral("达到") + amount(value, m.unit)
               + (completed ? QStringLiteral("，达到年度目标。") : QStringLiteral("。"));
    const auto whole = [&](double v) { return counted.contains(m.unit) ? std::floor(v + 1e-9) : v; };
    value = whole(value);
    const double start = m.baseline.value_or(0);
    const double previous = whole(month > 1 ? t.values.at(month - 2) : start);
    const bool verb = !m.baseline && std::any_of(verbs.begin(), verbs.end(), [&](const QString &v) {
        return m.label.startsWith(v);
    });
    if (completed)
        return m.label + (verb ? QStringLiteral("累计完成") : QStringLiteral("达到")) + amount(value, m.unit)
               + QStringLiteral("，全面完成年度目标。");
    const int share = m.value > start ? int(std::lround(100 * (value - start) / (m.value - start))) : 100;
    if (verb && value > previous)
        return QStringLiteral("本月") + m.label + amount(value - previous, m.unit) + QStringLiteral("，累计完成")
               + amount(value, m.unit) + QStringLiteral("。");
    return m.label + (verb ? QStringLiteral("累计完成") : QStringLiteral("达到")) + amount(value, m.unit)
           + QStringLiteral("，为年度目标的%1%。").arg(share);
}

// A stored task of the county being generated, as its reports need it.
struct CountyTask
{
    Id id = 0;
    QString path;
    QString title;
    int section = 0;
    Id lead = 0;
    QList<Id> cooperating;
    QList<TrackedMetric> metrics;
};

// What a report carries besides the unit's monthly summary.
enum class Attachment { None, Notes, Photo, ClosingReport };

// A report before it is stored.
struct PlannedReport
{
    qsizetype task = 0; // index into the county's tasks
    Id department = 0;
    int month = 0;
    TaskStatus status = TaskStatus::NotStarted;
    bool followUp = false; // achieved again after the task was completed
    bool cooperating = false;
    bool evidence = false;
    Attachment attachment = Attachment::None;
    QDateTime submittedAt;
    QString narrative;
};

struct PlannedEvent
{
    Id department = 0;
    int month = 0;
    EventKind kind = EventKind::Seminar;
    EventLevel level = EventLevel::None;
    int day = 1;
    bool evidence = false;
};

// China Standard Time, with no daylight saving since 1991: when departments submit their reports.
const QTimeZone &chinaTime()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
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
        , m_reportDice(m_reportRng)
        , m_eventDice(m_eventRng)
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
    // The county's monthly task reports (月调度), their evidence, and its dispatch events.
    Status storeProgress();
    double paceOf(Id department) const;
    int monthDays(int month) const { return QDate(m_options.year, month, 1).daysInMonth(); }
    static QString fill(Dice &dice, QString text, int month, int progress = 50, const QString &lead = QString(),
                        int section = 0);
    void planSubmissionDays();
    QList<PlannedReport> planReports();
    int planLeadReports(qsizetype index, QList<PlannedReport> &out);
    QDateTime submissionTime(Id department, int month);
    QString narrative(const PlannedReport &r);
    QSet<std::pair<Id, int>> lateMonths(const QList<PlannedReport> &reports) const;
    Result<QString> storeFile(const QString &name, const QByteArray &data);
    Result<QString> attachmentFile(const PlannedReport &r);
    Status storeReports(const QList<PlannedReport> &reports);
    QList<PlannedEvent> planEvents(const QSet<std::pair<Id, int>> &late);
    void addMissingEvents(QList<PlannedEvent> &events);
    Status storeEvents(const QList<PlannedEvent> &events);

    Workspace &m_ws;
    const SyntheticOptions &m_options;
    const std::function<bool(int, int)> &m_progress;
    QRandomGenerator m_rng;        // the county's documents and its units' pace
    QRandomGenerator m_readingRng; // the county's readings
    QRandomGenerator m_reportRng;  // the county's task reports and their evidence
    QRandomGenerator m_eventRng;   // the county's dispatch events
    Dice m_reportDice;
    Dice m_eventDice;
    SyntheticSummary m_summary;
    QSet<QString> m_evidence; // SHA-256 of the evidence files stored so far
    // The county being generated: its units' names as written there and how fast each one works.
    QString m_county;
    QStringList m_names;
    QStringList m_otherNames;
    QList<double> m_pace;
    QHash<const TargetTemplate *, QString> m_targets; // with the figures the county gave them last
    QHash<int, QList<int>> m_unusedWorks; // per bureau, in the document being written
    QHash<int, QList<int>> m_unusedTargets;
    // The county's stored tasks, its units (→ index into bureaus()) and the day each unit's liaison
    // sends a month's reports.
    int m_countyIndex = 0;
    QList<CountyTask> m_countyTasks;
    QMap<Id, int> m_bureauOf;
    QHash<Id, QList<double>> m_valuesOf; // a target's monthly values, for the targets linked to it
    QHash<Id, QString> m_unitNames;
    QHash<std::pair<Id, int>, int> m_submissionDay;
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
            // The county's reports and events follow its last document (they span all of them).
            if (d == perCountyDocuments - 1) {
                if (Status s = storeProgress(); !s)
                    return s;
            }
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
    m_summary.evidenceFiles = int(m_evidence.size());
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
    const quint32 reportSeed[] = {m_options.seed, quint32(index), 3};
    const quint32 eventSeed[] = {m_options.seed, quint32(index), 4};
    m_rng = QRandomGenerator(documentSeed);
    m_readingRng = QRandomGenerator(readingSeed);
    m_reportRng = QRandomGenerator(reportSeed);
    m_eventRng = QRandomGenerator(eventSeed);
    m_countyIndex = index;
    m_countyTasks.clear();
    m_bureauOf.clear();
    m_submissionDay.clear();
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
    // The county's tasks as the reports need them; the import keeps the planned order and the
    // units in the order written (lead first), so a unit's bureau is known by its place.
    const qsizetype first = m_countyTasks.size();
    QHash<Id, qsizetype> taskIndex;
    for (qsizetype i = 0; i < tasks->size(); ++i) {
        const Task &t = tasks->at(i);
        taskIndex.insert(t.id, i);
        CountyTask c;
        c.id = t.id;
        c.path = t.path;
        c.title = t.title;
        c.section = synthetic::bureaus().at(planned.at(i).lead).section;
        for (const TaskDepartment &d : t.departments) {
            if (d.role == Role::Lead && !c.lead) {
                c.lead = d.departmentId;
                m_bureauOf.insert(d.departmentId, planned.at(i).lead);
            } else if (d.role == Role::Cooperating) {
                const qsizetype k = c.cooperating.size();
                c.cooperating.append(d.departmentId);
                if (k < planned.at(i).cooperating.size() && !m_bureauOf.contains(d.departmentId))
                    m_bureauOf.insert(d.departmentId, planned.at(i).cooperating.at(k));
            }
        }
        m_countyTasks.append(c);
    }
    for (const Metric &m : *metrics) {
        const qsizetype i = taskIndex.value(m.taskId, -1);
        if (i < 0)
            continue;
        CountyTask &task = m_countyTasks[first + i];
        // The same target in an earlier document (the importer linked them) is reported once: its
        // readings serve both, and the reports quote the same figures.
        auto links = m_ws.metrics().linksOf(m.id);
        if (!links)
            return links.error();
        std::optional<QList<double>> shared;
        for (const MetricLink &l : *links) {
            const Id other = l.metricA == m.id ? l.metricB : l.metricA;
            if (auto it = m_valuesOf.constFind(other); it != m_valuesOf.constEnd()) {
                shared = *it;
                break;
            }
        }
        const double pace = m_pace.at(planned.at(i).lead);
        const QList<double> values = shared ? *shared : monthlyValues(m, pace, m_options.months, m_readingRng);
        m_valuesOf.insert(m.id, values);
        task.metrics.append({m, values});
        if (shared)
            continue;
        for (qsizetype month = 1; month <= values.size(); ++month) {
            Reading r;
            r.metricId = m.id;
            r.period = QStringLiteral("%1-%2").arg(m_options.year).arg(month, 2, 10, QLatin1Char('0'));
            r.value = values.at(month - 1);
            r.departmentId = task.lead;
            // A fixed time from the month, never the clock, so one seed gives one workspace.
            r.recordedAt = QDateTime(QDate(m_options.year, int(month), 20), QTime(9, 0), Qt::UTC);
            if (auto id = m_ws.progress().insertReading(r); !id)
                return id.error();
            ++m_summary.readings;
        }
    }
    return {};
}

double Generator::paceOf(Id department) const
{
    const auto it = m_bureauOf.constFind(department);
    return it == m_bureauOf.cend() ? 1.0 : m_pace.at(*it);
}

QString Generator::fill(Dice &dice, QString text, int month, int progress, const QString &lead, int section)
{
    const auto put = [&](QStringView token, const auto &value) {
        if (text.contains(token))
            text.replace(token.toString(), value());
    };
    put(u"{n}", [&] { return QString::number(dice.between(2, 9)); });
    put(u"{k}", [&] { return QString::number(dice.between(10, 99)); });
    put(u"{p}", [&] { return QString::number(progress); });
    put(u"{m}", [&] { return QString::number(month); });
    put(u"{next}", [&] { return QString::number(month % 12 + 1); });
    put(u"{lead}", [&] { return lead; });
    put(u"{field}", [&] { return synthetic::sectionTitles().at(section); });
    put(u"{city}", [&] { return dice.oneOf(synthetic::neighbourCities()); });
    put(u"{office}", [&] { return dice.oneOf(synthetic::provincialOffices()); });
    return text;
}

// The day each unit's liaison (联络人) sends a month's reports: mostly the 10th to the 25th; a lagging
// unit's later, and past the 25th more often, most of all around the Spring Festival and National Day.
void Generator::planSubmissionDays()
{
    Dice &dice = m_reportDice;
    for (auto it = m_bureauOf.cbegin(); it != m_bureauOf.cend(); ++it) {
        const double pace = m_pace.at(it.value());
        for (int month = 1; month <= 12; ++month) {
            double late = pace < 0.8 ? 0.3 : pace > 1.09 ? 0.01 : 0.035;
            if (month <= 2 || month == 10)
                late *= 1.5;
            const int day = dice.chance(late) ? dice.between(26, monthDays(month))
                            : pace < 0.8      ? dice.between(15, 25)
                                              : dice.between(10, 24);
            m_submissionDay.insert({it.key(), month}, day);
        }
    }
}

QDateTime Generator::submissionTime(Id department, int month)
{
    Dice &dice = m_reportDice;
    int day = m_submissionDay.value({department, month}, 20);
    if (dice.chance(0.1)) // a report sent a few days after the others
        day = std::min(day + dice.between(1, 3), monthDays(month));
    const QTime time(dice.between(8, 17), dice.between(0, 59));
    return QDateTime(QDate(m_options.year, month, day), time, chinaTime());
}

// The lead unit's reports on a task, every month until it is completed; returns the months it waited
// to start.
int Generator::planLeadReports(qsizetype index, QList<PlannedReport> &out)
{
    Dice &dice = m_reportDice;
    const CountyTask &t = m_countyTasks.at(index);
    const double pace = paceOf(t.lead);
    const bool lagging = pace < 0.8;
    const bool ahead = pace > 1.09;
    const int waiting = dice.chance(lagging ? 0.45 : 0.25) ? dice.between(1, lagging ? 4 : 3) : 0;
    // Completed (已办结) in one month for a good share of tasks, fewer of a lagging unit's; a task with
    // targets once its figures reach them (and, now and then, its acceptance a month later).
    const bool finishes = dice.chance(lagging ? 0.35 : ahead ? 0.85 : 0.72);
    int completedIn = dice.between(std::max(waiting + 2, 3), 12);
    const int acceptance = dice.chance(0.3) ? 1 : 0;
    bool tracked = false;
    int reached = 0;
    for (const TrackedMetric &m : t.metrics) {
        if (!accumulates(m.metric))
            continue;
        tracked = true;
        const auto hit = std::find_if(m.values.begin(), m.values.end(),
                                      [&](double v) { return v >= m.metric.value - 1e-9; });
        reached = hit == m.values.end() ? 99 : std::max(reached, int(hit - m.values.begin()) + 1);
        if (reached == 99)
            break;
    }
    if (!finishes)
        completedIn = 0;
    else if (tracked)
        completedIn = std::max(reached + acceptance, waiting + 1);
    else if (!t.metrics.isEmpty()) // growth rates and ceilings (增长8%) are judged on the whole year
        completedIn = 12;
    if (completedIn > 12)
        completedIn = 0;
    const double achieves = lagging ? 0.12 : ahead ? 0.32 : 0.25;
    const double followsUp = lagging ? 0.06 : ahead ? 0.18 : 0.12;
    const double skips = lagging ? 0.05 : 0.004;
    for (int month = 1; month <= 12; ++month) {
        PlannedReport r;
        r.task = index;
        r.department = t.lead;
        r.month = month;
        if (completedIn && month > completedIn) {
            // After completion only an occasional result (已办结任务有成果).
            if (!dice.chance(followsUp))
                continue;
            r.status = TaskStatus::Achieved;
            r.followUp = true;
        } else {
            // A lagging unit now and then leaves a task out of a month's reports.
            if (dice.chance(skips) && month != completedIn)
                continue;
            r.status = month <= waiting        ? TaskStatus::NotStarted
                       : month == completedIn  ? TaskStatus::Completed
                       : dice.chance(achieves) ? TaskStatus::Achieved
                                               : TaskStatus::InProgress;
        }
        out.append(r);
    }
    return waiting;
}

QList<PlannedReport> Generator::planReports()
{
    Dice &dice = m_reportDice;
    QList<PlannedReport> reports;
    for (qsizetype i = 0; i < m_countyTasks.size(); ++i) {
        const int waiting = planLeadReports(i, reports);
        // A cooperating unit reports in the months it achieved something for the task (有成果).
        for (Id unit : m_countyTasks.at(i).cooperating) {
            const double pace = paceOf(unit);
            const double rate = pace < 0.8 ? 0.14 : pace > 1.09 ? 0.26 : 0.21;
            for (int month = 1; month <= 12; ++month) {
                if (!dice.chance(rate) || month <= waiting)
                    continue;
                PlannedReport r;
                r.task = i;
                r.department = unit;
                r.month = month;
                r.status = TaskStatus::Achieved;
                r.cooperating = true;
                reports.append(r);
            }
        }
    }
    for (PlannedReport &r : reports) {
        const bool result = r.status == TaskStatus::Achieved || r.status == TaskStatus::Completed;
        // Most results come with evidence (印证材料); those without do not score.
        r.evidence = result && dice.chance(paceOf(r.department) < 0.8 ? 0.82 : 0.9);
        if (r.evidence && r.status == TaskStatus::Completed && dice.chance(0.6))
            r.attachment = Attachment::ClosingReport;
        else if (r.evidence && result && dice.chance(r.cooperating ? 0.04 : 0.12))
            r.attachment = dice.chance(0.5) ? Attachment::Notes : Attachment::Photo;
        r.submittedAt = submissionTime(r.department, r.month);
        r.narrative = narrative(r);
    }
    return reports;
}

QString Generator::narrative(const PlannedReport &r)
{
    Dice &dice = m_reportDice;
    const CountyTask &t = m_countyTasks.at(r.task);
    // The share of the year's work done grows month by month, at the unit's pace and the task's own.
    const double pace = std::clamp(paceOf(t.lead), 0.4, 1.1) * (0.85 + double(t.id % 26) / 100);
    const int progress = std::clamp(int(std::lround(r.month * 100.0 / 12 * pace)), 5, 95);
    const auto sentence = [&](const QStringList &from) {
        return fill(dice, dice.oneOf(from), r.month, progress, m_unitNames.value(t.lead), t.section);
    };
    if (r.cooperating) {
        const int bureau = m_bureauOf.value(r.department, -1);
        const QString name = bureau >= 0 ? synthetic::bureaus().at(bureau).name : QString();
        return sentence(synthetic::cooperationSentences(name));
    }
    // The task's first target with a reading for the month, quoted in many reports.
    const auto figures = std::find_if(t.metrics.begin(), t.metrics.end(),
                                      [&](const TrackedMetric &m) { return m.values.size() >= r.month; });
    const bool quote = figures != t.metrics.end() && dice.chance(0.6);
    switch (r.status) {
    case TaskStatus::NotStarted:
        return sentence(synthetic::notStartedSentences());
    case TaskStatus::InProgress:
        if (quote)
            return figureSentence(*figures, r.month, false)
                   + (dice.chance(0.3) ? sentence(synthetic::inProgressSentences(t.section)) : QString());
        return sentence(synthetic::inProgressSentences(t.section));
    case TaskStatus::Achieved:
        if (r.followUp)
            return sentence(synthetic::followUpSentences());
        if (quote)
            return figureSentence(*figures, r.month, false)
                   + (dice.chance(0.3) ? sentence(synthetic::achievedSentences(t.section)) : QString());
        return sentence(synthetic::achievedSentences(t.section));
    case TaskStatus::Completed:
        if (quote)
            return figureSentence(*figures, r.month, true) + sentence(synthetic::closingSentences());
        return sentence(synthetic::completedSentences());
    }
    return {};
}

// Unit-months in which a unit had not reported by the 25th on every task it leads that was not
// completed in an earlier month (未按规定时间反馈).
QSet<std::pair<Id, int>> Generator::lateMonths(const QList<PlannedReport> &reports) const
{
    QHash<std::pair<qsizetype, int>, QDate> reported; // (task, month) → the lead's submission date
    QHash<qsizetype, int> completedIn;
    for (const PlannedReport &r : reports) {
        if (r.cooperating || r.followUp)
            continue;
        reported.insert({r.task, r.month}, r.submittedAt.toTimeZone(chinaTime()).date());
        if (r.status == TaskStatus::Completed)
            completedIn.insert(r.task, r.month);
    }
    QSet<std::pair<Id, int>> late;
    for (qsizetype i = 0; i < m_countyTasks.size(); ++i) {
        const int last = completedIn.value(i, 12);
        for (int month = 1; month <= last; ++month) {
            const QDate date = reported.value({i, month});
            if (!date.isValid() || date > QDate(m_options.year, month, 25))
                late.insert({m_countyTasks.at(i).lead, month});
        }
    }
    return late;
}

Result<QString> Generator::storeFile(const QString &name, const QByteArray &data)
{
    auto sha = m_ws.progress().storeEvidence(name, data);
    if (sha && !m_evidence.contains(*sha)) {
        m_evidence.insert(*sha);
        m_summary.evidenceBytes += data.size();
    }
    return sha;
}

// A report's own evidence besides the unit's monthly summary: notes, a site photo or a closing report.
Result<QString> Generator::attachmentFile(const PlannedReport &r)
{
    const CountyTask &t = m_countyTasks.at(r.task);
    const QString month = QStringLiteral("%1年%2月").arg(m_options.year).arg(r.month);
    const QString unit = m_unitNames.value(r.department);
    const QString submitted = r.submittedAt.toTimeZone(chinaTime()).date().toString(QStringLiteral("yyyy年M月d日"));
    switch (r.attachment) {
    case Attachment::None:
        break;
    case Attachment::Notes:
        return storeFile(t.path + month + QStringLiteral("推进情况.txt"),
                         QStringLiteral("%1 %2\n%3推进情况\n\n%4\n\n责任单位：%5\n报送时间：%6\n")
                             .arg(t.path, t.title, month, r.narrative, unit, submitted)
                             .toUtf8());
    case Attachment::Photo:
        return storeFile(t.path + QStringLiteral("现场照片（%1）.png").arg(month), sitePhoto(m_reportDice));
    case Attachment::ClosingReport:
        return storeFile(t.path + QStringLiteral("办结报告.txt"),
                         QStringLiteral("%1 %2\n办结报告\n\n牵头单位：%3\n办结时间：%4\n完成情况：%5\n"
                                        "经自查，该任务已按要求完成，申请办结销号。\n")
                             .arg(t.path, t.title, unit, submitted, r.narrative)
                             .toUtf8());
    }
    return QString();
}

Status Generator::storeReports(const QList<PlannedReport> &reports)
{
    // Each unit sends one summary of a month's results (重点任务推进情况), evidence for all of them.
    QMap<std::pair<Id, int>, QList<qsizetype>> results;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        if (reports.at(i).evidence && reports.at(i).month <= m_options.months)
            results[{reports.at(i).department, reports.at(i).month}].append(i);
    }
    QHash<std::pair<Id, int>, QString> summaries;
    const auto summary = [&](Id unit, int month) -> Result<QString> {
        if (const auto it = summaries.constFind({unit, month}); it != summaries.cend())
            return *it;
        const QString name = m_unitNames.value(unit);
        QString text = QStringLiteral("%1%2年%3月重点任务推进情况\n报送时间：%2年%3月%4日\n")
                           .arg(name)
                           .arg(m_options.year)
                           .arg(month)
                           .arg(m_submissionDay.value({unit, month}));
        // The tasks by what the unit reports on them; the narratives are in the reports themselves.
        QMap<int, QStringList> paths; // 0 achieved, 1 completed, 2 cooperating
        for (qsizetype i : results.value({unit, month})) {
            const PlannedReport &r = reports.at(i);
            paths[r.cooperating ? 2 : r.status == TaskStatus::Completed ? 1 : 0].append(m_countyTasks.at(r.task).path);
        }
        static const QStringList headings = QStringLiteral("有成果或实际成效 已办结 配合推进").split(QLatin1Char(' '));
        for (auto it = paths.cbegin(); it != paths.cend(); ++it)
            text += headings.at(it.key()) + QStringLiteral("：") + it.value().join(QStringLiteral("、"))
                    + QLatin1Char('\n');
        text += QStringLiteral("以上任务进展详见月度调度表，相关印证材料附后。\n%1\n").arg(name);
        auto sha = storeFile(QStringLiteral("%1%2年%3月重点任务推进情况.txt").arg(name).arg(m_options.year).arg(month),
                             text.toUtf8());
        if (sha)
            summaries.insert({unit, month}, *sha);
        return sha;
    };
    for (const PlannedReport &r : reports) {
        if (r.month > m_options.months)
            continue;
        TaskReport report;
        report.taskId = m_countyTasks.at(r.task).id;
        report.departmentId = r.department;
        report.period = QStringLiteral("%1-%2").arg(m_options.year).arg(r.month, 2, 10, QLatin1Char('0'));
        report.status = r.status;
        report.narrative = r.narrative;
        report.submittedAt = r.submittedAt;
        if (r.evidence) {
            auto sha = summary(r.department, r.month);
            if (!sha)
                return sha.error();
            report.evidence.append(*sha);
            auto own = attachmentFile(r);
            if (!own)
                return own.error();
            if (!own->isEmpty())
                report.evidence.append(*own);
        }
        if (auto id = m_ws.progress().insertReport(report); !id)
            return id.error();
        ++m_summary.reports;
    }
    return {};
}

QList<PlannedEvent> Generator::planEvents(const QSet<std::pair<Id, int>> &late)
{
    Dice &dice = m_eventDice;
    static const std::array levels{EventLevel::Central, EventLevel::Provincial, EventLevel::Municipal};
    // Chances per unit and month, by level: commendations mostly for diligent units, criticism
    // mostly for lagging ones; central ones are rare.
    static const std::array<double, 3> praiseDiligent{0.0008, 0.006, 0.025};
    static const std::array<double, 3> praiseLagging{0, 0.001, 0.006};
    static const std::array<double, 3> blameDiligent{0.0002, 0.001, 0.004};
    static const std::array<double, 3> blameLagging{0.002, 0.008, 0.025};
    QList<PlannedEvent> events;
    for (auto it = m_bureauOf.cbegin(); it != m_bureauOf.cend(); ++it) {
        const Id unit = it.key();
        const bool lagging = m_pace.at(it.value()) < 0.8;
        const auto &praise = lagging ? praiseLagging : praiseDiligent;
        const auto &blame = lagging ? blameLagging : blameDiligent;
        for (int month = 1; month <= 12; ++month) {
            const int days = monthDays(month);
            const auto add = [&](EventKind kind, EventLevel level, int firstDay, double evidence) {
                const int day = dice.between(firstDay, days);
                events.append({unit, month, kind, level, day, dice.chance(evidence)});
            };
            for (int l = 0; l < 3; ++l) {
                if (dice.chance(praise.at(l)))
                    add(EventKind::Commendation, levels.at(l), 1, 0.8);
                if (dice.chance(blame.at(l)))
                    add(EventKind::Criticism, levels.at(l), 1, 0.7);
            }
            if (dice.chance(lagging ? 0.02 : 0.05))
                add(EventKind::AdoptedSuggestion, EventLevel::None, 1, 0.5);
            // Now and then a unit holds more seminars or exchanges in a month than score (+10, +15).
            const int seminars = lagging ? dice.count({0.88, 0.07, 0.03, 0.01, 0.01})
                                         : dice.count({0.76, 0.13, 0.06, 0.03, 0.02});
            for (int i = 0; i < seminars; ++i)
                add(EventKind::Seminar, EventLevel::None, 1, 0.6);
            const int exchanges = lagging ? dice.count({0.9, 0.05, 0.025, 0.012, 0.008, 0.005})
                                          : dice.count({0.8, 0.09, 0.05, 0.03, 0.02, 0.01});
            for (int i = 0; i < exchanges; ++i)
                add(EventKind::Exchange, EventLevel::None, 1, 0.7);
            // The office records some late months itself, and now and then a late answer to an
            // ad-hoc request in a month whose reports were on time.
            const bool wasLate = late.contains({unit, month});
            if (dice.chance(wasLate ? 0.3 : 0.003))
                add(EventKind::LateReport, EventLevel::None, wasLate ? 26 : 5, 0);
            if (dice.chance(lagging ? 0.03 : 0.01))
                add(EventKind::InaccurateReport, EventLevel::None, 10, 0.2);
        }
    }
    return events;
}

// The first county holds every kind and level of event at least once, so that a demonstration (and
// a test) sees them all however small the workspace.
void Generator::addMissingEvents(QList<PlannedEvent> &events)
{
    if (m_bureauOf.isEmpty())
        return;
    Dice &dice = m_eventDice;
    Id fastest = m_bureauOf.firstKey();
    Id slowest = fastest;
    for (auto it = m_bureauOf.cbegin(); it != m_bureauOf.cend(); ++it) {
        if (m_pace.at(it.value()) > paceOf(fastest))
            fastest = it.key();
        if (m_pace.at(it.value()) < paceOf(slowest))
            slowest = it.key();
    }
    const auto ensure = [&](Id unit, EventKind kind, EventLevel level, bool evidence) {
        const bool present = std::any_of(events.begin(), events.end(), [&](const PlannedEvent &e) {
            return e.kind == kind && e.level == level && e.evidence == evidence && e.month <= m_options.months;
        });
        if (present)
            return;
        const int month = dice.between(1, m_options.months);
        const int day = dice.between(kind == EventKind::LateReport ? 26 : 1, monthDays(month));
        events.append({unit, month, kind, level, day, evidence});
    };
    for (EventLevel level : {EventLevel::Central, EventLevel::Provincial, EventLevel::Municipal}) {
        ensure(fastest, EventKind::Commendation, level, true);
        ensure(slowest, EventKind::Criticism, level, true);
    }
    ensure(fastest, EventKind::AdoptedSuggestion, EventLevel::None, true);
    ensure(fastest, EventKind::Seminar, EventLevel::None, true);
    ensure(fastest, EventKind::Exchange, EventLevel::None, true);
    ensure(slowest, EventKind::Exchange, EventLevel::None, false);
    ensure(slowest, EventKind::LateReport, EventLevel::None, false);
    ensure(slowest, EventKind::InaccurateReport, EventLevel::None, false);
}

Status Generator::storeEvents(const QList<PlannedEvent> &events)
{
    Dice &dice = m_eventDice;
    for (const PlannedEvent &e : events) {
        if (e.month > m_options.months)
            continue;
        const int bureau = m_bureauOf.value(e.department);
        const int section = synthetic::bureaus().at(bureau).section;
        const QString issuer = synthetic::issuer(e.level, dice.pick(2));
        QStringList notes = synthetic::eventNotes(e.kind, e.level);
        // The last late-report note is an ad-hoc request answered late, for a month reported on time.
        if (e.kind == EventKind::LateReport)
            notes = e.day > 25 ? notes.mid(0, notes.size() - 1) : notes.mid(notes.size() - 1);
        DispatchEvent event;
        event.departmentId = e.department;
        event.kind = e.kind;
        event.level = e.level;
        event.date = QDate(m_options.year, e.month, e.day);
        QString note = dice.oneOf(notes);
        event.note = fill(dice, note.replace(QStringLiteral("{issuer}"), issuer), e.month, 50, QString(), section);
        if (e.evidence) {
            const QString month = QStringLiteral("%1年%2月").arg(m_options.year).arg(e.month);
            const QString day = QStringLiteral("%1月%2日").arg(e.month).arg(e.day);
            QString name;
            switch (e.kind) {
            case EventKind::Commendation:
                name = QStringLiteral("%1通报表扬（%2）.txt").arg(issuer, month);
                break;
            case EventKind::Criticism:
                name = QStringLiteral("%1督查通报（%2）.txt").arg(issuer, month);
                break;
            case EventKind::AdoptedSuggestion:
                name = QStringLiteral("意见建议采纳情况（%1）.txt").arg(month);
                break;
            case EventKind::Seminar:
                name = dice.chance(0.5) ? QStringLiteral("活动现场照片（%1）.png").arg(day)
                                        : QStringLiteral("专题会议纪要（%1）.txt").arg(day);
                break;
            case EventKind::Exchange:
                name = QStringLiteral("区域交流合作对接纪要（%1）.txt").arg(day);
                break;
            case EventKind::LateReport:
            case EventKind::InaccurateReport:
                name = QStringLiteral("数据核实情况说明（%1）.txt").arg(month);
                break;
            }
            const QByteArray data = name.endsWith(QStringLiteral(".png"))
                                        ? sitePhoto(dice)
                                        : QStringLiteral("%1\n%2\n%3\n\n%4\n")
                                              .arg(name.chopped(4), m_unitNames.value(e.department),
                                                   event.date.toString(QStringLiteral("yyyy年M月d日")), event.note)
                                              .toUtf8();
            auto sha = storeFile(name, data);
            if (!sha)
                return sha.error();
            event.evidence.append(*sha);
        }
        if (auto id = m_ws.progress().insertEvent(event); !id)
            return id.error();
        ++m_summary.events;
    }
    return {};
}

Status Generator::storeProgress()
{
    if (m_countyTasks.isEmpty())
        return {};
    auto region = m_ws.tasks().regionOf(m_countyTasks.constFirst().id);
    if (!region)
        return region.error();
    auto units = m_ws.departments().forRegion(*region);
    if (!units)
        return units.error();
    m_unitNames.clear();
    for (const Department &d : *units)
        m_unitNames.insert(d.id, d.name);
    planSubmissionDays();
    const QList<PlannedReport> reports = planReports();
    if (Status s = storeReports(reports); !s)
        return s;
    QList<PlannedEvent> events = planEvents(lateMonths(reports));
    if (m_countyIndex == 0)
        addMissingEvents(events);
    return storeEvents(events);
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
