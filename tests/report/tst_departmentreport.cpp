// The per-department report (单位报告): a department's tasks with its latest report as of a month,
// its targets' monthly values and the evidence it sent — in the content and in the PDF's text.
#include "../common/Fixtures.h"
#include "domain/Enums.h"
#include "importing/ReferenceDocuments.h"
#include "report/DepartmentReport.h"
#include "storage/Workspace.h"

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

const ReportBlock *blockAfterHeading(const ReportDocument &doc, const QString &headingStart)
{
    for (int i = 0; i + 1 < doc.blocks.size(); ++i)
        if (doc.blocks.at(i).kind == ReportBlock::Kind::Heading &&
            doc.blocks.at(i).text.startsWith(headingStart))
            return &doc.blocks.at(i + 1);
    return nullptr;
}

} // namespace

class TestDepartmentReport : public QObject
{
    Q_OBJECT

    Workspace m_ws;
    Task m_task; // led by m_department, with a target
    Metric m_metric;
    Id m_department = 0;
    QString m_narrative =
        QStringLiteral("已建成5G基站96座，完成年度目标的60%，“双千兆”示范持续推进。");

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        CP_VERIFY_OK(
            m_ws.open(test::temporaryPath(QStringLiteral("department-report.countyplan"))));
        CP_VERIFY_OK(ReferenceDocuments::importInto(m_ws));
        // A task of the reference documents with a target and a lead unit.
        for (const Task &t : *m_ws.tasks().all()) {
            const auto metrics = *m_ws.metrics().forTask(t.id);
            const auto lead =
                std::find_if(t.departments.begin(), t.departments.end(),
                             [](const TaskDepartment &d) { return d.role == Role::Lead; });
            if (!metrics.isEmpty() && lead != t.departments.end()) {
                m_task = t;
                m_metric = metrics.first();
                m_department = lead->departmentId;
                break;
            }
        }
        QVERIFY(m_department);

        auto photo = m_ws.progress().storeEvidence(QStringLiteral("基站现场照片.jpg"),
                                                   QByteArray(2048, 'x'));
        CP_VERIFY_OK(photo);
        TaskReport report;
        report.taskId = m_task.id;
        report.departmentId = m_department;
        report.period = QStringLiteral("2023-06");
        report.status = TaskStatus::Achieved;
        report.narrative = m_narrative;
        report.submittedAt = QDateTime(QDate(2023, 6, 20), QTime(10, 0), Qt::UTC);
        report.evidence = {*photo};
        CP_VERIFY_OK(m_ws.progress().insertReport(report));
        for (const auto &[period, value] : {std::pair{QStringLiteral("2023-05"), 40.0},
                                            std::pair{QStringLiteral("2023-06"), 96.0}}) {
            Reading reading;
            reading.metricId = m_metric.id;
            reading.period = period;
            reading.value = value;
            reading.departmentId = m_department;
            reading.recordedAt = QDateTime(QDate(2023, 6, 21), QTime(9, 0), Qt::UTC);
            CP_VERIFY_OK(m_ws.progress().insertReading(reading));
        }
    }

    void listsTasksTargetsAndEvidence()
    {
        ReportOptions options;
        options.month = Month(2023, 7);
        auto content = DepartmentReport::content(m_ws, m_department, options);
        CP_VERIFY_OK(content);
        QCOMPARE(content->blocks.first().text, m_ws.departments().get(m_department)->name);

        const ReportBlock *tasks = blockAfterHeading(*content, QStringLiteral("Tasks"));
        QVERIFY(tasks && tasks->kind == ReportBlock::Kind::Table);
        QCOMPARE(tasks->rows.size(), m_ws.tasks().tasksOfDepartment(m_department, false)->size());
        const auto row =
            std::find_if(tasks->rows.begin(), tasks->rows.end(), [this](const ReportRow &r) {
                return r.cells.at(1).endsWith(m_task.title);
            });
        QVERIFY(row != tasks->rows.end());
        QCOMPARE(row->cells.at(2), QStringLiteral("Lead"));
        QCOMPARE(row->cells.at(3), displayName(TaskStatus::Achieved));
        QCOMPARE(row->cells.at(4), QStringLiteral("2023-06: ") + m_narrative);
        QCOMPARE(row->cells.at(5), QStringLiteral("基站现场照片.jpg"));
        // Every other task was not reported.
        QCOMPARE(std::count_if(tasks->rows.begin(), tasks->rows.end(),
                               [](const ReportRow &r) {
                                   return r.cells.at(3) == QStringLiteral("Not reported");
                               }),
                 tasks->rows.size() - 1);

        const ReportBlock *targets = blockAfterHeading(*content, QStringLiteral("Targets"));
        QVERIFY(targets && targets->kind == ReportBlock::Kind::Table);
        const auto target =
            std::find_if(targets->rows.begin(), targets->rows.end(),
                         [this](const ReportRow &r) { return r.cells.at(1) == m_metric.label; });
        QVERIFY(target != targets->rows.end());
        QVERIFY2(target->cells.at(3).startsWith(QStringLiteral("2023-05: 40")),
                 qPrintable(target->cells.at(3)));
        QVERIFY(target->cells.at(3).contains(QStringLiteral("2023-06: 96")));

        const ReportBlock *evidence = blockAfterHeading(*content, QStringLiteral("Evidence"));
        QVERIFY(evidence && evidence->kind == ReportBlock::Kind::Table);
        QCOMPARE(evidence->rows.size(), 1);
        QCOMPARE(evidence->rows.first().cells.at(0), QStringLiteral("基站现场照片.jpg"));
        QCOMPARE(evidence->rows.first().cells.at(2), QStringLiteral("2023-06"));
        QCOMPARE(evidence->rows.first().cells.at(3), m_task.title);
    }

    // As of May the June report and reading are not there yet.
    void showsProgressAsOfTheMonth()
    {
        ReportOptions options;
        options.month = Month(2023, 5);
        auto content = DepartmentReport::content(m_ws, m_department, options);
        CP_VERIFY_OK(content);
        const ReportBlock *tasks = blockAfterHeading(*content, QStringLiteral("Tasks"));
        QVERIFY(tasks);
        for (const ReportRow &r : tasks->rows)
            QCOMPARE(r.cells.at(3), QStringLiteral("Not reported"));
        const ReportBlock *targets = blockAfterHeading(*content, QStringLiteral("Targets"));
        const auto target =
            std::find_if(targets->rows.begin(), targets->rows.end(),
                         [this](const ReportRow &r) { return r.cells.at(1) == m_metric.label; });
        QVERIFY(target != targets->rows.end());
        QVERIFY(!target->cells.at(3).contains(QStringLiteral("2023-06")));
        QCOMPARE(blockAfterHeading(*content, QStringLiteral("Evidence"))->kind,
                 ReportBlock::Kind::Paragraph);
    }

    void pdfTextGivesItBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be checked");
        ReportOptions options;
        options.month = Month(2023, 7);
        auto layout = DepartmentReport::build(m_ws, m_department, options);
        CP_VERIFY_OK(layout);
        const QString path = test::temporaryPath(QStringLiteral("department.pdf"));
        CP_VERIFY_OK(layout->writePdf(path));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        const QString flat = normalized(text);
        QVERIFY(flat.contains(normalized(m_ws.departments().get(m_department)->name)));
        QVERIFY2(flat.contains(normalized(m_narrative)), qPrintable(text.left(2000)));
        QVERIFY(flat.contains(QStringLiteral("基站现场照片.jpg")));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF,
                     "a Kangxi radical in the PDF's text");
    }

    void departmentWithoutTasksSaysSo()
    {
        const Id region = m_ws.departments().get(m_department)->regionId;
        auto id = m_ws.departments().insert(region, QStringLiteral("县新设机构"));
        CP_VERIFY_OK(id);
        auto content = DepartmentReport::content(m_ws, *id, {});
        CP_VERIFY_OK(content);
        QCOMPARE(content->blocks.last().kind, ReportBlock::Kind::Paragraph);
        QVERIFY(content->blocks.last().text.contains(QStringLiteral("no tasks")));
        QVERIFY(!DepartmentReport::content(m_ws, 999999, {}));
    }
};

QTEST_MAIN(TestDepartmentReport)
#include "tst_departmentreport.moc"
