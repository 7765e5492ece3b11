#pragma once

#include <QString>

#include <optional>

namespace cp {

// The numbering a document puts before a heading or an item, as a level in the usual Chinese
// outline: 第一部分 > 一、 > （一） > 1. > （1） > ①. Full- and half-width brackets are alike.
struct Numbering
{
    int level = 0;          // 0 第…部分/章, 1 一、, 2 （一）, 3 1., 4 （1）, 5 ①
    QString written;        // as in the text: "(一)", "1."
    QString normalized;     // for paths: "一", "（一）", "1", "（1）", "①", "第一部分"
    qsizetype length = 0;   // characters the marker takes at the start of the line
    int value = 0;          // 1, 2, 3 … for checking the sequence
};

class NumberingParser
{
public:
    // The numbering at the very start of a line, or nullopt ("1.5万亩…" and "2023年…" have none).
    static std::optional<Numbering> parse(const QString &line);
};

} // namespace cp
