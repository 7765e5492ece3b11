// File → Reports… and File → Export Tables…: the dialogs driven as a planner would, each report
// built off the GUI thread and saved, previewed or refused with a reason; each export written.
#include "../common/Fixtures.h"
#include "exchange/TableExport.h"
#include "progress/DispatchScore.h"
#include "report/BulletinReport.h"
#include "report/DepartmentReport.h"
#include "report/LedgerReport.h"
#include "report/PeriodReport.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"
#include "views/BackgroundRead.h"
#include "views/DispatchView.h"
#include "views/ExportDialog.h"
#include "views/MainWindow.h"
#include "views/ReportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFormLayout>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

using namespace cp;
using namespace cp::ui;

namespace {

bool rowShown(QWidget *field)
{
    return field->isVisibleTo(field->window());
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput())
        .remove(QRegularExpression(QStringLiteral("\\s+")));
}

// Picks the item whose data is value in a combo box by keyboard, as a planner would.
void choose(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), index);
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

    QString m_path;
    Workspace m_ws;
    Id m_region = 0;
    Id m_document = 0;
    Id m_department = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = test::temporaryPath(QStringLiteral("reports.countyplan"));
        CP_VERIFY_OK(m_ws.open(m_path));
        SyntheticOptions options;
        options.counties = 1;
        options.tasksPerCounty = 40;
        options.months = 3;
        CP_VERIFY_OK(SyntheticWorkspace::generate(m_ws, options));
        const auto documents = *m_ws.documents().list();
        m_document = documents.first().id;
        m_region = documents.first().regionId;
        m_department = m_ws.departments().forRegion(m_region)->first().id;
    }

    void init()
    {
        // The worker's connection must not leave objects behind in the GUI thread's tree.
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("Cannot create children|different thread")));
    }

    void showsWhatEachReportNeeds()
    {
        ReportDialog dialog(&m_ws);
        dialog.show();
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
        auto *document = dialog.findChild<QComboBox *>(QStringLiteral("reportDocument"));
        auto *month = dialog.findChild<QDateEdit *>(QStringLiteral("reportMonth"));
        auto *quarter = dialog.findChild<QComboBox *>(QStringLiteral("reportQuarter"));
        auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("reportYear"));
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("reportDepartment"));
        QVERIFY(kind && document && month && quarter && year && department);
        struct Want
        {
            ReportKind kind;
            bool document, month, quarter, year, department;
        };
        for (const Want &w : {Want{ReportKind::Ledger, true, true, false, false, false},
                              Want{ReportKind::Bulletin, false, true, false, false, false},
                              Want{ReportKind::Quarter, false, false, true, false, false},
                              Want{ReportKind::Annual, false, false, false, true, false},
                              Want{ReportKind::Department, false, true, false, false, true}}) {
            choose(kind, int(w.kind));
            QCOMPARE(dialog.kind(), w.kind);
            QCOMPARE(rowShown(document), w.document);
            QCOMPARE(rowShown(month), w.month);
            QCOMPARE(rowShown(quarter), w.quarter);
            QCOMPARE(rowShown(year), w.year);
            QCOMPARE(rowShown(department), w.department);
        }
        // The month sets the quarter and the year.
        month->setDate(QDate(2023, 8, 1));
        QCOMPARE(quarter->currentData().toInt(), 3);
        QCOMPARE(year->value(), 2023);
    }

    // Each kind saved as PDF from the dialog has the pages the report has when built directly.
    void savesEveryKindAsPdf()
    {
        ReportDialog dialog(&m_ws);
        dialog.show();
        dialog.setRegion(m_region);
        dialog.setMonth(Month(2023, 3));
        dialog.setDocument(m_document);
        dialog.setDepartment(m_department);
        ReportOptions options;
        options.month = Month(2023, 3);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::pair<ReportKind, Result<ReportLayout>>> kinds{
            {ReportKind::Ledger, LedgerReport::build(m_ws, m_document, options)},
            {ReportKind::Bulletin,
             BulletinReport::build(m_ws, Month(2023, 3), m_region, options, now)},
            {ReportKind::Quarter,
             PeriodReport::build(m_ws, ReportPeriod::quarter(2023, 1), m_region, options, now)},
            {ReportKind::Annual,
             PeriodReport::build(m_ws, ReportPeriod::year(2023), m_region, options, now)},
            {ReportKind::Department, DepartmentReport::build(m_ws, m_department, options)}};
        const bool poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
        for (const auto &[kind, direct] : kinds) {
            CP_VERIFY_OK(direct);
            dialog.setKind(kind);
            const QString path =
                test::temporaryPath(QStringLiteral("dialog-%1.pdf").arg(int(kind)));
            const auto pages = dialog.savePdf(path);
            CP_VERIFY_OK(pages);
            QCOMPARE(*pages, direct->pageCount());
            QVERIFY(QFile::exists(path));
            if (poppler)
                QVERIFY2(pdfText(path).contains(direct->pageText(0).first().remove(
                             QRegularExpression(QStringLiteral("\\s+")))),
                         qPrintable(direct->pageText(0).first()));
        }
        // A3 holds more of the ledger on a page.
        dialog.setKind(ReportKind::Ledger);
        dialog.setPaper(PaperSize::A3);
        const auto a3 = dialog.build();
        QVERIFY(a3); // not cancelled
        CP_VERIFY_OK(*a3);
        QCOMPARE((*a3)->pageLayout().pageSize().id(), QPageSize::A3);
        QVERIFY((*a3)->pageCount() < kinds.first().second->pageCount());
    }

    void refusesADepartmentNotOnTheList()
    {
        ReportDialog dialog(&m_ws);
        dialog.show();
        dialog.setKind(ReportKind::Department);
        auto *department = dialog.findChild<QComboBox *>(QStringLiteral("reportDepartment"));
        department->lineEdit()->selectAll();
        // Chinese arrives from the input method as a committed string.
        QInputMethodEvent typed;
        typed.setCommitString(QStringLiteral("县不存在局"));
        QApplication::sendEvent(department->lineEdit(), &typed);
        QCOMPARE(department->currentText(), QStringLiteral("县不存在局"));
        const auto layout = dialog.build();
        QVERIFY(layout); // not cancelled
        QVERIFY(!*layout);
        QCOMPARE(layout->error().message(), QStringLiteral("There is no department “县不存在局”."));
    }

    // Preview: Qt's print preview on the report's pages, laid out in the background first.
    void previewsThePages()
    {
        ReportDialog dialog(&m_ws);
        dialog.show();
        dialog.setRegion(m_region);
        dialog.setMonth(Month(2023, 2));
        dialog.setKind(ReportKind::Bulletin);
        const auto direct = BulletinReport::build(m_ws, Month(2023, 2), m_region, {});
        CP_VERIFY_OK(direct);
        int pages = -1;
        QString title;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!preview)
                return;
            poll.stop();
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            widget->updatePreview();
            pages = widget->pageCount();
            title = preview->windowTitle();
            preview->reject();
        });
        poll.start();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reportPreview")),
                          Qt::LeftButton);
        QCOMPARE(pages, direct->pageCount());
        QCOMPARE(title, direct->title());
    }

    // Work that takes a while shows a progress dialog; Cancel stops the waiting and gives nothing,
    // while the same work without Cancel is waited for and gives its result.
    void cancellingTheBackgroundWorkGivesNothing()
    {
        QWidget window;
        window.show();
        const auto slowCount = [](const Workspace &ws) -> Result<int> {
            QThread::msleep(1500);
            auto tasks = ws.tasks().all();
            if (!tasks)
                return tasks.error();
            return int(tasks->size());
        };
        bool sawProgress = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *progress = window.findChild<QProgressDialog *>();
            if (!progress || !progress->isVisible())
                return;
            sawProgress = true;
            poll.stop();
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        });
        poll.start();
        const auto cancelled =
            BackgroundRead::runCancellable<int>(m_ws, slowCount, &window, QStringLiteral("Slow"));
        QVERIFY(sawProgress);
        QVERIFY(!cancelled);

        const auto waited =
            BackgroundRead::run<int>(m_ws, slowCount, &window, QStringLiteral("Slow"));
        CP_VERIFY_OK(waited);
        QCOMPARE(*waited, int(m_ws.tasks().all()->size()));
        QThreadPool::globalInstance()
            ->waitForDone(); // the cancelled read ends before the next test
    }

    // The window opens the dialog on what is in front: the dispatch tab's region and month.
    void mainWindowOpensItOnWhatIsSelected()
    {
        MainWindow w;
        CP_VERIFY_OK(w.openWorkspace(m_path, true));
        w.show();
        w.action(QStringLiteral("showDispatch"))->trigger();
        w.dispatchView()->setMonth(Month(2023, 2));
        ReportDialog *dialog = w.openReports();
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ReportKind::Bulletin);
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("reportMonth"))->date(),
                 QDate(2023, 2, 1));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("reportRegion"))
                     ->currentData()
                     .toLongLong(),
                 w.dispatchView()->regionId());
        dialog->close();
        QVERIFY(w.action(QStringLiteral("reports"))->shortcut() ==
                QKeySequence(QKeySequence::Print));
        w.action(QStringLiteral("showTasks"))->trigger();
        dialog = w.openReports();
        QCOMPARE(dialog->kind(), ReportKind::Ledger);
        dialog->close();
    }

    void exportsTablesAsXlsxAndCsv()
    {
        ExportDialog dialog(&m_ws);
        dialog.show();
        choose(dialog.findChild<QComboBox *>(QStringLiteral("exportContent")),
               int(ExportContent::Ledger));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("exportFormat")),
               int(ExportDialog::Format::Xlsx));
        const QString xlsx = test::temporaryPath(QStringLiteral("ledger.xlsx"));
        CP_VERIFY_OK(dialog.exportTo(xlsx));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QCOMPARE(workbook.read(2), QByteArray("PK"));

        // The month's scores as CSV: a row per department ranked, after the header.
        choose(dialog.findChild<QComboBox *>(QStringLiteral("exportContent")),
               int(ExportContent::Scores));
        choose(dialog.findChild<QComboBox *>(QStringLiteral("exportFormat")),
               int(ExportDialog::Format::Csv));
        QVERIFY(!rowShown(dialog.findChild<QComboBox *>(QStringLiteral("exportDocument"))));
        dialog.setMonth(Month(2023, 2));
        QCOMPARE(dialog.request().month, std::optional<Month>(Month(2023, 2)));
        const QString csv = test::temporaryPath(QStringLiteral("scores.csv"));
        CP_VERIFY_OK(dialog.exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const auto scores = DispatchScoring::compute(m_ws, Month(2023, 2), 0);
        CP_VERIFY_OK(scores);
        QCOMPARE(bytes.count("\r\n"), scores->size() + 1);

        // A folder that cannot be written: refused by name, nothing left.
        const QString bad = test::temporaryPath(QStringLiteral("no-such-folder/x/scores.csv"));
        const Status refused = dialog.exportTo(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message().contains(QStringLiteral("scores.csv")),
                 qPrintable(refused.error().message()));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
