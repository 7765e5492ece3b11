#include "TextDecoding.h"

#include <QByteArrayView>
#include <QStringDecoder>
#include <QStringView>

namespace cp {

namespace {

// An encoding a planner may name, with the name the decoder knows and the name we report.
struct NamedEncoding
{
    QString alias;      // lower case, as typed after --encoding
    const char *decoder;
    QString reported;
};

const QList<NamedEncoding> &namedEncodings()
{
    static const QList<NamedEncoding> list = {
        {QStringLiteral("utf-8"), "UTF-8", QStringLiteral("UTF-8")},
        {QStringLiteral("utf8"), "UTF-8", QStringLiteral("UTF-8")},
        {QStringLiteral("gb18030"), "GB18030", QStringLiteral("GB18030")},
        {QStringLiteral("gbk"), "GBK", QStringLiteral("GBK")},
        {QStringLiteral("gb2312"), "GB2312", QStringLiteral("GB2312")},
        {QStringLiteral("big5"), "Big5", QStringLiteral("Big5")},
    };
    return list;
}

const NamedEncoding *findEncoding(const QString &name)
{
    const QString key = name.trimmed().toLower();
    for (const NamedEncoding &e : namedEncodings()) {
        if (e.alias == key)
            return &e;
    }
    return nullptr;
}

// C0 controls other than tab, line feed, form feed and carriage return do not occur in documents.
bool isStrayControl(char32_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\f' && c != u'\r';
}

// A NUL, or more than one stray control in twenty units, is a picture, archive or office file.
bool tooManyControls(qsizetype nuls, qsizetype controls, qsizetype total)
{
    return nuls > 0 || controls * 20 > total;
}

bool looksBinary(QByteArrayView bytes)
{
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (const char b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        nuls += c == 0;
        controls += isStrayControl(c);
    }
    return tooManyControls(nuls, controls, bytes.size());
}

bool looksBinary(QStringView text)
{
    qsizetype nuls = 0;
    qsizetype controls = 0;
    for (const QChar c : text) {
        nuls += c.isNull();
        controls += isStrayControl(c.unicode());
    }
    return tooManyControls(nuls, controls, text.size());
}

// Qt's UTF-16 decoder lets unpaired surrogates through; they are as wrong as a bad UTF-8 byte.
qsizetype firstUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return i;
    }
    return -1;
}

// The line holding the first undecodable byte, which the decoder turned into U+FFFD.
qsizetype lineOf(QStringView text, qsizetype index)
{
    if (index < 0)
        index = text.size();
    return text.first(index).count(u'\n') + 1;
}

struct Attempt
{
    QString text;
    qsizetype badLine = 0; // 0 when the bytes decoded cleanly
};

Attempt decodeWith(QByteArrayView bytes, const char *decoderName)
{
    QStringDecoder decoder(decoderName, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    Attempt a;
    a.text = decoder.decode(bytes);
    if (decoder.hasError())
        a.badLine = lineOf(a.text, a.text.indexOf(QChar::ReplacementCharacter));
    return a;
}

Attempt decodeUtf16(QByteArrayView bytes, QStringDecoder::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    Attempt a;
    a.text = decoder.decode(bytes);
    const qsizetype bad = firstUnpairedSurrogate(a.text);
    if (decoder.hasError() || bad >= 0 || bytes.size() % 2 != 0)
        a.badLine = lineOf(a.text, bad);
    return a;
}

} // namespace

Result<DecodedText> TextDecoding::decode(const QByteArray &bytes, const QString &encoding)
{
    const NamedEncoding *named = nullptr;
    if (!encoding.isEmpty()) {
        named = findEncoding(encoding);
        if (!named)
            return Error(tr("unknown encoding “%1”; use utf-8 or gb18030").arg(encoding));
    }

    // A byte-order mark decides when detecting; a named "utf-8" only has its own mark skipped.
    const QByteArrayView all(bytes);
    QString markedAs;
    qsizetype markSize = 0;
    if ((!named || named->reported == QStringLiteral("UTF-8")) && all.startsWith("\xEF\xBB\xBF")) {
        markedAs = QStringLiteral("UTF-8");
        markSize = 3;
    } else if (!named && (all.startsWith("\xFF\xFE") || all.startsWith("\xFE\xFF"))) {
        markedAs = all.startsWith("\xFF\xFE") ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        markSize = 2;
    }
    const QByteArrayView body = all.sliced(markSize);
    if (body.isEmpty())
        return Error(tr("the file is empty"));

    if (!markedAs.isEmpty()) {
        Attempt a = markedAs == QStringLiteral("UTF-8") ? decodeWith(body, "UTF-8")
                    : decodeUtf16(body, markedAs == QStringLiteral("UTF-16LE") ? QStringDecoder::Utf16LE
                                                                              : QStringDecoder::Utf16BE);
        if (looksBinary(a.text))
            return Error(tr("this is not a text document (it contains binary data)"));
        if (a.badLine > 0)
            return Error(tr("the text starts with a %1 byte-order mark but line %2 is not %1")
                             .arg(markedAs)
                             .arg(a.badLine));
        const bool utf8 = markedAs == QStringLiteral("UTF-8");
        return DecodedText{std::move(a.text), utf8 ? QStringLiteral("UTF-8 with BOM") : markedAs};
    }

    if (looksBinary(body))
        return Error(tr("this is not a text document (it contains binary data)"));

    if (named) {
        Attempt a = decodeWith(body, named->decoder);
        if (a.badLine > 0)
            return Error(tr("line %1 is not valid %2; name the file's real encoding with --encoding")
                             .arg(a.badLine)
                             .arg(named->reported));
        return DecodedText{std::move(a.text), named->reported};
    }

    // Valid UTF-8 is almost never valid by accident, so it is tried first; GB18030 accepts far more.
    Attempt utf8 = decodeWith(body, "UTF-8");
    if (utf8.badLine == 0)
        return DecodedText{std::move(utf8.text), QStringLiteral("UTF-8")};
    Attempt gb = decodeWith(body, "GB18030");
    if (gb.badLine == 0)
        return DecodedText{std::move(gb.text), QStringLiteral("GB18030")};
    return Error(tr("the text is neither UTF-8 nor GB18030 (line %1 is not UTF-8); name the encoding with --encoding")
                     .arg(utf8.badLine));
}

} // namespace cp
