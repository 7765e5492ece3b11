#include "UnitBlockParser.h"

#include "DepartmentNames.h"
#include "Gazetteer.h"

#include <QRegularExpression>

#include <algorithm>

namespace cp {

namespace {

enum class Mark { Unmarked, Lead, Cooperating };

struct Item
{
    QString name;
    Mark role = Mark::Unmarked;
};

enum class SectionKind { Plain, Lead, Responsible, Cooperating, Leaders };

struct Section
{
    SectionKind kind = SectionKind::Plain;
    QString content;
};

bool isOpening(QChar c)
{
    static const QString openings = QStringLiteral("（([【［");
    return openings.contains(c);
}

bool isClosing(QChar c)
{
    static const QString closings = QStringLiteral("）)]】］");
    return closings.contains(c);
}

// Index of the bracket that opens the one closing at `close`, any bracket style, nesting counted.
qsizetype matchingOpening(const QString &text, qsizetype close)
{
    int depth = 0;
    for (qsizetype i = close; i >= 0; --i) {
        if (isClosing(text.at(i)))
            ++depth;
        else if (isOpening(text.at(i)) && --depth == 0)
            return i;
    }
    return -1;
}

// The labels that open a list, 责任单位： or 【责任单位】; group 1 (or 2) is the label word.
const QRegularExpression &labelPattern()
{
    static const QString words = QStringLiteral(
        "(?:主要|其他|具体)?(?:牵头单位|牵头部门|主办单位|主责单位|主责部门|责任单位|责任部门|"
        "承办单位|配合单位|配合部门|协办单位|协助单位|参与单位|参加单位)"
        "|(?:分管|牵头|责任|包联|联系|负责)?(?:县|市|区|镇|乡)?级?领导|责任人"
        "|(?:常务)?副?(?:县|市|区|镇|乡)长");
    static const QRegularExpression pattern(
        QStringLiteral("[【\\[［](%1)[】\\]］]\\s*[：:]?|(%1)\\s*[：:]").arg(words));
    return pattern;
}

SectionKind kindOfLabel(const QString &label)
{
    if (label.contains(QStringLiteral("领导")) || label.endsWith(QStringLiteral("长")) ||
        label == QStringLiteral("责任人"))
        return SectionKind::Leaders;
    if (label.contains(QStringLiteral("牵头")) || label.contains(QStringLiteral("主办")) ||
        label.contains(QStringLiteral("主责")))
        return SectionKind::Lead;
    if (label.contains(QStringLiteral("责任")) || label.contains(QStringLiteral("承办")))
        return SectionKind::Responsible;
    return SectionKind::Cooperating;
}

QString trimSeparators(QString s)
{
    static const QString separators = QStringLiteral("、，,；;。：:");
    const auto isSeparator = [](QChar c) { return c.isSpace() || separators.contains(c); };
    while (!s.isEmpty() && isSeparator(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && isSeparator(s.back()))
        s.chop(1);
    return s;
}

QList<Section> splitSections(const QString &text)
{
    QList<Section> sections;
    qsizetype previousEnd = 0;
    SectionKind previousKind = SectionKind::Plain;
    auto it = labelPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        sections.append(
            {previousKind, trimSeparators(text.mid(previousEnd, m.capturedStart() - previousEnd))});
        const QString label = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        previousKind = kindOfLabel(label);
        previousEnd = m.capturedEnd();
    }
    sections.append({previousKind, trimSeparators(text.mid(previousEnd))});
    // Text before the first label is a section only when there is some.
    if (sections.size() > 1 && sections.front().content.isEmpty())
        sections.removeFirst();
    return sections;
}

// Splits at 、，,；; and spaces outside brackets.
QStringList splitTokens(const QString &text)
{
    static const QString separators = QStringLiteral("、，,；;");
    QStringList tokens;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (isOpening(c))
            ++depth;
        else if (isClosing(c))
            depth = std::max(0, depth - 1);
        if (depth == 0 && (separators.contains(c) || c.isSpace())) {
            if (!current.isEmpty())
                tokens.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

// Whether a place name starts at `from`: 和顺县 in 市生态环境局和顺县分局 is a county, not 和.
bool placeNameAt(const QString &token, qsizetype from)
{
    for (qsizetype length = 2; length <= 5 && from + length <= token.size(); ++length) {
        const QChar last = token.at(from + length - 1);
        if ((last == u'县' || last == u'市' || last == u'区') && Gazetteer::lookup(token.mid(from, length)))
            return true;
    }
    return false;
}

// The units joined by 和/及/以及 in one token, split only where every side reads as a unit, so
// 省工信厅和相关市人民政府 splits while 省粮食和储备局, 县发展和改革局 and 市生态环境局和顺县分局
// stay whole.
QStringList splitJoined(const QString &token)
{
    static const QStringList conjunctions = {QStringLiteral("以及"), QStringLiteral("和"),
                                             QStringLiteral("及")};
    int depth = 0;
    for (qsizetype i = 1; i < token.size(); ++i) {
        const QChar c = token.at(i - 1);
        if (isOpening(c))
            ++depth;
        else if (isClosing(c))
            depth = std::max(0, depth - 1);
        if (depth > 0)
            continue;
        for (const QString &conjunction : conjunctions) {
            if (!QStringView(token).mid(i).startsWith(conjunction))
                continue;
            if (placeNameAt(token, i))
                break;
            const QString left = token.left(i);
            if (!DepartmentNames::looksLikeDepartment(left))
                break;
            const QStringList right = splitJoined(token.mid(i + conjunction.size()));
            if (right.isEmpty())
                break;
            return QStringList{left} + right;
        }
    }
    if (DepartmentNames::looksLikeDepartment(token))
        return {token};
    return {};
}

struct RoleMark
{
    QString words;
    Mark role;
    bool ownUnitOnly = false; // 县发改局（牵头）: the bracketed mark is about that one unit
};

// Words after a group of units that say what the group does, longest first so that 按职责分工负责
// is not read as 负责.
const QList<RoleMark> &roleMarks()
{
    static const QList<RoleMark> marks = {
        {QStringLiteral("按照职责分工负责"), Mark::Cooperating},
        {QStringLiteral("按职责分工负责"), Mark::Cooperating},
        {QStringLiteral("按职能分工负责"), Mark::Cooperating},
        {QStringLiteral("按职责分工落实"), Mark::Cooperating},
        {QStringLiteral("按职责负责"), Mark::Cooperating},
        {QStringLiteral("为牵头单位"), Mark::Lead},
        {QStringLiteral("为配合单位"), Mark::Cooperating},
        {QStringLiteral("为责任单位"), Mark::Cooperating},
        {QStringLiteral("牵头负责"), Mark::Lead},
        {QStringLiteral("牵头抓总"), Mark::Lead},
        {QStringLiteral("牵头落实"), Mark::Lead},
        {QStringLiteral("分工负责"), Mark::Cooperating},
        {QStringLiteral("共同负责"), Mark::Cooperating},
        {QStringLiteral("配合落实"), Mark::Cooperating},
        {QStringLiteral("（牵头）"), Mark::Lead, true},
        {QStringLiteral("（配合）"), Mark::Cooperating, true},
        {QStringLiteral("牵头"), Mark::Lead},
        {QStringLiteral("主责"), Mark::Lead},
        {QStringLiteral("负责"), Mark::Lead},
        {QStringLiteral("配合"), Mark::Cooperating},
        {QStringLiteral("协助"), Mark::Cooperating},
        {QStringLiteral("协办"), Mark::Cooperating},
        {QStringLiteral("参与"), Mark::Cooperating},
    };
    return marks;
}

// Units of one list with the role marks (牵头, 按职责分工负责 …) they carry; nullopt when a part
// does not read as a unit.
std::optional<QList<Item>> parseItems(const QString &text)
{
    QList<Item> items;
    qsizetype unmarkedFrom = 0;
    for (const QString &rawToken : splitTokens(text)) {
        QString token = DepartmentNames::clean(rawToken);
        const RoleMark *mark = nullptr;
        for (const RoleMark &candidate : roleMarks()) {
            if (token.endsWith(candidate.words)) {
                token.chop(candidate.words.size());
                mark = &candidate;
                break;
            }
        }
        const qsizetype tokenFrom = items.size();
        // 县发改局、县财政局等 : the 等 closes the list, it is not part of the last name.
        if (token.endsWith(QStringLiteral("等")))
            token.chop(1);
        token = DepartmentNames::clean(token);
        if (!token.isEmpty()) {
            const QStringList names = splitJoined(token);
            if (names.isEmpty())
                return std::nullopt;
            for (const QString &name : names)
                items.append({DepartmentNames::clean(name), Mark::Unmarked});
        }
        if (!mark)
            continue;
        if (mark->ownUnitOnly) {
            for (qsizetype i = tokenFrom; i < items.size(); ++i)
                items[i].role = mark->role;
            continue;
        }
        // A mark covers every unit written since the previous mark: 甲、乙牵头 makes both lead.
        for (qsizetype i = unmarkedFrom; i < items.size(); ++i) {
            if (items.at(i).role == Mark::Unmarked)
                items[i].role = mark->role;
        }
        unmarkedFrom = items.size();
    }
    return items;
}

} // namespace

std::optional<UnitAssignment> UnitBlockParser::parseList(const QString &text)
{
    QString body = text.trimmed();
    if (!body.isEmpty() && isOpening(body.front()) && isClosing(body.back()) &&
        matchingOpening(body, body.size() - 1) == 0)
        body = body.mid(1, body.size() - 2);

    const QList<Section> sections = splitSections(body);
    const bool leadLabelled = std::any_of(sections.cbegin(), sections.cend(), [](const Section &s) {
        return s.kind == SectionKind::Lead;
    });

    UnitAssignment result;
    QList<Item> unlabelled; // the lists whose lead the role marks or the order decide
    for (const Section &section : sections) {
        if (section.kind == SectionKind::Leaders) {
            static const QRegularExpression between(QStringLiteral("[、，,；;\\s和及]+"));
            for (const QString &part : section.content.split(between, Qt::SkipEmptyParts))
                result.leaders.append(DepartmentNames::clean(part));
            continue;
        }
        const std::optional<QList<Item>> items = parseItems(section.content);
        if (!items)
            return std::nullopt;
        for (const Item &item : *items) {
            if (section.kind == SectionKind::Lead)
                result.lead.append(item.name);
            else if (section.kind == SectionKind::Cooperating ||
                     (section.kind == SectionKind::Responsible && leadLabelled))
                result.cooperating.append(item.name);
            else
                unlabelled.append(item);
        }
    }

    const bool marked = std::any_of(unlabelled.cbegin(), unlabelled.cend(),
                                    [](const Item &item) { return item.role == Mark::Lead; });
    for (qsizetype i = 0; i < unlabelled.size(); ++i) {
        const Item &item = unlabelled.at(i);
        const bool lead = marked ? item.role == Mark::Lead : (i == 0 && result.lead.isEmpty());
        (lead ? result.lead : result.cooperating).append(item.name);
    }

    if (result.lead.isEmpty() && result.cooperating.isEmpty())
        return std::nullopt;
    return result;
}

std::optional<UnitBlock> UnitBlockParser::findTrailing(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end > 0 && text.at(end - 1) == QChar(0x3002)) { // 。
        --end;
        while (end > 0 && text.at(end - 1).isSpace())
            --end;
    }
    if (end == 0)
        return std::nullopt;

    // A label that runs to the end; it wins over a bracket nested in its list (县发改局（粮食局）).
    std::optional<UnitBlock> labelled;
    auto it = labelPattern().globalMatch(text.left(end));
    while (it.hasNext() && !labelled) {
        const qsizetype start = it.next().capturedStart();
        if (const auto units = parseList(text.mid(start, end - start)))
            labelled = UnitBlock{*units, start, end};
    }

    if (isClosing(text.at(end - 1))) {
        const qsizetype open = matchingOpening(text, end - 1);
        if (open >= 0 && (!labelled || open < labelled->start)) {
            if (const auto units = parseList(text.mid(open + 1, end - open - 2)))
                return UnitBlock{*units, open, end};
        }
    }
    return labelled;
}

std::optional<UnitAssignment> UnitBlockParser::parseLine(const QString &line)
{
    QString t = line.trimmed();
    if (t.endsWith(QChar(0x3002))) // 。
        t = t.chopped(1).trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (isOpening(t.front()) && isClosing(t.back()) && matchingOpening(t, t.size() - 1) == 0)
        return parseList(t.mid(1, t.size() - 2));
    const QRegularExpressionMatch m = labelPattern().match(t);
    if (m.hasMatch() && m.capturedStart() == 0)
        return parseList(t);
    return std::nullopt;
}

} // namespace cp
