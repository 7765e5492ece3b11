#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"

namespace cp {

class Workspace;

// One department's report (单位报告): the tasks it leads or cooperates on with their latest
// report as of a month, the monthly readings of the targets it leads, and the evidence it sent.
class DepartmentReport
{
    Q_DECLARE_TR_FUNCTIONS(cp::DepartmentReport)

public:
    // Progress as of options.month, else the latest month reported.
    static Result<ReportDocument> content(const Workspace &workspace, Id departmentId,
                                          const ReportOptions &options);
    static Result<ReportLayout> build(const Workspace &workspace, Id departmentId,
                                      const ReportOptions &options);

    static QStringList taskColumnTitles();
    static QStringList targetColumnTitles();
    static QStringList evidenceColumnTitles();
};

} // namespace cp
