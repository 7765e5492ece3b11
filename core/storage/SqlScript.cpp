#include "SqlScript.h"

namespace cp {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // open BEGIN/CASE blocks
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        // Line comment: dropped.
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        // Block comment: dropped.
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            i += 2;
            while (i + 1 < n && !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current.append(QLatin1Char(' '));
            continue;
        }
        // Quoted string or identifier: copied verbatim, doubled quotes stay inside.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            current.append(c);
            ++i;
            while (i < n) {
                current.append(script.at(i));
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current.append(script.at(++i));
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))
                ++depth;
            else if (word == QLatin1String("END") && depth > 0)
                --depth;
            current.append(script.mid(i, j - i));
            i = j - 1;
            continue;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return statements;
}

} // namespace cp
