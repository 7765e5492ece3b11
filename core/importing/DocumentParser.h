#pragma once

#include "Gazetteer.h"
#include "MappedText.h"
#include "SourceLines.h"
#include "UnitBlockParser.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cp {

// What the text says about itself: title, 文号, issuer, year, kind and region.
struct DocumentMetadata
{
    QString title;
    QString docNumber; // 文号: 阳发〔2023〕1号
    QString issuer;
    int year = 0;
    DocumentKind kind = DocumentKind::Other;
    std::optional<RegionPath> region;
};

struct ParsedSection
{
    QString number;     // as written: 一、
    QString path;       // 二.（一）
    QString title;
    int parent = -1;    // index into ParsedDocument::sections
    TextSpan span;
    MappedText body;    // the section's own text before its first item (e.g. a report's main targets)
    bool review = false; // a work report's look back at the past year: its figures are actuals
    int line = 0;
};

struct ParsedTask
{
    QString number;  // as written: （三）, 5.
    QString path;    // 二.（三）
    int section = -1;
    QString title;
    MappedText text; // the task's words, responsible units removed
    TextSpan span;   // the whole item in the original, units included
    std::optional<UnitAssignment> units;
    int line = 0;    // 1-based line of the item's number, for messages
};

// A document read into structure; nothing stored yet.
struct ParsedDocument
{
    // The whole original in the two same-length forms the importer reads it in, made once:
    // folded for matching (ChineseScript::fold), display for names and labels (Simplified, Latin as written).
    QString folded;
    QString display;
    DocumentMetadata metadata;
    QList<ParsedSection> sections;
    QList<ParsedTask> tasks;
    QStringList warnings; // "line 12: …"
};

// Reads a county policy document: front matter (title, 文号, header fields, web debris), then the
// numbered outline (一、 / （一） / 1. / （1）) up to an attachment (附件). Items with numbered
// children are sections, the others are tasks; lines broken in mid-sentence are joined; the
// responsible units at the end of a task or on the line after it are taken off its text.
class DocumentParser
{
    Q_DECLARE_TR_FUNCTIONS(cp::DocumentParser)

public:
    static ParsedDocument parse(const QString &original);

    // Title from the first sentence when it is a heading (稳定粮食面积和产量。…), else the first
    // clause, shortened to a readable length.
    static QString titleOf(const QString &text);
    // "中共阳城县委阳城县人民政府" → "中共阳城县委、阳城县人民政府"
    static QString separateIssuers(const QString &issuers);
};

} // namespace cp
