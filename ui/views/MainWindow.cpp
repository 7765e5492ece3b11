#include "MainWindow.h"

#include "Language.h"
#include "exchange/JsonExchange.h"
#include "importing/ReferenceDocuments.h"
#include "models/DocumentTreeModel.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace cp::ui {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("recentWorkspaces");

QString workspaceFilter()
{
    return MainWindow::tr("CountyPlan workspaces (*.countyplan);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    createViews();
    createActions();
    createMenus();
    retranslate();
    restoreSettings();

    connect(m_workspace, &Workspace::opened, this, [this] {
        updateTitle();
        updateStatus();
        const QModelIndex first = m_treeModel->firstDocument();
        if (first.isValid())
            selectDocument(first.data(DocumentTreeModel::IdRole).toLongLong());
    });
    connect(m_workspace, &Workspace::documentsChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::tasksChanged, this, &MainWindow::updateStatus);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_treeModel = new DocumentTreeModel(m_workspace, this);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("documentTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DocumentTreeModel::TaskCountColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onTreeSelection);
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandToDepth(2); });

    m_taskModel = new TaskTableModel(m_workspace, this);
    m_taskProxy = new QSortFilterProxyModel(this);
    m_taskProxy->setSourceModel(m_taskModel);
    m_taskProxy->setSortRole(TaskTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_taskProxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TaskTableModel::NumberColumn, 90);
    m_table->setColumnWidth(TaskTableModel::TitleColumn, 380);
    m_table->setColumnWidth(TaskTableModel::LeadColumn, 150);
    m_table->setColumnWidth(TaskTableModel::CooperatingColumn, 220);
    m_table->setColumnWidth(TaskTableModel::TargetsColumn, 220);
    m_table->setColumnWidth(TaskTableModel::DeadlineColumn, 90);

    m_splitter = new QSplitter;
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({320, 960});
    setCentralWidget(m_splitter);

    m_statusCounts = new QLabel;
    statusBar()->addPermanentWidget(m_statusCounts);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_newReferenceAction = new QAction(this);
    connect(m_newReferenceAction, &QAction::triggered, this, &MainWindow::newReferenceWorkspace);

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_exportJsonAction = new QAction(this);
    connect(m_exportJsonAction, &QAction::triggered, this, &MainWindow::exportJson);

    m_loadJsonAction = new QAction(this);
    connect(m_loadJsonAction, &QAction::triggered, this, &MainWindow::loadJson);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageSystemAction = new QAction(this);
    m_languageSystemAction->setCheckable(true);
    m_languageSystemAction->setData(QString());
    m_languageGroup->addAction(m_languageSystemAction);
    for (const QString &code : Language::available()) {
        auto *action = new QAction(Language::nativeName(code), this);
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
    }
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    for (QAction *a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == chosen);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *a) { switchLanguage(a->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_newReferenceAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportJsonAction);
    m_fileMenu->addAction(m_loadJsonAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Workspace…"));
    m_newAction->setStatusTip(tr("Create an empty workspace file"));
    m_newReferenceAction->setText(tr("New Workspace with the &Reference Documents…"));
    m_newReferenceAction->setStatusTip(tr("Create a workspace holding the five Shanxi reference documents"));
    m_openAction->setText(tr("&Open Workspace…"));
    m_openAction->setStatusTip(tr("Open a workspace file"));
    m_exportJsonAction->setText(tr("&Export as JSON…"));
    m_exportJsonAction->setStatusTip(tr("Write the whole workspace to a JSON file"));
    m_loadJsonAction->setText(tr("&Load JSON into New Workspace…"));
    m_loadJsonAction->setStatusTip(tr("Create a workspace from a CountyPlan JSON export"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About CountyPlan"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_languageSystemAction->setText(tr("Follow the System"));
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

void MainWindow::switchLanguage(const QString &code)
{
    Language::setPreferred(code);
    Language::install(code.isEmpty() ? Language::systemDefault() : code);
    // Models re-read their headers and labels in the new language.
    m_treeModel->reload();
    m_taskModel->setDocument(m_taskModel->documentId());
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
                showError(tr("Cannot open the workspace"), s.error());
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

Status MainWindow::openWorkspace(const QString &path, bool mustExist)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Status status = m_workspace->open(path, mustExist ? Database::OpenMode::OpenExisting
                                                      : Database::OpenMode::CreateIfMissing);
    QGuiApplication::restoreOverrideCursor();
    if (status)
        rememberRecent(path);
    return status;
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
    m_statusCounts->setText(tr("%n document(s)", nullptr, documents) + QStringLiteral(" · ")
                            + tr("%n task(s)", nullptr, tasks));
    m_statusCounts->setToolTip(QDir::toNativeSeparators(m_workspace->path()));
}

void MainWindow::onTreeSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    const Id documentId = current.isValid() ? current.data(DocumentTreeModel::DocumentIdRole).toLongLong() : 0;
    if (documentId != m_taskModel->documentId())
        m_taskModel->setDocument(documentId);
}

void MainWindow::selectDocument(Id documentId)
{
    const QModelIndex index = m_treeModel->indexOfDocument(documentId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
    else
        m_taskModel->setDocument(documentId);
}

Id MainWindow::currentDocument() const
{
    return m_taskModel->documentId();
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox::warning(this, title, error.message());
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
                  Error(tr("“%1” already exists; choose another name or open it").arg(QDir::toNativeSeparators(file))));
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
        showError(tr("Cannot create the workspace"), s.error());
}

void MainWindow::newReferenceWorkspace()
{
    const QString file = askNewWorkspacePath(tr("New Workspace with the Reference Documents"));
    if (file.isEmpty())
        return;
    if (Status s = createReferenceWorkspace(file); !s)
        showError(tr("Cannot create the workspace"), s.error());
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
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return status;
    }
    return openWorkspace(path, true);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace->isOpen() ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, workspaceFilter());
    if (path.isEmpty())
        return;
    if (Status s = openWorkspace(path); !s)
        showError(tr("Cannot open the workspace"), s.error());
}

void MainWindow::exportJson()
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested = QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as JSON"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto json = JsonExchange::exportWorkspace(*m_workspace);
    QGuiApplication::restoreOverrideCursor();
    if (!json) {
        showError(tr("Export failed"), json.error());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        showError(tr("Export failed"), Error(tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::loadJson()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Load JSON"), QDir::homePath(), tr("JSON files (*.json)"));
    if (source.isEmpty())
        return;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot load the file"), Error(in.errorString()));
        return;
    }
    const QByteArray json = in.readAll();
    const QString target = QFileDialog::getSaveFileName(this, tr("New Workspace for the JSON"),
                                                        QFileInfo(source).absolutePath() + QLatin1Char('/')
                                                            + QFileInfo(source).completeBaseName() + QStringLiteral(".countyplan"),
                                                        workspaceFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        showError(tr("Cannot load the file"), Error(tr("“%1” already exists; choose a new file").arg(QDir::toNativeSeparators(target))));
        return;
    }
    Workspace fresh;
    Status status = fresh.open(target);
    if (status)
        status = JsonExchange::load(fresh, json);
    fresh.close();
    if (!status) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-wal"));
        QFile::remove(target + QStringLiteral("-shm"));
        showError(tr("Cannot load the file"), status.error().prefixed(QFileInfo(source).fileName()));
        return;
    }
    if (Status s = openWorkspace(target); !s)
        showError(tr("Cannot open the workspace"), s.error());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About CountyPlan"),
        tr("<h3>CountyPlan %1</h3>"
           "<p>县域规划台账 — the county planner's ledger: imports policy documents into tasks, "
           "departments and targets, tracks monthly progress and the dispatch (调度) scores, "
           "and prints the reports.</p>"
           "<p>Workspace: %2<br>Built with Qt %3.</p>")
            .arg(QStringLiteral(COUNTYPLAN_VERSION),
                 m_workspace->isOpen() ? QDir::toNativeSeparators(m_workspace->path()).toHtmlEscaped() : tr("none"),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("taskColumns")).toByteArray());
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("taskColumns"), m_table->horizontalHeader()->saveState());
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace cp::ui
