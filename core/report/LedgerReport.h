#pragma once

#include "ReportLayout.h"
#include "domain/Types.h"

namespace cp {

class Workspace;

// 重点工作任务台账: one document's tasks grouped by section, with their lead and cooperating
// units, targets, latest progress and status, as a county office prints it for a meeting.
class LedgerReport
{
    Q_DECLARE_TR_FUNCTIONS(cp::LedgerReport)

public:
    // The ledger of one document, or of every document (0), each on pages of its own; progress
    // as of options.month, else the latest month reported. regionId: with documentId 0, only the
    // documents of that region.
    static Result<ReportDocument> content(const Workspace &workspace, Id documentId,
                                          const ReportOptions &options, Id regionId = 0);
    static Result<ReportLayout> build(const Workspace &workspace, Id documentId,
                                      const ReportOptions &options, Id regionId = 0);

    // The table's column titles, in order (tests look for them on every page).
    static QStringList columnTitles();
};

} // namespace cp
