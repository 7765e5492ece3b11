#pragma once

#include "domain/Types.h"

#include <QHash>

namespace cp {

// How regions are named in exchange files: by name where the name is unique in the workspace,
// by "parent/name" where it is not (城区 exists under 阳泉市 and 晋城市).
class RegionNames
{
public:
    explicit RegionNames(const QList<Region> &regions);
    void add(const Region &region);

    QString reference(Id id) const;
    // 0 when the reference names no region or several.
    Id resolve(const QString &reference) const;

private:
    QHash<Id, Region> m_byId;
    QMultiHash<QString, Id> m_byName;
};

} // namespace cp
