#include "RegionRepository.h"

#include "Database.h"
#include "Query.h"

namespace cp {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, level, ifnull(parent_id, 0) FROM regions");

Region readRegion(const Query &q)
{
    Region r;
    r.id = q.id(0);
    r.name = q.text(1);
    r.level = fromCode<RegionLevel>(q.text(2)).value_or(RegionLevel::County);
    r.parentId = q.id(3);
    return r;
}

} // namespace

Result<QList<Region>> RegionRepository::all() const
{
    Query q(m_db, kSelect + QStringLiteral(" ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Region> out;
    while (q.next())
        out.append(readRegion(q));
    return out;
}

Result<Region> RegionRepository::get(Id id) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("region %1 does not exist").arg(id));
    return readRegion(q);
}

Result<Id> RegionRepository::find(const QString &name, Id parentId) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM regions WHERE name = ? AND ifnull(parent_id, 0) = ?"));
    q.bind(name, parentId);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

Result<QList<Region>> RegionRepository::findByName(const QString &name) const
{
    Query q(m_db, kSelect + QStringLiteral(" WHERE name = ? ORDER BY id"));
    q.bind(name);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Region> out;
    while (q.next())
        out.append(readRegion(q));
    return out;
}

Result<Id> RegionRepository::ensure(const QString &name, RegionLevel level, Id parentId)
{
    auto existing = find(name, parentId);
    if (!existing)
        return existing;
    if (*existing) {
        auto region = get(*existing);
        if (!region)
            return region.error();
        if (region->level != level) {
            return Error(tr("region “%1” is stored as %2, not %3")
                             .arg(name, displayName(region->level), displayName(level)));
        }
        return *existing;
    }
    Query q(m_db, QStringLiteral("INSERT INTO regions (name, level, parent_id) VALUES (?, ?, ?)"));
    q.bind(name, toCode(level), nullIfZero(parentId));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Result<QStringList> RegionRepository::path(Id id) const
{
    QStringList names;
    Id current = id;
    for (int guard = 0; current && guard < 16; ++guard) {
        auto region = get(current);
        if (!region)
            return region.error();
        names.prepend(region->name);
        current = region->parentId;
    }
    return names;
}

} // namespace cp
