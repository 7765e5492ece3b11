#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace cp {

// One cell's value as Excel, WPS or LibreOffice saved it (the cached result for a formula).
struct XlsxCell
{
    enum class Type { Empty, Number, Text, Boolean, Error };

    Type type = Type::Empty;
    double number = 0; // Number; Boolean as 0 or 1
    QString text;      // Text and Error as shown (#DIV/0!); Number and Boolean: the raw <v>

    bool isEmpty() const { return type == Type::Empty; }
};

// A worksheet's values, stored sparsely: one cell at XFD1048576 makes a sheet of 1 048 576 rows by
// 16 384 columns, so bound loops over rowCount() × columnCount() by what the caller expects.
class XlsxSheet
{
public:
    QString name;
    bool hidden = false; // state="hidden" or "veryHidden"

    // One past the last row and column that hold a value; cells with only a style do not count.
    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    // 0-based; Empty outside the sheet.
    XlsxCell cell(int row, int column) const;
    // Ignores Empty cells and positions outside A1:XFD1048576.
    void setCell(int row, int column, XlsxCell cell);

private:
    QHash<qint64, XlsxCell> m_cells;
    int m_rowCount = 0;
    int m_columnCount = 0;
};

// Reads the values of an .xlsx workbook (Office Open XML), as monthly report packets come back
// from Excel, WPS or LibreOffice: shared, inline and rich-text strings, numbers, booleans, errors
// and cached formula results; no styles, dates stay serial numbers. Damaged or hostile files are
// refused with a message naming the file, the part and, for XML, the line; limits: 200 MB
// uncompressed in all, 100 MB per part, 1 000 sheets of 1 048 576 rows by 16 384 columns.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(cp::XlsxWorkbook)

public:
    static constexpr qint64 kMaxTotalBytes = 200LL * 1024 * 1024;
    static constexpr qint64 kMaxPartBytes = 100LL * 1024 * 1024;
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr int kMaxSheets = 1000;

    // Messages start with the file's name ("packet.xlsx: …"), or name the whole path when the
    // file cannot be opened.
    static Result<XlsxWorkbook> read(const QString &path);
    // nameForMessages starts every message, e.g. "packet.xlsx".
    static Result<XlsxWorkbook> read(const QByteArray &bytes, const QString &nameForMessages);

    // In the workbook's order, hidden ones included.
    const QList<XlsxSheet> &sheets() const { return m_sheets; }
    // By name, ignoring case as Excel does; nullptr when there is none.
    const XlsxSheet *sheet(const QString &name) const;

private:
    QList<XlsxSheet> m_sheets;
};

// (0, 0) → "A1", (122, 27) → "AB123"; empty outside A1:XFD1048576.
QString xlsxCellReference(int row, int column);
// "AB123" → (122, 27) as 0-based (row, column); nullopt for anything but A1 to XFD1048576.
std::optional<std::pair<int, int>> parseXlsxCellReference(QStringView reference);

} // namespace cp
