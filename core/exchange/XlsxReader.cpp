#include "XlsxReader.h"
#include "ZipArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>

namespace cp {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

const QString kWorkbookPart = QStringLiteral("xl/workbook.xml");

struct Relationship
{
    QString type;
    QString target; // the part it points to, e.g. "xl/worksheets/sheet1.xml"
};

qint64 cellKey(int row, int column)
{
    return qint64(row) * XlsxWorkbook::kMaxColumns + column;
}

// "worksheets/sheet1.xml" seen from xl/workbook.xml is xl/worksheets/sheet1.xml; "/xl/…" is
// already absolute.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    const QString path = target.startsWith(u'/')
                             ? target
                             : sourcePart.left(sourcePart.lastIndexOf(u'/') + 1) + target;
    QStringList segments;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".." && !segments.isEmpty())
            segments.removeLast();
        else if (segment != u"." && segment != u"..")
            segments.append(segment);
    }
    return segments.join(u'/');
}

// Excel writes characters XML cannot hold as _xHHHH_ (a carriage return as _x000D_), and a
// literal "_x" as _x005F_x.
QString unescape(const QString &text)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    if (!text.contains(u"_x"))
        return text;
    QString out;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &m : escape.globalMatch(text)) {
        out += QStringView(text).mid(done, m.capturedStart() - done);
        out += QChar(char16_t(m.capturedView(1).toUShort(nullptr, 16)));
        done = m.capturedEnd();
    }
    out += QStringView(text).mid(done);
    return out;
}

// A number as Excel writes it ("160", "-2.5E-3"); std::from_chars is several times faster than
// QString::toDouble, which counts in a sheet of numbers.
std::optional<double> parseNumber(QStringView text)
{
    char buffer[64];
    if (text.isEmpty() || text.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i)
        buffer[i] = text.at(i).unicode() < 0x80 ? char(text.at(i).unicode()) : '?';
    double value = 0;
    const auto [end, error] = std::from_chars(buffer, buffer + text.size(), value);
    if (error != std::errc() || end != buffer + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// The text of <si> or <is>: plain <t>, or rich-text runs <r><rPr/><t/></r>. Phonetic guides
// (<rPh>) are not shown in the cell; runs do not nest, so hostile nesting cannot recurse deeply.
QString readText(QXmlStreamReader &xml, bool inRun = false)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t")
            text += xml.readElementText();
        else if (xml.name() == u"r" && !inRun)
            text += readText(xml, true);
        else
            xml.skipCurrentElement();
    }
    return inRun ? text : unescape(text);
}

// Reads the parts of one open archive; messages name the part, the caller adds the file.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(cp::XlsxWorkbook)

public:
    explicit PackageReader(const ZipArchive &zip) : m_zip(zip) {}

    Result<QList<XlsxSheet>> run();

private:
    Status listParts();
    bool hasPart(const QString &name) const { return m_parts.contains(name.toLower()); }
    Result<QByteArray> part(const QString &name);
    Result<QHash<QString, Relationship>> relationships(const QString &partName);
    Status readSharedStrings(const QString &partName);
    Status readSheet(const QString &partName, XlsxSheet &sheet);
    Status readCell(QXmlStreamReader &xml, const QString &partName, int row, int &column,
                    XlsxSheet &sheet);
    static Error xmlError(const QString &partName, const QXmlStreamReader &xml,
                          const QString &message);

    const ZipArchive &m_zip;
    QHash<QString, ZipArchive::Entry> m_parts; // by lower-case part name
    qint64 m_bytesRead = 0;
    QStringList m_sharedStrings;
};

Error PackageReader::xmlError(const QString &partName, const QXmlStreamReader &xml,
                              const QString &message)
{
    return Error(tr("%1, line %2: %3").arg(partName, QString::number(xml.lineNumber()), message));
}

// Guards against ZIP bombs: no part over 100 MB, no more than 200 MB in all. Inflating stops at
// the declared sizes, so they are what counts.
Status PackageReader::listParts()
{
    qint64 total = 0;
    for (const ZipArchive::Entry &entry : m_zip.entries()) {
        if (entry.size < 0 || entry.size > XlsxWorkbook::kMaxPartBytes)
            return Error(tr("%1 uncompresses to more than %2 MB")
                             .arg(entry.name)
                             .arg(XlsxWorkbook::kMaxPartBytes / kMegabyte));
        total += entry.size;
        if (total > XlsxWorkbook::kMaxTotalBytes)
            return Error(tr("the archive uncompresses to more than %1 MB")
                             .arg(XlsxWorkbook::kMaxTotalBytes / kMegabyte));
        QString name = entry.name;
        m_parts.insert(name.replace(u'\\', u'/').toLower(), entry);
    }
    return {};
}

// A part's bytes. Sheets may all name one part, so what is read counts against the limit too.
Result<QByteArray> PackageReader::part(const QString &name)
{
    const ZipArchive::Entry entry = m_parts.value(name.toLower());
    m_bytesRead += entry.size;
    if (m_bytesRead > XlsxWorkbook::kMaxTotalBytes)
        return Error(tr("the archive uncompresses to more than %1 MB")
                         .arg(XlsxWorkbook::kMaxTotalBytes / kMegabyte));
    return m_zip.read(entry);
}

// The relationships of a part by id, from its _rels/NAME.rels; none when that is absent.
Result<QHash<QString, Relationship>> PackageReader::relationships(const QString &partName)
{
    const qsizetype slash = partName.lastIndexOf(u'/');
    const QString relsPart = partName.left(slash + 1) + QStringLiteral("_rels/") +
                             partName.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, Relationship> found;
    if (!hasPart(relsPart))
        return found;
    const Result<QByteArray> data = part(relsPart);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) != u"External")
            found.insert(a.value(QLatin1String("Id")).toString(),
                         {a.value(QLatin1String("Type")).toString(),
                          resolveTarget(partName, a.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError())
        return xmlError(relsPart, xml, xml.errorString());
    return found;
}

Status PackageReader::readSharedStrings(const QString &partName)
{
    const Result<QByteArray> data = part(partName);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            m_sharedStrings.append(readText(xml));
    }
    if (xml.hasError())
        return xmlError(partName, xml, xml.errorString());
    return {};
}

Result<QList<XlsxSheet>> PackageReader::run()
{
    if (Status s = listParts(); !s)
        return s.error();
    if (!hasPart(kWorkbookPart))
        return Error(tr("not an XLSX file (the archive holds no %1)").arg(kWorkbookPart));
    const Result<QByteArray> workbook = part(kWorkbookPart);
    if (!workbook)
        return workbook.error();
    const Result<QHash<QString, Relationship>> rels = relationships(kWorkbookPart);
    if (!rels)
        return rels.error();

    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    for (const Relationship &r : *rels) {
        if (r.type.endsWith(u"/sharedStrings"))
            sharedStringsPart = r.target;
    }
    if (hasPart(sharedStringsPart)) {
        if (Status s = readSharedStrings(sharedStringsPart); !s)
            return s.error();
    }

    QList<std::pair<XlsxSheet, QString>> named; // each sheet with its relationship id
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet")
            continue;
        auto &[sheet, id] = named.emplace_back();
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            if (a.name() == u"name")
                sheet.name = a.value().toString();
            else if (a.name() == u"state")
                sheet.hidden = a.value() == u"hidden" || a.value() == u"veryHidden";
            else if (a.name() == u"id" && !a.namespaceUri().isEmpty()) // r:id
                id = a.value().toString();
        }
    }
    if (xml.hasError())
        return xmlError(kWorkbookPart, xml, xml.errorString());
    if (named.isEmpty())
        return Error(tr("%1 names no sheets").arg(kWorkbookPart));
    if (named.size() > XlsxWorkbook::kMaxSheets)
        return Error(
            tr("%1 names more than %2 sheets").arg(kWorkbookPart).arg(XlsxWorkbook::kMaxSheets));

    QList<XlsxSheet> sheets;
    for (auto &[sheet, id] : named) {
        const auto r = rels->constFind(id);
        if (r == rels->cend())
            return Error(tr("the workbook names a sheet “%1” whose relationship “%2” is missing")
                             .arg(sheet.name, id));
        if (!hasPart(r->target))
            return Error(tr("the workbook names a sheet “%1” whose part %2 is missing")
                             .arg(sheet.name, r->target));
        if (Status s = readSheet(r->target, sheet); !s)
            return s.error();
        sheets.append(std::move(sheet));
    }
    return sheets;
}

Status PackageReader::readSheet(const QString &partName, XlsxSheet &sheet)
{
    const Result<QByteArray> data = part(partName);
    if (!data)
        return data.error();
    QXmlStreamReader xml(*data);
    bool inSheetData = false;
    int row = -1;
    int column = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            inSheetData = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            inSheetData = true;
        } else if (inSheetData && xml.name() == u"row") {
            // A row without r follows the one before it.
            const QString r = xml.attributes().value(QLatin1String("r")).toString();
            bool ok = true;
            const int number = r.isEmpty() ? row + 2 : r.toInt(&ok);
            if (!ok || number < 1 || number > XlsxWorkbook::kMaxRows)
                return xmlError(partName, xml,
                                tr("row number “%1” is not between 1 and %2")
                                    .arg(r.isEmpty() ? QString::number(number) : r)
                                    .arg(XlsxWorkbook::kMaxRows));
            row = number - 1;
            column = -1;
        } else if (inSheetData && xml.name() == u"c") {
            if (Status s = readCell(xml, partName, qMax(row, 0), column, sheet); !s)
                return s;
        }
    }
    if (xml.hasError())
        return xmlError(partName, xml, xml.errorString());
    return {};
}

Status PackageReader::readCell(QXmlStreamReader &xml, const QString &partName, int row, int &column,
                               XlsxSheet &sheet)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView r = attributes.value(QLatin1String("r"));
    const QStringView type = attributes.value(QLatin1String("t"));
    if (r.isEmpty()) {
        // A cell without r follows the one before it in the row.
        if (++column >= XlsxWorkbook::kMaxColumns)
            return xmlError(
                partName, xml,
                tr("row %1 has more than %2 cells").arg(row + 1).arg(XlsxWorkbook::kMaxColumns));
    } else if (const auto position = parseXlsxCellReference(r)) {
        std::tie(row, column) = *position;
    } else {
        return xmlError(partName, xml,
                        tr("“%1” is not a cell reference between A1 and XFD1048576").arg(r));
    }

    std::optional<QString> value;
    std::optional<QString> inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            value = xml.readElementText();
        else if (xml.name() == u"is")
            inlineText = readText(xml);
        else
            xml.skipCurrentElement(); // the formula <f>, extensions
    }
    if (xml.hasError())
        return {}; // readSheet reports it
    if (!inlineText && !value)
        return {}; // a style only, or a formula never calculated

    const auto reference = [&] { return xlsxCellReference(row, column); }; // for messages only
    XlsxCell cell{XlsxCell::Type::Text, 0, value.value_or(QString())};
    bool ok = true;
    if (inlineText) {
        cell.text = *inlineText; // readText has unescaped it
    } else if (type == u"str" || type == u"inlineStr" || type == u"d") {
        cell.text = unescape(cell.text);
    } else if (type == u"s") {
        const int index = cell.text.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return xmlError(partName, xml,
                            tr("cell %1 refers to shared string %2, but the workbook has %3 "
                               "shared strings")
                                .arg(reference(), cell.text)
                                .arg(m_sharedStrings.size()));
        cell.text = m_sharedStrings.at(index);
    } else if (type == u"e") {
        cell.type = XlsxCell::Type::Error;
    } else if (type == u"b") {
        if (cell.text != u"0" && cell.text != u"1")
            return xmlError(partName, xml,
                            tr("cell %1 holds “%2”, which is not a boolean (0 or 1)")
                                .arg(reference(), cell.text));
        cell.type = XlsxCell::Type::Boolean;
        cell.number = cell.text == u"1" ? 1 : 0;
    } else if (type.isEmpty() || type == u"n") {
        const std::optional<double> number = parseNumber(cell.text);
        if (!number)
            return xmlError(
                partName, xml,
                tr("cell %1 holds “%2”, which is not a number").arg(reference(), cell.text));
        cell.type = XlsxCell::Type::Number;
        cell.number = *number;
    } else {
        return xmlError(partName, xml,
                        tr("cell %1 has the unknown type “%2”").arg(reference(), type));
    }
    sheet.setCell(row, column, std::move(cell));
    return {};
}

} // namespace

XlsxCell XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columnCount)
        return {};
    return m_cells.value(cellKey(row, column));
}

void XlsxSheet::setCell(int row, int column, XlsxCell cell)
{
    if (row < 0 || row >= XlsxWorkbook::kMaxRows || column < 0 ||
        column >= XlsxWorkbook::kMaxColumns || cell.isEmpty())
        return;
    m_cells.insert(cellKey(row, column), std::move(cell));
    m_rowCount = qMax(m_rowCount, row + 1);
    m_columnCount = qMax(m_columnCount, column + 1);
}

Result<XlsxWorkbook> XlsxWorkbook::read(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error(tr("“%1” does not exist").arg(shown));
    if (info.isDir())
        return Error(tr("“%1” is a folder, not a workbook").arg(shown));
    if (info.size() > kMaxTotalBytes)
        return Error(tr("“%1” is larger than %2 MB, too large for a workbook")
                         .arg(shown)
                         .arg(kMaxTotalBytes / kMegabyte));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    return read(file.readAll(), info.fileName());
}

Result<XlsxWorkbook> XlsxWorkbook::read(const QByteArray &bytes, const QString &nameForMessages)
{
    Result<QList<XlsxSheet>> sheets = [&]() -> Result<QList<XlsxSheet>> {
        if (bytes.isEmpty())
            return Error(tr("the file is empty"));
        if (bytes.startsWith("\xD0\xCF\x11\xE0")) // an OLE compound file
            return Error(tr("not an XLSX file but an Excel 97-2003 workbook (.xls) or a "
                            "password-protected one; save it as .xlsx without a password"));
        ZipArchive zip;
        if (!zip.open(bytes))
            return Error(bytes.startsWith("PK") ? tr("the ZIP archive is damaged or incomplete")
                                                : tr("not an XLSX file (not a ZIP archive)"));
        return PackageReader(zip).run();
    }();
    if (!sheets)
        return sheets.error().prefixed(nameForMessages);
    XlsxWorkbook workbook;
    workbook.m_sheets = std::move(*sheets);
    return workbook;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : m_sheets) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString xlsxCellReference(int row, int column)
{
    if (row < 0 || row >= XlsxWorkbook::kMaxRows || column < 0 ||
        column >= XlsxWorkbook::kMaxColumns)
        return {};
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return letters + QString::number(row + 1);
}

std::optional<std::pair<int, int>> parseXlsxCellReference(QStringView reference)
{
    qsizetype i = 0;
    int column = 0;
    for (; i < reference.size() && i < 3; ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    const QStringView digits = reference.mid(i);
    if (i == 0 || digits.isEmpty() || digits.size() > 7 || digits.front() == u'0')
        return std::nullopt;
    int row = 0;
    for (const QChar c : digits) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return std::nullopt;
        row = row * 10 + (c.unicode() - u'0');
    }
    if (column > XlsxWorkbook::kMaxColumns || row > XlsxWorkbook::kMaxRows)
        return std::nullopt;
    return std::pair{row - 1, column - 1};
}

} // namespace cp
