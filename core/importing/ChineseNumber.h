#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace cp {

// A number written in a policy document, found at a position.
struct NumberMatch
{
    double value = 0;      // with the 万/亿 multiplier applied: "1.5万" → 15000
    qsizetype start = 0;   // index of the first character
    qsizetype end = 0;     // one past the last character consumed, multiplier included
    double multiplier = 1; // 1, 1e4 (万), 1e8 (亿), 1e12 (万亿)
    bool chinese = false;  // written with Chinese numerals (一, 两, 十五, 三千)
};

// Numbers as county documents write them.
//  Arabic: 160, 1.5, 0.8, 44.4, full-width ０-９ and ．, thousands separators "1,200" / "1，200"
//  (a comma followed by exactly three digits).
//  Chinese: 零〇一二两三四五六七八九十百千 (and 壹贰叁肆伍陆柒捌玖拾佰仟): 一 → 1, 两 → 2, 十 → 10,
//  十五 → 15, 二十三 → 23, 一百五十 → 150, 三千 → 3000, 一万二千 → 12000.
//  Multipliers directly after a number: 万 (1e4), 亿 (1e8), 万亿 (1e12): "0.5亿" → 5e7, "十万" → 1e5.
//  Traditional text reads alike without folding: 萬, 億 and 兩貳叄陸 ("117.1億" → 1.171e10).
//  Also read: 一百零五 → 105; the shorthand 一百五 → 150, 一万五 → 15000; three or more bare digits
//  positionally, as years are written (二〇二三 → 2023); two bare digits are not one number (一二 → 1).
//  Thousands groups count only after a leading group of one to three digits (1234,567 is two numbers).
class ChineseNumber
{
public:
    // The number that starts exactly at pos (Arabic or Chinese), or nullopt. Greedy: takes the
    // longest number there. An Arabic digit run touching an ASCII letter (5G, G207, PM2.5, 110kV)
    // is not a number; neither is a digit run that starts inside a longer one.
    static std::optional<NumberMatch> parseAt(QStringView text, qsizetype pos);
    // Every Arabic number in the text, left to right (Chinese numerals are found by the caller with
    // parseAt where a measure word follows, since 一批, 统一, 四好农村路 are words, not numbers).
    static QList<NumberMatch> findArabic(QStringView text);
    // A whole string as one number: "1.5万" → 15000, "两" → 2, "三十五" → 35, "１６０" → 160;
    // nullopt when anything but surrounding white space is in the string.
    static std::optional<double> parse(QStringView text);
    // True for 零〇一二两三四五六七八九十百千, their financial forms and 兩貳叄陸; not for 万 or 亿.
    static bool isChineseDigit(QChar c);
};

} // namespace cp
