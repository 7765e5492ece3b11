#pragma once

#include "DocumentParser.h"

#include <QSet>

namespace cp {

// The lines before a document's body: where the title, 文号 and issuer are.
struct FrontMatter
{
    DocumentMetadata metadata;
    int bodyStart = 0;  // index of the first body line
    QSet<int> consumed; // indexes of lines that were title, header fields or debris
};

// folded: the lines' text through ChineseScript::fold (same positions), for matching.
FrontMatter readFrontMatter(const QList<SourceLine> &lines, const QStringList &folded);

// Kind from the title's own words: 实施意见, 工作报告, 行动方案, 工作任务 …
DocumentKind kindFromTitle(const QString &foldedTitle);

} // namespace cp
