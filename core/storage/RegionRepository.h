#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace cp {

class Database;

// 山西省 → 阳泉市 → 盂县. Region names are unique among siblings (城区 exists in two cities).
class RegionRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::RegionRepository)

public:
    explicit RegionRepository(Database &db)
        : m_db(db)
    {}

    Result<QList<Region>> all() const;
    Result<Region> get(Id id) const;
    // The sibling named name under parentId (0: top level), or 0 if there is none.
    Result<Id> find(const QString &name, Id parentId) const;
    // All regions with that name at any place in the hierarchy.
    Result<QList<Region>> findByName(const QString &name) const;
    // Finds the region or creates it; a level conflicting with the stored one is an error.
    Result<Id> ensure(const QString &name, RegionLevel level, Id parentId);
    // "山西省/阳泉市/盂县" style path of names, root first.
    Result<QStringList> path(Id id) const;

private:
    Database &m_db;
};

} // namespace cp
