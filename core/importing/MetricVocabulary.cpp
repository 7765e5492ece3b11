#include "MetricVocabulary.h"

#include "domain/Enums.h"

#include <QRegularExpression>

#include <algorithm>

namespace cp {

namespace {

QStringList sortedLongestFirst(QStringList words)
{
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

const QStringList &units()
{
    static const QStringList list = sortedLongestFirst(QString::fromUtf8(
        "平方公里 平方米 立方米 千瓦时 兆瓦 千瓦 公里 千米 公斤 千克 公顷 人次 户次 个百分点 标准箱 "
        "个 家 座 所 处 套 项 件 名 人 户 只 头 羽 箱 盒 台 辆 次 场 篇 部 间 张 株 棵 口 眼 批 届 支 栋 幢 类 种 "
        "位 块 宗 份 本 册 条 亩 吨 斤 元 米 度 % ％").split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return list;
}

const QStringList &targetVerbs()
{
    static const QStringList list = sortedLongestFirst(QString::fromUtf8(
        "配套建设 新建改建 新改建 改扩建 新建 建设 建成 完成 培育 培树 引进 新增 打造 创建 发放 生产 开展 推进 改造 "
        "安装 选择 覆盖 认定 招聘 举办 组织 建立 设立 申报 扶持 储备 落地 实施 带动 提供 招引 回引 招聘 培训 "
        "认证 铺设 硬化 治理 修复 植树 造林 销售 接待 签约 转移 输送 解决 抓好 谋划 争创 吸纳 救助 资助 开工 整治 "
        "巩固提升 巩固 守住 守牢 投资 完成投资 力促 促进 加快推进 加快")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return list;
}

} // namespace

QString MetricVocabulary::unitAt(QStringView text)
{
    for (const QString &u : units()) {
        if (text.startsWith(u)) {
            // 个村 reads as one measure ("6个村"), so does 个百分点 (in the table).
            if (u == QStringLiteral("个") && text.size() > 1 && text.at(1) == QChar(0x6751) /* 村 */
                && (text.size() == 2 || QStringLiteral("，。；、,;）)").contains(text.at(2))))
                return QStringLiteral("个村");
            return u;
        }
    }
    return {};
}

bool MetricVocabulary::isPercent(const QString &unit)
{
    return unit == QLatin1String("%") || unit == QStringLiteral("％");
}

bool MetricVocabulary::countsWithChineseNumeral(const QString &unit)
{
    static const QStringList allowed = QString::fromUtf8("个 家 所 座 处 项 名 人 户 套 场 次").split(QLatin1Char(' '));
    return allowed.contains(unit);
}

bool MetricVocabulary::takesChineseNumeral(const QString &verb)
{
    static const QStringList verbs = QString::fromUtf8("培育 选择 建设 建成 新建 新增 创建 打造 引进 申报 争创 培树 认定")
                                         .split(QLatin1Char(' '));
    return std::any_of(verbs.begin(), verbs.end(), [&](const QString &v) { return verb.endsWith(v); });
}

qsizetype MetricVocabulary::targetVerbLength(QStringView textBefore)
{
    for (const QString &v : targetVerbs()) {
        if (textBefore.endsWith(v))
            return v.size();
    }
    return 0;
}

const QList<MetricVocabulary::Link> &MetricVocabulary::links()
{
    const int ge = int(Comparator::AtLeast);
    const int le = int(Comparator::AtMost);
    const int about = int(Comparator::About);
    static const QList<Link> list = [&] {
        QList<Link> l{
            {QStringLiteral("稳定在"), -1, false, false}, {QStringLiteral("保持在"), -1, false, false},
            {QStringLiteral("控制在"), le, false, false}, {QStringLiteral("提高到"), -1, false, false},
            {QStringLiteral("提升到"), -1, false, false}, {QStringLiteral("提高至"), -1, false, false},
            {QStringLiteral("增加到"), -1, false, false}, {QStringLiteral("增至"), -1, false, false},
            {QStringLiteral("达到"), -1, false, false},   {QStringLiteral("达"), -1, false, false},
            {QStringLiteral("为"), -1, false, false},     {QStringLiteral("保持"), -1, false, false},
            {QStringLiteral("不少于"), ge, false, false}, {QStringLiteral("不低于"), ge, false, false},
            {QStringLiteral("不超过"), le, false, false}, {QStringLiteral("至少"), ge, false, false},
            {QStringLiteral("突破"), ge, false, false},   {QStringLiteral("超过"), ge, false, false},
            {QStringLiteral("超"), ge, false, false},     {QStringLiteral("约"), about, false, false},
            {QStringLiteral("共"), -1, false, false},     {QStringLiteral("累计"), -1, false, false},
            {QStringLiteral("增长"), -1, true, false},    {QStringLiteral("增速"), -1, true, false},
            {QStringLiteral("增幅"), -1, true, false},    {QStringLiteral("提高"), -1, true, false},
            {QStringLiteral("提升"), -1, true, false},    {QStringLiteral("下降"), -1, true, true},
            {QStringLiteral("降低"), -1, true, true},     {QStringLiteral("减少"), -1, true, true},
            {QStringLiteral("同比"), -1, false, false},   {QStringLiteral("守住"), ge, false, false},
            {QStringLiteral("守牢"), ge, false, false},
        };
        std::sort(l.begin(), l.end(), [](const Link &a, const Link &b) { return a.word.size() > b.word.size(); });
        return l;
    }();
    return list;
}

QString MetricVocabulary::stripLeading(QString label)
{
    static const QRegularExpression leading(QString::fromUtf8(
        "^(今年|全年|年内|当年|年度|本年|力争|争取|确保|保障|保证|要|全县|全市|全省|全区|实现|其中|首批|同时|并且|并|"
        "以及|和|及|在|将|上半年|下半年|年底前|年底|每年|牢牢|合理布局|((到|至)?(19|20)\\d{2}年(底|末)?(前)?)|三年内|五年内|再|还|"
        "进一步|继续|持续|力求|努力|已|已经|共计|总计|此外|另外)"));
    for (qsizetype before = -1; before != label.size();) {
        before = label.size();
        label.remove(leading);
        label = label.trimmed();
    }
    return label;
}

qsizetype MetricVocabulary::suffixComparator(QStringView after, int *comparator)
{
    struct Suffix
    {
        const char *word;
        Comparator c;
    };
    static const Suffix suffixes[] = {{"及以上", Comparator::AtLeast}, {"以上", Comparator::AtLeast},
                                      {"以内", Comparator::AtMost},   {"以下", Comparator::AtMost},
                                      {"左右", Comparator::About},    {"上下", Comparator::About}};
    for (const Suffix &s : suffixes) {
        const QString w = QString::fromUtf8(s.word);
        if (after.startsWith(w)) {
            *comparator = int(s.c);
            return w.size();
        }
    }
    return 0;
}

bool MetricVocabulary::isSloganNoun(QStringView noun)
{
    static const QRegularExpression slogan(QString::fromUtf8(
        "^(大|方面|个方面)|产业链|定位|措施|举措|机制|原则|理念|战略|意识|自信|维护|确立|转型|行动计划$"));
    return slogan.match(noun).hasMatch();
}

} // namespace cp
