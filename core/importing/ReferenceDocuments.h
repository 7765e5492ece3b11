#pragma once

#include "Importer.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cp {

class Workspace;

// The five Shanxi policy documents CountyPlan ships (resources/documents), imported into a new
// workspace on first start so a planner sees real tasks at once. No progress data is invented.
class ReferenceDocuments
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReferenceDocuments)

public:
    // Resource paths of the shipped documents, in order (000 … 004).
    static QStringList files();
    // Imports every shipped document into the (empty) workspace, in one transaction.
    static Result<QList<ImportReport>> importInto(Workspace &workspace);
};

} // namespace cp
