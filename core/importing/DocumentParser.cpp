#include "DocumentParser.h"

#include "ChineseScript.h"
#include "FrontMatter.h"
#include "Numbering.h"

#include <QRegularExpression>

namespace cp {

namespace {

// A line shorter than this that does not end a sentence is a heading, not a broken sentence.
constexpr qsizetype kHeadingLength = 30;

bool endsSentence(const QString &t)
{
    static const QString enders = QStringLiteral("。！？；：”）)】」!?;:");
    return !t.isEmpty() && enders.contains(t.back());
}

struct Item
{
    Numbering numbering;
    int parent = -1;
    QList<int> children;
    MappedText head;         // the text after the number on its own line
    QList<MappedText> lines; // the lines after it, until the next numbered line
    std::optional<UnitAssignment> lineUnits; // a 责任单位 line after the task (002)
    int line = 0;
    TextSpan span;
    QString path;
    int sectionIndex = -1;
};

void extend(TextSpan &span, const TextSpan &more)
{
    if (!more.isValid())
        return;
    if (!span.isValid()) {
        span = more;
        return;
    }
    span.start = std::min(span.start, more.start);
    span.end = std::max(span.end, more.end);
}

// Joins the lines of an item: a line that ends mid-sentence continues on the next line
// (…打击整治农村赌 / 博违法犯罪…), a heading or a finished sentence starts a new paragraph.
MappedText joinLines(const MappedText &head, const QList<MappedText> &lines)
{
    MappedText text = head;
    for (const MappedText &line : lines) {
        if (text.isEmpty()) {
            text = line;
            continue;
        }
        const QString &t = text.text();
        const qsizetype lastBreak = t.lastIndexOf(QLatin1Char('\n'));
        const qsizetype lastLineLength = t.size() - lastBreak - 1;
        if (endsSentence(t) || lastLineLength < kHeadingLength)
            text.appendSynthetic(QStringLiteral("\n"));
        text.append(line);
    }
    return text;
}

bool isReviewTitle(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral("工作回顾|过去一年|过去五年|回顾$|工作总结"));
    return re.match(folded).hasMatch();
}

} // namespace

QString DocumentParser::titleOf(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QString trailing = QStringLiteral("。，；：！？、,.;:");
    const auto tidy = [](QString s) {
        while (!s.isEmpty() && trailing.contains(s.back()))
            s.chop(1);
        return s.trimmed();
    };
    if (firstLine.size() <= kHeadingLength && firstLine.size() < text.trimmed().size())
        return tidy(firstLine);
    static const QRegularExpression sentenceEnd(QStringLiteral("[。！？；!?;]"));
    const qsizetype sentence = firstLine.indexOf(sentenceEnd);
    if (sentence > 0 && sentence <= kHeadingLength)
        return tidy(firstLine.left(sentence));
    static const QRegularExpression clauseEnd(QStringLiteral("[，。；：,;:！？]"));
    const qsizetype clause = firstLine.indexOf(clauseEnd);
    if (clause > 0 && clause <= 40)
        return tidy(firstLine.left(clause));
    if (firstLine.size() <= 40)
        return tidy(firstLine);
    return firstLine.left(40) + QStringLiteral("…");
}

QString DocumentParser::separateIssuers(const QString &issuers)
{
    // 中共阳城县委阳城县人民政府 → 中共阳城县委、阳城县人民政府
    static const QRegularExpression boundary(QStringLiteral("(?<=[县市省区]委)(?=\\p{Han}+(人民政府|政府))"));
    QString s = issuers.trimmed();
    s.replace(boundary, QStringLiteral("、"));
    return s;
}

ParsedDocument DocumentParser::parse(const QString &original)
{
    ParsedDocument doc;
    doc.display = ChineseScript::toSimplifiedSameLength(original);
    doc.folded = ChineseScript::fold(doc.display); // already Simplified: only width and case remain
    const QList<SourceLine> lines = SourceLines::read(original);
    QStringList folded;
    folded.reserve(lines.size());
    for (const SourceLine &l : lines)
        folded.append(SourceLines::plainSpaces(l.text.in(doc.folded)));

    const FrontMatter fm = readFrontMatter(lines, folded);
    doc.metadata = fm.metadata;

    QList<Item> items;
    QList<int> stack;
    QHash<int, int> lastValueAtLevel;
    static const QRegularExpression attachment(QStringLiteral("^附件\\s*\\d*\\s*([:：]|$)"));
    for (int i = fm.bodyStart; i < lines.size(); ++i) {
        const SourceLine &line = lines.at(i);
        const QString &f = folded.at(i);
        if (f.isEmpty() || fm.consumed.contains(i) || SourceLines::isDebris(f) || SourceLines::isHeaderField(f))
            continue;
        if (!items.isEmpty() && attachment.match(f).hasMatch())
            break; // an attachment (附件) is not part of the task list
        if (const auto n = NumberingParser::parse(f)) {
            while (!stack.isEmpty() && items.at(stack.last()).numbering.level >= n->level)
                stack.removeLast();
            Item item;
            item.numbering = *n;
            item.parent = stack.isEmpty() ? -1 : stack.last();
            item.head = line.text.mid(n->length).trimmed();
            item.line = line.number;
            item.span = line.text.originalSpan();
            const int previous = lastValueAtLevel.value(n->level, 0);
            const int siblingCount = item.parent >= 0 ? int(items.at(item.parent).children.size()) : 0;
            if (n->value != 1 && n->value != previous + 1 && siblingCount > 0) {
                doc.warnings.append(tr("line %1: %2 follows number %3 at the same level")
                                        .arg(line.number)
                                        .arg(n->written)
                                        .arg(previous));
            }
            lastValueAtLevel.insert(n->level, n->value);
            const int index = int(items.size());
            if (item.parent >= 0)
                items[item.parent].children.append(index);
            items.append(item);
            stack.append(index);
            continue;
        }
        if (stack.isEmpty())
            continue; // preamble: not a task
        Item &current = items[stack.last()];
        if (!current.lineUnits) {
            // Units are read in Simplified form (責任單位 is 责任单位), names as the registry keeps them.
            if (auto units = UnitBlockParser::parseLine(line.text.in(doc.display))) {
                current.lineUnits = units;
                extend(current.span, line.text.originalSpan());
                continue;
            }
        }
        current.lines.append(line.text);
        extend(current.span, line.text.originalSpan());
    }

    // Paths, sections and tasks. An item with numbered children is a section; the others are tasks,
    // except a work report's look back at the past year, whose figures are actual results.
    for (int index = 0; index < items.size(); ++index) {
        Item &item = items[index];
        const QString parentPath = item.parent >= 0 ? items.at(item.parent).path : QString();
        item.path = parentPath.isEmpty() ? item.numbering.normalized : parentPath + QLatin1Char('.') + item.numbering.normalized;
        const int parentSection = item.parent >= 0 ? items.at(item.parent).sectionIndex : -1;
        const QString headFolded = item.head.in(doc.folded);
        const bool review = doc.metadata.kind == DocumentKind::WorkReport && isReviewTitle(headFolded);

        if (!item.children.isEmpty() || review) {
            ParsedSection s;
            s.number = item.numbering.written;
            s.path = item.path;
            s.title = titleOf(item.head.text());
            s.parent = parentSection;
            s.span = item.span;
            s.body = joinLines(MappedText(), item.lines);
            s.review = review;
            s.line = item.line;
            item.sectionIndex = int(doc.sections.size());
            doc.sections.append(s);
            continue;
        }

        ParsedTask t;
        t.number = item.numbering.written;
        t.path = item.path;
        t.section = parentSection;
        t.line = item.line;
        t.span = item.span;
        MappedText text = joinLines(item.head, item.lines);
        t.units = item.lineUnits;
        if (!t.units) {
            if (auto block = UnitBlockParser::findTrailing(text.in(doc.display))) {
                t.units = block->units;
                text.remove(block->start, block->end - block->start);
            }
        }
        t.text = text.trimmed();
        t.title = titleOf(t.text.text());
        if (!t.units) {
            static const QRegularExpression unitHint(QStringLiteral("[（(][^（）()]*(责任单位|牵头|配合单位)[^（）()]*[）)]\\s*。?$"));
            if (unitHint.match(t.text.text()).hasMatch())
                doc.warnings.append(tr("line %1: the responsible units of %2 could not be read").arg(t.line).arg(t.number));
        }
        doc.tasks.append(t);
    }

    // Span of each section: from its heading to the end of its last item.
    for (int index = int(items.size()) - 1; index >= 0; --index) {
        const Item &item = items.at(index);
        if (item.parent >= 0)
            extend(items[item.parent].span, item.span);
        if (item.sectionIndex >= 0)
            doc.sections[item.sectionIndex].span = items.at(index).span;
    }

    DocumentMetadata &meta = doc.metadata;
    if (meta.issuer.isEmpty() && meta.region) {
        // The text names no issuing body: a work report is its government's; otherwise the region's.
        meta.issuer = meta.kind == DocumentKind::WorkReport ? meta.region->name() + QStringLiteral("人民政府")
                                                            : meta.region->name();
    }
    if (meta.title.isEmpty())
        doc.warnings.append(tr("the document's title could not be found"));
    if (doc.tasks.isEmpty())
        doc.warnings.append(tr("no numbered items (一、 （一） 1. …) were found"));
    return doc;
}

} // namespace cp
