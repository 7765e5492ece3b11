#include "MetricExtractor.h"

#include "ChineseNumber.h"
#include "ChineseScript.h"
#include "MetricVocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace cp {

namespace {

bool isClauseEnd(QChar c)
{
    static const QString ends = QStringLiteral("。；！？，：\n,;:!?");
    return ends.contains(c);
}

bool isListSeparator(QChar c)
{
    return c == QChar(0x3001) /* 、 */ || c == QChar(0x548c) /* 和 */ || c == QChar(0x53ca) /* 及 */;
}

bool isSentenceEnd(QChar c)
{
    static const QString ends = QStringLiteral("。；！？\n;!?");
    return ends.contains(c);
}

// Characters inside “…”, 《…》 and brackets: names, titles, slogans and qualifiers, not targets.
QList<bool> shieldedCharacters(const QString &text)
{
    QList<bool> shielded(text.size(), false);
    int quote = 0, title = 0, paren = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x201c))
            ++quote;
        else if (c == QChar(0x201d))
            quote = std::max(0, quote - 1);
        else if (c == QChar(0x300a))
            ++title;
        else if (c == QChar(0x300b))
            title = std::max(0, title - 1);
        else if (c == QLatin1Char('(') || c == QChar(0xff08))
            ++paren;
        else if (c == QLatin1Char(')') || c == QChar(0xff09))
            paren = std::max(0, paren - 1);
        shielded[i] = quote > 0 || title > 0 || paren > 0;
    }
    return shielded;
}

struct Quantity
{
    NumberMatch number;
    std::optional<NumberMatch> upper; // range end
    QString unit;
    qsizetype end = 0; // after the unit
};

std::optional<Quantity> quantityAt(const QString &text, qsizetype pos)
{
    auto n = ChineseNumber::parseAt(text, pos);
    if (!n)
        return std::nullopt;
    Quantity q;
    q.number = *n;
    qsizetype after = n->end;
    static const QString rangeMarks = QStringLiteral("-－~～—至到");
    if (after < text.size() && rangeMarks.contains(text.at(after))) {
        if (auto upper = ChineseNumber::parseAt(text, after + 1); upper && upper->chinese == n->chinese) {
            // Only a range when the unit follows the second number: 3-5个, not 2023-2025年.
            const QString unit = MetricVocabulary::unitAt(QStringView(text).mid(upper->end));
            if (!unit.isEmpty()) {
                q.upper = upper;
                after = upper->end;
                // 3-5万亩: the multiplier written once applies to both ends.
                if (q.number.multiplier == 1 && upper->multiplier > 1) {
                    q.number.value *= upper->multiplier;
                    q.number.multiplier = upper->multiplier;
                }
            }
        }
    }
    q.unit = MetricVocabulary::unitAt(QStringView(text).mid(after));
    if (q.unit.isEmpty())
        return std::nullopt;
    q.end = after + q.unit.size();
    return q;
}

// How many items the text before a count lists: "A、B、C和D" → 4.
int listedItems(const QString &before)
{
    const qsizetype start = before.lastIndexOf(QRegularExpression(QStringLiteral("[。；，：,;:]")));
    QString list = before.mid(start + 1);
    if (list.endsWith(QStringLiteral("等")))
        list.chop(1);
    if (!list.contains(QStringLiteral("、")) && !list.contains(QStringLiteral("和")))
        return 1;
    return int(list.split(QRegularExpression(QStringLiteral("[、和及]")), Qt::SkipEmptyParts).size());
}

QString tidyLabel(QString label)
{
    static const QRegularExpression bracketed(QStringLiteral("[（(][^（）()]*\\d[^（）()]*[）)]"));
    label.remove(bracketed);
    static const QRegularExpression trailing(QStringLiteral("(数量|任务|工作|的)$"));
    label.remove(trailing);
    return MetricVocabulary::stripLeading(label).trimmed();
}

int periodYear(const QString &sentence, int year)
{
    static const QRegularExpression until(QStringLiteral("(到|至)((19|20)\\d{2})年"));
    if (const auto m = until.match(sentence); m.hasMatch())
        return m.captured(2).toInt();
    static const QRegularExpression within(QStringLiteral("(三|五|两|二)年内"));
    if (const auto m = within.match(sentence); m.hasMatch() && year)
        return year + int(ChineseNumber::parse(m.captured(1)).value_or(0)) - 1;
    return year;
}

class Extractor
{
public:
    Extractor(const QString &folded, const QString &display, int year)
        : m_folded(folded)
        , m_display(display)
        , m_text(m_folded)
        , m_year(year)
        , m_shielded(shieldedCharacters(m_folded))
    {}

    QList<ExtractedMetric> run();

private:
    void consider(qsizetype pos);
    qsizetype clauseStart(qsizetype pos) const;
    // The label as displayed: its characters are taken, in order, from the text from `from` on.
    QString displayed(const QString &label, qsizetype from) const;

    QString m_folded;
    QString m_display;
    const QString &m_text;
    int m_year;
    QList<bool> m_shielded;
    QList<ExtractedMetric> m_out;
    qsizetype m_lastQuantityEnd = -1; // where the previous target's words ended
    QString m_lastVerb;               // its verb, shared by a list: 开展15个社区、30个行政村
    qsizetype m_consumedUntil = 0;
};

QString Extractor::displayed(const QString &label, qsizetype from) const
{
    QString out;
    qsizetype p = from;
    for (const QChar c : label) {
        const qsizetype at = m_text.indexOf(c, p);
        if (at < 0)
            return label; // not a subsequence (should not happen): keep the folded form
        out.append(m_display.at(at));
        p = at + 1;
    }
    return out;
}

QList<ExtractedMetric> Extractor::run()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (i < m_consumedUntil || m_shielded.at(i))
            continue;
        if (c.isDigit() || ChineseNumber::isChineseDigit(c))
            consider(i);
    }
    return m_out;
}

// The clause a quantity belongs to starts after punctuation, or after a 、 that ended the
// previous quantity ("打造品牌7个、农产品区域公用品牌2个").
qsizetype Extractor::clauseStart(qsizetype pos) const
{
    qsizetype s = pos;
    while (s > 0 && !isClauseEnd(m_text.at(s - 1))) {
        if (s == m_lastQuantityEnd)
            break;
        if (s - 1 == m_lastQuantityEnd && isListSeparator(m_text.at(s - 1)))
            break;
        --s;
    }
    return s;
}

void Extractor::consider(qsizetype pos)
{
    // Not the middle of a number, not an ordinal (第三次), not 5G or G207 (parseAt refuses those).
    if (pos > 0 && (m_text.at(pos - 1).isDigit() || m_text.at(pos - 1) == QLatin1Char('.')))
        return;
    const auto q = quantityAt(m_text, pos);
    if (!q) {
        if (auto n = ChineseNumber::parseAt(m_text, pos))
            m_consumedUntil = n->end;
        return;
    }
    m_consumedUntil = q->end;
    if (pos > 0 && m_text.at(pos - 1) == QChar(0x7b2c) /* 第 */)
        return;
    const bool chinese = q->number.chinese;
    const bool percent = MetricVocabulary::isPercent(q->unit);
    // 一家, 两个 count things; 十万亩, 两千人 are large enough not to be words like 一批 or 三大.
    if (chinese && !MetricVocabulary::countsWithChineseNumeral(q->unit) && q->number.value < 10)
        return;

    const qsizetype start = clauseStart(pos);
    const QString before = m_text.mid(start, pos - start);
    // A list sharing the verb of the target before it: 开展15个社区、30个行政村.
    const bool continuesList = start > 0 && start - 1 == m_lastQuantityEnd && isListSeparator(m_text.at(start - 1));
    qsizetype end = q->end;
    int comparator = -1;
    end += MetricVocabulary::suffixComparator(QStringView(m_text).mid(end), &comparator);

    // What follows up to the end of the clause: nothing (a level: 新建5G基站160座), a new verb phrase
    // (投资500万元实施…: also a level), or a noun (a count of things: 配套建设6个饲草饲料基地).
    qsizetype restEnd = end;
    while (restEnd < m_text.size() && !isClauseEnd(m_text.at(restEnd)) && m_text.at(restEnd) != QChar(0x3001))
        ++restEnd;
    QString rest = m_text.mid(end, restEnd - end);
    for (qsizetype n = 2; n <= std::min<qsizetype>(4, rest.size()); ++n) {
        if (MetricVocabulary::targetVerbLength(QStringView(rest).left(n)) == n) {
            rest.clear(); // 投资500万元 | 实施农村供水保障工程30处
            break;
        }
    }

    // Strip the linking words between what is measured and the number: 达到, 稳定在, 增长 …
    QString label = before;
    bool growth = false, decline = false;
    std::optional<double> baseline;
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const MetricVocabulary::Link &link : MetricVocabulary::links()) {
            // 增长, 提升 … say "growth" only of a percentage; elsewhere they belong to the verb.
            if (!label.endsWith(link.word) || (link.growth && !percent))
                continue;
            label.chop(link.word.size());
            if (link.comparator >= 0 && comparator < 0)
                comparator = link.comparator;
            growth = growth || link.growth;
            decline = decline || link.decline;
            stripped = true;
            break;
        }
    }
    // 由4家发展到6家: the starting value is the baseline.
    static const QRegularExpression from(QStringLiteral("由([^由]*?)(发展|增加|提高|提升|扩大|达)?到?$"));
    if (const auto m = from.match(label); m.hasMatch() && !m.captured(1).isEmpty()) {
        if (auto b = quantityAt(label, m.capturedStart(1)); b && b->end == m.capturedEnd(1) && b->unit == q->unit) {
            baseline = b->number.value;
            label.truncate(m.capturedStart(0));
        }
    }
    // 较2019年增长216%: the comparison is not part of what is measured.
    static const QRegularExpression comparison(QStringLiteral("(较|比)[^较比]*$"));
    if (growth)
        label.remove(comparison);

    qsizetype quoteEnd = end;
    QString verb;
    if (!rest.isEmpty()) {
        const bool de = rest.startsWith(QStringLiteral("的"));
        if (de)
            rest.remove(0, 1);
        // The noun ends at 的 or where a list goes on to the next quantity (两个乡镇和15个行政村).
        qsizetype nounEnd = rest.indexOf(QStringLiteral("的"));
        static const QRegularExpression nextInList(QStringLiteral("[和及](?=[\\d一二两三四五六七八九十])"));
        const qsizetype listAt = rest.indexOf(nextInList);
        if (listAt >= 0 && (nounEnd < 0 || listAt < nounEnd))
            nounEnd = listAt;
        QString noun = nounEnd >= 0 ? rest.left(nounEnd) : rest;
        if (noun.isEmpty() || MetricVocabulary::isSloganNoun(noun))
            return;
        if (de && (noun.front().isDigit() || ChineseNumber::isChineseDigit(noun.front())))
            return; // 总投资196.29亿元的164个重点项目: the first quantity only qualifies the second
        if (chinese && noun.contains(QRegularExpression(QStringLiteral("\\d"))))
            return;
        if (label.endsWith(QStringLiteral("的"))) {
            // 抓好总投资196.29亿元的164个重点项目: a quantity before 的 qualifies; the verb is before it.
            static const QRegularExpression qualifier(QStringLiteral("(总投资|投资|总额|规模)?[\\d.]+[万亿]?\\p{Han}{1,2}的$"));
            const auto qm = qualifier.match(label);
            if (!qm.hasMatch())
                return; // 在新建的2万亩高标准农田: describes, does not set
            label.truncate(qm.capturedStart());
        }
        static const QRegularExpression listEnd(QStringLiteral("等$"));
        static const QRegularExpression onlyComparator(QStringLiteral("^(至少|不少于|超过)$"));
        const bool listed = listEnd.match(label).hasMatch();
        const qsizetype verbLength = MetricVocabulary::targetVerbLength(label);
        if (verbLength > 0)
            verb = label.right(verbLength);
        else if (comparator == int(Comparator::AtLeast) && before.contains(QStringLiteral("守")))
            verb = QString(); // 守住46.3万亩耕地红线: the red line itself is what is measured
        else if (continuesList)
            verb = m_lastVerb;
        const bool acted = verbLength > 0 || listed || continuesList || onlyComparator.match(before.trimmed()).hasMatch()
                           || before.endsWith(QStringLiteral("守住")) || before.endsWith(QStringLiteral("守牢"));
        // A percentage followed by what it covers (自然村100%通硬化路) needs no verb.
        if (!acted && !percent)
            return; // a size inside a name (10万千瓦风电, 董封2万只肉羊育肥场), not a target
        // A count of the things just listed is not a target: A、B、C和D 4个项目.
        if (!chinese && q->number.value >= 2 && listedItems(before) == int(q->number.value))
            return;
        if (listed) {
            // 树人街等4条街电力设施改迁 counts streets inside one item of a longer list of works.
            const QString lastItem = label.left(label.size() - 1).section(QChar(0x3001), -1);
            if (!lastItem.isEmpty() && noun.startsWith(lastItem.back()))
                return;
            // 推进A、B、C等41个项目建设 → 推进 + 项目建设: the verb that opens the list.
            qsizetype verbEnd = -1;
            for (qsizetype i = 1; i <= std::min<qsizetype>(label.size(), 6) && verbEnd < 0; ++i) {
                if (MetricVocabulary::targetVerbLength(QStringView(label).left(i)))
                    verbEnd = i;
            }
            if (verbEnd < 0)
                return;
            verb = label.left(verbEnd);
        }
        if (chinese && !MetricVocabulary::takesChineseNumeral(verb))
            return; // 实施四家池小学: a name, not four of anything
        quoteEnd = end + (de ? 1 : 0) + noun.size();
        // A short noun with a shared 的-phrase: 15个社区、30个行政村的生活垃圾分类试点工作.
        static const QRegularExpression sharedTail(QStringLiteral("^[^，。；：,;:]*?的([^，。；：,;:的]+)"));
        const bool inList = continuesList || (quoteEnd < m_text.size() && isListSeparator(m_text.at(quoteEnd)));
        if (noun.size() <= 3 && !de && inList) {
            if (const auto t = sharedTail.match(QStringView(m_text).mid(quoteEnd)); t.hasMatch()) {
                QString tail = t.captured(1);
                tail.remove(QRegularExpression(QStringLiteral("(工作|任务)$")));
                noun = tail + noun;
            }
        }
        label = percent && !acted ? label + noun : verb + noun;
    } else if (chinese) {
        // A Chinese numeral ending the clause is a target only after a verb that sets one:
        // 完成造林十万亩, 新增城镇就业两千人.
        const QString stripped = MetricVocabulary::stripLeading(label);
        bool startsWithVerb = false;
        for (qsizetype n = 2; n <= std::min<qsizetype>(4, stripped.size()) && !startsWithVerb; ++n)
            startsWithVerb = MetricVocabulary::targetVerbLength(QStringView(stripped).left(n)) == n;
        if (!startsWithVerb)
            return;
    }

    label = tidyLabel(label);
    if (label.isEmpty())
        return;

    ExtractedMetric m;
    m.label = displayed(label, start);
    m.unit = q->unit == QStringLiteral("％") ? QStringLiteral("%") : q->unit;
    m.value = q->number.value;
    if (q->upper)
        m.valueMax = q->upper->value;
    m.comparator = comparator >= 0 ? Comparator(comparator) : Comparator::Equal;
    m.baseline = baseline;
    m.kind = percent ? (growth ? MetricKind::GrowthPct : MetricKind::RatioPct) : MetricKind::Absolute;
    if (decline && percent)
        m.value = -m.value;
    // The quote runs from where the label's words start to the end of the target's words.
    const qsizetype labelPos = m_text.indexOf(label.left(1), start);
    m.start = labelPos >= 0 && labelPos < pos ? labelPos : start;
    m.end = quoteEnd;
    qsizetype sentenceStart = start;
    while (sentenceStart > 0 && !isSentenceEnd(m_text.at(sentenceStart - 1)))
        --sentenceStart;
    const int year = periodYear(m_text.mid(sentenceStart, m.end - sentenceStart), m_year);
    m.period = year ? QString::number(year) : QString();
    m_out.append(m);
    m_lastQuantityEnd = quoteEnd;
    m_lastVerb = verb;
}

} // namespace

QList<ExtractedMetric> MetricExtractor::extract(const QString &original, int year)
{
    return Extractor(ChineseScript::fold(original), ChineseScript::toSimplifiedSameLength(original), year).run();
}

QList<ExtractedMetric> MetricExtractor::extract(const QString &folded, const QString &display, int year)
{
    return Extractor(folded, display, year).run();
}

} // namespace cp
