#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace cp {

class Workspace;

// One row of the ledger (台账): a section heading, or a task with what the ledger says of it.
struct LedgerRow
{
    QString heading; // not empty: a section's heading row (一、衔接推进乡村振兴); the rest is empty
    Id taskId = 0;
    QString section;   // the task's section heading (for CSV, where there are no heading rows)
    QString number;    // the task's path: 二.（三）
    QString ownNumber; // the task's number as the document writes it, under its heading: （三）
    QString task;
    QString leads;       // 牵头单位, joined with 、
    QString cooperating; // 配合单位
    QString targets;     // one line per target: 新建5G基站 ≥160座
    QString progress;    // the latest reports and the latest reading of each target, one per line
    QString status;      // as assessed as of the ledger's month (ProgressStatus), else as stored
    QString deadline;    // yyyy-MM-dd or empty
};

struct LedgerDocument
{
    Document document; // without its original text
    QString region;    // as RegionNames references it
    QList<LedgerRow> rows;
    int taskCount = 0;
    std::optional<Month> asOf; // progress and status as of this month; none: nothing reported yet
};

// Reads the ledger of one document (or every document, 0) in document order, as the PDF, XLSX
// and CSV ledgers all show it.
class LedgerData
{
    Q_DECLARE_TR_FUNCTIONS(cp::TableExport)

public:
    // Progress and status as of asOf, else as of the latest month reported.
    static Result<QList<LedgerDocument>> load(const Workspace &workspace, Id documentId,
                                              std::optional<Month> asOf = {});

    // The latest reading of each metric: a month's reading after the whole year's of its year.
    static QHash<Id, Reading> latestReadings(const QList<Reading> &readings);
};

} // namespace cp
