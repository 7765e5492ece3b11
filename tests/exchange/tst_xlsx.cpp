#include "../common/Fixtures.h"
#include "exchange/XlsxReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <xlsxwriter.h>
#include <zlib.h>

using namespace cp;

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

const QByteArray kXmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const QByteArray kMainNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
const QByteArray kRelNs =
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
const QByteArray kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

void put(QByteArray &out, quint64 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((value >> (8 * i)) & 0xFF);
}

QByteArray deflateRaw(const QByteArray &data, int level)
{
    z_stream z{};
    deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

struct ZipOptions
{
    int level = Z_DEFAULT_COMPRESSION; // 0: stored
    bool zip64 = false;                // sizes and offsets in ZIP64 fields, as streaming writers do
    qint64 declaredSize = -1;          // ≥ 0: the uncompressed size the last part claims
};

// A ZIP archive of the parts, written by hand (APPNOTE 4.3) so a test controls every byte.
QByteArray zipArchive(const Parts &parts, const ZipOptions &options = {})
{
    constexpr quint32 saturated = 0xFFFFFFFF;
    QByteArray archive;
    QByteArray directory;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray name = parts.at(i).first.toUtf8();
        const QByteArray &data = parts.at(i).second;
        const QByteArray packed = options.level == 0 ? data : deflateRaw(data, options.level);
        const quint64 size = i == parts.size() - 1 && options.declaredSize >= 0
                                 ? quint64(options.declaredSize)
                                 : quint64(data.size());
        const quint32 crc =
            crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
        const quint64 offset = quint64(archive.size());
        QByteArray common; // from "version needed" to the name's length
        put(common, options.zip64 ? 45 : 20, 2);
        put(common, 0x0800, 2); // UTF-8 names
        put(common, options.level == 0 ? 0 : 8, 2);
        put(common, 0, 2);      // 00:00
        put(common, 0x5821, 2); // 2024-01-01
        put(common, crc, 4);
        put(common, options.zip64 ? saturated : packed.size(), 4);
        put(common, options.zip64 ? saturated : size, 4);
        put(common, quint64(name.size()), 2);

        put(archive, 0x04034b50, 4);
        archive += common;
        put(archive, options.zip64 ? 20 : 0, 2);
        archive += name;
        if (options.zip64) {
            put(archive, 1, 2);
            put(archive, 16, 2);
            put(archive, size, 8);
            put(archive, quint64(packed.size()), 8);
        }
        archive += packed;

        put(directory, 0x02014b50, 4);
        put(directory, 20, 2); // made by
        directory += common;
        put(directory, options.zip64 ? 28 : 0, 2);
        put(directory, 0, 2); // comment length
        put(directory, 0, 2); // disk
        put(directory, 0, 2); // internal attributes
        put(directory, 0, 4); // external attributes
        put(directory, options.zip64 ? saturated : offset, 4);
        directory += name;
        if (options.zip64) {
            put(directory, 1, 2);
            put(directory, 24, 2);
            put(directory, size, 8);
            put(directory, quint64(packed.size()), 8);
            put(directory, offset, 8);
        }
    }
    const quint64 directoryOffset = quint64(archive.size());
    archive += directory;
    if (options.zip64) {
        const quint64 record = quint64(archive.size());
        put(archive, 0x06064b50, 4);
        put(archive, 44, 8);
        put(archive, 45, 2);
        put(archive, 45, 2);
        put(archive, 0, 8); // disks
        put(archive, quint64(parts.size()), 8);
        put(archive, quint64(parts.size()), 8);
        put(archive, quint64(directory.size()), 8);
        put(archive, directoryOffset, 8);
        put(archive, 0x07064b50, 4);
        put(archive, 0, 4);
        put(archive, record, 8);
        put(archive, 1, 4);
    }
    put(archive, 0x06054b50, 4);
    put(archive, 0, 4); // disks
    put(archive, options.zip64 ? 0xFFFF : quint64(parts.size()), 2);
    put(archive, options.zip64 ? 0xFFFF : quint64(parts.size()), 2);
    put(archive, options.zip64 ? saturated : quint64(directory.size()), 4);
    put(archive, options.zip64 ? saturated : directoryOffset, 4);
    put(archive, 0, 2);
    return archive;
}

QByteArray relationship(const QByteArray &id, const QByteArray &type, const QByteArray &target)
{
    return "<Relationship Id=\"" + id + "\" Type=\"" + kRelType + type + "\" Target=\"" + target +
           "\"/>";
}

// A one-sheet workbook ("Sheet1", xl/worksheets/sheet1.xml) around the given sheet XML, with
// shared strings when sharedStrings is not empty.
Parts oneSheetParts(const QByteArray &sheetXml, const QByteArray &sharedStrings = {})
{
    Parts parts{
        {QStringLiteral("xl/workbook.xml"),
         kXmlHeader + "<workbook " + kMainNs + " " + kRelNs +
             "><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         kXmlHeader +
             "<Relationships "
             "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
             relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
             relationship("rId2", "sharedStrings", "sharedStrings.xml") + "</Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), kXmlHeader + "<worksheet " + kMainNs +
                                                         ">\n<sheetData>\n" + sheetXml +
                                                         "\n</sheetData>\n</worksheet>"}};
    if (!sharedStrings.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      kXmlHeader + "<sst " + kMainNs + ">" + sharedStrings + "</sst>"});
    return parts;
}

// "n:160", "s:新建5G基站", "b:1", "e:#DIV/0!"; "" for an empty cell.
QString describe(const XlsxCell &cell)
{
    switch (cell.type) {
    case XlsxCell::Type::Empty:
        return {};
    case XlsxCell::Type::Number:
        return QStringLiteral("n:") + QString::number(cell.number, 'g', 15);
    case XlsxCell::Type::Text:
        return QStringLiteral("s:") + cell.text;
    case XlsxCell::Type::Boolean:
        return QStringLiteral("b:") + QString::number(cell.number);
    case XlsxCell::Type::Error:
        return QStringLiteral("e:") + cell.text;
    }
    return {};
}

// Every cell of the sheet, one line per row, cells joined by " | ".
QStringList grid(const XlsxSheet &sheet)
{
    QStringList rows;
    for (int r = 0; r < sheet.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < sheet.columnCount(); ++c)
            cells.append(describe(sheet.cell(r, c)));
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

// The 任务 packet a department fills in, written by libxlsxwriter as CountyPlan writes it.
bool writePacket(const QString &path)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
    if (!workbook)
        return false;
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_worksheet *tasks = workbook_add_worksheet(workbook, "任务");
    const char *header[] = {"序号", "任务", "牵头单位", "目标值", "单位", "翻倍", "已完成"};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(tasks, 0, c, header[c], bold);
    worksheet_write_number(tasks, 1, 0, 1, nullptr);
    worksheet_write_string(tasks, 1, 1, "新建5G基站", nullptr);
    worksheet_write_string(tasks, 1, 2, "县发改局", nullptr);
    worksheet_write_number(tasks, 1, 3, 160, nullptr);
    worksheet_write_string(tasks, 1, 4, "座", nullptr);
    worksheet_write_formula_num(tasks, 1, 5, "=D2*2", nullptr, 320);
    worksheet_write_boolean(tasks, 1, 6, 1, nullptr);
    worksheet_write_number(tasks, 2, 0, 2, nullptr);
    worksheet_write_string(tasks, 2, 1, "森林覆盖率", nullptr);
    worksheet_write_string(tasks, 2, 2, "县林业局", nullptr);
    worksheet_write_number(tasks, 2, 3, 0.8, nullptr);
    worksheet_write_formula_num(tasks, 2, 5, "=D3*2", nullptr, 1.6);
    worksheet_write_boolean(tasks, 2, 6, 0, nullptr);
    // Row 4 is left empty; E5 has a style only.
    worksheet_write_number(tasks, 4, 0, 3, nullptr);
    worksheet_write_string(tasks, 4, 1, "新建5G基站", nullptr);
    worksheet_write_string(tasks, 4, 2, "县发改局", nullptr);
    worksheet_write_number(tasks, 4, 3, 1.5e4, nullptr);
    worksheet_write_blank(tasks, 4, 4, bold);
    worksheet_write_number(tasks, 5, 0, 4, nullptr);
    char lead[] = "压减";
    char rest[] = "财政赤字";
    lxw_rich_string_tuple leadPart{bold, lead};
    lxw_rich_string_tuple restPart{nullptr, rest};
    lxw_rich_string_tuple *rich[] = {&leadPart, &restPart, nullptr};
    worksheet_write_rich_string(tasks, 5, 1, rich, nullptr);
    worksheet_write_formula_str(tasks, 5, 2, "=C5", nullptr, "县发改局");
    worksheet_write_number(tasks, 5, 3, -3.25, nullptr);

    lxw_worksheet *notes = workbook_add_worksheet(workbook, "说明");
    worksheet_write_string(notes, 0, 0, "填报说明", nullptr);
    worksheet_write_number(notes, 1, 1, 2023, nullptr);
    worksheet_write_string(notes, 2, 2, "县发改局", nullptr);
    worksheet_hide(notes);

    lxw_worksheet *summary = workbook_add_worksheet(workbook, "Summary");
    worksheet_write_string(summary, 0, 0, "   leading and trailing   ", nullptr);
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellReferences_data();
    void cellReferences();
    void invalidCellReferences_data();
    void invalidCellReferences();
    void readsLibxlsxwriterPacket();
    void readsWhatExcelAndWpsWrite();
    void findsSheetsByName();
    void readsStoredAndZip64Archives_data();
    void readsStoredAndZip64Archives();
    void rejectsMalformedArchives_data();
    void rejectsMalformedArchives();
    void rejectsUnreadableFiles();
    void refusesZipBombs();
    void readsLargeSheet();
};

void TestXlsx::cellReferences_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("A1") << QStringLiteral("A1") << 0 << 0;
    QTest::newRow("Z1") << QStringLiteral("Z1") << 0 << 25;
    QTest::newRow("AA1") << QStringLiteral("AA1") << 0 << 26;
    QTest::newRow("AB123") << QStringLiteral("AB123") << 122 << 27;
    QTest::newRow("AZ9") << QStringLiteral("AZ9") << 8 << 51;
    QTest::newRow("BA10") << QStringLiteral("BA10") << 9 << 52;
    QTest::newRow("ZZ99") << QStringLiteral("ZZ99") << 98 << 701;
    QTest::newRow("AAA1") << QStringLiteral("AAA1") << 0 << 702;
    QTest::newRow("A1048576") << QStringLiteral("A1048576") << 1048575 << 0;
    QTest::newRow("XFD1") << QStringLiteral("XFD1") << 0 << 16383;
    QTest::newRow("XFD1048576") << QStringLiteral("XFD1048576") << 1048575 << 16383;
}

void TestXlsx::cellReferences()
{
    QFETCH(QString, reference);
    QFETCH(int, row);
    QFETCH(int, column);
    QCOMPARE(xlsxCellReference(row, column), reference);
    const auto parsed = parseXlsxCellReference(reference);
    QVERIFY(parsed);
    QCOMPARE(parsed->first, row);
    QCOMPARE(parsed->second, column);
}

void TestXlsx::invalidCellReferences_data()
{
    QTest::addColumn<QString>("reference");
    for (const char *text : {"A0", "1A", "", "XFE1", "A1048577", "ZZZZ1", "A", "A01", "a1", "$A$1",
                             " A1", "A1 ", "A1B", "AAAA1", "A-1", "A99999999"})
        QTest::newRow(*text ? text : "empty") << QString::fromLatin1(text);
    QTest::newRow("full-width") << QStringLiteral("Ａ１");
}

void TestXlsx::invalidCellReferences()
{
    QFETCH(QString, reference);
    QVERIFY(!parseXlsxCellReference(reference));
    QCOMPARE(xlsxCellReference(-1, 0), QString());
    QCOMPARE(xlsxCellReference(0, -1), QString());
    QCOMPARE(xlsxCellReference(1048576, 0), QString());
    QCOMPARE(xlsxCellReference(0, 16384), QString());
}

void TestXlsx::readsLibxlsxwriterPacket()
{
    const QString path = test::temporaryPath(QStringLiteral("packet.xlsx"));
    QVERIFY(writePacket(path));
    const auto workbook = XlsxWorkbook::read(path);
    CP_VERIFY_OK(workbook);
    QCOMPARE(workbook->sheets().size(), 3);

    const XlsxSheet &tasks = workbook->sheets().at(0);
    QCOMPARE(tasks.name, QStringLiteral("任务"));
    QVERIFY(!tasks.hidden);
    QCOMPARE(tasks.rowCount(), 6);
    QCOMPARE(tasks.columnCount(), 7);
    const QStringList expected{
        QStringLiteral("s:序号 | s:任务 | s:牵头单位 | s:目标值 | s:单位 | s:翻倍 | s:已完成"),
        QStringLiteral("n:1 | s:新建5G基站 | s:县发改局 | n:160 | s:座 | n:320 | b:1"),
        QStringLiteral("n:2 | s:森林覆盖率 | s:县林业局 | n:0.8 |  | n:1.6 | b:0"),
        QStringLiteral(" |  |  |  |  |  | "),
        QStringLiteral("n:3 | s:新建5G基站 | s:县发改局 | n:15000 |  |  | "),
        QStringLiteral("n:4 | s:压减财政赤字 | s:县发改局 | n:-3.25 |  |  | "),
    };
    QCOMPARE(grid(tasks), expected);
    QCOMPARE(tasks.cell(2, 3).number, 0.8);
    QCOMPARE(tasks.cell(2, 3).text, QStringLiteral("0.8"));
    QCOMPARE(tasks.cell(4, 3).number, 15000.0);
    QCOMPARE(tasks.cell(5, 3).number, -3.25);
    QCOMPARE(tasks.cell(1, 6).type, XlsxCell::Type::Boolean);
    QCOMPARE(tasks.cell(1, 6).number, 1.0);
    QVERIFY(tasks.cell(4, 4).isEmpty()); // a style only
    QVERIFY(tasks.cell(99, 0).isEmpty());
    QVERIFY(tasks.cell(0, -1).isEmpty());

    const XlsxSheet &notes = workbook->sheets().at(1);
    QCOMPARE(notes.name, QStringLiteral("说明"));
    QVERIFY(notes.hidden);
    QCOMPARE(grid(notes),
             (QStringList{QStringLiteral("s:填报说明 |  | "), QStringLiteral(" | n:2023 | "),
                          QStringLiteral(" |  | s:县发改局")}));

    const XlsxSheet &summary = workbook->sheets().at(2);
    QVERIFY(!summary.hidden);
    QCOMPARE(grid(summary), QStringList{QStringLiteral("s:   leading and trailing   ")});
}

void TestXlsx::readsWhatExcelAndWpsWrite()
{
    // Parts as Excel, WPS and LibreOffice write them and libxlsxwriter does not: absolute and
    // "../" targets, another prefix for the relationship namespace, rich text with phonetic
    // guides, inline strings, t="str" and t="e", exponents, rows and cells without r.
    const QByteArray workbook =
        kXmlHeader + "<workbook " + kMainNs +
        " xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets><sheet name=\"任务\" sheetId=\"1\" rel:id=\"rId7\"/>"
        "<sheet name=\"底稿\" sheetId=\"2\" state=\"veryHidden\" rel:id=\"rId8\"/>"
        "<sheet name=\"备用\" sheetId=\"3\" state=\"visible\" rel:id=\"rId9\"/></sheets>"
        "</workbook>";
    const QByteArray rels =
        kXmlHeader +
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        relationship("rId7", "worksheet", "/xl/worksheets/sheet1.xml") +
        relationship("rId8", "worksheet", "worksheets/../worksheets/data.xml") +
        relationship("rId9", "worksheet", "worksheets/empty.xml") +
        relationship("rId3", "sharedStrings", "/xl/sharedStrings.xml") +
        "<Relationship Id=\"rId4\" Type=\"" + kRelType +
        "hyperlink\" Target=\"https://example.invalid/\" TargetMode=\"External\"/>" +
        "</Relationships>";
    const QByteArray sharedStrings =
        kXmlHeader + "<sst " + kMainNs +
        " count=\"9\" uniqueCount=\"6\">"
        "<si><t>县发改局</t></si>"
        "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>新建</t></r>"
        "<r><rPr><color rgb=\"FFFF0000\"/></rPr><t>5G基站</t></r></si>"
        "<si><t xml:space=\"preserve\">  前后空格  </t></si>"
        "<si><r><t>盂县</t></r><rPh sb=\"0\" eb=\"2\"><t>うけん</t></rPh>"
        "<phoneticPr fontId=\"1\"/></si>"
        "<si><t>第一行_x000D_\n第二行</t></si>"
        "<si><t>_x005F_x0041_ &amp; &lt;tag&gt;</t></si>"
        "</sst>";
    const QByteArray sheet1 =
        kXmlHeader + "<worksheet " + kMainNs +
        "><dimension ref=\"A1:AB6\"/><sheetData>\n"
        "<row r=\"1\" spans=\"1:4\">"
        "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t>内联文本</t></is></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><r><t>富</t></r>"
        "<r><rPr><i/></rPr><t>文本</t></r></is></c>"
        "<c r=\"E1\" t=\"inlineStr\"><is><t>_x005F_x0041_</t></is></c></row>\n"
        "<row r=\"2\"><c r=\"A2\"><v>160</v></c>"
        "<c r=\"B2\" t=\"n\"><v>0.8</v></c><c r=\"C2\"><v>1.5E+4</v></c>"
        "<c r=\"D2\" s=\"2\"><v>-2.5e-3</v></c><c r=\"E2\" s=\"3\"/>"
        "<c r=\"F2\"><f>A2*2</f><v>320</v></c>"
        "<c r=\"G2\" t=\"str\"><f>B1&amp;\"!\"</f><v>新建5G基站!</v></c>"
        "<c r=\"H2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>\n"
        "<row r=\"4\"><c r=\"B4\" t=\"b\"><v>1</v></c>"
        "<c r=\"C4\" t=\"b\"><v>0</v></c><c r=\"D4\" t=\"s\"><v>0</v></c>"
        "<c r=\"AB4\" t=\"s\"><v>2</v></c></row>\n"
        "<row r=\"6\"><c r=\"A6\"><f>SUM(A2:A3)</f></c></row>\n"
        "</sheetData></worksheet>";
    const QByteArray data = kXmlHeader + "<worksheet " + kMainNs +
                            "><sheetData>\n"
                            "<row><c><v>1</v></c><c t=\"s\"><v>3</v></c><c/>"
                            "<c t=\"inlineStr\"><is><t>丙</t></is></c></row>\n"
                            "<row><c t=\"s\"><v>4</v></c><c t=\"s\"><v>5</v></c></row>\n"
                            "<row r=\"5\"><c><v>5</v></c><c r=\"D5\"><v>6</v></c>"
                            "<c><v>7</v></c></row>\n"
                            "<row><c><v>8</v></c></row>\n"
                            "</sheetData></worksheet>";
    const QByteArray empty = kXmlHeader + "<worksheet " + kMainNs + "><sheetData/></worksheet>";
    const auto read = XlsxWorkbook::read(
        zipArchive({{QStringLiteral("[Content_Types].xml"), kXmlHeader + "<Types/>"},
                    {QStringLiteral("xl/workbook.xml"), workbook},
                    {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                    {QStringLiteral("xl/sharedStrings.xml"), sharedStrings},
                    {QStringLiteral("xl/worksheets/sheet1.xml"), sheet1},
                    {QStringLiteral("xl/worksheets/data.xml"), data},
                    {QStringLiteral("xl/worksheets/empty.xml"), empty}}),
        QStringLiteral("wps.xlsx"));
    CP_VERIFY_OK(read);
    QCOMPARE(read->sheets().size(), 3);

    const XlsxSheet &tasks = read->sheets().at(0);
    QCOMPARE(tasks.name, QStringLiteral("任务"));
    QVERIFY(!tasks.hidden);
    QCOMPARE(tasks.rowCount(), 4); // A6 has a formula that was never calculated
    QCOMPARE(tasks.columnCount(), 28);
    // A row of 28 cells, empty but for the given ones.
    const auto row = [](std::initializer_list<std::pair<int, QString>> cells) {
        QStringList line(28);
        for (const auto &[column, text] : cells)
            line[column] = text;
        return line.join(QStringLiteral(" | "));
    };
    const QStringList expected{
        row({{0, QStringLiteral("s:县发改局")},
             {1, QStringLiteral("s:新建5G基站")},
             {2, QStringLiteral("s:内联文本")},
             {3, QStringLiteral("s:富文本")},
             {4, QStringLiteral("s:_x0041_")}}),
        row({{0, QStringLiteral("n:160")},
             {1, QStringLiteral("n:0.8")},
             {2, QStringLiteral("n:15000")},
             {3, QStringLiteral("n:-0.0025")},
             {5, QStringLiteral("n:320")},
             {6, QStringLiteral("s:新建5G基站!")},
             {7, QStringLiteral("e:#DIV/0!")}}),
        row({}),
        row({{1, QStringLiteral("b:1")},
             {2, QStringLiteral("b:0")},
             {3, QStringLiteral("s:县发改局")},
             {27, QStringLiteral("s:  前后空格  ")}}),
    };
    QCOMPARE(grid(tasks), expected);
    QCOMPARE(tasks.cell(1, 2).number, 15000.0);
    QCOMPARE(tasks.cell(1, 2).text, QStringLiteral("1.5E+4"));
    QCOMPARE(tasks.cell(1, 3).number, -0.0025);
    QCOMPARE(tasks.cell(1, 7).type, XlsxCell::Type::Error);
    QCOMPARE(tasks.cell(1, 7).text, QStringLiteral("#DIV/0!"));

    const XlsxSheet &hidden = read->sheets().at(1);
    QCOMPARE(hidden.name, QStringLiteral("底稿"));
    QVERIFY(hidden.hidden);
    const QStringList expectedHidden{
        QStringLiteral("n:1 | s:盂县 |  | s:丙 | "),
        QStringLiteral("s:第一行\r\n第二行 | s:_x0041_ & <tag> |  |  | "),
        QStringLiteral(" |  |  |  | "),
        QStringLiteral(" |  |  |  | "),
        QStringLiteral("n:5 |  |  | n:6 | n:7"),
        QStringLiteral("n:8 |  |  |  | "),
    };
    QCOMPARE(grid(hidden), expectedHidden);

    const XlsxSheet &spare = read->sheets().at(2);
    QVERIFY(!spare.hidden);
    QCOMPARE(spare.rowCount(), 0);
    QCOMPARE(spare.columnCount(), 0);
}

void TestXlsx::findsSheetsByName()
{
    const QString path = test::temporaryPath(QStringLiteral("names.xlsx"));
    QVERIFY(writePacket(path));
    const auto workbook = XlsxWorkbook::read(path);
    CP_VERIFY_OK(workbook);
    QVERIFY(workbook->sheet(QStringLiteral("说明")));
    QCOMPARE(workbook->sheet(QStringLiteral("说明"))->cell(1, 1).number, 2023.0);
    QCOMPARE(workbook->sheet(QStringLiteral("SUMMARY")), &workbook->sheets().at(2));
    QCOMPARE(workbook->sheet(QStringLiteral("进展")), nullptr);
}

void TestXlsx::readsStoredAndZip64Archives_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("zip64");
    QTest::newRow("stored") << 0 << false;
    QTest::newRow("deflated") << 9 << false;
    QTest::newRow("ZIP64 stored") << 0 << true;
    QTest::newRow("ZIP64 deflated") << 6 << true;
}

void TestXlsx::readsStoredAndZip64Archives()
{
    QFETCH(int, level);
    QFETCH(bool, zip64);
    const Parts parts = oneSheetParts("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c>"
                                      "<c r=\"C2\"><v>160</v></c></row>",
                                      "<si><t>新建5G基站</t></si>");
    const auto workbook = XlsxWorkbook::read(zipArchive(parts, {.level = level, .zip64 = zip64}),
                                             QStringLiteral("zip.xlsx"));
    CP_VERIFY_OK(workbook);
    QCOMPARE(grid(workbook->sheets().at(0)),
             (QStringList{QStringLiteral(" |  | "), QStringLiteral(" | s:新建5G基站 | n:160")}));
}

void TestXlsx::rejectsMalformedArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("exact"); // false: the message starts with `message`

    const QString packetPath = test::temporaryPath(QStringLiteral("whole.xlsx"));
    QVERIFY(writePacket(packetPath));
    QFile packetFile(packetPath);
    QVERIFY(packetFile.open(QIODevice::ReadOnly));
    const QByteArray packet = packetFile.readAll();
    const QString sheetPart = QStringLiteral("packet.xlsx: xl/worksheets/sheet1.xml, line ");

    QTest::newRow("text file") << QStringLiteral("这是一份说明，不是表格。\n").toUtf8()
                               << QStringLiteral(
                                      "packet.xlsx: not an XLSX file (not a ZIP archive)")
                               << true;
    QTest::newRow("empty") << QByteArray() << QStringLiteral("packet.xlsx: the file is empty")
                           << true;
    QTest::newRow("truncated") << packet.left(packet.size() / 2)
                               << QStringLiteral("packet.xlsx: the ZIP archive is damaged or "
                                                 "incomplete")
                               << true;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8).repeated(64)
                         << QStringLiteral("packet.xlsx: not an XLSX file but an Excel 97-2003 "
                                           "workbook (.xls) or a password-protected one; save it "
                                           "as .xlsx without a password")
                         << true;
    QTest::newRow("docx") << zipArchive({{QStringLiteral("word/document.xml"), "<w:document/>"}})
                          << QStringLiteral("packet.xlsx: not an XLSX file (the archive holds no "
                                            "xl/workbook.xml)")
                          << true;

    Parts missingSheet = oneSheetParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    missingSheet[0].second.replace("name=\"Sheet1\"", "name=\"任务\"");
    missingSheet[1].second.replace("worksheets/sheet1.xml", "worksheets/sheet9.xml");
    QTest::newRow("sheet part missing")
        << zipArchive(missingSheet)
        << QStringLiteral("packet.xlsx: the workbook names a sheet “任务” whose part "
                          "xl/worksheets/sheet9.xml is missing")
        << true;
    Parts missingRelationship = oneSheetParts("");
    missingRelationship[0].second.replace("rId1", "rId5");
    QTest::newRow("relationship missing")
        << zipArchive(missingRelationship)
        << QStringLiteral("packet.xlsx: the workbook names a sheet “Sheet1” whose relationship "
                          "“rId5” is missing")
        << true;
    Parts noSheets = oneSheetParts("");
    noSheets[0].second.replace("<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>", "");
    QTest::newRow("no sheets") << zipArchive(noSheets)
                               << QStringLiteral("packet.xlsx: xl/workbook.xml names no sheets")
                               << true;
    Parts manySheets = oneSheetParts("");
    manySheets[0].second.replace("<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>",
                                 QByteArray("<sheet r:id=\"rId1\"/>").repeated(1001));
    QTest::newRow("too many sheets")
        << zipArchive(manySheets)
        << QStringLiteral("packet.xlsx: xl/workbook.xml names more than 1000 sheets") << true;
    Parts brokenWorkbook = oneSheetParts("");
    brokenWorkbook[0].second.chop(3);
    QTest::newRow("broken workbook XML")
        << zipArchive(brokenWorkbook) << QStringLiteral("packet.xlsx: xl/workbook.xml, line 2: ")
        << false;
    Parts brokenRels = oneSheetParts("");
    brokenRels[1].second.replace("</Relationships>", "</Relations>");
    QTest::newRow("broken relationships XML")
        << zipArchive(brokenRels)
        << QStringLiteral("packet.xlsx: xl/_rels/workbook.xml.rels, line 2: ") << false;
    QTest::newRow("broken sheet XML")
        << zipArchive(oneSheetParts("<row r=\"1\">\n<c r=\"A1\"><v>1</v></c>\n<c r=\"B1\"><v>2</c>"
                                    "\n</row>"))
        << sheetPart + QStringLiteral("6: ") << false;
    QTest::newRow("broken shared strings XML")
        << zipArchive(oneSheetParts("", "<si><t>县发改局</si>"))
        << QStringLiteral("packet.xlsx: xl/sharedStrings.xml, line 2: ") << false;
    QTest::newRow("shared string out of range")
        << zipArchive(oneSheetParts("<row r=\"1\">\n<c r=\"A1\" t=\"s\"><v>0</v></c>\n"
                                    "<c r=\"B1\" t=\"s\"><v>2</v></c></row>",
                                    "<si><t>县发改局</t></si><si><t>县林业局</t></si>"))
        << sheetPart + QStringLiteral("6: cell B1 refers to shared string 2, but the workbook "
                                      "has 2 shared strings")
        << true;
    QTest::newRow("shared string without the part")
        << zipArchive(oneSheetParts("<row r=\"1\"><c r=\"C1\" t=\"s\"><v>0</v></c></row>"))
        << sheetPart + QStringLiteral("4: cell C1 refers to shared string 0, but the workbook "
                                      "has 0 shared strings")
        << true;
    QTest::newRow("negative shared string")
        << zipArchive(oneSheetParts("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>-1</v></c></row>",
                                    "<si><t>县发改局</t></si>"))
        << sheetPart + QStringLiteral("4: cell A1 refers to shared string -1, but the workbook "
                                      "has 1 shared strings")
        << true;
    QTest::newRow("bad cell reference")
        << zipArchive(oneSheetParts("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
        << sheetPart + QStringLiteral("4: “XFE1” is not a cell reference between A1 and "
                                      "XFD1048576")
        << true;
    QTest::newRow("too many rows")
        << zipArchive(oneSheetParts("<row r=\"1048577\"><c><v>1</v></c></row>"))
        << sheetPart + QStringLiteral("4: row number “1048577” is not between 1 and 1048576")
        << true;
    QTest::newRow("row after the last")
        << zipArchive(oneSheetParts("<row r=\"1048576\"><c><v>1</v></c></row><row/>"))
        << sheetPart + QStringLiteral("4: row number “1048577” is not between 1 and 1048576")
        << true;
    QTest::newRow("too many columns")
        << zipArchive(oneSheetParts("<row r=\"3\">" +
                                    QByteArray("<c><v>1</v></c>").repeated(16385) + "</row>"))
        << sheetPart + QStringLiteral("4: row 3 has more than 16384 cells") << true;
    QTest::newRow("not a number")
        << zipArchive(oneSheetParts("<row r=\"2\"><c r=\"D2\"><v>一百六十</v></c></row>"))
        << sheetPart + QStringLiteral("4: cell D2 holds “一百六十”, which is not a number") << true;
    QTest::newRow("not a boolean")
        << zipArchive(oneSheetParts("<row r=\"2\"><c r=\"G2\" t=\"b\"><v>yes</v></c></row>"))
        << sheetPart + QStringLiteral("4: cell G2 holds “yes”, which is not a boolean (0 or 1)")
        << true;
    QTest::newRow("unknown type")
        << zipArchive(oneSheetParts("<row r=\"2\"><c r=\"A2\" t=\"q\"><v>1</v></c></row>"))
        << sheetPart + QStringLiteral("4: cell A2 has the unknown type “q”") << true;
    // Hostile XML: entity expansion ("billion laughs") and runs nested 100 000 deep.
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"" +
                  QByteArray("&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";")
                      .repeated(10) +
                  "\">\n";
    laughs += "]>\n<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>"
              "</sheetData></worksheet>";
    Parts bomb = oneSheetParts("");
    bomb[2].second = laughs;
    QTest::newRow("entity expansion") << zipArchive(bomb) << sheetPart << false;
    QTest::newRow("deeply nested runs")
        << zipArchive(oneSheetParts("", "<si>" + QByteArray("<r>").repeated(100000) + "</si>"))
        << QStringLiteral("packet.xlsx: xl/sharedStrings.xml, line 2: ") << false;
    QByteArray damaged =
        zipArchive(oneSheetParts("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"), {.level = 0});
    damaged[damaged.indexOf("<v>1</v>") + 3] = '2'; // the stored CRC no longer matches
    QTest::newRow("wrong CRC")
        << damaged
        << QStringLiteral("packet.xlsx: xl/worksheets/sheet1.xml is damaged in the archive")
        << true;
    QByteArray scrambled =
        zipArchive(oneSheetParts(QByteArray("<row><c><v>1</v></c></row>").repeated(99)));
    scrambled.replace(scrambled.indexOf("xl/worksheets/sheet1.xml") + 30, 10,
                      QByteArray(10, '\xFF'));
    QTest::newRow("deflated data scrambled")
        << scrambled
        << QStringLiteral("packet.xlsx: xl/worksheets/sheet1.xml is damaged in the archive")
        << true;
    // The sheet claims 1 KB but inflates to 50 MB: inflating stops at the claimed size.
    Parts liar = oneSheetParts("");
    liar[2].second.insert(liar[2].second.indexOf("<sheetData>"), QByteArray(50 * 1024 * 1024, ' '));
    QTest::newRow("size understated")
        << zipArchive(liar, {.declaredSize = 1024})
        << QStringLiteral("packet.xlsx: xl/worksheets/sheet1.xml is damaged in the archive")
        << true;
}

void TestXlsx::rejectsMalformedArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    QFETCH(bool, exact);
    const auto workbook = XlsxWorkbook::read(bytes, QStringLiteral("packet.xlsx"));
    QVERIFY(!workbook);
    if (exact) {
        QCOMPARE(workbook.error().message(), message);
    } else {
        QVERIFY2(workbook.error().message().startsWith(message),
                 qPrintable(workbook.error().message()));
        QVERIFY(workbook.error().message().size() > message.size());
    }
}

void TestXlsx::rejectsUnreadableFiles()
{
    const QString missing = test::temporaryPath(QStringLiteral("nowhere/packet.xlsx"));
    auto workbook = XlsxWorkbook::read(missing);
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().message(),
             QStringLiteral("“%1” does not exist").arg(QDir::toNativeSeparators(missing)));

    const QString empty = test::temporaryPath(QStringLiteral("县发改局.xlsx"));
    QFile emptyFile(empty);
    QVERIFY(emptyFile.open(QIODevice::WriteOnly));
    emptyFile.close();
    workbook = XlsxWorkbook::read(empty);
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().message(), QStringLiteral("县发改局.xlsx: the file is empty"));

    const QString renamed = test::temporaryPath(QStringLiteral("notes.xlsx"));
    QFile renamedFile(renamed);
    QVERIFY(renamedFile.open(QIODevice::WriteOnly));
    renamedFile.write(QStringLiteral("填报说明：每月5日前报送。\n").toUtf8());
    renamedFile.close();
    workbook = XlsxWorkbook::read(renamed);
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().message(),
             QStringLiteral("notes.xlsx: not an XLSX file (not a ZIP archive)"));

    const QString folder = QFileInfo(renamed).absolutePath();
    workbook = XlsxWorkbook::read(folder);
    QVERIFY(!workbook);
    QCOMPARE(
        workbook.error().message(),
        QStringLiteral("“%1” is a folder, not a workbook").arg(QDir::toNativeSeparators(folder)));
}

void TestXlsx::refusesZipBombs()
{
    // 101 MB of spaces compress to about 100 KB; the reader must not inflate them.
    Parts parts = oneSheetParts("");
    parts[2].second.insert(parts[2].second.indexOf("<sheetData>"),
                           QByteArray(101 * 1024 * 1024, ' '));
    auto workbook =
        XlsxWorkbook::read(zipArchive(parts, {.level = 1}), QStringLiteral("bomb.xlsx"));
    QVERIFY(!workbook);
    QCOMPARE(
        workbook.error().message(),
        QStringLiteral("bomb.xlsx: xl/worksheets/sheet1.xml uncompresses to more than 100 MB"));

    parts = oneSheetParts("");
    for (int i = 0; i < 3; ++i)
        parts.append(
            {QStringLiteral("xl/media/padding%1.bin").arg(i), QByteArray(70 * 1024 * 1024, '\0')});
    workbook = XlsxWorkbook::read(zipArchive(parts, {.level = 1}), QStringLiteral("bomb.xlsx"));
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().message(),
             QStringLiteral("bomb.xlsx: the archive uncompresses to more than 200 MB"));

    // Three sheets naming one 70 MB part: what is read counts, not only what is stored.
    parts = oneSheetParts("");
    parts[0].second.replace("</sheets>",
                            "<sheet name=\"2\" sheetId=\"2\" r:id=\"rId1\"/>"
                            "<sheet name=\"3\" sheetId=\"3\" r:id=\"rId1\"/></sheets>");
    parts[2].second.insert(parts[2].second.indexOf("<sheetData>"),
                           QByteArray(70 * 1024 * 1024, ' '));
    workbook = XlsxWorkbook::read(zipArchive(parts, {.level = 1}), QStringLiteral("bomb.xlsx"));
    QVERIFY(!workbook);
    QCOMPARE(workbook.error().message(),
             QStringLiteral("bomb.xlsx: the archive uncompresses to more than 200 MB"));
}

void TestXlsx::readsLargeSheet()
{
    constexpr int kRows = 5000;
    const QString path = test::temporaryPath(QStringLiteral("large.xlsx"));
    lxw_workbook *writer = workbook_new(QFile::encodeName(path).constData());
    QVERIFY(writer);
    lxw_worksheet *sheet = workbook_add_worksheet(writer, "进展");
    const char *departments[] = {"县发改局", "县林业局", "县财政局", "县交通运输局"};
    for (int r = 0; r < kRows; ++r) {
        worksheet_write_number(sheet, r, 0, r + 1, nullptr);
        worksheet_write_string(sheet, r, 1, departments[r % 4], nullptr);
        worksheet_write_string(sheet, r, 2, QStringLiteral("任务%1").arg(r).toUtf8().constData(),
                               nullptr);
        for (int c = 3; c < 8; ++c)
            worksheet_write_number(sheet, r, c, r * 0.5 + c, nullptr);
    }
    QCOMPARE(workbook_close(writer), LXW_NO_ERROR);

    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto workbook = XlsxWorkbook::read(path);
        times.append(timer.nsecsElapsed() / 1000);
        CP_VERIFY_OK(workbook);
        const XlsxSheet &read = workbook->sheets().at(0);
        QCOMPARE(read.rowCount(), kRows);
        QCOMPARE(read.columnCount(), 8);
        QCOMPARE(read.cell(4999, 0).number, 5000.0);
        QCOMPARE(read.cell(4997, 1).text, QStringLiteral("县林业局"));
        QCOMPARE(read.cell(4321, 2).text, QStringLiteral("任务4321"));
        QCOMPARE(read.cell(4321, 7).number, 4321 * 0.5 + 7);
    }
    std::sort(times.begin(), times.end());
    qInfo("read %d rows x 8 columns: median %.1f ms (of 5)", kRows, times.at(2) / 1000.0);
}

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
