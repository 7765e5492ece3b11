// Printable reports: the ledger's PDF as pdftotext reads it back, pagination, empty and failing
// cases.
#include "../common/Fixtures.h"
#include "importing/ReferenceDocuments.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "report/BulletinReport.h"
#include "report/LedgerReport.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace cp;

namespace {

QString normalized(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// The PDF's text as pdftotext gives it; raw keeps drawing order (a cell's lines stay together),
// layout keeps the page's look (columns side by side).
QString pdfText(const QString &path, const QString &mode)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {mode, QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ledgerGivesBackEveryTaskInOrder();
    void ledgerRepeatsHeaderAndNumbersPages();
    void ledgerKeepsDocumentNumberBrackets();
    void ledgerShowsLatestProgress();
    void a3HoldsMoreThanA4();
    void emptyDocumentSaysSo();
    void bulletinRanksAsTheDispatchScores();
    void bulletinOfAnEmptyMonthSaysSo();
    void badOutputPathLeavesNothing();

private:
    Id documentId(const QString &keyStart);
    QString writeLedger(Id document, const QString &name, const ReportOptions &options = {});

    Workspace m_ws;
    bool m_havePoppler = false;
};

void TestReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CP_VERIFY_OK(m_ws.open(test::temporaryPath(QStringLiteral("report.countyplan"))));
    CP_VERIFY_OK(ReferenceDocuments::importInto(m_ws));
    m_havePoppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
                    !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

Id TestReport::documentId(const QString &keyStart)
{
    const auto documents = m_ws.documents().list();
    for (const Document &d : documents.value_or({})) {
        if (d.key.startsWith(keyStart))
            return d.id;
    }
    return 0;
}

QString TestReport::writeLedger(Id document, const QString &name, const ReportOptions &options)
{
    auto layout = LedgerReport::build(m_ws, document, options);
    if (!layout) {
        qWarning() << layout.error().message();
        return {};
    }
    const QString path = test::temporaryPath(name);
    if (Status s = layout->writePdf(path); !s) {
        qWarning() << s.error().message();
        return {};
    }
    return path;
}

void TestReport::ledgerGivesBackEveryTaskInOrder()
{
    if (!m_havePoppler)
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed: the PDF's text cannot be "
              "read back");
    const Id doc = documentId(QStringLiteral("000"));
    QVERIFY(doc);
    const QString path = writeLedger(doc, QStringLiteral("ledger-000.pdf"));
    QVERIFY(!path.isEmpty());
    const QString raw = normalized(pdfText(path, QStringLiteral("-raw")));
    QVERIFY(!raw.isEmpty());

    auto tasks = m_ws.tasks().forDocument(doc);
    QVERIFY(tasks && tasks->size() == 26);
    qsizetype at = 0;
    for (const Task &task : std::as_const(*tasks)) {
        const qsizetype found = raw.indexOf(normalized(task.text), at);
        QVERIFY2(
            found >= 0,
            qPrintable(
                QStringLiteral("task %1 missing or out of order: %2").arg(task.path, task.text)));
        at = found + 1;
        for (const TaskDepartment &td : task.departments) {
            auto department = m_ws.departments().get(td.departmentId);
            QVERIFY(department);
            QVERIFY2(raw.contains(normalized(department->name)), qPrintable(department->name));
        }
    }
    const QString layoutText = pdfText(path, QStringLiteral("-layout"));
    for (const QChar c : layoutText)
        QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                 qPrintable(QStringLiteral("radical U+%1 in the PDF's text")
                                .arg(c.unicode(), 4, 16, QLatin1Char('0'))));
    QVERIFY(!layoutText.contains(QChar::ReplacementCharacter));
}

void TestReport::ledgerRepeatsHeaderAndNumbersPages()
{
    const Id doc = documentId(QStringLiteral("000"));
    auto layout = LedgerReport::build(m_ws, doc, {});
    QVERIFY(layout);
    // 26 tasks of a paragraph or two each: more than one landscape page, fewer than one a task.
    QVERIFY2(layout->pageCount() >= 3 && layout->pageCount() <= 13,
             qPrintable(QString::number(layout->pageCount())));
    for (int i = 0; i < layout->pageCount(); ++i) {
        const QString text = normalized(layout->pageText(i).join(QString()));
        for (const QString &title : LedgerReport::columnTitles())
            QVERIFY2(text.contains(normalized(title)),
                     qPrintable(QStringLiteral("page %1 lacks “%2”").arg(i + 1).arg(title)));
    }
    if (!m_havePoppler)
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed: the PDF's pages cannot be "
              "read back");
    const QString path = writeLedger(doc, QStringLiteral("ledger-000-pages.pdf"));
    QCOMPARE(pdfPages(path), layout->pageCount());
    QStringList pages = pdfText(path, QStringLiteral("-raw")).split(QLatin1Char('\f'));
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), layout->pageCount());
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString text = normalized(pages.at(i));
        for (const QString &title : LedgerReport::columnTitles())
            QVERIFY2(text.contains(normalized(title)),
                     qPrintable(QStringLiteral("PDF page %1 lacks “%2”").arg(i + 1).arg(title)));
        QVERIFY(text.contains(
            normalized(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size()))));
    }
}

void TestReport::ledgerKeepsDocumentNumberBrackets()
{
    if (!m_havePoppler)
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read back");
    const QString path =
        writeLedger(documentId(QStringLiteral("001")), QStringLiteral("ledger-001.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path, QStringLiteral("-layout"));
    QVERIFY(text.contains(QStringLiteral("晋政发〔2021〕36号")));
    QVERIFY(text.contains(
        QStringLiteral("山西省人民政府关于新时代支持山西太行革命老区振兴发展的实施意见")));
}

void TestReport::ledgerShowsLatestProgress()
{
    const Id doc = documentId(QStringLiteral("000"));
    auto tasks = m_ws.tasks().forDocument(doc);
    QVERIFY(tasks && !tasks->isEmpty());
    const Task &task = tasks->first();
    QVERIFY(!task.departments.isEmpty());
    TaskReport report;
    report.taskId = task.id;
    report.departmentId = task.departments.first().departmentId;
    report.period = QStringLiteral("2023-06");
    report.status = TaskStatus::Completed;
    report.narrative = QStringLiteral("以工代赈项目吸纳务工群众312人，发放劳务报酬186万元。");
    report.submittedAt = QDateTime(QDate(2023, 6, 20), QTime(10, 0), Qt::UTC);
    CP_VERIFY_OK(m_ws.progress().insertReport(report));

    ReportOptions options;
    options.month = Month(2023, 7);
    auto content = LedgerReport::content(m_ws, doc, options);
    QVERIFY(content);
    const ReportBlock &table = content->blocks.last();
    QCOMPARE(table.kind, ReportBlock::Kind::Table);
    const auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                  [](const ReportRow &r) { return !r.section; });
    QVERIFY(row != table.rows.end());
    QVERIFY(row->cells.at(5).contains(report.narrative));
    QVERIFY(row->cells.at(5).contains(QStringLiteral("2023-06")));
    QCOMPARE(row->cells.at(6), ProgressStatus::name(ProgressState::Done));
    CP_VERIFY_OK(m_ws.progress().removeReport(
        m_ws.progress().findReport(task.id, report.departmentId, report.period).value_or(0)));
}

void TestReport::a3HoldsMoreThanA4()
{
    const Id doc = documentId(QStringLiteral("002"));
    ReportOptions a3;
    a3.paper = PaperSize::A3;
    auto small = LedgerReport::build(m_ws, doc, {});
    auto large = LedgerReport::build(m_ws, doc, a3);
    QVERIFY(small && large);
    QVERIFY2(
        large->pageCount() < small->pageCount(),
        qPrintable(QStringLiteral("%1 vs %2").arg(large->pageCount()).arg(small->pageCount())));
    QCOMPARE(large->pageLayout().pageSize().id(), QPageSize::A3);
    QCOMPARE(large->pageLayout().orientation(), QPageLayout::Landscape);
}

void TestReport::emptyDocumentSaysSo()
{
    Document empty;
    empty.key = QStringLiteral("empty");
    empty.title = QStringLiteral("空白文件");
    empty.issuer = QStringLiteral("盂县人民政府");
    empty.regionId = m_ws.documents().header(documentId(QStringLiteral("000")))->regionId;
    empty.year = 2023;
    auto id = m_ws.documents().insert(empty);
    CP_VERIFY_OK(id);
    auto layout = LedgerReport::build(m_ws, *id, {});
    QVERIFY(layout);
    QCOMPARE(layout->pageCount(), 1);
    QVERIFY(layout->pageText(0).join(QString()).contains(QStringLiteral("no tasks")));
    if (m_havePoppler) {
        const QString path = writeLedger(*id, QStringLiteral("empty.pdf"));
        QVERIFY(pdfText(path, QStringLiteral("-layout")).contains(QStringLiteral("no tasks")));
    }
    QVERIFY(!LedgerReport::build(m_ws, 999999, {}));
}

void TestReport::bulletinRanksAsTheDispatchScores()
{
    // Reports with evidence on three tasks of 000 for June: progress and a first completion.
    const Id doc = documentId(QStringLiteral("000"));
    auto tasks = m_ws.tasks().forDocument(doc);
    QVERIFY(tasks && tasks->size() >= 3);
    auto evidence =
        m_ws.progress().storeEvidence(QStringLiteral("photo.jpg"), QByteArrayLiteral("jpeg"));
    CP_VERIFY_OK(evidence);
    for (int i = 0; i < 3; ++i) {
        const Task &task = tasks->at(i);
        TaskReport report;
        report.taskId = task.id;
        report.departmentId = task.departments.first().departmentId;
        report.period = QStringLiteral("2023-06");
        report.status = i == 0 ? TaskStatus::Completed : TaskStatus::Achieved;
        report.narrative = QStringLiteral("进展%1").arg(i);
        report.submittedAt = QDateTime(QDate(2023, 6, 20), QTime(10, 0), Qt::UTC);
        report.evidence = {*evidence};
        CP_VERIFY_OK(m_ws.progress().insertReport(report));
    }
    const QDateTime now(QDate(2023, 7, 10), QTime(12, 0), Qt::UTC);
    const Id region = m_ws.documents().header(doc)->regionId;
    auto scores = DispatchScoring::compute(m_ws, Month(2023, 6), region, now);
    QVERIFY(scores && !scores->isEmpty());
    auto content = BulletinReport::content(m_ws, Month(2023, 6), region, {}, now);
    QVERIFY(content);
    QList<ReportRow> rows;
    QString text;
    for (const ReportBlock &b : std::as_const(content->blocks)) {
        if (b.kind == ReportBlock::Kind::Table) {
            QCOMPARE(b.columns.size(), BulletinReport::rankingColumnTitles().size());
            rows += b.rows;
        }
        text += b.text;
    }
    QCOMPARE(rows.size(), scores->size());
    const QLocale locale;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).cells.at(0), locale.toString(scores->at(i).rank));
        QCOMPARE(rows.at(i).cells.at(1), scores->at(i).department);
        QCOMPARE(rows.at(i).cells.at(2), locale.toString(scores->at(i).score, 'f', 2));
    }
    QVERIFY2(text.contains(QStringLiteral("tasks completed for the first time: 1;")),
             qPrintable(text));
    CP_VERIFY_OK(m_ws.progress().latestMonth()); // the workspace still reads

    if (!m_havePoppler)
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read back");
    auto layout = BulletinReport::build(m_ws, Month(2023, 6), region, {}, now);
    QVERIFY(layout);
    const QString path = test::temporaryPath(QStringLiteral("bulletin.pdf"));
    CP_VERIFY_OK(layout->writePdf(path));
    const QString raw = normalized(pdfText(path, QStringLiteral("-raw")));
    for (const DepartmentScore &s : std::as_const(*scores))
        QVERIFY2(raw.contains(normalized(s.department)), qPrintable(s.department));
}

void TestReport::bulletinOfAnEmptyMonthSaysSo()
{
    auto layout = BulletinReport::build(m_ws, Month(2019, 1), 0, {});
    QVERIFY(layout);
    QCOMPARE(layout->pageCount(), 1);
    QVERIFY(
        layout->pageText(0).join(QString()).contains(QStringLiteral("there is no data to rank")));
}

void TestReport::badOutputPathLeavesNothing()
{
    const QString blocker = test::temporaryPath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/ledger.pdf"); // a file's "directory"
    auto layout = LedgerReport::build(m_ws, documentId(QStringLiteral("000")), {});
    QVERIFY(layout);
    const Status s = layout->writePdf(path);
    QVERIFY(!s);
    QVERIFY2(s.error().message().contains(path), qPrintable(s.error().message()));
    QVERIFY(!QFile::exists(path));
    // A directory where the file should be: refused by name, the directory left as it was.
    const QString directory = QFileInfo(blocker).absolutePath();
    const QStringList before = QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Status onDirectory = layout->writePdf(directory);
    QVERIFY(!onDirectory);
    QVERIFY2(onDirectory.error().message().contains(QDir::toNativeSeparators(directory)),
             qPrintable(onDirectory.error().message()));
    QCOMPARE(QDir(directory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
