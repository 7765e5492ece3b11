#include "WorkNames.h"

#include <QRegularExpression>

namespace cp {

namespace {

// Verbs that make a work the object of the task.
const QRegularExpression &actionBefore()
{
    static const QRegularExpression re(
        QStringLiteral("(加快推进|加快完成|加快实施|加快建设|加快|推进|推动|实施|建设|建成|完成|启动|开工|新建|改造|续建|谋划)$"));
    return re;
}

} // namespace

QStringList WorkNames::of(const QString &text)
{
    QStringList names;
    const auto add = [&](const QString &n) {
        if (!names.contains(n))
            names.append(n);
    };

    // Road codes: 国道239、338 names two roads.
    static const QRegularExpression road(QStringLiteral("(国道|省道|县道)\\s*([GSXgsx]?\\d{2,4})((?:[、和及]\\d{2,4})*)"));
    for (auto it = road.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        add(m.captured(1) + m.captured(2));
        static const QRegularExpression more(QStringLiteral("\\d{2,4}"));
        for (auto jt = more.globalMatch(m.captured(3)); jt.hasNext();)
            add(m.captured(1) + jt.next().captured(0));
    }

    // Named works: up to eight characters of name before a kind of work, acted upon in the clause.
    static const QRegularExpression work(QStringLiteral(
        "([\\p{Han}A-Za-z0-9]{2,8}?)(调水工程|引水工程|供水工程|抽水蓄能电站|水库|电站|铁路专用线|专用线|旅游公路|高速公路|"
        "多式联运项目|物流园区|产业园|示范园|水网扩容提质工程)"));
    for (auto it = work.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString name = m.captured(1);
        // Drop a leading verb caught in the name: 推进龙华口 → 龙华口.
        static const QRegularExpression leadingVerb(QStringLiteral("^(加快推进|加快完成|加快|推进|推动|实施|建设|完成|大水网)"));
        name.remove(leadingVerb);
        if (name.size() < 2)
            continue;
        // The clause before the name must act on it.
        const qsizetype nameStart = m.capturedStart(2) - name.size();
        qsizetype clauseStart = nameStart;
        static const QString ends = QStringLiteral("。；，：\n,;:");
        while (clauseStart > 0 && !ends.contains(text.at(clauseStart - 1)))
            --clauseStart;
        QString before = text.mid(clauseStart, nameStart - clauseStart);
        static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
        before.remove(quoted);
        if (!actionBefore().match(before).hasMatch() && !before.contains(QStringLiteral("推进"))
            && !before.contains(QStringLiteral("加快")))
            continue;
        add(name + m.captured(2));
    }
    return names;
}

} // namespace cp
