#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace cp {

class Workspace;

// What an export lists.
enum class ExportContent {
    Ledger, // 重点工作任务台账: a sheet per document, tasks grouped by section (CSV: as Tasks)
    Tasks,    // one row per task
    Metrics,  // one row per target
    Readings, // one row per reading
    Scores    // the dispatch scores (调度计分) per region and month
};

struct ExportRequest
{
    ExportContent content = ExportContent::Ledger;
    Id documentId = 0; // 0: every document (ledger, tasks, metrics, readings)
    // ledger and tasks: status and progress as of that month, else the latest month reported;
    // scores: that month, else every month with reports; readings: that month only
    std::optional<Month> month;
    QDateTime now = QDateTime::currentDateTimeUtc(); // scores: a report not yet due is not late
};

// One cell: a number where the value is one, else text. CSV writes the text when there is one
// (a date as 2023-06-30 14:00:00), else the number; XLSX writes the number when there is one.
struct ExportCell
{
    QString text;
    std::optional<double> number;
};

struct ExportColumn
{
    enum class Kind {
        Text,
        Quantity, // #,##0 for whole numbers, #,##0.00## otherwise
        Points,   // 0.00
        Integer,  // 0
        DateTime  // an Excel serial date shown yyyy-mm-dd hh:mm
    };
    QString title;
    double width = 12; // in characters
    Kind kind = Kind::Text;
};

// A table written row by row, so that a million readings need not be held as cells: fill(row,
// cells) sets the row's cells (cells has one per column; they keep what the last row put there).
// The XLSX writer calls fill on a second thread, one row after another, while it writes the rows
// before: fill must only read what it captured.
struct ExportTable
{
    QString name;  // the sheet's name before it is made valid and unique
    QString title; // the line above the header in XLSX
    QList<ExportColumn> columns;
    qint64 rowCount = 0;
    std::function<void(qint64 row, QList<ExportCell> &cells)> fill;
};

// The ledger, readings, scores, tasks and metrics of a workspace as XLSX (libxlsxwriter) and CSV
// (UTF-8 with BOM, RFC 4180 quoting, CRLF lines: what Excel and WPS open with Chinese intact).
// Files appear whole or not at all (QSaveFile); errors name the file.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(cp::TableExport)

public:
    static Status writeXlsx(const Workspace &workspace, const ExportRequest &request,
                            const QString &path);
    static Status writeCsv(const Workspace &workspace, const ExportRequest &request,
                           const QString &path);

    // The tables of a request (the ledger as its task rows); scores give one table per month.
    static Result<QList<ExportTable>> tables(const Workspace &workspace,
                                             const ExportRequest &request);

    // Writes tables as sheets. constantMemory streams rows to disk (libxlsxwriter's constant_memory
    // mode: strings inline, memory flat however many rows); a table longer than a sheet continues
    // on the next sheet.
    static Status writeXlsx(const QList<ExportTable> &tables, const QString &path,
                            bool constantMemory);
    // Writes the tables one after the other under the first one's header (they share columns).
    static Status writeCsv(const QList<ExportTable> &tables, const QString &path);

    // RFC 4180: quoted (quotes doubled) when the field holds a comma, quote, CR or LF.
    static QString csvField(const QString &text);
    // Excel's limits: at most 31 characters, none of []:*?/\, not empty, no leading or trailing
    // apostrophe, unique ignoring case among taken (which the new name is added to).
    static QString sheetName(const QString &wanted, QStringList &taken);

    static std::optional<ExportContent> contentFromCode(QStringView code);
    static QString contentCode(ExportContent content); // ledger, tasks, metrics, readings, scores
};

} // namespace cp
