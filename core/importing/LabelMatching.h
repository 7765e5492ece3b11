#pragma once

#include <QString>

namespace cp {

// Whether two labels name the same measured quantity (新建5G基站 in two documents; 户厕改造 in a
// report's review and its plan), and whether two units measure alike.
class LabelMatching
{
public:
    // Folded, without punctuation, quotes, brackets and leading verbs of doing (完成, 新建 …).
    static QString key(const QString &label);
    // Dice coefficient of the character bigrams of the keys, 0…1 (1 for equal keys).
    static double similarity(const QString &a, const QString &b);
    // Same unit, or both counts of things (个, 座, 家, 所, 处, 项, 套, 台).
    static bool compatibleUnits(const QString &a, const QString &b);
    // 新增 (an increment) and a level are not the same quantity.
    static bool sameSense(const QString &a, const QString &b);
};

} // namespace cp
