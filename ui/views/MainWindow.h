#pragma once

#include "domain/Result.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTreeView;

namespace cp {
class Workspace;
}

namespace cp::ui {

class DocumentTreeModel;
class TaskTableModel;

// The planner's window: the navigator (region → document → section) on the left and the
// selected document's tasks on the right. File → New / Open / Recent switch workspaces.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates) a workspace; on failure the current one stays open.
    Status openWorkspace(const QString &path, bool mustExist = false);
    // Creates a workspace holding the five reference documents and opens it; the file must not exist.
    Status createReferenceWorkspace(const QString &path);
    Workspace *workspace() const { return m_workspace; }

    void selectDocument(Id documentId);
    Id currentDocument() const;
    QTreeView *documentTree() const { return m_tree; }
    QTableView *taskTable() const { return m_table; }
    TaskTableModel *taskModel() const { return m_taskModel; }

    static QStringList recentWorkspaces();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createViews();
    void retranslate();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateTitle();
    void updateStatus();
    void restoreSettings();
    void saveSettings() const;
    void showError(const QString &title, const Error &error);

    void newWorkspace();
    void newReferenceWorkspace();
    QString askNewWorkspacePath(const QString &title);
    void openWorkspaceDialog();
    void exportJson();
    void loadJson();
    void switchLanguage(const QString &code);
    void about();
    void onTreeSelection();

    Workspace *m_workspace;
    DocumentTreeModel *m_treeModel = nullptr;
    TaskTableModel *m_taskModel = nullptr;
    QSortFilterProxyModel *m_taskProxy = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusCounts = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newReferenceAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_loadJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_languageSystemAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace cp::ui
