#include "LabelMatching.h"

#include "ChineseScript.h"

#include <QRegularExpression>
#include <QSet>

namespace cp {

QString LabelMatching::key(const QString &label)
{
    QString k = ChineseScript::fold(label);
    static const QRegularExpression noise(QStringLiteral("[\\s“”\"'‘’《》〈〉（）()\\[\\]【】、，。；：,.;:·]"));
    k.remove(noise);
    static const QRegularExpression leadingVerb(QStringLiteral("^(完成|新建改建|新改建|新建|建设|建成|实施|实现|达到|开展|推进)"));
    k.remove(leadingVerb);
    return k;
}

double LabelMatching::similarity(const QString &a, const QString &b)
{
    const QString ka = key(a);
    const QString kb = key(b);
    if (ka == kb)
        return 1.0;
    if (ka.size() < 2 || kb.size() < 2)
        return 0.0;
    const auto bigrams = [](const QString &s) {
        QList<QString> out;
        for (qsizetype i = 0; i + 1 < s.size(); ++i)
            out.append(s.mid(i, 2));
        return out;
    };
    const QList<QString> ba = bigrams(ka);
    QList<QString> bb = bigrams(kb);
    int common = 0;
    for (const QString &g : ba) {
        const qsizetype i = bb.indexOf(g);
        if (i >= 0) {
            ++common;
            bb.removeAt(i);
        }
    }
    return 2.0 * common / double(ba.size() + bigrams(kb).size());
}

bool LabelMatching::compatibleUnits(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    static const QSet<QString> counts{QStringLiteral("个"), QStringLiteral("座"), QStringLiteral("家"),
                                      QStringLiteral("所"), QStringLiteral("处"), QStringLiteral("项"),
                                      QStringLiteral("套"), QStringLiteral("台")};
    return counts.contains(a) && counts.contains(b);
}

bool LabelMatching::sameSense(const QString &a, const QString &b)
{
    const QString fa = ChineseScript::fold(a);
    const QString fb = ChineseScript::fold(b);
    return fa.contains(QStringLiteral("新增")) == fb.contains(QStringLiteral("新增"));
}

} // namespace cp
