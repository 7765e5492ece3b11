// TableExport's workbooks, laid out with libxlsxwriter: the ledger (台账) and the flat tables.
#include "LedgerData.h"
#include "TableExport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSemaphore>
#include <QTemporaryFile>

#include <array>
#include <atomic>
#include <cmath>
#include <thread>
#include <xlsxwriter.h>

namespace cp {

namespace {

constexpr qint64 kSheetRows = 1048576; // Excel's rows per sheet

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *section = nullptr;
    lxw_format *text = nullptr;
    lxw_format *whole = nullptr;   // #,##0
    lxw_format *decimal = nullptr; // #,##0.00##
    lxw_format *points = nullptr;  // 0.00
    lxw_format *integer = nullptr; // 0
    lxw_format *dateTime = nullptr;

    explicit Formats(lxw_workbook *wb)
    {
        const auto cell = [wb](const char *numberFormat = nullptr) {
            lxw_format *f = workbook_add_format(wb);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            format_set_border(f, LXW_BORDER_THIN);
            if (numberFormat)
                format_set_num_format(f, numberFormat);
            return f;
        };
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(title);
        subtitle = workbook_add_format(wb);
        format_set_align(subtitle, LXW_ALIGN_CENTER);
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xD9D9D9);
        format_set_border(header, LXW_BORDER_THIN);
        section = workbook_add_format(wb);
        format_set_bold(section);
        format_set_bg_color(section, 0xF2F2F2);
        format_set_border(section, LXW_BORDER_THIN);
        text = cell();
        format_set_text_wrap(text);
        whole = cell("#,##0");
        decimal = cell("#,##0.00##");
        points = cell("0.00");
        integer = cell("0");
        dateTime = cell("yyyy-mm-dd hh:mm");
    }
};

// What went wrong building a workbook, and in which sheet and cell if in one.
struct BuildError
{
    lxw_error code = LXW_NO_ERROR;
    QString sheet;
    QString cell; // A1 notation
};

// The cell writes of one worksheet; the first error is kept, with its cell, and the rest skipped.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, const QString &name) : m_sheet(sheet), m_name(name) {}

    lxw_error error() const { return m_error.code; }
    const BuildError &failure() const { return m_error; }

    void text(qint64 row, int column, const QString &text, lxw_format *format)
    {
        this->text(row, column, text.toUtf8(), format);
    }
    // A text already in UTF-8 (a column's repeated names are encoded once).
    void text(qint64 row, int column, const QByteArray &utf8, lxw_format *format)
    {
        if (!utf8.isEmpty())
            check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                         utf8.constData(), format),
                  row, column);
        else if (format)
            check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format), row,
                  column);
    }
    void number(qint64 row, int column, double value, lxw_format *format)
    {
        check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format),
              row, column);
    }
    void merged(qint64 row, int lastColumn, const QString &text, lxw_format *format)
    {
        check(worksheet_merge_range(m_sheet, lxw_row_t(row), 0, lxw_row_t(row),
                                    lxw_col_t(lastColumn), text.toUtf8().constData(), format),
              row, 0);
    }
    void column(int column, double width)
    {
        check(worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr));
    }
    void rowHeight(qint64 row, double height)
    {
        check(worksheet_set_row(m_sheet, lxw_row_t(row), height, nullptr));
    }
    // Frozen header, printed landscape on A4 with the header on every page.
    void page(qint64 headerRow)
    {
        worksheet_freeze_panes(m_sheet, lxw_row_t(headerRow + 1), 0);
        worksheet_set_landscape(m_sheet);
        worksheet_set_paper(m_sheet, 9); // A4
        worksheet_fit_to_pages(m_sheet, 1, 0);
        check(worksheet_repeat_rows(m_sheet, lxw_row_t(headerRow), lxw_row_t(headerRow)));
    }

private:
    void check(lxw_error error, qint64 row = -1, int column = 0)
    {
        if (m_error.code != LXW_NO_ERROR || error == LXW_NO_ERROR)
            return;
        m_error.code = error;
        m_error.sheet = m_name;
        if (row >= 0 && row < kSheetRows) {
            char cell[LXW_MAX_CELL_NAME_LENGTH];
            lxw_rowcol_to_cell(cell, lxw_row_t(row), lxw_col_t(column));
            m_error.cell = QString::fromLatin1(cell);
        }
    }

    lxw_worksheet *m_sheet;
    QString m_name;
    BuildError m_error;
};

lxw_format *numberFormat(const Formats &f, ExportColumn::Kind kind, double value)
{
    switch (kind) {
    case ExportColumn::Kind::Points:
        return f.points;
    case ExportColumn::Kind::Integer:
        return f.integer;
    case ExportColumn::Kind::DateTime:
        return f.dateTime;
    case ExportColumn::Kind::Quantity:
    case ExportColumn::Kind::Text:
        break;
    }
    return value == std::floor(value) && std::abs(value) < 1e15 ? f.whole : f.decimal;
}

// The rows of a table made on a second thread, a batch ahead of the writer: table.fill and the
// UTF-8 encoding run beside libxlsxwriter's XML instead of before it. A few batches are in flight,
// so memory stays constant however many rows there are (the classic two-semaphore ring).
class RowPipeline
{
public:
    struct Cell
    {
        QByteArray utf8;
        double number = 0;
        bool isNumber = false;
    };
    struct Batch
    {
        qint64 first = 0; // the table's row of cells.at(0)
        qint64 rows = 0;
        QList<Cell> cells; // rows × columns
    };

    RowPipeline(const ExportTable &table, qint64 first, qint64 end)
        : m_table(table)
        , m_first(first)
        , m_end(end)
        , m_columns(int(table.columns.size()))
        , m_free(Slots)
    {
        m_worker = std::thread([this] { produce(); });
    }
    ~RowPipeline()
    {
        m_stop = true;
        m_free.release(Slots); // wakes a producer waiting for a slot
        m_worker.join();
    }
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    int columns() const { return m_columns; }

    // The next batch, or nullptr after the last; done() hands it back.
    const Batch *next()
    {
        if (m_first + m_taken * BatchRows >= m_end)
            return nullptr;
        m_used.acquire();
        return &m_slots[m_taken % Slots];
    }
    void done()
    {
        ++m_taken;
        m_free.release();
    }

private:
    static constexpr int Slots = 4;
    static constexpr qint64 BatchRows = 1024;

    void produce()
    {
        QList<ExportCell> cells;
        // Each column's last text and its UTF-8: regions, documents, units and departments
        // repeat row after row, and a shared QByteArray costs no allocation.
        QList<std::pair<QString, QByteArray>> lastText(m_columns);
        for (qint64 b = 0; m_first + b * BatchRows < m_end; ++b) {
            m_free.acquire();
            if (m_stop)
                return;
            Batch &batch = m_slots[b % Slots];
            batch.first = m_first + b * BatchRows;
            batch.rows = std::min(BatchRows, m_end - batch.first);
            batch.cells.resize(batch.rows * m_columns);
            for (qint64 r = 0; r < batch.rows; ++r) {
                m_table.fill(batch.first + r, cells);
                for (int c = 0; c < m_columns; ++c) {
                    Cell &out = batch.cells[r * m_columns + c];
                    const ExportCell *in = c < cells.size() ? &cells.at(c) : nullptr;
                    out.isNumber =
                        in && in->number && m_table.columns.at(c).kind != ExportColumn::Kind::Text;
                    if (out.isNumber) {
                        out.number = *in->number;
                        out.utf8.clear();
                        continue;
                    }
                    auto &[text, utf8] = lastText[c];
                    const QString &now = in ? in->text : QString();
                    if (now != text) {
                        text = now;
                        utf8 = text.toUtf8();
                    }
                    out.utf8 = utf8;
                }
            }
            m_used.release();
        }
    }

    const ExportTable &m_table;
    const qint64 m_first;
    const qint64 m_end;
    const int m_columns;
    std::array<Batch, Slots> m_slots;
    QSemaphore m_free;
    QSemaphore m_used;
    std::atomic<bool> m_stop = false;
    qint64 m_taken = 0; // batches the writer has finished with
    std::thread m_worker;
};

BuildError addTables(lxw_workbook *wb, const QList<ExportTable> &tables)
{
    const Formats f(wb);
    QStringList taken;
    if (tables.isEmpty()) { // a workbook needs a sheet; say why it is empty
        lxw_worksheet *sheet = workbook_add_worksheet(wb, nullptr);
        SheetWriter w(sheet, QStringLiteral("Sheet1"));
        w.text(0, 0, TableExport::tr("Nothing to export: no data."), nullptr);
        return w.failure();
    }
    for (const ExportTable &table : tables) {
        const int lastColumn = int(table.columns.size()) - 1;
        constexpr qint64 firstRow = 2; // title, header
        const qint64 perSheet = kSheetRows - firstRow;
        const qint64 sheets = std::max<qint64>(1, (table.rowCount + perSheet - 1) / perSheet);
        for (qint64 part = 0; part < sheets; ++part) {
            const QString wanted =
                part == 0 ? table.name : QStringLiteral("%1 (%2)").arg(table.name).arg(part + 1);
            const QString name = TableExport::sheetName(wanted, taken);
            lxw_worksheet *sheet = workbook_add_worksheet(wb, name.toUtf8().constData());
            if (!sheet)
                return {LXW_ERROR_MEMORY_MALLOC_FAILED, name, {}};
            SheetWriter w(sheet, name);
            for (int c = 0; c <= lastColumn; ++c)
                w.column(c, table.columns.at(c).width);
            w.text(0, 0, table.title, nullptr);
            for (int c = 0; c <= lastColumn; ++c)
                w.text(1, c, table.columns.at(c).title, f.header);
            w.page(1);
            const qint64 first = part * perSheet;
            const qint64 end = std::min(table.rowCount, first + perSheet);
            RowPipeline rows(table, first, end);
            while (const RowPipeline::Batch *batch = rows.next()) {
                for (qint64 r = 0; r < batch->rows; ++r) {
                    const qint64 row = firstRow + batch->first + r - first;
                    for (int c = 0; c <= lastColumn; ++c) {
                        const RowPipeline::Cell &cell = batch->cells.at(r * rows.columns() + c);
                        if (cell.isNumber)
                            w.number(row, c, cell.number,
                                     numberFormat(f, table.columns.at(c).kind, cell.number));
                        else
                            w.text(row, c, cell.utf8, nullptr);
                    }
                }
                rows.done();
                if (w.error() != LXW_NO_ERROR)
                    return w.failure();
            }
            if (end > first)
                worksheet_autofilter(sheet, 1, 0, lxw_row_t(firstRow + end - first - 1),
                                     lxw_col_t(lastColumn));
            if (w.error() != LXW_NO_ERROR)
                return w.failure();
        }
    }
    return {};
}

BuildError addLedger(lxw_workbook *wb, const QList<LedgerDocument> &ledger)
{
    const Formats f(wb);
    const std::pair<QString, double> columns[] = {
        {TableExport::tr("No."), 10},        {TableExport::tr("Task"), 60},
        {TableExport::tr("Lead units"), 18}, {TableExport::tr("Cooperating units"), 22},
        {TableExport::tr("Targets"), 30},    {TableExport::tr("Latest progress"), 40},
        {TableExport::tr("Status"), 12},
    };
    constexpr int lastColumn = int(std::size(columns)) - 1;
    QStringList taken;
    for (const LedgerDocument &doc : ledger) {
        const QString region = doc.region.section(QLatin1Char('/'), -1);
        QString name = doc.document.title;
        if (!region.isEmpty() && name.startsWith(region) && name.size() > region.size() + 4)
            name.remove(0, region.size());
        const QString sheetName = TableExport::sheetName(name, taken);
        lxw_worksheet *sheet = workbook_add_worksheet(wb, sheetName.toUtf8().constData());
        if (!sheet)
            return {LXW_ERROR_MEMORY_MALLOC_FAILED, sheetName, {}};
        SheetWriter w(sheet, sheetName);
        for (int c = 0; c <= lastColumn; ++c)
            w.column(c, columns[c].second);
        // 重点工作任务台账 title block: the document, its 文号 and issuer, the date written.
        w.rowHeight(0, 36);
        w.merged(0, lastColumn, TableExport::tr("Task ledger: %1").arg(doc.document.title),
                 f.title);
        QStringList about;
        for (const QString &part : {doc.document.docNumber, doc.document.issuer})
            if (!part.isEmpty())
                about.append(part);
        // The month the statuses are assessed for, as the PDF ledger says; else the day written.
        about.append(TableExport::tr("as of %1")
                         .arg(doc.asOf
                                  ? doc.asOf->toString()
                                  : QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
        w.merged(1, lastColumn, about.join(QStringLiteral("  ")), f.subtitle);
        for (int c = 0; c <= lastColumn; ++c)
            w.text(2, c, columns[c].first, f.header);
        w.page(2);
        qint64 row = 3;
        for (const LedgerRow &r : doc.rows) {
            if (!r.heading.isEmpty()) {
                w.merged(row++, lastColumn, r.heading, f.section);
                continue;
            }
            const QString cells[] = {r.number,  r.task,     r.leads, r.cooperating,
                                     r.targets, r.progress, r.status};
            for (int c = 0; c <= lastColumn; ++c)
                w.text(row, c, cells[c], f.text);
            ++row;
        }
        if (w.error() != LXW_NO_ERROR)
            return w.failure();
    }
    if (ledger.isEmpty()) { // a workbook needs a sheet; say why it is empty
        const QString name = TableExport::tr("Ledger");
        lxw_worksheet *sheet = workbook_add_worksheet(wb, name.toUtf8().constData());
        SheetWriter w(sheet, name);
        w.text(0, 0, TableExport::tr("There are no documents in this workspace."), nullptr);
        return w.failure();
    }
    return {};
}

// Writes the workbook into a temporary file beside path, then saves it to path with QSaveFile: the
// file appears whole or not at all, and the temporary file is removed either way.
Status saveWorkbook(const QString &path, bool constantMemory,
                    const std::function<BuildError(lxw_workbook *)> &build)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    QTemporaryFile part(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!part.open())
        return Error(TableExport::tr("cannot write “%1”: %2").arg(shown, part.errorString()));
    part.close();
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(part.fileName()).constData(), &options);
    if (!wb)
        return Error(TableExport::tr("cannot write “%1”").arg(shown));
    const BuildError built = build(wb);
    const lxw_error closed = workbook_close(wb); // frees the workbook in any case
    if (built.code != LXW_NO_ERROR) {
        const QString why = QString::fromUtf8(lxw_strerror(built.code));
        if (!built.cell.isEmpty())
            return Error(TableExport::tr("cannot write “%1”: sheet “%2”, cell %3: %4")
                             .arg(shown, built.sheet, built.cell, why));
        return Error(TableExport::tr("cannot write “%1”: %2").arg(shown, why));
    }
    if (closed != LXW_NO_ERROR)
        return Error(TableExport::tr("cannot write “%1”: %2")
                         .arg(shown, QString::fromUtf8(lxw_strerror(closed))));
    if (!part.open())
        return Error(TableExport::tr("cannot read “%1” back: %2")
                         .arg(QDir::toNativeSeparators(part.fileName()), part.errorString()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(TableExport::tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    QByteArray chunk;
    while (!(chunk = part.read(1 << 20)).isEmpty()) {
        if (file.write(chunk) != chunk.size())
            return Error(TableExport::tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    }
    if (part.error() != QFileDevice::NoError)
        return Error(TableExport::tr("cannot read “%1” back: %2")
                         .arg(QDir::toNativeSeparators(part.fileName()), part.errorString()));
    if (!file.commit())
        return Error(TableExport::tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace

Status TableExport::writeXlsx(const QList<ExportTable> &tables, const QString &path,
                              bool constantMemory)
{
    return saveWorkbook(path, constantMemory,
                        [&tables](lxw_workbook *wb) { return addTables(wb, tables); });
}

Status TableExport::writeXlsx(const Workspace &workspace, const ExportRequest &request,
                              const QString &path)
{
    if (request.content == ExportContent::Ledger) {
        auto ledger = LedgerData::load(workspace, request.documentId, request.month);
        if (!ledger)
            return ledger.error();
        return saveWorkbook(path, false,
                            [&ledger](lxw_workbook *wb) { return addLedger(wb, *ledger); });
    }
    auto tables = TableExport::tables(workspace, request);
    if (!tables)
        return tables.error();
    return writeXlsx(*tables, path, request.content == ExportContent::Readings);
}

} // namespace cp
