#include "Gazetteer.h"

#include <QHash>
#include <QRegularExpression>

namespace cp {

namespace {

struct City
{
    const char *name;
    const char *counties; // 、-separated
};

// Shanxi's divisions (2023).
constexpr City kShanxi[] = {
    {"太原市", "小店区、迎泽区、杏花岭区、尖草坪区、万柏林区、晋源区、古交市、清徐县、阳曲县、娄烦县"},
    {"大同市", "平城区、云冈区、新荣区、云州区、阳高县、天镇县、广灵县、灵丘县、浑源县、左云县"},
    {"朔州市", "朔城区、平鲁区、山阴县、应县、右玉县、怀仁市"},
    {"忻州市", "忻府区、原平市、定襄县、五台县、代县、繁峙县、宁武县、静乐县、神池县、五寨县、岢岚县、河曲县、保德县、偏关县"},
    {"阳泉市", "城区、矿区、郊区、平定县、盂县"},
    {"晋中市", "榆次区、太谷区、介休市、榆社县、左权县、和顺县、昔阳县、寿阳县、祁县、平遥县、灵石县"},
    {"吕梁市", "离石区、孝义市、汾阳市、文水县、交城县、兴县、临县、柳林县、石楼县、岚县、方山县、中阳县、交口县"},
    {"长治市", "潞州区、上党区、屯留区、潞城区、襄垣县、平顺县、黎城县、壶关县、长子县、武乡县、沁县、沁源县"},
    {"晋城市", "城区、高平市、泽州县、沁水县、阳城县、陵川县"},
    {"临汾市", "尧都区、侯马市、霍州市、曲沃县、翼城县、襄汾县、洪洞县、古县、安泽县、浮山县、吉县、乡宁县、大宁县、隰县、"
               "永和县、蒲县、汾西县"},
    {"运城市", "盐湖区、永济市、河津市、临猗县、万荣县、闻喜县、稷山县、新绛县、绛县、垣曲县、夏县、平陆县、芮城县"},
};

constexpr const char *kProvinces[] = {
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省",
    "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省",
    "云南省", "陕西省", "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区",
    "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区",
};

struct Index
{
    QMultiHash<QString, RegionPath> byName;
    QStringList names; // longest first, so 阳泉市 wins over a shorter overlap
};

const Index &index()
{
    static const Index idx = [] {
        Index i;
        for (const char *p : kProvinces)
            i.byName.insert(QString::fromUtf8(p), RegionPath{QString::fromUtf8(p), {}, {}});
        const QString shanxi = QStringLiteral("山西省");
        for (const City &c : kShanxi) {
            const QString city = QString::fromUtf8(c.name);
            i.byName.insert(city, RegionPath{shanxi, city, {}});
            for (const QString &county : QString::fromUtf8(c.counties).split(QStringLiteral("、"), Qt::SkipEmptyParts))
                i.byName.insert(county, RegionPath{shanxi, city, county});
        }
        for (auto it = i.byName.keyBegin(); it != i.byName.keyEnd(); ++it) {
            if (!i.names.contains(*it))
                i.names.append(*it);
        }
        std::sort(i.names.begin(), i.names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return i;
    }();
    return idx;
}

int specificity(const RegionPath &p)
{
    return !p.county.isEmpty() ? 3 : !p.city.isEmpty() ? 2 : 1;
}

} // namespace

RegionLevel RegionPath::level() const
{
    return !county.isEmpty() ? RegionLevel::County : !city.isEmpty() ? RegionLevel::City : RegionLevel::Province;
}

QString RegionPath::name() const
{
    return !county.isEmpty() ? county : !city.isEmpty() ? city : province;
}

QStringList RegionPath::parts() const
{
    QStringList out;
    for (const QString &p : {province, city, county}) {
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

std::optional<RegionPath> Gazetteer::find(const QString &text)
{
    const Index &idx = index();
    std::optional<RegionPath> best;
    qsizetype bestPos = -1;
    const auto consider = [&](const RegionPath &p, qsizetype pos) {
        if (!best || specificity(p) > specificity(*best) || (specificity(p) == specificity(*best) && pos < bestPos)) {
            best = p;
            bestPos = pos;
        }
    };
    for (const QString &name : idx.names) {
        const QList<RegionPath> paths = idx.byName.values(name);
        for (qsizetype pos = text.indexOf(name); pos >= 0; pos = text.indexOf(name, pos + 1)) {
            if (paths.size() == 1) {
                // 城区 alone is not a region; a short county name inside a longer word is not either.
                consider(paths.first(), pos);
                continue;
            }
            for (const RegionPath &p : paths) {
                if (pos >= p.city.size() && text.mid(pos - p.city.size(), p.city.size()) == p.city)
                    consider(p, pos - p.city.size());
            }
        }
    }
    if (best)
        return best;
    // A county outside the gazetteer: "XX县人民政府", "XX县…工作任务".
    static const QRegularExpression county(QStringLiteral("(\\p{Han}{1,6}?(县|旗|自治县))(人民政府|委|政府|关于|推动|\\d{4}年)"));
    const auto m = county.match(text);
    if (m.hasMatch())
        return RegionPath{{}, {}, m.captured(1)};
    return std::nullopt;
}

std::optional<RegionPath> Gazetteer::lookup(const QString &name)
{
    const Index &idx = index();
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString city = name.left(slash);
        for (const RegionPath &p : idx.byName.values(name.mid(slash + 1))) {
            if (p.city == city)
                return p;
        }
        return std::nullopt;
    }
    const QList<RegionPath> paths = idx.byName.values(name);
    if (paths.size() == 1)
        return paths.first();
    return std::nullopt;
}

} // namespace cp
