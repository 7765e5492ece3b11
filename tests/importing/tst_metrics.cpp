// MetricExtractor on single sentences: what is a target, and what each target says.
#include "importing/MetricExtractor.h"

#include <QTest>

using namespace cp;

Q_DECLARE_METATYPE(ExtractedMetric)

namespace {

// "label|value|unit|comparator|baseline|max|kind" with empty optional parts.
QString describe(const ExtractedMetric &m)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(m.label)
        .arg(m.value, 0, 'g', 12)
        .arg(m.unit, toCode(m.comparator))
        .arg(m.baseline ? QString::number(*m.baseline, 'g', 12) : QString())
        .arg(m.valueMax ? QString::number(*m.valueMax, 'g', 12) : QString())
        .arg(toCode(m.kind));
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTargets_data();
    void findsTargets();
    void quotesAndPeriods();
};

void TestMetrics::findsTargets_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *tag, const char *sentence, QStringList expected) {
        QTest::newRow(tag) << QString::fromUtf8(sentence) << expected;
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };

    // Levels with comparators and baselines.
    row("at least", "新建5G基站160座以上。", {s("新建5G基站|160|座|>=|||absolute")});
    row("baseline", "今年富硒骨干龙头企业由4家发展到6家。", {s("富硒骨干龙头企业|6|家|=|4||absolute")});
    row("baseline with 万", "富硒基地规模由0.8万亩达到1.5万亩以上。", {s("富硒基地规模|15000|亩|>=|8000||absolute")});
    row("亿元", "富硒产业产值达到0.5亿元以上。", {s("富硒产业产值|50000000|元|>=|||absolute")});
    row("亿公斤 and 万亩", "保障全县粮食播种面积稳定在44.4万亩、总产量稳定在1.4亿公斤以上。",
        {s("粮食播种面积|444000|亩|=|||absolute"), s("总产量|140000000|公斤|>=|||absolute")});
    row("not below", "确保粮食种植面积不少于25.55万亩。", {s("粮食种植面积|255500|亩|>=|||absolute")});
    row("break through", "力争电商销售额突破1亿元。", {s("电商销售额|100000000|元|>=|||absolute")});
    row("within", "城镇登记失业率控制在4.5%以内。", {s("城镇登记失业率|4.5|%|<=|||ratio_pct")});
    row("about", "一产增加值增长9%左右。", {s("一产增加值|9|%|~|||growth_pct")});
    row("red line", "牢牢守住46.3万亩耕地红线。", {s("耕地红线|463000|亩|>=|||absolute")});
    // Growth and ratios.
    row("growth", "农村居民人均可支配收入增长9%以上。", {s("农村居民人均可支配收入|9|%|>=|||growth_pct")});
    row("decline", "PM2.5浓度同比下降10.8%。", {s("PM2.5浓度|-10.8|%|=|||growth_pct")});
    row("ratio", "农村生活垃圾收运体系覆盖率99%。", {s("农村生活垃圾收运体系覆盖率|99|%|=|||ratio_pct")});
    row("raise to", "畜禽粪污综合利用率提高到90%以上。", {s("畜禽粪污综合利用率|90|%|>=|||ratio_pct")});
    row("coverage", "确保撤并保留的较大人口规模(30户及以上)自然村100%通硬化路。",
        {s("撤并保留的较大人口规模自然村通硬化路|100|%|=|||ratio_pct")});
    // Counts of things, Chinese numerals, ranges.
    row("count after verb", "配套建设6个饲草饲料基地。", {s("配套建设饲草饲料基地|6|个|=|||absolute")});
    row("一家", "争取培育一家省级专业镇。", {s("培育省级专业镇|1|家|=|||absolute")});
    row("两个 and 15个", "首批择优选择两个乡镇和15个行政村作为试点乡村。",
        {s("选择乡镇|2|个|=|||absolute"), s("选择行政村作为试点乡村|15|个|=|||absolute")});
    row("十万亩", "完成造林十万亩。", {s("完成造林|100000|亩|=|||absolute")});
    row("两千人", "新增城镇就业两千人。", {s("新增城镇就业|2000|人|=|||absolute")});
    row("range", "至少建设一个覆盖3-5个行政村的乡村振兴示范片区。", {s("覆盖行政村|3|个|=||5|absolute")});
    row("range with 万", "建设高标准农田3-5万亩。", {s("建设高标准农田|30000|亩|=||50000|absolute")});
    row("at least, count first", "到2023年底，至少1所县级综合医院达到推荐标准。", {s("县级综合医院达到推荐标准|1|所|>=|||absolute")});
    row("shared 的-phrase", "开展15个社区、30个行政村的生活垃圾分类试点工作。",
        {s("开展生活垃圾分类试点社区|15|个|=|||absolute"), s("开展生活垃圾分类试点行政村|30|个|=|||absolute")});
    row("list of levels", "打造农业领军企业品牌7个、农产品区域公用品牌2个。",
        {s("打造农业领军企业品牌|7|个|=|||absolute"), s("农产品区域公用品牌|2|个|=|||absolute")});
    row("money then verb", "投资500万元实施农村供水保障工程30处。",
        {s("投资|5000000|元|=|||absolute"), s("实施农村供水保障工程|30|处|=|||absolute")});
    row("qualified count", "全力抓好总投资196.29亿元的164个重点项目。", {s("抓好重点项目|164|个|=|||absolute")});
    row("listed with 等, more than listed", "推进A项目、B基地、C产业园等41个项目建设。", {s("推进项目建设|41|个|=|||absolute")});

    // Not targets.
    row("years and dates", "2023年是全面贯彻落实党的二十大精神开局之年，2024年4月16日召开。", {});
    row("road codes and models", "加快推进国道239、338提级改线工程，推进G207线改造和5G应用。", {});
    row("list count", "推动A风电、B光伏、C光伏和D光伏4个新能源电站项目年内实现全容量并网发电。", {});
    row("list count with 等", "以芹池镇、次营镇、东冶镇、町店镇、北留镇、润城镇等6个乡镇为重点。", {});
    row("slogans", "围绕三大发展定位，落实20条措施，聚焦6条产业链，完善“4环10射40连30出口”的交通网络。", {});
    row("size in a name", "加快推动盂县粤电鑫磊西烟二期10万千瓦风电项目，董封2万只肉羊育肥场全面开工建设。", {});
    row("modifier", "在新建的2万亩高标准农田安装气象站。", {});
    row("a batch", "依托县城、重点镇布局建设一批产地冷链集配中心。", {});
    row("a name with a numeral", "实施四家池小学、初中改扩建工程。", {});
    row("document number", "根据《阳泉市太行革命老区振兴发展2023年工作任务》（阳发改规划〔2023〕109号）提出。", {});
    row("ordinal", "做好第三次全国土壤普查工作，完成第二批试点。", {});
    row("structure ratio", "全县三次产业结构优化为11.1:47.7:41.2。", {});
}

void TestMetrics::findsTargets()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const ExtractedMetric &m : MetricExtractor::extract(sentence, 2023))
        found.append(describe(m));
    QCOMPARE(found, expected);
}

void TestMetrics::quotesAndPeriods()
{
    const QString text = QStringLiteral("到2025年，新建高标准农田2万亩；三年内建成白桑蛋鸡场3座。今年新增民宿50家。");
    const auto metrics = MetricExtractor::extract(text, 2023);
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(text.mid(metrics.at(0).start, metrics.at(0).end - metrics.at(0).start), QStringLiteral("新建高标准农田2万亩"));
    QCOMPARE(metrics.at(0).period, QStringLiteral("2025"));
    QCOMPARE(metrics.at(1).period, QStringLiteral("2025")); // 三年内 from 2023
    QCOMPARE(metrics.at(2).period, QStringLiteral("2023"));
    QCOMPARE(text.mid(metrics.at(2).start, metrics.at(2).end - metrics.at(2).start), QStringLiteral("新增民宿50家"));
    // Traditional text: Simplified labels, quotes stay as written.
    const QString traditional = QStringLiteral("糧食產量達到1.95億斤。");
    const auto t = MetricExtractor::extract(traditional, 2023);
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().label, QStringLiteral("粮食产量"));
    QCOMPARE(traditional.mid(t.first().start, t.first().end - t.first().start), QStringLiteral("糧食產量達到1.95億斤"));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
