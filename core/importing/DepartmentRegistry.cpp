#include "DepartmentRegistry.h"

#include "DepartmentNames.h"
#include "storage/DepartmentRepository.h"

namespace cp {

DepartmentRegistry::DepartmentRegistry(DepartmentRepository &repository, Id regionId)
    : m_repository(repository)
    , m_regionId(regionId)
{}

Status DepartmentRegistry::load()
{
    auto departments = m_repository.forRegion(m_regionId);
    if (!departments)
        return departments.error();
    for (const Department &d : *departments) {
        m_names.insert(d.id, d.name);
        m_byKey.insert(DepartmentNames::canonicalKey(d.name), d.id);
        for (const QString &alias : d.aliases)
            m_byKey.insert(DepartmentNames::canonicalKey(alias), d.id);
    }
    return {};
}

Result<Id> DepartmentRegistry::resolve(const QString &spelling)
{
    const QString name = DepartmentNames::clean(spelling);
    if (name.isEmpty())
        return Error(tr("an empty department name"));
    const auto note = [&](Id id) {
        if (!m_created.contains(id))
            m_matched.insert(id);
        return id;
    };

    auto exact = m_repository.resolve(m_regionId, name);
    if (!exact)
        return exact.error();
    if (*exact)
        return note(*exact);

    const QString key = DepartmentNames::canonicalKey(name);
    if (const Id id = m_byKey.value(key)) {
        // Another spelling of a known unit: remember it; the full form becomes the name.
        if (Status s = m_repository.addAlias(id, name); !s)
            return s.error();
        const QString current = m_names.value(id);
        if (DepartmentNames::isFullForm(name) && !DepartmentNames::isFullForm(current)) {
            if (Status s = m_repository.rename(id, name); !s)
                return s.error();
            m_names.insert(id, name);
        }
        return note(id);
    }

    auto id = m_repository.insert(m_regionId, name);
    if (!id)
        return id.error();
    m_byKey.insert(key, *id);
    m_names.insert(*id, name);
    m_created.insert(*id);
    return *id;
}

} // namespace cp
