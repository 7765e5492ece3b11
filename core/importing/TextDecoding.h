#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cp {

struct DecodedText
{
    QString text;     // without BOM; line endings as in the file
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "GB18030"; "GBK", "GB2312", "Big5" when named
};

// Turns the bytes of a document file into text.
//  - encoding empty: detect. A UTF-8 or UTF-16 byte-order mark wins; otherwise bytes that are valid
//    UTF-8 are UTF-8; otherwise GB18030 (a superset of GBK and GB2312) when they decode without errors.
//  - encoding given ("utf-8", "gb18030", "gbk", "gb2312", "big5", case-insensitive): use it; bytes it
//    cannot decode are an error, naming the line of the first bad byte. A UTF-8 byte-order mark is
//    skipped when "utf-8" is named; a UTF-16 one only counts when detecting.
// Refused with a reason a planner can act on: empty file, binary data (NUL bytes, or many control
// characters), bytes that fit no supported encoding, an unknown encoding name.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(cp::TextDecoding)

public:
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &encoding = QString());
};

} // namespace cp
