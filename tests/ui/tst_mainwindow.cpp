// The main window opens workspaces, shows documents and tasks, remembers itself, speaks Chinese.
#include "../common/Fixtures.h"
#include "Language.h"
#include "models/DocumentTreeModel.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"
#include "exchange/ReportPackets.h"
#include "views/DispatchView.h"
#include "views/MainWindow.h"
#include "report/BulletinReport.h"
#include "report/LedgerReport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>

using namespace cp;
using namespace cp::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QString m_sample;

    static QStringList menuTitles(MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles.append(a->text());
        return titles;
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAWorkspaceAndShowsItsTasks();
    void keepsTheWorkspaceWhenOpeningFails();
    void remembersRecentWorkspacesAndGeometry();
    void speaksChineseAndSwitchesLive();
    void writesAndCollectsReportPackets();
    void previewsTheLedgerAndTheBulletin();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("countyplan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_sample = test::temporaryPath(QStringLiteral("sample.countyplan"));
    Workspace ws;
    CP_VERIFY_OK(ws.open(m_sample));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
}

void TestMainWindow::init()
{
    QSettings().clear();
    Language::install(QStringLiteral("en"));
}

void TestMainWindow::opensAWorkspaceAndShowsItsTasks()
{
    MainWindow w;
    w.show();
    CP_VERIFY_OK(w.openWorkspace(m_sample, true));
    QVERIFY(w.windowTitle().contains(QStringLiteral("样例工作区")));

    // Navigator: 山西省 → 阳泉市 → 盂县 → the document, with 2 tasks counted on each level.
    QAbstractItemModel *tree = w.documentTree()->model();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex province = tree->index(0, 0);
    QCOMPARE(province.data().toString(), QStringLiteral("山西省"));
    QCOMPARE(tree->index(0, DocumentTreeModel::TaskCountColumn).data().toString(), QStringLiteral("2"));
    const QModelIndex county = tree->index(0, 0, tree->index(0, 0, province));
    QCOMPARE(county.data().toString(), QStringLiteral("盂县"));
    const QModelIndex document = tree->index(0, 0, county);
    QCOMPARE(document.data().toString(), QStringLiteral("盂县太行革命老区振兴发展2023年工作任务"));
    QCOMPARE(tree->rowCount(document), 1); // section 一、 (its child section holds no tasks of its own)

    // The first document is selected on opening; its tasks fill the table.
    QTableView *table = w.taskTable();
    QCOMPARE(table->model()->rowCount(), 2);
    const auto cell = [&](int row, int column) { return table->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(0, TaskTableModel::NumberColumn), QStringLiteral("一.（一）"));
    QCOMPARE(cell(0, TaskTableModel::LeadColumn), QStringLiteral("县交通运输局"));
    QCOMPARE(cell(0, TaskTableModel::CooperatingColumn), QStringLiteral("县发展和改革局、县农业农村局"));
    QCOMPARE(cell(0, TaskTableModel::TargetsColumn), QStringLiteral("新建5G基站 ≥160 座"));
    QCOMPARE(cell(1, TaskTableModel::TargetsColumn),
             QStringLiteral("富硒基地规模 ≥1.5万亩 (from 0.8万亩)；产值增长 growth 9.5–12.25%"));
    QCOMPARE(cell(0, TaskTableModel::StatusColumn), QStringLiteral("In progress"));

    // The navigator scopes the table: the county shows all its documents' tasks, as does section 一、
    // (both tasks are filed under it), and clicking the document shows them again.
    w.documentTree()->setCurrentIndex(county);
    QCOMPARE(table->model()->rowCount(), 2);
    const QModelIndex section = tree->index(0, 0, document);
    QVERIFY(section.isValid());
    w.documentTree()->setCurrentIndex(section);
    QCOMPARE(section.data().toString().left(2), QStringLiteral("一、"));
    QCOMPARE(table->model()->rowCount(), 2);
    w.documentTree()->setCurrentIndex(county);
    QCOMPARE(table->model()->rowCount(), 2);
    const QRect rect = w.documentTree()->visualRect(document);
    QTest::mouseClick(w.documentTree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(table->model()->rowCount(), 2);

    const auto labels = w.statusBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text() == QStringLiteral("1 document · 2 tasks"); }));
}

void TestMainWindow::keepsTheWorkspaceWhenOpeningFails()
{
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(m_sample, true));
    const QString bad = test::temporaryPath(QStringLiteral("not-a-workspace.countyplan"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("plain text");
    f.close();
    const Status s = w.openWorkspace(bad);
    QVERIFY(!s);
    QCOMPARE(w.workspace()->path(), m_sample);
    QCOMPARE(w.taskTable()->model()->rowCount(), 2);
    QVERIFY(!MainWindow::recentWorkspaces().contains(bad));
}

void TestMainWindow::remembersRecentWorkspacesAndGeometry()
{
    {
        MainWindow w;
        CP_VERIFY_OK(w.openWorkspace(m_sample, true));
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.close();
    }
    QCOMPARE(MainWindow::recentWorkspaces().value(0), m_sample);
    MainWindow again;
    QCOMPARE(again.size(), QSize(1000, 700));
}

void TestMainWindow::speaksChineseAndSwitchesLive()
{
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(m_sample, true));
    QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")}));
    QCOMPARE(w.taskTable()->model()->headerData(TaskTableModel::LeadColumn, Qt::Horizontal).toString(), QStringLiteral("牵头"));
    QCOMPARE(w.taskTable()->model()->index(0, TaskTableModel::StatusColumn).data().toString(), QStringLiteral("推进中"));
    QVERIFY(w.windowTitle().endsWith(QStringLiteral("县域规划台账")));

    // Switching languages retranslates the open window (the change event is posted).
    QVERIFY(Language::install(QStringLiteral("en")));
    QTRY_COMPARE(menuTitles(w).first(), QStringLiteral("&File"));
    QVERIFY(Language::install(QStringLiteral("zh_CN")));
    QTRY_COMPARE(menuTitles(w).first(), QStringLiteral("文件(&F)"));
}

// The monthly report packets from the File menu's commands: written for the dispatch view's month
// and region, collected back, and a broken packet listed with nothing stored.
void TestMainWindow::writesAndCollectsReportPackets()
{
    const QString path = test::temporaryPath(QStringLiteral("packets.countyplan"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_sample, path));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    // The sample's latest readings are of July 2023; its one county with tasks is 盂县.
    QCOMPARE(w.dispatchView()->month(), Month(2023, 7));
    QCOMPARE(w.workspace()->regions().get(w.dispatchView()->regionId())->name, QStringLiteral("盂县"));
    QTemporaryDir dir;
    auto written = w.writePackets(dir.path());
    CP_VERIFY_OK(written);
    QStringList names;
    for (const PacketFile &f : *written)
        names.append(QFileInfo(f.path).fileName());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("2023-07 盂县 县交通运输局.xlsx"), QStringLiteral("2023-07 盂县 县农业农村局.xlsx"),
                                 QStringLiteral("2023-07 盂县 县发展和改革局.xlsx")}));
    // Returned as written: nothing new, nothing wrong.
    QStringList paths;
    for (const PacketFile &f : *written)
        paths.append(f.path);
    auto collected = w.collectPackets(paths);
    CP_VERIFY_OK(collected);
    QCOMPARE(collected->packets, 3);
    QVERIFY(collected->problems.isEmpty());
    QCOMPARE(collected->reports + collected->readings, 0);

    // A file that is no packet: the problem is named and nothing is stored.
    const QString counts = test::tableCounts(*w.workspace());
    QFile bad(dir.filePath(QStringLiteral("notes.xlsx")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("plain text");
    bad.close();
    collected = w.collectPackets(paths + QStringList{bad.fileName()});
    CP_VERIFY_OK(collected);
    QCOMPARE(collected->problems.size(), 1);
    QVERIFY(collected->problems.first().text().startsWith(QStringLiteral("notes.xlsx")));
    QCOMPARE(test::tableCounts(*w.workspace()), counts);
}

// File → Print the Document's Ledger… and Print the Dispatch Bulletin… open Qt's print preview on
// the pages ReportLayout lays out for the PDF.
void TestMainWindow::previewsTheLedgerAndTheBulletin()
{
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(m_sample, true));
    w.show();
    const Id document = w.workspace()->documents().list()->first().id;
    w.selectDocument(document);
    QCOMPARE(w.currentDocument(), document);
    ReportOptions options;
    options.month = w.dispatchView()->month();
    const auto ledger = LedgerReport::build(*w.workspace(), document, options);
    CP_VERIFY_OK(ledger);
    const auto bulletin = BulletinReport::build(*w.workspace(), *options.month, w.dispatchView()->regionId(), options);
    CP_VERIFY_OK(bulletin);

    for (const auto &[action, layout] : {std::pair{"printLedger", &*ledger}, std::pair{"printBulletin", &*bulletin}}) {
        int pages = -1;
        QString title;
        // The report is laid out off the GUI thread first: wait for the preview to come up.
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, &w, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            preview->updatePreview();
            pages = preview->pageCount();
            title = dialog->windowTitle();
            dialog->reject();
        });
        poll.start();
        w.action(QString::fromLatin1(action))->trigger();
        QCOMPARE(pages, layout->pageCount());
        QVERIFY(pages >= 1);
        QCOMPARE(title, layout->title());
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
