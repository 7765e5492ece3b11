#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cp {

// The words around a quantity in a county document, as data: measure words (units), the verbs
// that set a target, the words that make a comparator, and the words that are not part of what
// is measured (time, emphasis). All in Simplified Chinese (text is folded before matching).
class MetricVocabulary
{
public:
    // The longest measure word at the start of text ("万亩" is not one: 万 is a multiplier), or "".
    static QString unitAt(QStringView text);
    static bool isPercent(const QString &unit);
    // Units a Chinese numeral may go with (一家, 两个): never 年, 月, 条 or 大.
    static bool countsWithChineseNumeral(const QString &unit);

    // Verbs after which a Chinese numeral counts (培育一家, 选择两个); not 实施 (实施四家池小学).
    static bool takesChineseNumeral(const QString &verb);
    // Words that end the text before a quantity and set a target: 新建, 完成, 培育, 建设 …
    static qsizetype targetVerbLength(QStringView textBefore);
    // Trailing linking words between what is measured and the number (达到, 稳定在, 增长 …),
    // with what they mean.
    struct Link
    {
        QString word;
        int comparator; // -1: none, else a cp::Comparator value
        bool growth;    // 增长, 增速, 同比提高
        bool decline;   // 下降, 减少
    };
    static const QList<Link> &links();
    // Leading words that are not what is measured: 今年, 全年, 力争, 确保, 全县, 2023年 …
    static QString stripLeading(QString label);
    // Comparator after the number: 以上 ≥, 以内/以下 ≤, 左右 ≈; returns length consumed.
    static qsizetype suffixComparator(QStringView after, int *comparator);
    // Nouns that make a count a slogan or a plan's name, not a target: 产业链, 定位, 措施 …
    static bool isSloganNoun(QStringView noun);
};

} // namespace cp
