#pragma once

#include "MappedText.h"

#include <QList>

namespace cp {

// One line of a document as the importer reads it: trimmed, web debris tags such as
// [bookmark: _GoBack] removed, with its 1-based line number in the file for messages.
struct SourceLine
{
    MappedText text;
    int number = 0;
};

// Splits a document's original text into lines. A web copy that arrives as one very long line
// (paragraphs flattened into spaces, as 003) is split into paragraphs at those spaces.
class SourceLines
{
public:
    static QList<SourceLine> read(const QString &original);

    // Page furniture and web debris that is never content: view counters (浏览:3401), "Fullscreen
    // Image", "法定主动公开内容", "(此件公开发布)", page numbers (— 3 —), publishing stamps
    // (…办公厅2021年11月9日印发), a lone "|".
    static bool isDebris(const QString &line);
    // 索引号: … 发文字号: … style header fields of government web pages.
    static bool isHeaderField(const QString &line);
    // No-break, ideographic and other wide spaces as plain spaces (web pages use them for layout);
    // one character in, one out.
    static QString plainSpaces(QString text);
};

} // namespace cp
