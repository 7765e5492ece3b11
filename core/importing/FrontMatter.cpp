#include "FrontMatter.h"

#include "ChineseScript.h"
#include "Numbering.h"

#include <QRegularExpression>

namespace cp {

namespace {

const QRegularExpression &titleKeyword()
{
    static const QRegularExpression re(
        QStringLiteral("关于|工作任务|任务清单|方案|意见|报告|通知|办法|规划|计划|要点|决定|清单|细则|纲要"));
    return re;
}

// A title is complete when it ends with the kind of document it names.
bool endsWithDocumentType(const QString &folded)
{
    static const QRegularExpression re(
        QStringLiteral("(工作任务|任务清单|方案|意见|报告|通知|办法|规划|计划|要点|决定|清单|细则|纲要)$"));
    return re.match(folded).hasMatch();
}

const QRegularExpression &docNumberPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\p{Han}{1,12}[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号"));
    return re;
}

bool isDateLine(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}(年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})"));
    return re.match(t).hasMatch();
}

// The first lines of the body: a salutation, a long paragraph, a numbered item.
bool isBodyLine(const QString &folded)
{
    if (NumberingParser::parse(folded))
        return true;
    if (folded.size() >= 60)
        return true;
    if (folded.endsWith(QStringLiteral("：")) || folded.endsWith(QLatin1Char(':')))
        return !SourceLines::isHeaderField(folded);
    return folded.contains(QStringLiteral("。")) && folded.size() >= 30;
}

QString removeSpacesBetweenCjk(QString s)
{
    static const QRegularExpression re(QStringLiteral("(?<=[^\\x00-\\x7f])\\s+(?=[^\\x00-\\x7f])"));
    return s.replace(re, QString()).trimmed();
}

// "发文字号: 阳发〔2023〕1号 发布日期: 2023年05月07日" → {发文字号: …, 发布日期: …}
void readHeaderFields(const QString &line, QHash<QString, QString> &fields)
{
    static const QRegularExpression re(QStringLiteral(
        "(索\\s*引\\s*号|主题分类|主题词|发布机构|发文机关|成文日期|标\\s*题|发文字号|文\\s*号|发布日期|生效日期|有效性)\\s*[:：]"));
    QList<QRegularExpressionMatch> matches;
    for (auto it = re.globalMatch(line); it.hasNext();)
        matches.append(it.next());
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype start = matches.at(i).capturedEnd();
        const qsizetype end = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : line.size();
        QString key = matches.at(i).captured(1);
        key.remove(QLatin1Char(' '));
        fields.insert(key, line.mid(start, end - start).trimmed());
    }
}

int yearOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("((?:19|20)\\d{2})\\s*年"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

int yearOfDocNumber(const QString &docNumber)
{
    static const QRegularExpression re(QStringLiteral("[〔\\[［(（]\\s*((?:19|20)\\d{2})"));
    const auto m = re.match(docNumber);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The organ at the start of a title line: "山西省人民政府 关于…" → 山西省人民政府.
QString issuerPrefix(const QString &folded)
{
    static const QRegularExpression re(QStringLiteral("^(\\p{Han}{2,30}?(人民政府|政府|委员会|办公室|办公厅|领导小组|县委|市委|省委))\\s*关于"));
    const auto m = re.match(folded);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

DocumentKind kindFromTitle(const QString &foldedTitle)
{
    if (foldedTitle.contains(QStringLiteral("实施意见")) || foldedTitle.endsWith(QStringLiteral("意见")))
        return DocumentKind::ImplementationOpinion;
    if (foldedTitle.contains(QStringLiteral("工作报告")))
        return DocumentKind::WorkReport;
    if (foldedTitle.contains(QStringLiteral("方案")))
        return DocumentKind::ActionPlan;
    if (foldedTitle.contains(QStringLiteral("工作任务")) || foldedTitle.contains(QStringLiteral("任务清单"))
        || foldedTitle.contains(QStringLiteral("重点任务")) || foldedTitle.contains(QStringLiteral("工作要点")))
        return DocumentKind::TaskList;
    return DocumentKind::Other;
}

FrontMatter readFrontMatter(const QList<SourceLine> &lines, const QStringList &folded)
{
    FrontMatter fm;
    QHash<QString, QString> fields;
    QString notifiedTitle; // 印发《X》的通知 → X
    QString notifyingIssuer;
    QString ownLineNumber; // a 文号 on a line of its own
    QList<int> candidates; // title-like lines, in order
    QHash<QString, int> seen;

    int i = 0;
    for (; i < lines.size(); ++i) {
        const QString &f = folded.at(i);
        if (f.isEmpty())
            continue;
        if (SourceLines::isDebris(f) || SourceLines::isHeaderField(f)) {
            if (SourceLines::isHeaderField(f))
                readHeaderFields(f, fields);
            fm.consumed.insert(i);
            continue;
        }
        static const QRegularExpression attachmentLabel(QStringLiteral("^附件\\s*\\d*\\s*[:：]?$"));
        if (attachmentLabel.match(f).hasMatch()) {
            fm.consumed.insert(i);
            continue;
        }
        static const QRegularExpression notice(QStringLiteral("^(.*?)印发\\s*《(.+)》\\s*的?通知$"));
        if (const auto m = notice.match(f); m.hasMatch()) {
            notifyingIssuer = m.captured(1);
            notifyingIssuer.remove(QRegularExpression(QStringLiteral("关于$")));
            notifiedTitle = lines.at(i).text.text().mid(m.capturedStart(2), m.capturedLength(2));
            fm.consumed.insert(i);
            continue;
        }
        if (isBodyLine(f))
            break;
        fm.consumed.insert(i);
        if (const auto m = docNumberPattern().match(f); m.hasMatch() && m.capturedLength() == f.trimmed().size()) {
            ownLineNumber = m.captured(0);
            continue;
        }
        if (isDateLine(f) || f.size() <= 4)
            continue; // a date, a name, a role: not the title
        seen[f] += 1;
        candidates.append(i);
    }
    fm.bodyStart = i;

    // The title: a line that names a kind of document, joined with the short line directly above it
    // ("盂县太行革命老区振兴发展" / "2023年工作任务") or the lines after it until the title is complete.
    QString title;
    QString titleFolded;
    for (qsizetype c = 0; c < candidates.size() && title.isEmpty(); ++c) {
        const int line = candidates.at(c);
        const QString &f = folded.at(line);
        if (seen.value(f) > 1 || !titleKeyword().match(f).hasMatch())
            continue;
        title = lines.at(line).text.text();
        titleFolded = f;
        if (c > 0) {
            const int above = candidates.at(c - 1);
            if (above == line - 1 && seen.value(folded.at(above)) == 1 && !titleKeyword().match(folded.at(above)).hasMatch()) {
                title.prepend(lines.at(above).text.text());
                titleFolded.prepend(folded.at(above));
            }
        }
        for (qsizetype next = c + 1; next < candidates.size() && !endsWithDocumentType(titleFolded); ++next) {
            const int below = candidates.at(next);
            if (below - candidates.at(next - 1) > 2)
                break;
            title += lines.at(below).text.text();
            titleFolded += folded.at(below);
        }
    }

    DocumentMetadata &meta = fm.metadata;
    QString docNumber = fields.value(QStringLiteral("发文字号"), fields.value(QStringLiteral("文号")));
    if (docNumber.isEmpty())
        docNumber = ownLineNumber;
    if (const auto m = docNumberPattern().match(title); m.hasMatch()) {
        if (docNumber.isEmpty())
            docNumber = m.captured(0);
        title.remove(m.capturedStart(), m.capturedLength());
        titleFolded.remove(m.capturedStart(), m.capturedLength());
    }
    meta.docNumber = removeSpacesBetweenCjk(docNumber);

    if (!notifiedTitle.isEmpty()) {
        title = notifiedTitle;
        titleFolded = ChineseScript::fold(notifiedTitle);
    } else if (title.isEmpty() && fields.contains(QStringLiteral("标题"))) {
        title = fields.value(QStringLiteral("标题"));
        titleFolded = ChineseScript::fold(title);
    }
    meta.title = removeSpacesBetweenCjk(title);
    titleFolded = removeSpacesBetweenCjk(titleFolded);

    meta.issuer = !notifyingIssuer.isEmpty() ? DocumentParser::separateIssuers(notifyingIssuer) : issuerPrefix(titleFolded);
    meta.kind = kindFromTitle(titleFolded);
    meta.year = yearOf(titleFolded);
    if (!meta.year)
        meta.year = yearOfDocNumber(meta.docNumber);
    if (!meta.year)
        meta.year = yearOf(fields.value(QStringLiteral("成文日期")) + fields.value(QStringLiteral("发布日期")));
    meta.region = Gazetteer::find(titleFolded + QLatin1Char(' ') + ChineseScript::fold(meta.issuer));
    return fm;
}

} // namespace cp
