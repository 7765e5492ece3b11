#include "MappedText.h"

#include <algorithm>

namespace cp {

MappedText MappedText::fromOriginal(const QString &original, qsizetype start, qsizetype length)
{
    MappedText m;
    m.m_text = original.mid(start, length);
    m.m_positions.reserve(m.m_text.size());
    for (qsizetype i = 0; i < m.m_text.size(); ++i)
        m.m_positions.append(int(start + i));
    return m;
}

void MappedText::append(const MappedText &other)
{
    m_text += other.m_text;
    m_positions += other.m_positions;
}

void MappedText::appendSynthetic(const QString &text)
{
    m_text += text;
    for (qsizetype i = 0; i < text.size(); ++i)
        m_positions.append(-1);
}

MappedText MappedText::mid(qsizetype start, qsizetype length) const
{
    MappedText m;
    m.m_text = m_text.mid(start, length);
    m.m_positions = m_positions.mid(start, length);
    return m;
}

MappedText MappedText::trimmed() const
{
    qsizetype start = 0;
    qsizetype end = m_text.size();
    while (start < end && m_text.at(start).isSpace())
        ++start;
    while (end > start && m_text.at(end - 1).isSpace())
        --end;
    return mid(start, end - start);
}

void MappedText::remove(qsizetype start, qsizetype length)
{
    m_text.remove(start, length);
    m_positions.remove(start, length);
}

QString MappedText::in(const QString &form) const
{
    QString out = m_text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int p = m_positions.at(i);
        if (p >= 0 && p < form.size())
            out[i] = form.at(p);
    }
    return out;
}

TextSpan MappedText::originalSpan(qsizetype start, qsizetype end) const
{
    int first = -1;
    int last = -1;
    for (qsizetype i = std::max<qsizetype>(0, start); i < std::min(end, m_text.size()); ++i) {
        const int p = m_positions.at(i);
        if (p < 0)
            continue;
        if (first < 0 || p < first)
            first = p;
        last = std::max(last, p);
    }
    if (first < 0)
        return {};
    return TextSpan{first, last + 1};
}

} // namespace cp
