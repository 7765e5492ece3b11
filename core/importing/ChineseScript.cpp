#include "ChineseScript.h"

#include "Logging.h"

#include <opencc/opencc.h>

#include <bitset>
#include <exception>
#include <memory>
#include <string>

namespace cp {

namespace {

// Loads one OpenCC configuration on first use and remembers a failure, so a missing file is tried once.
class LazyConverter
{
public:
    explicit LazyConverter(const char *config)
        : m_config(config)
    {}

    const opencc::SimpleConverter *get()
    {
        if (!m_tried) {
            m_tried = true;
            try {
                m_converter = std::make_unique<opencc::SimpleConverter>(m_config);
            } catch (const std::exception &e) {
                qCWarning(lcImport, "OpenCC cannot load %s: %s", m_config, e.what());
            } catch (...) {
                qCWarning(lcImport, "OpenCC cannot load %s", m_config);
            }
        }
        return m_converter.get();
    }

private:
    const char *m_config;
    bool m_tried = false;
    std::unique_ptr<opencc::SimpleConverter> m_converter;
};

// SimpleConverter is not documented as thread-safe, so every thread has its own pair.
const opencc::SimpleConverter *toSimplifiedConverter()
{
    thread_local LazyConverter converter("t2s.json");
    return converter.get();
}

const opencc::SimpleConverter *toTraditionalConverter()
{
    thread_local LazyConverter converter("s2t.json");
    return converter.get();
}

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// OpenCC reads C strings and would stop at a NUL, so each NUL-free run is converted on its own.
QString convert(const opencc::SimpleConverter *converter, QStringView text)
{
    if (!converter || isAscii(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype nul = text.indexOf(QChar(u'\0'), from);
        if (nul < 0)
            nul = text.size();
        const QByteArray utf8 = text.sliced(from, nul - from).toUtf8();
        try {
            const std::string converted = converter->Convert(utf8.constData(), static_cast<size_t>(utf8.size()));
            out += QString::fromUtf8(converted.data(), static_cast<qsizetype>(converted.size()));
        } catch (...) {
            out += text.sliced(from, nul - from);
        }
        if (nul < text.size())
            out += QChar(u'\0');
        from = nul + 1;
    }
    return out;
}

// Same length and surrogates in the same places: position i of one is position i of the other.
bool aligned(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].isHighSurrogate() != b[i].isHighSurrogate() || a[i].isLowSurrogate() != b[i].isLowSurrogate())
            return false;
    }
    return true;
}

// Rare characters map between the BMP and a surrogate pair (㑮 → 𫝈); they keep their original form.
void appendPerCharacter(const opencc::SimpleConverter *converter, QStringView text, QString &out)
{
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype n = text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate() ? 2 : 1;
        const QStringView original = text.sliced(i, n);
        const QString converted = convert(converter, original);
        out += converted.size() == n ? QStringView(converted) : original;
        i += n;
    }
}

// Whether t2s changes a text at all, from what it does to each character alone (learnt once per
// character and thread): most documents are Simplified and then need no OpenCC call.
bool needsSimplifying(const opencc::SimpleConverter *converter, QStringView text)
{
    thread_local std::bitset<0x10000> known;
    thread_local std::bitset<0x10000> changes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x2e80)
            continue; // Latin, punctuation, symbols: below the CJK blocks
        if (c.isSurrogate())
            return true;
        if (!known[u]) {
            const QString converted = convert(converter, QStringView(&c, 1));
            changes[u] = converted.size() != 1 || converted.at(0) != c;
            known[u] = true;
        }
        if (changes[u])
            return true;
    }
    return false;
}

// Simplified with one QChar out for each QChar in: whole text, else line by line, else per character.
QString simplifiedSameLength(QStringView text)
{
    const opencc::SimpleConverter *converter = toSimplifiedConverter();
    if (!converter || !needsSimplifying(converter, text))
        return text.toString();
    QString whole = convert(converter, text);
    if (aligned(text, whole))
        return whole;
    QString out;
    out.reserve(text.size());
    for (qsizetype from = 0; from < text.size();) {
        qsizetype end = text.indexOf(QChar(u'\n'), from);
        end = end < 0 ? text.size() : end + 1;
        const QStringView line = text.sliced(from, end - from);
        const QString converted = convert(converter, line);
        if (aligned(line, converted))
            out += converted;
        else
            appendPerCharacter(converter, line, out);
        from = end;
    }
    return out;
}

} // namespace

QString ChineseScript::toSimplified(const QString &text)
{
    const opencc::SimpleConverter *converter = toSimplifiedConverter();
    if (!converter || !needsSimplifying(converter, text))
        return text;
    return convert(converter, text);
}

QString ChineseScript::toTraditional(const QString &text)
{
    return convert(toTraditionalConverter(), text);
}

QString ChineseScript::fold(const QString &text)
{
    QString out = simplifiedSameLength(text);
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        // Full-width letters and digits (U+FF10..FF5A) sit 0xFEE0 above their ASCII forms.
        if ((u >= 0xFF10 && u <= 0xFF19) || (u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
        if (!c.isSurrogate())
            c = c.toLower();
    }
    return out;
}

bool ChineseScript::isAvailable()
{
    return toSimplifiedConverter() && toTraditionalConverter();
}

QString ChineseScript::toSimplifiedSameLength(const QString &text)
{
    QString display = simplifiedSameLength(text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const ushort u = text.at(i).unicode();
        if (u < 0x80)
            display[i] = text.at(i);
        else if (u >= 0xff01 && u <= 0xff5e)
            display[i] = QChar(ushort(u - 0xfee0)); // full-width Latin to half-width, case kept
    }
    return display;
}

} // namespace cp
