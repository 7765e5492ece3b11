// The ledger, readings, scores, tasks and metrics exports (XLSX and CSV) of the default workspace,
// read back and compared with the database.
#include "../common/Fixtures.h"
#include "exchange/LedgerData.h"
#include "exchange/TableExport.h"
#include "exchange/XlsxReader.h"
#include "exchange/ZipArchive.h"
#include "importing/ReferenceDocuments.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "report/LedgerReport.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>

using namespace cp;

namespace {

const QString kSpecialTask = QStringLiteral("推进5G基站建设，覆盖全县, 含\"双千兆\"示范");
const QString kNarrative =
    QStringLiteral("完成\"一网通办\"改造，开通3个乡镇\n下月完成其余, 共11个");
const QString kNote = QStringLiteral("已建成80座, 含\"双千兆\"站点");

// RFC 4180: fields separated by commas, quoted fields may hold commas, CR, LF and doubled quotes.
// Returns nullopt where the text is not well-formed CSV (a stray quote, an unterminated field).
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                return std::nullopt;
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || (wasQuoted && !quoted)) {
            return std::nullopt; // a bare line end, or text after a closing quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return std::nullopt; // every record ends with CRLF
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The parts of an .xlsx that are XML, each parsed; the first error, or an empty string.
QString checkXmlParts(const QString &path, QHash<QString, QByteArray> *parts)
{
    ZipArchive zip;
    if (!zip.open(readAll(path)))
        return QStringLiteral("%1 is not a ZIP archive").arg(path);
    for (const ZipArchive::Entry &e : zip.entries()) {
        auto bytes = zip.read(e);
        if (!bytes)
            return bytes.error().message();
        if (!e.name.endsWith(QLatin1String(".xml")) && !e.name.endsWith(QLatin1String(".rels")))
            continue;
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd())
            xml.readNext();
        if (xml.hasError())
            return QStringLiteral("%1: line %2: %3")
                .arg(e.name)
                .arg(xml.lineNumber())
                .arg(xml.errorString());
        parts->insert(e.name, *bytes);
    }
    return {};
}

// A python3 that has openpyxl (Debian's python3-openpyxl), or an empty string.
QString pythonWithOpenpyxl()
{
    for (const QString &python : {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    Id m_specialTask = 0;
    Id m_metric = 0;
    QDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2023, 8, 1), QTime(12, 0), QTimeZone(8 * 3600));

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QList<QStringList> csvRows(ExportContent content, const QString &name,
                               std::optional<Month> month = {});

private Q_SLOTS:
    void initTestCase();
    void ledgerXlsxHasEveryTaskUnderItsSections();
    void ledgerXlsxStatusIsThePdfsAsOfTheMonth();
    void readingsXlsxHoldsNumbers();
    void scoresXlsxHasASheetPerMonth();
    void openpyxlOpensTheWorkbooks();
    void csvRoundTripsThroughAnRfc4180Parser();
    void scoresCsvMatchesDispatchScoring();
    void unwritablePathsAreNamedAndLeaveNoFile();
    void sheetNamesFollowExcelsRules();
    void largeTablesKeepEveryRowInOrder();
    void textTooLongForExcelNamesTheCell();
    void cliExportsByDocumentKey();
};

void TestExport::initTestCase()
{
    m_dir = QFileInfo(test::temporaryPath(QStringLiteral("x"))).dir();
    CP_VERIFY_OK(m_ws.open(path(QStringLiteral("default.countyplan"))));
    CP_VERIFY_OK(ReferenceDocuments::importInto(m_ws));
    auto documents = m_ws.documents().list();
    CP_VERIFY_OK(documents);
    QCOMPARE(documents->size(), 5);
    // 000: a task whose text needs quoting in CSV, a report with quotes and a newline, readings.
    auto tasks = m_ws.tasks().forDocument(documents->constFirst().id);
    CP_VERIFY_OK(tasks);
    Task task = tasks->constFirst();
    task.text = kSpecialTask;
    CP_VERIFY_OK(m_ws.tasks().update(task));
    m_specialTask = task.id;
    const Id lead = task.departments.constFirst().departmentId;
    auto evidence =
        m_ws.progress().storeEvidence(QStringLiteral("照片.jpg"), QByteArrayLiteral("jpeg"));
    CP_VERIFY_OK(evidence);
    for (const auto &[period, status] :
         {std::pair(QStringLiteral("2023-05"), TaskStatus::InProgress),
          std::pair(QStringLiteral("2023-06"), TaskStatus::Achieved)}) {
        TaskReport r;
        r.taskId = task.id;
        r.departmentId = lead;
        r.period = period;
        r.status = status;
        r.narrative = kNarrative;
        r.submittedAt = QDateTime(Month::parse(period)->day(20), QTime(10, 0), QTimeZone(8 * 3600));
        r.evidence = {*evidence}; // so that June's 有成果 counts for task progress
        CP_VERIFY_OK(m_ws.progress().insertReport(r));
    }
    auto metrics = m_ws.metrics().forDocument(documents->constFirst().id);
    CP_VERIFY_OK(metrics);
    m_metric = metrics->constFirst().id;
    auto metricTask = m_ws.tasks().get(metrics->constFirst().taskId);
    CP_VERIFY_OK(metricTask);
    const double values[] = {80, 120.5, 161};
    for (int m = 0; m < 3; ++m) {
        Reading r;
        r.metricId = m_metric;
        r.period = Month(2023, 5 + m).toString();
        r.value = values[m];
        r.note = m == 0 ? kNote : QString();
        r.departmentId = metricTask->departments.constFirst().departmentId;
        r.recordedAt = QDateTime(Month(2023, 5 + m).day(21), QTime(9, 30), QTimeZone(8 * 3600));
        CP_VERIFY_OK(m_ws.progress().insertReading(r));
    }
}

void TestExport::ledgerXlsxHasEveryTaskUnderItsSections()
{
    const QString file = path(QStringLiteral("ledger.xlsx"));
    CP_VERIFY_OK(TableExport::writeXlsx(m_ws, ExportRequest{}, file));
    QHash<QString, QByteArray> parts;
    const QString xmlError = checkXmlParts(file, &parts);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    auto book = XlsxWorkbook::read(file);
    CP_VERIFY_OK(book);
    auto documents = m_ws.documents().list();
    auto departments = m_ws.departments().all();
    auto ledger = LedgerData::load(m_ws, 0);
    CP_VERIFY_OK(ledger);
    QHash<Id, QString> names;
    for (const Department &d : *departments)
        names.insert(d.id, d.name);
    QCOMPARE(book->sheets().size(), documents->size());
    for (qsizetype i = 0; i < documents->size(); ++i) {
        const XlsxSheet &sheet = book->sheets().at(i);
        auto tasks = m_ws.tasks().forDocument(documents->at(i).id);
        CP_VERIFY_OK(tasks);
        QVERIFY(sheet.cell(0, 0).text.contains(documents->at(i).title));
        QCOMPARE(sheet.cell(2, 1).text, QStringLiteral("Task"));
        // Task rows carry text in the task column; section rows only their heading in column A.
        QList<int> taskRows;
        int headings = 0;
        for (int row = 3; row < sheet.rowCount(); ++row) {
            if (!sheet.cell(row, 1).isEmpty())
                taskRows.append(row);
            else if (!sheet.cell(row, 0).isEmpty())
                ++headings;
        }
        QCOMPARE(taskRows.size(), tasks->size());
        for (qsizetype t = 0; t < tasks->size(); ++t) {
            const Task &task = tasks->at(t);
            const int row = taskRows.at(t);
            QCOMPARE(sheet.cell(row, 0).text, task.path);
            QCOMPARE(sheet.cell(row, 1).text, task.text.isEmpty() ? task.title : task.text);
            QStringList leads;
            for (const TaskDepartment &td : task.departments) {
                if (td.role == Role::Lead)
                    leads.append(names.value(td.departmentId));
            }
            QCOMPARE(sheet.cell(row, 2).text, leads.join(QStringLiteral("、")));
        }
        const LedgerDocument &doc = ledger->at(i);
        const qsizetype expectedHeadings =
            std::count_if(doc.rows.begin(), doc.rows.end(),
                          [](const LedgerRow &r) { return !r.heading.isEmpty(); });
        QCOMPARE(headings, expectedHeadings);
        QVERIFY(expectedHeadings > 0 || i == 3); // every document but the work report has sections
        // The header is frozen and each heading row is merged across the table (plus the title
        // block).
        const QByteArray xml = parts.value(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        QVERIFY(xml.contains(
            "<pane ySplit=\"3\" topLeftCell=\"A4\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
        QCOMPARE(xml.count("<mergeCell ref=\"A"), expectedHeadings + 2);
    }
    // The report on the first task of 000 and the latest reading of its first target.
    const XlsxSheet &first = book->sheets().constFirst();
    bool reported = false, read = false;
    for (int row = 3; row < first.rowCount(); ++row) {
        reported |= first.cell(row, 1).text == kSpecialTask &&
                    first.cell(row, 5).text.contains(kNarrative) &&
                    first.cell(row, 5).text.startsWith(QStringLiteral("2023-06"));
        read |= first.cell(row, 5).text.contains(QStringLiteral("(2023-07)"));
    }
    QVERIFY(reported);
    QVERIFY(read);
}

void TestExport::ledgerXlsxStatusIsThePdfsAsOfTheMonth()
{
    // The special task reported 进行中 for May and 有成果 (with evidence) for June.
    const Id doc = m_ws.documents().list()->constFirst().id;
    for (const Month month : {Month(2023, 5), Month(2023, 6)}) {
        const QString file = path(QStringLiteral("ledger-%1.xlsx").arg(month.toString()));
        ExportRequest request;
        request.documentId = doc;
        request.month = month;
        CP_VERIFY_OK(TableExport::writeXlsx(m_ws, request, file));
        auto book = XlsxWorkbook::read(file);
        CP_VERIFY_OK(book);
        const XlsxSheet &sheet = book->sheets().constFirst();
        QString xlsxStatus;
        for (int row = 3; row < sheet.rowCount(); ++row) {
            if (sheet.cell(row, 1).text == kSpecialTask)
                xlsxStatus = sheet.cell(row, 6).text;
        }
        QVERIFY(sheet.cell(1, 0).text.contains(month.toString()));

        ReportOptions options;
        options.month = month;
        auto content = LedgerReport::content(m_ws, doc, options);
        CP_VERIFY_OK(content);
        const ReportBlock &table = content->blocks.constLast();
        const auto pdfRow =
            std::find_if(table.rows.begin(), table.rows.end(), [](const ReportRow &r) {
                return !r.section && r.cells.at(1).endsWith(kSpecialTask);
            });
        QVERIFY(pdfRow != table.rows.end());
        QVERIFY(!xlsxStatus.isEmpty());
        QCOMPARE(xlsxStatus, pdfRow->cells.at(6));
        QCOMPARE(pdfRow->cells.at(5).split(QLatin1Char('\n')).constFirst(),
                 sheet.cell(3 + int(std::distance(table.rows.begin(), pdfRow)), 5)
                     .text.split(QLatin1Char('\n'))
                     .constFirst());
        QVERIFY2(xlsxStatus != displayName(TaskStatus::NotStarted), qPrintable(xlsxStatus));
        if (month == Month(2023, 6)) // 有成果 with evidence: assessed, not the stored status
            QCOMPARE(xlsxStatus, ProgressStatus::name(ProgressState::OnTrack));
    }
}

void TestExport::readingsXlsxHoldsNumbers()
{
    const QString file = path(QStringLiteral("readings.xlsx"));
    ExportRequest request;
    request.content = ExportContent::Readings;
    CP_VERIFY_OK(TableExport::writeXlsx(m_ws, request, file));
    QHash<QString, QByteArray> parts;
    const QString xmlError = checkXmlParts(file, &parts);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY(parts.value(QStringLiteral("xl/worksheets/sheet1.xml")).contains("state=\"frozen\""));
    auto book = XlsxWorkbook::read(file);
    CP_VERIFY_OK(book);
    QCOMPARE(book->sheets().size(), 1);
    const XlsxSheet &sheet = book->sheets().constFirst();
    auto readings = m_ws.progress().allReadings();
    CP_VERIFY_OK(readings);
    QCOMPARE(sheet.rowCount(), readings->size() + 2);
    // (target, period, value) of the sheet and of the database, as numbers.
    auto metrics = m_ws.metrics().all();
    QHash<Id, QString> labels;
    for (const Metric &m : *metrics)
        labels.insert(m.id, m.label);
    QList<std::tuple<QString, QString, double>> stored, written;
    for (const Reading &r : *readings)
        stored.append({labels.value(r.metricId), r.period, r.value});
    for (int row = 2; row < sheet.rowCount(); ++row) {
        QCOMPARE(sheet.cell(row, 7).type, XlsxCell::Type::Number);
        QCOMPARE(sheet.cell(row, 10).type, XlsxCell::Type::Number); // recorded at, a date
        written.append(
            {sheet.cell(row, 3).text, sheet.cell(row, 6).text, sheet.cell(row, 7).number});
    }
    std::sort(stored.begin(), stored.end());
    std::sort(written.begin(), written.end());
    QCOMPARE(written, stored);
    // Written in constant-memory mode: strings inline, no shared-string table.
    QVERIFY(!parts.contains(QStringLiteral("xl/sharedStrings.xml")));
}

void TestExport::scoresXlsxHasASheetPerMonth()
{
    const QString file = path(QStringLiteral("scores.xlsx"));
    ExportRequest request;
    request.content = ExportContent::Scores;
    request.now = m_now;
    CP_VERIFY_OK(TableExport::writeXlsx(m_ws, request, file));
    auto book = XlsxWorkbook::read(file);
    CP_VERIFY_OK(book);
    QCOMPARE(book->sheets().size(), 2); // the months with reports: 2023-05, 2023-06
    QCOMPARE(book->sheets().at(0).name, QStringLiteral("2023-05"));
    QCOMPARE(book->sheets().at(1).name, QStringLiteral("2023-06"));
    auto june = DispatchScoring::compute(m_ws, Month(2023, 6), 0, m_now);
    CP_VERIFY_OK(june);
    const XlsxSheet &sheet = book->sheets().at(1);
    QCOMPARE(sheet.rowCount(), june->size() + 2);
    for (qsizetype i = 0; i < june->size(); ++i) {
        QCOMPARE(sheet.cell(int(i) + 2, 3).text, june->at(i).department);
        QCOMPARE(sheet.cell(int(i) + 2, 2).number, double(june->at(i).rank));
        QCOMPARE(sheet.cell(int(i) + 2, 4).type, XlsxCell::Type::Number);
        QCOMPARE(sheet.cell(int(i) + 2, 4).number, june->at(i).score);
    }
}

void TestExport::openpyxlOpensTheWorkbooks()
{
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        QSKIP("python3-openpyxl is not installed: the workbooks were not opened in openpyxl");
    for (const char *name : {"ledger.xlsx", "readings.xlsx", "scores.xlsx"})
        QVERIFY(QFile::exists(path(QString::fromLatin1(name))));
    // Every sheet loads; print what a user would look at.
    const QString script =
        QStringLiteral("import sys, warnings, openpyxl\n"
                       "warnings.simplefilter('error')\n"
                       "for path in sys.argv[1:]:\n"
                       "    wb = openpyxl.load_workbook(path)\n"
                       "    for ws in wb.worksheets:\n"
                       "        rows = sum(1 for _ in ws.iter_rows())\n"
                       "        print(path.rsplit('/', 1)[-1], ws.title, rows, ws.freeze_panes, "
                       "len(ws.merged_cells.ranges))\n"
                       "wb = openpyxl.load_workbook(sys.argv[2])\n"
                       "ws = wb.worksheets[0]\n"
                       "print('values', sorted(r[7] for r in ws.iter_rows(min_row=3, "
                       "values_only=True) if r[6] in ('2023-05', '2023-06', '2023-07')))\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, path(QStringLiteral("ledger.xlsx")),
                     path(QStringLiteral("readings.xlsx")), path(QStringLiteral("scores.xlsx"))});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    QCOMPARE(out.count(QStringLiteral("ledger.xlsx ")), 5);
    QVERIFY2(out.contains(QStringLiteral("values [80, 120.5, 161]")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral(" A4 "))); // the ledger's frozen header
}

QList<QStringList> TestExport::csvRows(ExportContent content, const QString &name,
                                       std::optional<Month> month)
{
    ExportRequest request;
    request.content = content;
    request.month = month;
    request.now = m_now;
    const QString file = path(name);
    if (Status s = TableExport::writeCsv(m_ws, request, file); !s)
        qFatal("%s", qPrintable(s.error().message()));
    const QByteArray bytes = readAll(file);
    if (!bytes.startsWith("\xEF\xBB\xBF") || !bytes.endsWith("\r\n"))
        qFatal("%s: no UTF-8 BOM or no CRLF at the end", qPrintable(name));
    auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    if (!rows)
        qFatal("%s is not RFC 4180 CSV", qPrintable(name));
    return *rows;
}

void TestExport::csvRoundTripsThroughAnRfc4180Parser()
{
    QCOMPARE(TableExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("say \"hi\"")),
             QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    QCOMPARE(TableExport::csvField(QStringLiteral("县发改局，县交通局")),
             QStringLiteral("县发改局，县交通局"));

    const QList<QStringList> tasks = csvRows(ExportContent::Tasks, QStringLiteral("tasks.csv"));
    QCOMPARE(tasks.constFirst().at(4), QStringLiteral("Task"));
    auto taskCount = m_ws.tasks().count();
    QCOMPARE(tasks.size(), *taskCount + 1);
    bool found = false;
    for (const QStringList &row : tasks) {
        QCOMPARE(row.size(), tasks.constFirst().size());
        if (row.constLast() == QString::number(m_specialTask)) {
            found = true;
            QCOMPARE(row.at(4), kSpecialTask);
            QVERIFY2(row.at(8).contains(kNarrative), qPrintable(row.at(8)));
        }
    }
    QVERIFY(found);
    // --what ledger as CSV is the same table.
    QCOMPARE(csvRows(ExportContent::Ledger, QStringLiteral("ledger.csv")), tasks);

    const QList<QStringList> metrics =
        csvRows(ExportContent::Metrics, QStringLiteral("metrics.csv"));
    QCOMPARE(metrics.size(), *m_ws.metrics().count() + 1);

    const QList<QStringList> readings =
        csvRows(ExportContent::Readings, QStringLiteral("readings.csv"));
    QCOMPARE(readings.size(), *m_ws.progress().readingCount() + 1);
    QStringList ours;
    for (const QStringList &row : readings) {
        if (row.at(6).startsWith(QStringLiteral("2023-0")))
            ours.append(row.at(6) + QLatin1Char('=') + row.at(7) + QLatin1Char('|') + row.at(8));
    }
    QCOMPARE(ours, (QStringList{QStringLiteral("2023-05=80|") + kNote,
                                QStringLiteral("2023-06=120.5|"), QStringLiteral("2023-07=161|")}));
    const QList<QStringList> june =
        csvRows(ExportContent::Readings, QStringLiteral("june.csv"), Month(2023, 6));
    QCOMPARE(june.size(), 2);
}

void TestExport::scoresCsvMatchesDispatchScoring()
{
    const QList<QStringList> rows =
        csvRows(ExportContent::Scores, QStringLiteral("scores.csv"), Month(2023, 6));
    auto scores = DispatchScoring::compute(m_ws, Month(2023, 6), 0, m_now);
    CP_VERIFY_OK(scores);
    QCOMPARE(rows.size(), scores->size() + 1);
    QCOMPARE(rows.constFirst().mid(0, 5),
             (QStringList{QStringLiteral("Month"), QStringLiteral("Region"), QStringLiteral("Rank"),
                          QStringLiteral("Department"), QStringLiteral("Score")}));
    bool scoredTasks = false;
    for (qsizetype i = 0; i < scores->size(); ++i) {
        const DepartmentScore &s = scores->at(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.at(0), QStringLiteral("2023-06"));
        QCOMPARE(row.at(2).toInt(), s.rank);
        QCOMPARE(row.at(3), s.department);
        QCOMPARE(row.at(4).toDouble(), s.score);
        QCOMPARE(row.at(7).toDouble(), s.component(ScorePart::Base).points);
        QCOMPARE(row.at(8).toDouble(), s.component(ScorePart::Progress).points);
        scoredTasks |= s.component(ScorePart::Progress).points != 0 ||
                       s.component(ScorePart::Completion).points != 0;
    }
    QVERIFY(scoredTasks); // the lead unit's June report, with evidence
    // Without a month: every month with reports, one after the other under one header.
    const QList<QStringList> all = csvRows(ExportContent::Scores, QStringLiteral("scores-all.csv"));
    auto may = DispatchScoring::compute(m_ws, Month(2023, 5), 0, m_now);
    QCOMPARE(all.size(), may->size() + scores->size() + 1);
    QCOMPARE(all.at(1).at(0), QStringLiteral("2023-05"));
    QCOMPARE(all.constLast().at(0), QStringLiteral("2023-06"));
}

void TestExport::unwritablePathsAreNamedAndLeaveNoFile()
{
    const QString missing = path(QStringLiteral("no-such-folder/ledger.xlsx"));
    Status s = TableExport::writeXlsx(m_ws, ExportRequest{}, missing);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QDir::toNativeSeparators(missing)),
             qPrintable(s.error().message()));
    QVERIFY(!QFile::exists(missing));
    ExportRequest readings;
    readings.content = ExportContent::Readings;
    s = TableExport::writeCsv(m_ws, readings, path(QStringLiteral("no-such-folder/readings.csv")));
    QVERIFY(!s);
    QVERIFY(s.error().message().contains(QStringLiteral("readings.csv")));

    // A folder where the file should go: refused, and no temporary file stays beside it.
    QVERIFY(m_dir.mkpath(QStringLiteral("out/taken.xlsx")));
    const QString taken = path(QStringLiteral("out/taken.xlsx"));
    s = TableExport::writeXlsx(m_ws, readings, taken);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QDir::toNativeSeparators(taken)),
             qPrintable(s.error().message()));
    QCOMPARE(QDir(path(QStringLiteral("out")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("taken.xlsx")});
    QVERIFY(QFileInfo(taken).isDir());
}

void TestExport::sheetNamesFollowExcelsRules()
{
    QStringList taken;
    QCOMPARE(TableExport::sheetName(QStringLiteral("a/b:c*d?e[f]g\\h"), taken),
             QStringLiteral("a_b_c_d_e_f_g_h"));
    const QString longTitle =
        QStringLiteral("山西省人民政府关于新时代支持山西太行革命老区振兴发展的实施意见（2023年）");
    const QString first = TableExport::sheetName(longTitle, taken);
    const QString second = TableExport::sheetName(longTitle, taken);
    QCOMPARE(first.size(), 31);
    QVERIFY(second.size() <= 31);
    QVERIFY(second.endsWith(QStringLiteral("~2")));
    QCOMPARE(TableExport::sheetName(QStringLiteral("Readings"), taken), QStringLiteral("Readings"));
    QCOMPARE(TableExport::sheetName(QStringLiteral("READINGS"), taken),
             QStringLiteral("READINGS~2"));
    QCOMPARE(TableExport::sheetName(QStringLiteral("'quoted'"), taken), QStringLiteral("quoted"));
    QVERIFY(!TableExport::sheetName(QString(), taken).isEmpty());
}

// Thousands of rows go through the writer's batches (made on a second thread): every row arrives,
// in order, with what fill gave it, including a text that repeats and one that changes each row.
void TestExport::largeTablesKeepEveryRowInOrder()
{
    constexpr qint64 rows = 5555; // several turns of the batch ring, the last batch partial
    ExportTable t;
    t.name = t.title = QStringLiteral("大表");
    t.columns = {{QStringLiteral("Text"), 10},
                 {QStringLiteral("Same"), 10},
                 {QStringLiteral("Value"), 10, ExportColumn::Kind::Quantity},
                 {QStringLiteral("Note"), 10}};
    t.rowCount = rows;
    t.fill = [](qint64 i, QList<ExportCell> &c) {
        c = {{QStringLiteral("第%1行").arg(i), {}},
             {i < 3000 ? QStringLiteral("县发改局") : QStringLiteral("县工信局"), {}},
             {{}, double(i) / 4},
             {i % 7 == 0 ? QStringLiteral("〔%1〕").arg(i) : QString(), {}}};
    };
    const QString file = path(QStringLiteral("large.xlsx"));
    CP_VERIFY_OK(TableExport::writeXlsx({t}, file, true));
    auto book = XlsxWorkbook::read(file);
    CP_VERIFY_OK(book);
    const XlsxSheet &sheet = book->sheets().constFirst();
    QCOMPARE(sheet.rowCount(), rows + 2);
    for (qint64 i = 0; i < rows; ++i) {
        const int row = int(i) + 2;
        QCOMPARE(sheet.cell(row, 0).text, QStringLiteral("第%1行").arg(i));
        QCOMPARE(sheet.cell(row, 1).text,
                 i < 3000 ? QStringLiteral("县发改局") : QStringLiteral("县工信局"));
        QCOMPARE(sheet.cell(row, 2).type, XlsxCell::Type::Number);
        QCOMPARE(sheet.cell(row, 2).number, double(i) / 4);
        QCOMPARE(sheet.cell(row, 3).text, i % 7 == 0 ? QStringLiteral("〔%1〕").arg(i) : QString());
    }
}

// Excel holds at most 32 767 characters in a cell: a longer text stops the export with the sheet
// and cell named, and no file is left (the rows still being made are abandoned, not waited for).
void TestExport::textTooLongForExcelNamesTheCell()
{
    ExportTable t;
    t.name = t.title = QStringLiteral("Readings");
    t.columns = {{QStringLiteral("No."), 6}, {QStringLiteral("Note"), 30}};
    t.rowCount = 200000;
    t.fill = [](qint64 i, QList<ExportCell> &c) {
        c = {{QString::number(i), {}},
             {i == 4000 ? QString(40000, QChar(0x884C)) : QStringLiteral("正常"), {}}};
    };
    const QString file = path(QStringLiteral("too-long.xlsx"));
    const Status s = TableExport::writeXlsx({t}, file, true);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(QStringLiteral("“Readings”")),
             qPrintable(s.error().message()));
    QVERIFY2(s.error().message().contains(QStringLiteral("B4003")), // row 4000 under title, header
             qPrintable(s.error().message()));
    QVERIFY(!QFile::exists(file));
}

void TestExport::cliExportsByDocumentKey()
{
    m_ws.close();
    const auto run = [](const QStringList &arguments) {
        QProcess p;
        p.start(QStringLiteral(COUNTYPLAN_BINARY), arguments);
        p.waitForFinished(120000);
        return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const QString db = path(QStringLiteral("default.countyplan"));
    const QString out = path(QStringLiteral("cli-000.xlsx"));
    auto [code, err] =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("xlsx"), QStringLiteral("--what"), QStringLiteral("ledger"),
             QStringLiteral("--document"), QStringLiteral("000"), QStringLiteral("--out"), out});
    QVERIFY2(code == 0, qPrintable(err));
    auto book = XlsxWorkbook::read(out);
    CP_VERIFY_OK(book);
    QCOMPARE(book->sheets().size(), 1);
    QVERIFY(book->sheets().constFirst().name.contains(QStringLiteral("太行革命老区")));

    std::tie(code, err) =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--what"), QStringLiteral("budget"),
             QStringLiteral("--out"), path(QStringLiteral("x.csv"))});
    QCOMPARE(code, 2);
    QVERIFY(err.contains(QStringLiteral("budget")));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
    std::tie(code, err) =
        run({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--document"), QStringLiteral("999"),
             QStringLiteral("--out"), path(QStringLiteral("x.csv"))});
    QCOMPARE(code, 1);
    QVERIFY(err.contains(QStringLiteral("999")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
