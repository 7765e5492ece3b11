#pragma once

#include <QString>

namespace cp {

// Simplified/Traditional conversion through OpenCC (t2s.json / s2t.json from libopencc-data),
// and the folded form used to compare text regardless of script and character width.
// Thread-safe: each thread gets its own converters, loaded on first use.
class ChineseScript
{
public:
    // 壺關縣政府工作報告 → 壶关县政府工作报告. Text OpenCC cannot load for stays as it is.
    static QString toSimplified(const QString &text);
    // 壶关县 → 壺關縣
    static QString toTraditional(const QString &text);
    // For search and matching: Simplified, full-width letters and digits folded to half-width
    // (ＡＢＣ１２３ → abc123), ideographic space to space, lower case; full-width punctuation (（）【】，)
    // stays. Keeps the string's length and positions: one QChar in, one QChar out, so spans found in the
    // folded text are spans of the original (a rare character whose Simplified form needs a different
    // number of QChars, such as 㑮 → 𫝈, keeps its original form).
    static QString fold(const QString &text);
    // Simplified characters at the same positions, Latin letters and digits as written (5G stays
    // 5G; full-width ５Ｇ becomes 5G): how names and labels taken from a document are shown.
    static QString toSimplifiedSameLength(const QString &text);
    // True when OpenCC's data could be loaded (the tests check this).
    static bool isAvailable();
};

} // namespace cp
