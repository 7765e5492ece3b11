#include "SourceLines.h"

#include <QRegularExpression>

namespace cp {

namespace {

// A line this long is a flattened web page, not a paragraph a person typed.
constexpr qsizetype kFlattenedLine = 1500;

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x3000 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef) || u == 0x201c || u == 0x201d;
}

// Removes [bookmark: …] tags and similar word-processor debris, keeping the mapping.
MappedText stripTags(MappedText text)
{
    static const QRegularExpression tag(QStringLiteral("\\[bookmark:[^\\]]*\\]"));
    for (auto m = tag.match(text.text()); m.hasMatch(); m = tag.match(text.text()))
        text.remove(m.capturedStart(), m.capturedLength());
    return text.trimmed();
}

// Splits a flattened page at the single spaces that stood for paragraph breaks.
QList<MappedText> splitFlattened(const MappedText &line)
{
    QList<MappedText> parts;
    const QString &t = line.text();
    qsizetype start = 0;
    for (qsizetype i = 1; i + 1 < t.size(); ++i) {
        if (t.at(i) != QLatin1Char(' ') && t.at(i) != QChar(0x3000))
            continue;
        if (!isCjk(t.at(i - 1)) && !t.at(i - 1).isPunct())
            continue;
        parts.append(line.mid(start, i - start).trimmed());
        start = i + 1;
    }
    parts.append(line.mid(start).trimmed());
    parts.removeIf([](const MappedText &p) { return p.isEmpty(); });
    return parts;
}

} // namespace

QList<SourceLine> SourceLines::read(const QString &original)
{
    QList<SourceLine> lines;
    qsizetype start = 0;
    int number = 0;
    while (start <= original.size()) {
        qsizetype end = original.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = original.size();
        ++number;
        qsizetype contentEnd = end;
        if (contentEnd > start && original.at(contentEnd - 1) == QLatin1Char('\r'))
            --contentEnd;
        const MappedText text = stripTags(MappedText::fromOriginal(original, start, contentEnd - start));
        if (text.size() > kFlattenedLine) {
            for (const MappedText &part : splitFlattened(text))
                lines.append({part, number});
        } else {
            lines.append({text, number});
        }
        start = end + 1;
    }
    return lines;
}

bool SourceLines::isDebris(const QString &line)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("浏览\\s*[:：]\\s*\\d+")),
        QRegularExpression(QStringLiteral("^(Fullscreen Image|法定主动公开内容|\\|)$")),
        QRegularExpression(QStringLiteral("^[（(]此件(公开发布|依申请公开|不公开)[）)]$")),
        QRegularExpression(QStringLiteral("^[—\\-－]\\s*\\d+\\s*[—\\-－]$")),
        QRegularExpression(QStringLiteral("^第\\s*\\d+\\s*页")),
        QRegularExpression(QStringLiteral("\\d{4}年\\d{1,2}月\\d{1,2}日印发$")),
        QRegularExpression(QStringLiteral("^(打印|关闭|分享|收藏|返回顶部|【字体[：:].*】)$")),
    };
    for (const QRegularExpression &p : patterns) {
        if (p.match(line).hasMatch())
            return true;
    }
    return false;
}

QString SourceLines::plainSpaces(QString text)
{
    for (QChar &c : text) {
        const ushort u = c.unicode();
        if (u == 0x00a0 || u == 0x3000 || (u >= 0x2000 && u <= 0x200b) || u == 0x202f || u == 0xfeff)
            c = QLatin1Char(' ');
    }
    return text;
}

bool SourceLines::isHeaderField(const QString &line)
{
    static const QRegularExpression field(
        QStringLiteral("^(索\\s*引\\s*号|主题分类|主题词|发布机构|发文机关|成文日期|标\\s*题|发文字号|文\\s*号|"
                       "发布日期|生效日期|有效性)\\s*[:：]"));
    return field.match(line).hasMatch();
}

} // namespace cp
