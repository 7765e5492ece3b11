#include "ChineseNumber.h"

#include <QByteArray>

namespace cp {

namespace {

// 万 (1e4) and 亿 (1e8), with the Traditional 萬 and 億 so Traditional documents read alike.
bool isWan(QChar c)
{
    return c == u'万' || c == u'萬';
}

bool isYi(QChar c)
{
    return c == u'亿' || c == u'億';
}

bool isArabicDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19);
}

char asciiDigit(QChar c)
{
    const char16_t u = c.unicode();
    return static_cast<char>(u >= 0xFF10 ? u - 0xFF10 + '0' : u);
}

// Half- and full-width Latin letters: a digit touching one is a code (5G, G207, ＰＭ２.５), not a quantity.
bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= 0xFF21 && u <= 0xFF3A)
           || (u >= 0xFF41 && u <= 0xFF5A);
}

bool isDecimalPoint(QChar c)
{
    return c == u'.' || c == u'．';
}

bool isComma(QChar c)
{
    return c == u',' || c == u'，';
}

// 0..9 for 零〇一二两三四五六七八九, the financial 壹..玖 and Traditional 兩貳叄陸; -1 for anything else.
int chineseDigitValue(QChar c)
{
    static constexpr char16_t plain[] = u"零一二三四五六七八九";
    static constexpr char16_t financial[] = u"零壹贰叁肆伍陆柒捌玖";
    for (int d = 0; d < 10; ++d) {
        if (c == plain[d] || c == financial[d])
            return d;
    }
    if (c == u'〇')
        return 0;
    if (c == u'两' || c == u'兩' || c == u'貳')
        return 2;
    if (c == u'叄')
        return 3;
    if (c == u'陸')
        return 6;
    return -1;
}

// 10, 100, 1000 for 十百千 and 拾佰仟; 0 for anything else.
int chineseUnitValue(QChar c)
{
    if (c == u'十' || c == u'拾')
        return 10;
    if (c == u'百' || c == u'佰')
        return 100;
    if (c == u'千' || c == u'仟')
        return 1000;
    return 0;
}

// The extent of an Arabic number at pos, read without looking at its neighbours.
struct ArabicScan
{
    qsizetype digitsEnd = 0; // after the last digit
    qsizetype end = 0;       // after 万, 亿 or 万亿 when one follows
    QByteArray ascii;        // "1200.5e4", for a correctly rounded conversion
    double multiplier = 1;
};

ArabicScan scanArabic(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    ArabicScan s;
    qsizetype i = pos;
    while (i < n && isArabicDigit(text[i]))
        s.ascii += asciiDigit(text[i++]);
    // Thousands groups: a comma and exactly three digits, after a leading group of one to three.
    if (i - pos <= 3) {
        while (i + 3 < n && isComma(text[i]) && isArabicDigit(text[i + 1]) && isArabicDigit(text[i + 2])
               && isArabicDigit(text[i + 3]) && (i + 4 == n || !isArabicDigit(text[i + 4]))) {
            for (qsizetype k = i + 1; k <= i + 3; ++k)
                s.ascii += asciiDigit(text[k]);
            i += 4;
        }
    }
    // A point only belongs to the number when a digit follows: "160。" and "160." end at the 0.
    if (i + 1 < n && isDecimalPoint(text[i]) && isArabicDigit(text[i + 1])) {
        s.ascii += '.';
        for (++i; i < n && isArabicDigit(text[i]); ++i)
            s.ascii += asciiDigit(text[i]);
    }
    s.digitsEnd = i;
    int exponent = 0;
    if (i + 1 < n && isWan(text[i]) && isYi(text[i + 1]))
        exponent = 12;
    else if (i < n && isWan(text[i]))
        exponent = 4;
    else if (i < n && isYi(text[i]))
        exponent = 8;
    s.end = i + (exponent == 12 ? 2 : exponent ? 1 : 0);
    s.multiplier = exponent == 12 ? 1e12 : exponent == 8 ? 1e8 : exponent == 4 ? 1e4 : 1;
    s.ascii += 'e';
    s.ascii += QByteArray::number(exponent);
    return s;
}

// The scanned number, unless a Latin letter touches its digits on either side.
std::optional<NumberMatch> arabicMatch(QStringView text, qsizetype pos, const ArabicScan &s)
{
    if (pos > 0 && isLatinLetter(text[pos - 1]))
        return std::nullopt;
    if (s.digitsEnd < text.size() && isLatinLetter(text[s.digitsEnd]))
        return std::nullopt;
    bool ok = false;
    const double value = s.ascii.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return NumberMatch{value, pos, s.end, s.multiplier, false};
}

// True when a number read from further left runs over pos (the 200 of 1,200, the 5 of 1.5 or PM2.5).
bool insideEarlierNumber(QStringView text, qsizetype pos)
{
    qsizetype i = pos;
    while (i > 0 && (isArabicDigit(text[i - 1]) || isDecimalPoint(text[i - 1]) || isComma(text[i - 1])))
        --i;
    while (i < pos) {
        if (!isArabicDigit(text[i])) {
            ++i;
            continue;
        }
        i = scanArabic(text, i).digitsEnd;
        if (i > pos)
            return true;
    }
    return false;
}

// Three or more bare digits are read digit by digit, as years are written: 二〇二三 → 2023.
std::optional<NumberMatch> positionalChinese(QStringView text, qsizetype pos)
{
    QByteArray ascii;
    qsizetype i = pos;
    for (; i < text.size() && text[i] != u'两' && text[i] != u'兩' && chineseDigitValue(text[i]) >= 0; ++i)
        ascii += char('0' + chineseDigitValue(text[i]));
    if (ascii.size() < 3)
        return std::nullopt;
    return NumberMatch{ascii.toDouble(), pos, i, 1, true};
}

// Reads 一万二千, 三十五, 一百零五, 十万 greedily: the longest prefix that is a well-formed numeral.
std::optional<NumberMatch> chineseMatch(QStringView text, qsizetype pos)
{
    if (auto positional = positionalChinese(text, pos))
        return positional;
    enum class Last { Start, Digit, Zero, Unit, Big };
    Last last = Last::Start;
    double total = 0;    // the completed 万 and 亿 sections
    double section = 0;  // the part below 万 read so far
    int digit = 0;       // a digit waiting for its 十, 百 or 千
    double unit = 1e4;   // the last 十/百/千 in this section; the next must be smaller
    double bigUnit = 0;  // the last 万 or 亿
    bool seenYi = false;
    std::optional<NumberMatch> best;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text[i];
        const int d = chineseDigitValue(c);
        const int u = chineseUnitValue(c);
        if (d > 0) {
            if (last == Last::Digit)
                break;
            // A final digit straight after a unit is shorthand: 一百五 = 150, 一万二 = 12000, 十五 = 15.
            const double scale = last == Last::Unit ? unit / 10 : last == Last::Big ? bigUnit / 10 : 1;
            digit = d;
            last = Last::Digit;
            best = NumberMatch{total + section + d * scale, pos, i + 1, 1, true};
        } else if (d == 0) {
            if (last == Last::Start) {
                best = NumberMatch{0, pos, i + 1, 1, true};
                break;
            }
            if (last != Last::Unit && last != Last::Big)
                break;
            last = Last::Zero;
        } else if (u > 0) {
            if (last == Last::Digit && u < unit)
                section += digit * u;
            else if (last == Last::Start && u == 10)
                section = 10;
            else
                break;
            digit = 0;
            unit = u;
            last = Last::Unit;
            best = NumberMatch{total + section, pos, i + 1, 1, true};
        } else if (isWan(c)) {
            if ((last != Last::Digit && last != Last::Unit) || bigUnit == 1e4)
                break;
            total += (section + digit) * 1e4;
            section = digit = 0;
            unit = bigUnit = 1e4;
            last = Last::Big;
            best = NumberMatch{total, pos, i + 1, 1e4, true};
        } else if (isYi(c)) {
            if (seenYi || last == Last::Start || last == Last::Zero)
                break;
            const bool wanYi = last == Last::Big; // 万亿, one multiplier of 1e12
            total = (total + section + digit) * 1e8;
            section = digit = 0;
            unit = 1e4;
            bigUnit = 1e8;
            seenYi = true;
            last = Last::Big;
            best = NumberMatch{total, pos, i + 1, wanYi ? 1e12 : 1e8, true};
        } else {
            break;
        }
    }
    return best;
}

} // namespace

bool ChineseNumber::isChineseDigit(QChar c)
{
    return chineseDigitValue(c) >= 0 || chineseUnitValue(c) > 0;
}

std::optional<NumberMatch> ChineseNumber::parseAt(QStringView text, qsizetype pos)
{
    if (pos < 0 || pos >= text.size())
        return std::nullopt;
    if (isArabicDigit(text[pos])) {
        if (insideEarlierNumber(text, pos))
            return std::nullopt;
        return arabicMatch(text, pos, scanArabic(text, pos));
    }
    if (!isChineseDigit(text[pos]))
        return std::nullopt;
    // Inside a longer numeral: the 五 of 十五, the 二 of 一万二千.
    if (pos > 0 && isChineseDigit(text[pos - 1]))
        return std::nullopt;
    if (pos > 1 && (isWan(text[pos - 1]) || isYi(text[pos - 1]))
        && (isChineseDigit(text[pos - 2]) || isArabicDigit(text[pos - 2])))
        return std::nullopt;
    return chineseMatch(text, pos);
}

QList<NumberMatch> ChineseNumber::findArabic(QStringView text)
{
    QList<NumberMatch> out;
    for (qsizetype i = 0; i < text.size();) {
        if (!isArabicDigit(text[i])) {
            ++i;
            continue;
        }
        // Reading left to right, every digit reached here starts a run no earlier number took.
        const ArabicScan s = scanArabic(text, i);
        if (auto m = arabicMatch(text, i, s))
            out.append(*m);
        i = s.end;
    }
    return out;
}

std::optional<double> ChineseNumber::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const auto m = parseAt(trimmed, 0);
    if (!m || m->end != trimmed.size())
        return std::nullopt;
    return m->value;
}

} // namespace cp
