#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"

namespace cp {

class Workspace;

// 调度通报: a month's dispatch ranking per region with each score's parts, the departments late
// with their monthly report, and a few generated sentences on the month. Charts are not embedded
// yet: they live in countyplan_ui, which core cannot use.
class BulletinReport
{
    Q_DECLARE_TR_FUNCTIONS(cp::BulletinReport)

public:
    // regionId 0: every region, one ranking each. now: when the scores are computed (lateness).
    static Result<ReportDocument> content(const Workspace &workspace, Month month, Id regionId,
                                          const ReportOptions &options,
                                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    static Result<ReportLayout> build(const Workspace &workspace, Month month, Id regionId,
                                      const ReportOptions &options,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());

    static QStringList rankingColumnTitles();
};

} // namespace cp
