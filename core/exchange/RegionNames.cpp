#include "RegionNames.h"

namespace cp {

RegionNames::RegionNames(const QList<Region> &regions)
{
    for (const Region &r : regions)
        add(r);
}

void RegionNames::add(const Region &region)
{
    m_byId.insert(region.id, region);
    m_byName.insert(region.name, region.id);
}

QString RegionNames::reference(Id id) const
{
    const Region r = m_byId.value(id);
    if (m_byName.count(r.name) <= 1 || !r.parentId)
        return r.name;
    return reference(r.parentId) + QLatin1Char('/') + r.name;
}

Id RegionNames::resolve(const QString &reference) const
{
    const qsizetype slash = reference.lastIndexOf(QLatin1Char('/'));
    if (slash < 0) {
        const QList<Id> ids = m_byName.values(reference);
        return ids.size() == 1 ? ids.first() : 0;
    }
    const Id parent = resolve(reference.left(slash));
    const QString name = reference.mid(slash + 1);
    if (!parent)
        return 0;
    for (Id id : m_byName.values(name)) {
        if (m_byId.value(id).parentId == parent)
            return id;
    }
    return 0;
}

} // namespace cp
