#include "MainWindow.h"

#include "ChartsView.h"
#include "DispatchView.h"
#include "DocumentView.h"
#include "meeting/MeetingWindow.h"
#include "Language.h"
#include "Navigator.h"
#include "ProgressEntryView.h"
#include "TaskEditor.h"
#include "TaskListView.h"
#include "commands/EditActions.h"
#include "importing/ReferenceDocuments.h"
#include "models/DepartmentTreeModel.h"
#include "models/DocumentTreeModel.h"
#include "models/ProblemsModel.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>

namespace cp::ui {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentWorkspaces");

QString workspaceFilter()
{
    return MainWindow::tr("CountyPlan workspaces (*.countyplan);;All files (*)");
}

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_edits(new EditActions(m_workspace, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_taskList = new TaskListView(m_workspace, m_edits);
    m_documentView = new DocumentView(m_workspace);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_center = new QTabWidget;
    m_center->setObjectName(QStringLiteral("centerTabs"));
    m_dispatchView = new DispatchView(m_workspace, m_edits);
    m_dispatchView->setObjectName(QStringLiteral("dispatchView"));
    m_entryView = new ProgressEntryView(m_workspace, m_edits);
    m_entryView->setObjectName(QStringLiteral("progressEntryView"));
    m_center->addTab(m_taskList, QString());
    m_center->addTab(m_documentView, QString());
    m_center->addTab(m_dispatchView, QString());
    m_center->addTab(m_entryView, QString());
    m_chartsView = new ChartsView(m_workspace);
    m_chartsView->setObjectName(QStringLiteral("chartsView"));
    m_center->addTab(m_chartsView, QString());
    setCentralWidget(m_center);
    createDocks();
    createActions();
    createMenus();
    connectViews();
    m_statusCounts = new QLabel;
    statusBar()->addPermanentWidget(m_statusCounts);
    retranslate();
    restoreSettings();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Close while the views that listen to the workspace still exist.
    m_workspace->close();
}

QTableView *MainWindow::taskTable() const
{
    return m_taskList->table();
}

TaskTableModel *MainWindow::taskModel() const
{
    return m_taskList->taskModel();
}

QTreeView *MainWindow::documentTree() const
{
    return m_navigator->documentTree();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createDocks()
{
    m_navigator = new Navigator(m_workspace, m_edits);
    m_navigatorDock = new QDockWidget;
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_editor = new TaskEditor(m_workspace, m_edits);
    m_editorDock = new QDockWidget;
    m_editorDock->setObjectName(QStringLiteral("editorDock"));
    m_editorDock->setWidget(m_editor);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);

    m_problems = new ProblemsModel(m_workspace, this);
    m_problemsView = new QListView;
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setModel(m_problems);
    m_problemsDock = new QDockWidget;
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problemsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_undoView = new QUndoView(m_edits->undoStack());
    m_undoView->setObjectName(QStringLiteral("undoView"));
    m_undoDock = new QDockWidget;
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::BottomDockWidgetArea, m_undoDock);
    tabifyDockWidget(m_problemsDock, m_undoDock);
    m_problemsDock->raise();
    resizeDocks({m_navigatorDock, m_editorDock}, {300, 380}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {120}, Qt::Vertical);
}

QAction *MainWindow::makeAction(const QString &name, const QKeySequence &shortcut)
{
    auto *a = new QAction(this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    m_actions.insert(name, a);
    return a;
}

void MainWindow::createActions()
{
    connect(makeAction(QStringLiteral("newWorkspace"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)), &QAction::triggered, this,
            &MainWindow::newWorkspace);
    connect(makeAction(QStringLiteral("newReferenceWorkspace")), &QAction::triggered, this, &MainWindow::newReferenceWorkspace);
    connect(makeAction(QStringLiteral("openWorkspace"), QKeySequence::Open), &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(makeAction(QStringLiteral("importDocuments"), QKeySequence(Qt::CTRL | Qt::Key_I)), &QAction::triggered, this,
            &MainWindow::importDocuments);
    connect(makeAction(QStringLiteral("exportJson")), &QAction::triggered, this, &MainWindow::exportJson);
    connect(makeAction(QStringLiteral("loadJson")), &QAction::triggered, this, &MainWindow::loadJson);
    connect(makeAction(QStringLiteral("writePackets")), &QAction::triggered, this, &MainWindow::writePacketsDialog);
    connect(makeAction(QStringLiteral("collectPackets")), &QAction::triggered, this, &MainWindow::collectPacketsDialog);
    QAction *quit = makeAction(QStringLiteral("quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = m_edits->undoStack()->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(undo->objectName(), undo);
    QAction *redo = m_edits->undoStack()->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_actions.insert(redo->objectName(), redo);

    connect(makeAction(QStringLiteral("newTask"), QKeySequence(Qt::CTRL | Qt::Key_N)), &QAction::triggered, this, &MainWindow::newTask);
    QAction *remove = makeAction(QStringLiteral("deleteTasks"), QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_taskList->table()->addAction(remove);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteTasks);
    QAction *editCell = makeAction(QStringLiteral("editCell"), QKeySequence(Qt::Key_F2));
    editCell->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_taskList->table()->addAction(editCell);
    connect(editCell, &QAction::triggered, this, [this] {
        const QModelIndex current = taskTable()->currentIndex();
        if (current.isValid())
            taskTable()->edit(current);
    });
    connect(makeAction(QStringLiteral("moveUp"), QKeySequence(Qt::ALT | Qt::Key_Up)), &QAction::triggered, this, [this] { moveTask(-1); });
    connect(makeAction(QStringLiteral("moveDown"), QKeySequence(Qt::ALT | Qt::Key_Down)), &QAction::triggered, this,
            [this] { moveTask(1); });
    connect(makeAction(QStringLiteral("splitTask")), &QAction::triggered, this, &MainWindow::splitTask);
    connect(makeAction(QStringLiteral("mergeWithNext")), &QAction::triggered, this, &MainWindow::mergeWithNext);
    connect(makeAction(QStringLiteral("find"), QKeySequence::Find), &QAction::triggered, this, [this] {
        m_center->setCurrentWidget(m_taskList);
        m_taskList->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_taskList->searchEdit()->selectAll();
    });
    connect(makeAction(QStringLiteral("mergeDepartment")), &QAction::triggered, m_navigator, &Navigator::mergeCurrentDepartment);
    connect(makeAction(QStringLiteral("addDepartmentName")), &QAction::triggered, m_navigator, &Navigator::addNameToCurrentDepartment);
    connect(makeAction(QStringLiteral("showTasks"), QKeySequence(Qt::CTRL | Qt::Key_1)), &QAction::triggered, this,
            [this] { m_center->setCurrentWidget(m_taskList); });
    connect(makeAction(QStringLiteral("showDocument"), QKeySequence(Qt::CTRL | Qt::Key_2)), &QAction::triggered, this,
            [this] { m_center->setCurrentWidget(m_documentView); });
    connect(makeAction(QStringLiteral("showDispatch"), QKeySequence(Qt::CTRL | Qt::Key_3)), &QAction::triggered, this,
            [this] { m_center->setCurrentWidget(m_dispatchView); });
    connect(makeAction(QStringLiteral("showReporting"), QKeySequence(Qt::CTRL | Qt::Key_4)), &QAction::triggered, this,
            [this] { m_center->setCurrentWidget(m_entryView); });
    connect(makeAction(QStringLiteral("showCharts"), QKeySequence(Qt::CTRL | Qt::Key_5)), &QAction::triggered, this,
            [this] { m_center->setCurrentWidget(m_chartsView); });
    connect(makeAction(QStringLiteral("presentMeeting"), QKeySequence(Qt::Key_F5)), &QAction::triggered, this,
            &MainWindow::presentMeeting);
    connect(makeAction(QStringLiteral("meetingSlides")), &QAction::triggered, this, &MainWindow::editMeetingSlides);
    connect(makeAction(QStringLiteral("reports"), QKeySequence::Print), &QAction::triggered, this, [this] { openReports(); });
    connect(makeAction(QStringLiteral("exportTables")), &QAction::triggered, this, &MainWindow::openExportTables);
    connect(makeAction(QStringLiteral("printLedger")), &QAction::triggered, this, &MainWindow::printLedger);
    connect(makeAction(QStringLiteral("printBulletin")), &QAction::triggered, this, &MainWindow::printBulletin);
    connect(makeAction(QStringLiteral("dispatchRules")), &QAction::triggered, this, [this] {
        m_center->setCurrentWidget(m_dispatchView);
        m_dispatchView->openRulesDialog();
    });
    QAction *about = makeAction(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = makeAction(QStringLiteral("aboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    QAction *system = new QAction(this);
    system->setCheckable(true);
    system->setData(QString());
    m_languageGroup->addAction(system);
    for (const QString &code : Language::available()) {
        auto *a = new QAction(Language::nativeName(code), this);
        a->setCheckable(true);
        a->setData(code);
        m_languageGroup->addAction(a);
    }
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == chosen);
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *a) { switchLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const char *name) { menu->addAction(m_actions.value(QString::fromLatin1(name))); };
    m_fileMenu = menuBar()->addMenu(QString());
    add(m_fileMenu, "newWorkspace");
    add(m_fileMenu, "newReferenceWorkspace");
    add(m_fileMenu, "openWorkspace");
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    add(m_fileMenu, "importDocuments");
    add(m_fileMenu, "exportJson");
    add(m_fileMenu, "exportTables");
    add(m_fileMenu, "loadJson");
    m_fileMenu->addSeparator();
    add(m_fileMenu, "writePackets");
    add(m_fileMenu, "collectPackets");
    m_fileMenu->addSeparator();
    add(m_fileMenu, "reports");
    add(m_fileMenu, "printLedger");
    add(m_fileMenu, "printBulletin");
    m_fileMenu->addSeparator();
    add(m_fileMenu, "quit");

    m_editMenu = menuBar()->addMenu(QString());
    add(m_editMenu, "undo");
    add(m_editMenu, "redo");
    m_editMenu->addSeparator();
    for (const char *name : {"newTask", "deleteTasks", "editCell", "moveUp", "moveDown", "splitTask", "mergeWithNext"})
        add(m_editMenu, name);
    m_editMenu->addSeparator();
    add(m_editMenu, "find");
    m_editMenu->addSeparator();
    add(m_editMenu, "mergeDepartment");
    add(m_editMenu, "addDepartmentName");
    m_editMenu->addSeparator();
    add(m_editMenu, "dispatchRules");

    m_viewMenu = menuBar()->addMenu(QString());
    add(m_viewMenu, "showTasks");
    add(m_viewMenu, "showDocument");
    add(m_viewMenu, "showDispatch");
    add(m_viewMenu, "showReporting");
    add(m_viewMenu, "showCharts");
    m_viewMenu->addSeparator();
    add(m_viewMenu, "presentMeeting");
    add(m_viewMenu, "meetingSlides");
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_navigatorDock, m_editorDock, m_problemsDock, m_undoDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    add(m_helpMenu, "about");
    add(m_helpMenu, "aboutQt");
    updateRecentMenu();
}

void MainWindow::connectViews()
{
    connect(m_workspace, &Workspace::opened, this, [this] {
        updateTitle();
        updateStatus();
        const QModelIndex first = m_navigator->documentModel()->firstDocument();
        if (first.isValid())
            selectDocument(first.data(DocumentTreeModel::IdRole).toLongLong());
        // The reporting form starts where the ranking does: its region and latest month.
        m_entryView->setRegion(m_dispatchView->regionId());
        m_entryView->setMonth(m_dispatchView->month());
        updateActions();
    });
    for (auto signal : {&Workspace::documentsChanged, &Workspace::aboutToClose})
        connect(m_workspace, signal, this, [this] {
            updateStatus();
            updateActions();
        });
    connect(m_workspace, &Workspace::tasksChanged, this, &MainWindow::updateStatus);

    connect(m_navigator, &Navigator::scopeChanged, this, [this](Id region, const QSet<Id> &regions, Id document, const QSet<Id> &sections) {
        m_taskList->setScope(region, regions, document, sections);
        if (document && document != m_documentView->documentId())
            m_documentView->setDocument(document);
        updateActions();
    });
    connect(m_navigator, &Navigator::taskActivated, this, &MainWindow::selectTask);
    // The ranking and the reporting form look at one region and month; a task in a score's
    // explanation opens in the table.
    connect(m_dispatchView, &DispatchView::taskActivated, this, [this](Id id) {
        selectTask(id);
        m_center->setCurrentWidget(m_taskList);
    });
    connect(m_dispatchView, &DispatchView::departmentSelected, this, [this](Id id) {
        if (m_dispatchView->regionId())
            m_entryView->setRegion(m_dispatchView->regionId());
        m_entryView->setMonth(m_dispatchView->month());
        m_entryView->setDepartment(id);
    });
    connect(m_entryView, &ProgressEntryView::monthChanged, m_dispatchView, &DispatchView::setMonth);
    connect(m_chartsView, &ChartsView::presentRequested, this, &MainWindow::presentMeeting);
    connect(m_chartsView, &ChartsView::metricActivated, this, [this](Id metricId) {
        if (auto metric = m_workspace->metrics().get(metricId)) {
            selectTask(metric->taskId);
            m_center->setCurrentWidget(m_taskList);
        }
    });
    connect(m_chartsView, &ChartsView::departmentActivated, this, [this](Id id) {
        m_dispatchView->selectDepartment(id);
        m_center->setCurrentWidget(m_dispatchView);
    });
    connect(m_navigator, &Navigator::departmentActivated, this, [this](Id id) {
        // A department's tasks are those of its region's documents: show them all.
        if (auto dept = m_workspace->departments().get(id))
            m_navigator->selectScope(dept->regionId, 0, {});
        QComboBox *box = m_taskList->departmentBox();
        box->setCurrentIndex(std::max(0, box->findData(id)));
        m_center->setCurrentWidget(m_taskList);
    });
    connect(m_taskList, &TaskListView::currentTaskChanged, this, [this](Id id) {
        m_editor->setTask(id);
        if (id) {
            auto task = m_workspace->tasks().get(id);
            if (task && task->documentId != m_documentView->documentId())
                m_documentView->setDocument(task->documentId);
            m_documentView->showTask(id);
            m_navigator->selectTask(id);
        }
        updateActions();
    });
    connect(m_taskList, &TaskListView::scopeRequested, this,
            [this](const TaskFilter &f) { m_navigator->selectScope(f.regionId, f.documentId, f.sectionIds); });
    connect(m_documentView, &DocumentView::taskActivated, this, &MainWindow::selectTask);
    connect(m_documentView, &DocumentView::metricActivated, this, [this](Id metricId) {
        if (auto metric = m_workspace->metrics().get(metricId))
            selectTask(metric->taskId);
    });
    connect(m_documentView, &DocumentView::addTaskRequested, this, [this](Id document, TextSpan span) {
        if (auto id = m_edits->addTaskFromSpan(document, span))
            selectTask(*id);
    });
    connect(m_documentView, &DocumentView::addMetricRequested, this,
            [this](Id task, TextSpan span) { m_edits->addMetricFromSpan(task, span); });
    connect(m_editor, &TaskEditor::metricSelected, this, [this](Id, TextSpan span) {
        if (span.isValid())
            m_documentView->showSpan(span);
    });
    connect(m_problemsView, &QListView::activated, this, [this](const QModelIndex &index) {
        selectTask(index.data(ProblemsModel::TaskIdRole).toLongLong());
    });
    connect(m_problems, &ProblemsModel::countChanged, this, [this](int n) {
        m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(n));
    });
    connect(m_edits, &EditActions::failed, this, [this](const QString &message) { showError(tr("The change was not made"), message); });
    connect(m_edits->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateActions);
}

void MainWindow::retranslate()
{
    const QList<std::pair<const char *, QString>> texts{
        {"newWorkspace", tr("&New Workspace…")},
        {"newReferenceWorkspace", tr("New Workspace with the &Reference Documents…")},
        {"openWorkspace", tr("&Open Workspace…")},
        {"importDocuments", tr("&Import Documents…")},
        {"exportJson", tr("&Export as JSON…")},
        {"loadJson", tr("&Load JSON into New Workspace…")},
        {"writePackets", tr("&Write Monthly Report Packets…")},
        {"collectPackets", tr("&Collect Report Packets…")},
        {"quit", tr("&Quit")},
        {"newTask", tr("&New Task")},
        {"deleteTasks", tr("&Delete Task")},
        {"editCell", tr("&Edit Cell")},
        {"moveUp", tr("Move Task &Up")},
        {"moveDown", tr("Move Task Do&wn")},
        {"splitTask", tr("&Split Task at the Text Cursor")},
        {"mergeWithNext", tr("&Merge with the Next Task")},
        {"find", tr("&Find…")},
        {"mergeDepartment", tr("Merge &Department Into…")},
        {"addDepartmentName", tr("Add Another Department &Name…")},
        {"showTasks", tr("&Tasks")},
        {"showDocument", tr("&Document")},
        {"showDispatch", tr("D&ispatch Ranking")},
        {"showReporting", tr("Monthly &Reporting")},
        {"showCharts", tr("&Charts")},
        {"presentMeeting", tr("&Present the Meeting")},
        {"meetingSlides", tr("Meeting &Slides…")},
        {"reports", tr("&Reports…")},
        {"exportTables", tr("Export &Tables (XLSX, CSV)…")},
        {"printLedger", tr("&Print the Document's Ledger…")},
        {"printBulletin", tr("Print the Dispatch &Bulletin…")},
        {"dispatchRules", tr("Dispatch &Rules…")},
        {"about", tr("&About CountyPlan")},
        {"aboutQt", tr("About &Qt")},
    };
    for (const auto &[name, text] : texts)
        m_actions.value(QString::fromLatin1(name))->setText(text);
    m_actions.value(QStringLiteral("undo"))->setText(tr("&Undo"));
    m_actions.value(QStringLiteral("redo"))->setText(tr("&Redo"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageGroup->actions().first()->setText(tr("Follow the System"));
    m_center->setTabText(0, tr("Tasks"));
    m_center->setTabText(1, tr("Document"));
    m_center->setTabText(2, tr("Dispatch"));
    m_center->setTabText(3, tr("Monthly Reporting"));
    m_center->setTabText(4, tr("Charts"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_editorDock->setWindowTitle(tr("Task"));
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(m_problems->rowCount()));
    m_undoDock->setWindowTitle(tr("History"));
    m_undoView->setEmptyLabel(tr("Opened"));
    updateRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace->isOpen();
    const bool task = currentTask() != 0;
    for (const char *name : {"importDocuments", "exportJson", "writePackets", "collectPackets", "presentMeeting", "meetingSlides",
                             "printLedger", "printBulletin", "reports", "exportTables"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(open);
    m_actions.value(QStringLiteral("newTask"))->setEnabled(open && (task || currentDocument()));
    for (const char *name : {"deleteTasks", "editCell", "moveUp", "moveDown", "splitTask", "mergeWithNext"})
        m_actions.value(QString::fromLatin1(name))->setEnabled(open && task);
}

void MainWindow::switchLanguage(const QString &code)
{
    Language::setPreferred(code);
    Language::install(code.isEmpty() ? Language::systemDefault() : code);
    m_navigator->documentModel()->reload();
    m_taskList->taskModel()->reload();
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    if (path == QLatin1String(":memory:"))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentWorkspaces();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    int n = 1;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n++).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] {
            if (Status s = openWorkspace(path); !s)
                showError(tr("Cannot open the workspace"), s.error().message());
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

Status MainWindow::openWorkspace(const QString &path, bool mustExist)
{
    m_editor->commitPending();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status status = m_workspace->open(path, mustExist ? Database::OpenMode::OpenExisting : Database::OpenMode::CreateIfMissing);
    QGuiApplication::restoreOverrideCursor();
    if (status)
        rememberRecent(path);
    return status;
}

Status MainWindow::createReferenceWorkspace(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error(tr("“%1” already exists").arg(QDir::toNativeSeparators(path)));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status status;
    {
        Workspace fresh;
        status = fresh.open(path);
        if (status) {
            auto reports = ReferenceDocuments::importInto(fresh);
            if (!reports)
                status = reports.error();
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!status) {
        removeWorkspaceFiles(path);
        return status;
    }
    return openWorkspace(path, true);
}

void MainWindow::updateTitle()
{
    if (!m_workspace->isOpen()) {
        setWindowTitle(tr("CountyPlan"));
        return;
    }
    setWindowTitle(tr("%1 — CountyPlan").arg(m_workspace->displayTitle()));
    setWindowFilePath(m_workspace->path());
}

void MainWindow::updateStatus()
{
    if (!m_statusCounts)
        return;
    if (!m_workspace->isOpen()) {
        m_statusCounts->setText(tr("No workspace open"));
        return;
    }
    const int documents = m_workspace->documents().count().value_or(0);
    const int tasks = m_workspace->tasks().count().value_or(0);
    m_statusCounts->setText(tr("%n document(s)", nullptr, documents) + QStringLiteral(" · ") + tr("%n task(s)", nullptr, tasks));
    m_statusCounts->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
}

void MainWindow::selectDocument(Id documentId)
{
    m_navigator->selectDocument(documentId);
}

void MainWindow::selectTask(Id taskId)
{
    if (!taskId)
        return;
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return;
    // A task hidden by the scope or the filters is shown by widening to its document.
    if (m_taskList->taskModel()->rowOfTask(taskId) >= 0) {
        m_taskList->selectTask(taskId);
        if (m_taskList->currentTaskId() != taskId) {
            m_taskList->applyView(TaskFilter());
            m_navigator->selectDocument(task->documentId);
            m_taskList->selectTask(taskId);
        }
    }
}

Id MainWindow::currentDocument() const
{
    if (const Id task = currentTask()) {
        if (auto t = m_workspace->tasks().get(task))
            return t->documentId;
    }
    return m_navigator->currentDocument();
}

Id MainWindow::currentTask() const
{
    return m_taskList->currentTaskId();
}

bool MainWindow::showView(const QString &name)
{
    resizeDocks({m_navigatorDock, m_editorDock}, {300, 380}, Qt::Horizontal);
    if (name == QLatin1String("main") || name == QLatin1String("workspace")) {
        m_navigator->setCurrentIndex(0);
        m_center->setCurrentWidget(m_taskList);
        if (name == QLatin1String("workspace")) {
            const QModelIndex first = m_taskList->filterModel()->index(0, 0);
            if (first.isValid())
                selectTask(first.data(TaskTableModel::TaskIdRole).toLongLong());
        }
        return true;
    }
    if (name == QLatin1String("document")) {
        m_navigator->setCurrentIndex(0);
        m_center->setCurrentWidget(m_documentView);
        const QModelIndex first = m_taskList->filterModel()->index(0, 0);
        if (first.isValid())
            selectTask(first.data(TaskTableModel::TaskIdRole).toLongLong());
        return true;
    }
    if (name == QLatin1String("dispatch")) {
        m_center->setCurrentWidget(m_dispatchView);
        return true;
    }
    if (name == QLatin1String("charts")) {
        m_center->setCurrentWidget(m_chartsView);
        return true;
    }
    if (name == QLatin1String("reporting")) {
        m_center->setCurrentWidget(m_entryView);
        m_entryView->setRegion(m_dispatchView->regionId());
        m_entryView->setMonth(m_dispatchView->month());
        if (m_dispatchView->currentDepartment())
            m_entryView->setDepartment(m_dispatchView->currentDepartment());
        return true;
    }
    if (name == QLatin1String("departments")) {
        m_navigator->setCurrentIndex(1);
        QTreeView *tree = m_navigator->departmentTree();
        tree->expandAll();
        m_center->setCurrentWidget(m_taskList);
        // The busiest department of the first region, so the table shows what scoping does.
        const QAbstractItemModel *model = tree->model();
        const QModelIndex region = model->index(0, 0);
        QModelIndex busiest;
        int most = -1;
        for (int r = 0; r < model->rowCount(region); ++r) {
            const QModelIndex d = model->index(r, 0, region);
            const int n = d.siblingAtColumn(DepartmentTreeModel::LeadColumn).data().toInt()
                          + d.siblingAtColumn(DepartmentTreeModel::CooperatingColumn).data().toInt();
            if (n > most) {
                most = n;
                busiest = d;
            }
        }
        if (busiest.isValid())
            tree->setCurrentIndex(busiest);
        return true;
    }
    return false;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    // Not modal: a refused edit must not stop the planner's work (or a test).
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

QString MainWindow::askNewWorkspacePath(const QString &title)
{
    const QString path = QFileDialog::getSaveFileName(this, title, QDir::homePath(), workspaceFilter(), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return {};
    const QString file = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".countyplan") : path;
    if (QFileInfo::exists(file)) {
        showError(tr("Cannot create the workspace"),
                  tr("“%1” already exists; choose another name or open it").arg(QDir::toNativeSeparators(file)));
        return {};
    }
    return file;
}

void MainWindow::newWorkspace()
{
    const QString file = askNewWorkspacePath(tr("New Workspace"));
    if (file.isEmpty())
        return;
    if (Status s = openWorkspace(file); !s)
        showError(tr("Cannot create the workspace"), s.error().message());
}

void MainWindow::newReferenceWorkspace()
{
    const QString file = askNewWorkspacePath(tr("New Workspace with the Reference Documents"));
    if (file.isEmpty())
        return;
    if (Status s = createReferenceWorkspace(file); !s)
        showError(tr("Cannot create the workspace"), s.error().message());
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace->isOpen() ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, workspaceFilter());
    if (path.isEmpty())
        return;
    if (Status s = openWorkspace(path); !s)
        showError(tr("Cannot open the workspace"), s.error().message());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->commitPending();
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    settings.endGroup();
    m_taskList->restoreSettings();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.endGroup();
    m_taskList->saveSettings();
}

} // namespace cp::ui
