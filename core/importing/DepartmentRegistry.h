#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cp {

class DepartmentRepository;

// The departments of one region as an import sees them: a spelling found in a document resolves
// to its department by name or alias, then by DepartmentNames::canonicalKey (县交通局 = 县交通运输局);
// a spelling that matched by key is kept as an alias, and the full standard form becomes the name.
// Unknown units are created. Counts say how many distinct departments were new or already known.
class DepartmentRegistry
{
    Q_DECLARE_TR_FUNCTIONS(cp::DepartmentRegistry)

public:
    DepartmentRegistry(DepartmentRepository &repository, Id regionId);

    Status load();
    Result<Id> resolve(const QString &spelling);

    int created() const { return int(m_created.size()); }
    int matched() const { return int(m_matched.size()); }

private:
    DepartmentRepository &m_repository;
    Id m_regionId;
    QHash<QString, Id> m_byKey;
    QHash<Id, QString> m_names;
    QSet<Id> m_created;
    QSet<Id> m_matched;
};

} // namespace cp
