#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace cp {

// A quantitative target found in a task's text (or, in a work report's review, a past figure).
struct ExtractedMetric
{
    QString label;                  // what is measured: 新建5G基站, 富硒基地规模
    double value = 0;               // base units: 万 and 亿 expanded
    std::optional<double> valueMax; // 3-5个 → 5
    QString unit;                   // 座, 亩, 元, %
    Comparator comparator = Comparator::Equal;
    std::optional<double> baseline; // 由4家发展到6家 → 4
    MetricKind kind = MetricKind::Absolute;
    QString period;                 // "2023"
    qsizetype start = 0;            // the quote: text.mid(start, end - start)
    qsizetype end = 0;
};

// Finds the targets in a sentence of a county document: "新建5G基站160座以上", "富硒基地规模由0.8万亩
// 达到1.5万亩以上", "农村居民人均可支配收入增长9%以上", "配套建设6个饲草饲料基地", "争取培育一家省级专业镇",
// "覆盖3-5个行政村", "自然村100%通硬化路". Leaves out years and dates, counts of the items just listed
// ("A、B、C和D 4个项目"), numbers in quotes or titles (“4环10射40连30出口”, 《…》), codes and model names
// (5G, G207), sizes inside a project's name (10万千瓦风电项目), and slogans (三大发展定位, 6条产业链).
class MetricExtractor
{
public:
    // original: the text as written; matching runs on its folded form (ChineseScript::fold, same
    // positions), labels come out in Simplified characters with Latin letters as written (5G).
    // year is the period targets belong to unless the sentence names another (到2025年, 三年内).
    static QList<ExtractedMetric> extract(const QString &original, int year);
    // The same with the text's folded and display forms already made (same length as the text).
    static QList<ExtractedMetric> extract(const QString &folded, const QString &display, int year);
};

} // namespace cp
