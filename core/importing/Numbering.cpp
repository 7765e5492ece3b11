#include "Numbering.h"

#include "ChineseNumber.h"

#include <QRegularExpression>

namespace cp {

std::optional<Numbering> NumberingParser::parse(const QString &line)
{
    struct Pattern
    {
        int level;
        QRegularExpression re;
    };
    static const Pattern patterns[] = {
        {0, QRegularExpression(QStringLiteral("^第([一二三四五六七八九十]+)(部分|章|篇)"))},
        {1, QRegularExpression(QStringLiteral("^([一二三四五六七八九十]{1,3})[、．.]"))},
        {2, QRegularExpression(QStringLiteral("^[（(]([一二三四五六七八九十]{1,3})[）)]"))},
        {3, QRegularExpression(QStringLiteral("^(\\d{1,3})(?:[、．]|\\.(?!\\d))"))},
        {4, QRegularExpression(QStringLiteral("^[（(](\\d{1,3})[）)]"))},
        {5, QRegularExpression(QStringLiteral("^([①-⑳])"))},
    };
    for (const Pattern &p : patterns) {
        const auto m = p.re.match(line);
        if (!m.hasMatch())
            continue;
        Numbering n;
        n.level = p.level;
        n.written = m.captured(0);
        n.length = m.capturedLength(0);
        const QString digits = m.captured(1);
        switch (p.level) {
        case 0:
            n.normalized = m.captured(0);
            n.value = int(ChineseNumber::parse(digits).value_or(0));
            break;
        case 1:
            n.normalized = digits;
            n.value = int(ChineseNumber::parse(digits).value_or(0));
            break;
        case 2:
            n.normalized = QStringLiteral("（%1）").arg(digits);
            n.value = int(ChineseNumber::parse(digits).value_or(0));
            break;
        case 3:
            n.normalized = digits;
            n.value = digits.toInt();
            break;
        case 4:
            n.normalized = QStringLiteral("（%1）").arg(digits);
            n.value = digits.toInt();
            break;
        default:
            n.normalized = digits;
            n.value = digits.at(0).unicode() - 0x2460 + 1;
        }
        return n;
    }
    return std::nullopt;
}

} // namespace cp
