// Printable reports: the ledger's PDF as pdftotext reads it back, pagination, empty and failing
// cases.
#include "../common/Fixtures.h"
#include "importing/ReferenceDocuments.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "report/BulletinReport.h"
#include "report/LedgerReport.h"
#include "report/ReportSections.h"
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
    void bulletinDrawsTheRankingAsVectors();
    void bulletinListsLaggingTargets();
    void barChartsContinueOnTheNextPage();
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

// The bulletin's ranking chart: a bar per department in rank order, its parts the dynamic
// points (the score less the base), drawn as vectors: the PDF holds no image, its labels are text.
void TestReport::bulletinDrawsTheRankingAsVectors()
{
    const QDateTime now(QDate(2023, 7, 10), QTime(12, 0), Qt::UTC);
    const Id region = m_ws.documents().header(documentId(QStringLiteral("000")))->regionId;
    auto scores = DispatchScoring::compute(m_ws, Month(2023, 6), region, now);
    auto content = BulletinReport::content(m_ws, Month(2023, 6), region, {}, now);
    QVERIFY(scores && content);
    const ReportChart *ranking = nullptr;
    for (const ReportBlock &b : std::as_const(content->blocks)) {
        if (b.kind == ReportBlock::Kind::Chart && b.chart->categories.size() == scores->size())
            ranking = b.chart.get();
    }
    QVERIFY(ranking);
    QCOMPARE(ranking->kind, ReportChart::Kind::Bars);
    const QLocale locale;
    for (qsizetype i = 0; i < scores->size(); ++i) {
        const DepartmentScore &s = scores->at(i);
        QCOMPARE(ranking->categories.at(i),
                 QStringLiteral("%1. %2").arg(locale.toString(s.rank), s.department));
        QCOMPARE(ranking->valueLabels.at(i), locale.toString(s.score, 'f', 2));
        double dynamic = 0;
        for (const ReportChart::Series &series : ranking->series)
            dynamic += series.values.at(i);
        QVERIFY2(qAbs(dynamic - (s.score - s.component(ScorePart::Base).points)) < 0.01,
                 qPrintable(s.department));
    }
    // The department that completed a task has points in the completion part.
    const auto completion = std::find_if(
        ranking->series.begin(), ranking->series.end(), [](const ReportChart::Series &series) {
            return series.name == DispatchScoring::groupName(ScoreGroup::Completion);
        });
    QVERIFY(completion != ranking->series.end());
    QVERIFY(std::any_of(completion->values.begin(), completion->values.end(),
                        [](double v) { return v > 0; }));

    auto layout = BulletinReport::build(m_ws, Month(2023, 6), region, {}, now);
    QVERIFY(layout);
    QString shown;
    for (int i = 0; i < layout->pageCount(); ++i)
        shown += layout->pageText(i).join(QLatin1Char('\n'));
    QVERIFY(shown.contains(ranking->title));
    QVERIFY(shown.contains(ranking->categories.first()));
    if (!m_havePoppler || QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        QSKIP("pdftotext and pdfimages (poppler-utils) are not installed");
    const QString path = test::temporaryPath(QStringLiteral("bulletin-chart.pdf"));
    CP_VERIFY_OK(layout->writePdf(path));
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    QVERIFY(images.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the list's two header lines: no image at all
    const QString text = normalized(pdfText(path, QStringLiteral("-raw")));
    QVERIFY(text.contains(normalized(ranking->title)));
    QVERIFY(text.contains(normalized(ranking->categories.first())));
}

// A target far behind its path is listed with its value, the expected value and its lead.
void TestReport::bulletinListsLaggingTargets()
{
    const Id doc = documentId(QStringLiteral("000"));
    const Id region = m_ws.documents().header(doc)->regionId;
    auto metrics = m_ws.metrics().forDocument(doc);
    QVERIFY(metrics);
    const auto target = std::find_if(metrics->begin(), metrics->end(), [](const Metric &m) {
        return m.label.contains(QStringLiteral("5G")) && m.comparator == Comparator::AtLeast;
    });
    QVERIFY(target != metrics->end());
    Reading reading;
    reading.metricId = target->id;
    reading.period = QStringLiteral("2023-06");
    reading.value = 12; // of 160 by December: half the year gone, far from 80
    reading.recordedAt = QDateTime(QDate(2023, 6, 21), QTime(9, 0), Qt::UTC);
    CP_VERIFY_OK(m_ws.progress().insertReading(reading));

    const QDateTime now(QDate(2023, 7, 10), QTime(12, 0), Qt::UTC);
    auto content = BulletinReport::content(m_ws, Month(2023, 6), region, {}, now);
    QVERIFY(content);
    const ReportBlock *lagging = nullptr;
    for (const ReportBlock &b : std::as_const(content->blocks)) {
        if (b.kind == ReportBlock::Kind::Table &&
            b.columns.size() == ReportSections::laggingTargetColumnTitles().size() &&
            b.columns.first().title == ReportSections::laggingTargetColumnTitles().first())
            lagging = &b;
    }
    QVERIFY(lagging);
    const auto row =
        std::find_if(lagging->rows.begin(), lagging->rows.end(),
                     [&](const ReportRow &r) { return r.cells.at(0) == target->label; });
    QVERIFY(row != lagging->rows.end());
    QCOMPARE(row->cells.at(3), QStringLiteral("12 座"));
    QCOMPARE(row->cells.at(4), QStringLiteral("80 座"));
    QCOMPARE(row->cells.at(7), ProgressStatus::name(ProgressState::AtRisk));
    auto task = m_ws.tasks().get(target->taskId);
    QVERIFY(task);
    for (const TaskDepartment &d : task->departments) {
        if (d.role == Role::Lead)
            QVERIFY(row->cells.at(2).contains(m_ws.departments().get(d.departmentId)->name));
    }
    CP_VERIFY_OK(m_ws.progress().removeReading(
        m_ws.progress().findReading(target->id, reading.period).value_or(0)));
}

// A bar chart taller than a page goes on over the next pages, its title repeated, every bar once.
void TestReport::barChartsContinueOnTheNextPage()
{
    ReportChart chart;
    chart.title = QStringLiteral("各部门得分");
    chart.series.append({QStringLiteral("推进"), Qt::blue, {}});
    for (int i = 0; i < 120; ++i) {
        chart.categories.append(QStringLiteral("第%1部门").arg(i + 1));
        chart.valueLabels.append(QString::number(100 + i));
        chart.series.first().values.append(i % 7);
    }
    ReportDocument doc;
    doc.blocks.append({ReportBlock::Kind::Title, QStringLiteral("图表")});
    doc.blocks.append(ReportBlock::chartOf(chart));
    const ReportLayout layout = ReportLayout::build(doc);
    QVERIFY2(layout.pageCount() >= 3, qPrintable(QString::number(layout.pageCount())));
    QStringList seen;
    for (int p = 0; p < layout.pageCount(); ++p) {
        const QStringList text = layout.pageText(p);
        QVERIFY(text.contains(p == 0 ? chart.title
                                     : QStringLiteral("%1 (continued)").arg(chart.title)));
        for (const QString &line : text) {
            if (line.startsWith(QStringLiteral("第")))
                seen.append(line);
        }
    }
    QCOMPARE(seen, chart.categories);
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
