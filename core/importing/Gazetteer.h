#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cp {

// Where a region sits: 山西省 → 阳泉市 → 盂县. Empty parts above a region are unknown.
struct RegionPath
{
    QString province;
    QString city;
    QString county;

    RegionLevel level() const;
    QString name() const; // the most specific part
    QStringList parts() const; // root first, unknown parts left out
};

// The administrative divisions CountyPlan knows by name: every province-level division of China,
// and Shanxi's 11 cities with their 117 county-level divisions (the province of the reference
// documents). A county elsewhere is still recognised by its suffix (县, 旗, 市辖区 …), without parents.
class Gazetteer
{
public:
    // The most specific region named in the text (Simplified), earliest first among equals:
    // "盂县推动山西中部城市群…" → 盂县 (not 山西); "山西省人民政府关于…" → 山西省. Names shared by
    // two cities (城区, 郊区, 矿区) count only with their city before them (阳泉市城区).
    static std::optional<RegionPath> find(const QString &text);
    // A region by its exact name: "阳城县", "晋城市", "山西省", or "阳泉市/城区" for a shared name.
    static std::optional<RegionPath> lookup(const QString &name);
};

} // namespace cp
