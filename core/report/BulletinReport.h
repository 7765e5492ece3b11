#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"

namespace cp {

class Workspace;

// 调度通报: a month's dispatch in a few generated sentences, each region's ranking as a chart and
// a table of the score's parts with the change against last month, where the tasks and targets
// stand, the departments late with their monthly report, and the targets and tasks lagging.
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
    // The lagging targets a bulletin lists, the furthest behind first; it says how many more.
    static constexpr qsizetype LaggardLimit = 20;
};

} // namespace cp
