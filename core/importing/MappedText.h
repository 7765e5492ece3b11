#pragma once

#include "domain/Types.h"

#include <QList>
#include <QString>

namespace cp {

// Text assembled from pieces of a document's original text (lines joined, debris removed) that
// remembers where each character came from, so a quote found in it maps back to an exact span.
class MappedText
{
public:
    MappedText() = default;
    // A piece of the original: original.mid(start, length).
    static MappedText fromOriginal(const QString &original, qsizetype start, qsizetype length);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }
    bool isEmpty() const { return m_text.isEmpty(); }

    void append(const MappedText &other);
    // Text that is not in the original (a line break between joined lines).
    void appendSynthetic(const QString &text);

    MappedText mid(qsizetype start, qsizetype length = -1) const;
    MappedText trimmed() const;
    // Removes [start, start + length).
    void remove(qsizetype start, qsizetype length);

    // The span of the original covered by text[start, end) (synthetic characters ignored).
    TextSpan originalSpan(qsizetype start, qsizetype end) const;
    TextSpan originalSpan() const { return originalSpan(0, size()); }
    // This text with each character taken from `form` at its original position, where `form` is a
    // same-length form of the whole original (ChineseScript::fold of it); synthetic text as it is.
    QString in(const QString &form) const;
    // The original index of a character, or -1 for synthetic text.
    int originalIndex(qsizetype i) const { return m_positions.at(i); }

private:
    QString m_text;
    QList<int> m_positions;
};

} // namespace cp
