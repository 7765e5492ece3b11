#include "DepartmentNames.h"

#include "ChineseScript.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace cp {

namespace {

// A standard short form and the full name it stands for, unit word included so that 交通 does not
// also match inside 交通运输局. A few rows map one official variant to another (发展改革局).
struct ShortForm
{
    QString shortName;
    QString fullName;
};

const QList<ShortForm> &shortForms()
{
    static const QList<ShortForm> table = {
        {QStringLiteral("发改局"), QStringLiteral("发展和改革局")},
        {QStringLiteral("发展改革局"), QStringLiteral("发展和改革局")},
        {QStringLiteral("发改委"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("发展改革委"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("发展和改革委"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("发展改革委员会"), QStringLiteral("发展和改革委员会")},
        {QStringLiteral("交通局"), QStringLiteral("交通运输局")},
        {QStringLiteral("交通厅"), QStringLiteral("交通运输厅")},
        {QStringLiteral("人社局"), QStringLiteral("人力资源和社会保障局")},
        {QStringLiteral("人社厅"), QStringLiteral("人力资源和社会保障厅")},
        {QStringLiteral("人力资源社会保障局"), QStringLiteral("人力资源和社会保障局")},
        {QStringLiteral("人力资源社会保障厅"), QStringLiteral("人力资源和社会保障厅")},
        {QStringLiteral("住建局"), QStringLiteral("住房和城乡建设局")},
        {QStringLiteral("住建厅"), QStringLiteral("住房和城乡建设厅")},
        {QStringLiteral("住房城乡建设局"), QStringLiteral("住房和城乡建设局")},
        {QStringLiteral("住房城乡建设厅"), QStringLiteral("住房和城乡建设厅")},
        {QStringLiteral("卫健局"), QStringLiteral("卫生健康局")},
        {QStringLiteral("卫健委"), QStringLiteral("卫生健康委员会")},
        {QStringLiteral("卫生健康委"), QStringLiteral("卫生健康委员会")},
        {QStringLiteral("文旅局"), QStringLiteral("文化和旅游局")},
        {QStringLiteral("文旅厅"), QStringLiteral("文化和旅游厅")},
        {QStringLiteral("文化旅游局"), QStringLiteral("文化和旅游局")},
        {QStringLiteral("文化旅游厅"), QStringLiteral("文化和旅游厅")},
        {QStringLiteral("工信局"), QStringLiteral("工业和信息化局")},
        {QStringLiteral("工信厅"), QStringLiteral("工业和信息化厅")},
        {QStringLiteral("工业信息化局"), QStringLiteral("工业和信息化局")},
        {QStringLiteral("经信局"), QStringLiteral("经济和信息化局")},
        {QStringLiteral("经信委"), QStringLiteral("经济和信息化委员会")},
        {QStringLiteral("市场监管局"), QStringLiteral("市场监督管理局")},
        {QStringLiteral("地方金融监管局"), QStringLiteral("地方金融监督管理局")},
        {QStringLiteral("金融办"), QStringLiteral("金融工作办公室")},
        {QStringLiteral("林草局"), QStringLiteral("林业和草原局")},
        {QStringLiteral("医保局"), QStringLiteral("医疗保障局")},
        {QStringLiteral("应急局"), QStringLiteral("应急管理局")},
        {QStringLiteral("应急厅"), QStringLiteral("应急管理厅")},
        {QStringLiteral("退役军人局"), QStringLiteral("退役军人事务局")},
        {QStringLiteral("退役军人厅"), QStringLiteral("退役军人事务厅")},
        {QStringLiteral("行政审批局"), QStringLiteral("行政审批服务管理局")},
        {QStringLiteral("审批局"), QStringLiteral("行政审批服务管理局")},
        {QStringLiteral("教科局"), QStringLiteral("教育和科技局")},
        {QStringLiteral("教育科技局"), QStringLiteral("教育和科技局")},
        {QStringLiteral("科技局"), QStringLiteral("科学技术局")},
        {QStringLiteral("科技厅"), QStringLiteral("科学技术厅")},
        {QStringLiteral("环保局"), QStringLiteral("环境保护局")},
        {QStringLiteral("城管局"), QStringLiteral("城市管理局")},
        {QStringLiteral("乡村振兴中心"), QStringLiteral("乡村振兴服务中心")},
        {QStringLiteral("广电局"), QStringLiteral("广播电视局")},
        {QStringLiteral("通管局"), QStringLiteral("通信管理局")},
        {QStringLiteral("粮食和储备局"), QStringLiteral("粮食和物资储备局")},
        {QStringLiteral("粮食储备局"), QStringLiteral("粮食和物资储备局")},
        {QStringLiteral("粮储局"), QStringLiteral("粮食和物资储备局")},
        {QStringLiteral("国资委"), QStringLiteral("国有资产监督管理委员会")},
        {QStringLiteral("网信办"), QStringLiteral("网络安全和信息化委员会办公室")},
        {QStringLiteral("供销社"), QStringLiteral("供销合作社")},
        {QStringLiteral("供销联社"), QStringLiteral("供销合作社联合社")},
        {QStringLiteral("妇联"), QStringLiteral("妇女联合会")},
        {QStringLiteral("残联"), QStringLiteral("残疾人联合会")},
        {QStringLiteral("文联"), QStringLiteral("文学艺术界联合会")},
        {QStringLiteral("工商联"), QStringLiteral("工商业联合会")},
        {QStringLiteral("科协"), QStringLiteral("科学技术协会")},
        {QStringLiteral("经开区"), QStringLiteral("经济技术开发区")},
        {QStringLiteral("高新区"), QStringLiteral("高新技术产业开发区")},
        {QStringLiteral("人行"), QStringLiteral("中国人民银行")},
    };
    return table;
}

bool isLevelChar(QChar c)
{
    static const QString levels = QStringLiteral("县市省区镇乡");
    return levels.contains(c);
}

constexpr QChar fullWidthOpen{u'\uFF08'};  // （
constexpr QChar fullWidthClose{u'\uFF09'}; // ）

struct Expansion
{
    QString text;
    bool shortened = false; // a short form was replaced
};

// Expands the first table name found at the start or right after a level character (县/市/省…):
// the longest match wins, and a full form found there means the name is already standard.
Expansion expand(const QString &name)
{
    for (qsizetype p = 0; p < name.size(); ++p) {
        if (p > 0 && !isLevelChar(name.at(p - 1)))
            continue;
        const QStringView rest = QStringView(name).mid(p);
        const ShortForm *best = nullptr;
        qsizetype bestLength = 0;
        bool bestIsShort = false;
        for (const ShortForm &form : shortForms()) {
            if (form.fullName.size() > bestLength && rest.startsWith(form.fullName)) {
                best = &form;
                bestLength = form.fullName.size();
                bestIsShort = false;
            }
            if (form.shortName.size() > bestLength && rest.startsWith(form.shortName)) {
                best = &form;
                bestLength = form.shortName.size();
                bestIsShort = true;
            }
        }
        if (!best)
            continue;
        if (!bestIsShort)
            return {name, false};
        return {name.left(p) + best->fullName + rest.mid(bestLength).toString(), true};
    }
    return {name, false};
}

// Only counties have a 乡村振兴(服务)中心 (provinces and cities have a 乡村振兴局), so a county
// document that writes it with no level prefix at all means its own county's.
bool impliesCountyPrefix(const QString &expanded)
{
    return expanded.startsWith(QStringLiteral("乡村振兴服务中心"));
}

// Place names that begin with a particle clean() would otherwise drop (和顺县, 和平区 …). 和县 and
// 会同县 are left out on purpose: in a unit list "和县…" / "会同县…" nearly always means "and 县…".
bool startsWithPlaceName(const QString &s)
{
    static const QStringList places = {
        QStringLiteral("和顺"), QStringLiteral("和平"),     QStringLiteral("和田"),
        QStringLiteral("和龙"), QStringLiteral("和林格尔"), QStringLiteral("和政"),
        QStringLiteral("和静"), QStringLiteral("和硕"),
    };
    return std::any_of(places.cbegin(), places.cend(),
                       [&s](const QString &place) { return s.startsWith(place); });
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

// The name with its bracketed parts removed: 县发改局（粮食局） → 县发改局; empty when the
// brackets do not pair up (县工信局）), which no name does.
QString withoutBrackets(const QString &s)
{
    QString out;
    int depth = 0;
    for (const QChar c : s) {
        if (c == fullWidthOpen)
            ++depth;
        else if (c == fullWidthClose && --depth < 0)
            return {};
        else if (depth == 0 && c != fullWidthClose)
            out += c;
    }
    return depth == 0 ? out : QString();
}

bool isCollective(const QString &s)
{
    static const QRegularExpression collective(
        QStringLiteral("^(各级|各|相关|有关|省直|市直|县直|区直)(有关|相关|各)?\\S{0,6}"
                       "(部门|单位|乡镇|乡（镇）|街道|政府|企业|机构)$"));
    return collective.match(s).hasMatch();
}

} // namespace

QString DepartmentNames::clean(const QString &name)
{
    QString s;
    s.reserve(name.size());
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSpace()) {
            // Spaces only separate ASCII words; between Chinese characters they are copy noise.
            qsizetype next = i;
            while (next < name.size() && name.at(next).isSpace())
                ++next;
            if (!s.isEmpty() && next < name.size() && isAsciiWordChar(s.back()) &&
                isAsciiWordChar(name.at(next)))
                s += QLatin1Char(' ');
            i = next - 1;
        } else if (c == QLatin1Char('(')) {
            s += fullWidthOpen;
        } else if (c == QLatin1Char(')')) {
            s += fullWidthClose;
        } else {
            s += c;
        }
    }

    static const QString stray = QStringLiteral("、，。；;,：:！!？?");
    static const QStringList particles = {QStringLiteral("以及"), QStringLiteral("会同"),
                                          QStringLiteral("由"), QStringLiteral("和"),
                                          QStringLiteral("及")};
    bool changed = true;
    while (changed && !s.isEmpty()) {
        changed = false;
        while (!s.isEmpty() && stray.contains(s.front())) {
            s.remove(0, 1);
            changed = true;
        }
        while (!s.isEmpty() && stray.contains(s.back())) {
            s.chop(1);
            changed = true;
        }
        for (const QString &particle : particles) {
            if (s.size() > particle.size() && s.startsWith(particle) && !startsWithPlaceName(s)) {
                s.remove(0, particle.size());
                changed = true;
                break;
            }
        }
    }
    return s;
}

QString DepartmentNames::canonicalKey(const QString &name)
{
    QString s = clean(ChineseScript::toSimplified(name));
    s.remove(QLatin1Char(' '));
    QString key = expand(s).text;
    if (impliesCountyPrefix(key))
        key.prepend(QStringLiteral("县"));
    return key;
}

bool DepartmentNames::isFullForm(const QString &name)
{
    QString s = clean(ChineseScript::toSimplified(name));
    s.remove(QLatin1Char(' '));
    const Expansion expanded = expand(s);
    return !expanded.shortened && !impliesCountyPrefix(expanded.text);
}

bool DepartmentNames::looksLikeDepartment(const QString &text)
{
    const QString name = clean(text);
    if (isCollective(name))
        return true;
    const QString s = withoutBrackets(name);
    if (s.size() < 2 || s.size() > 40)
        return false;
    static const QRegularExpression notInAName(
        QStringLiteral("[、，,。；;：:！!？?“”\"‘’'《》\\s]"));
    if (s.contains(notInAName))
        return false;

    // Words that end like a unit but are not one: 中西部, 村干部, 公共场所, 市中心 …
    static const QStringList falseEndings = {
        QStringLiteral("东部"), QStringLiteral("西部"),   QStringLiteral("南部"),
        QStringLiteral("北部"), QStringLiteral("中部"),   QStringLiteral("全部"),
        QStringLiteral("内部"), QStringLiteral("外部"),   QStringLiteral("局部"),
        QStringLiteral("干部"), QStringLiteral("场所"),   QStringLiteral("住所"),
        QStringLiteral("厕所"), QStringLiteral("之处"),   QStringLiteral("好处"),
        QStringLiteral("大厅"), QStringLiteral("市中心"), QStringLiteral("城中心"),
    };
    for (const QString &ending : falseEndings) {
        if (s.endsWith(ending))
            return false;
    }

    // Unit words of two or more characters: the name needs one character before them.
    static const QStringList longWords = {
        QStringLiteral("中心"),   QStringLiteral("公司"),     QStringLiteral("政府"),
        QStringLiteral("集团"),   QStringLiteral("银行"),     QStringLiteral("支行"),
        QStringLiteral("分行"),   QStringLiteral("人行"),     QStringLiteral("协会"),
        QStringLiteral("商会"),   QStringLiteral("工会"),     QStringLiteral("学会"),
        QStringLiteral("联合会"), QStringLiteral("委员会"),   QStringLiteral("常委会"),
        QStringLiteral("管委会"), QStringLiteral("红十字会"), QStringLiteral("理事会"),
        QStringLiteral("办事处"), QStringLiteral("开发区"),   QStringLiteral("经开区"),
        QStringLiteral("高新区"), QStringLiteral("人大"),     QStringLiteral("政协"),
    };
    for (const QString &word : longWords) {
        if (s.endsWith(word) && s.size() > word.size())
            return true;
    }
    // One-character unit words: 县委 is a unit, but 试行, 全部 and 大会 are not.
    static const QString shortWords = QStringLiteral("局委厅办部院所站社联队处署协");
    if (!shortWords.contains(s.back()))
        return false;
    return s.size() >= 3 || isLevelChar(s.front());
}

} // namespace cp
