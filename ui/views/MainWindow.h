#pragma once

#include "domain/Result.h"
#include "domain/Types.h"
#include "storage/Database.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListView;
class QMenu;
class QTabWidget;
class QTableView;
class QTreeView;
class QUndoView;

namespace cp {
class Workspace;
struct CollectResult;
struct PacketFile;
}

namespace cp::ui {

class ChartsView;
class DispatchView;
class ExportDialog;
class ReportDialog;
enum class ReportKind;
class DocumentView;
class EditActions;
class MeetingWindow;
class Navigator;
class ProblemsModel;
class ProgressEntryView;
class TaskEditor;
class TaskListView;
class TaskTableModel;

// The planner's window: the navigator (documents and departments) on the left, the task table and
// the marked-up document in the middle, the selected task's editor on the right, problems and the
// undo history below. Every edit is undoable and written to the workspace at once: there is no Save.
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
    EditActions *edits() const { return m_edits; }
    Navigator *navigator() const { return m_navigator; }
    TaskListView *taskList() const { return m_taskList; }
    TaskEditor *taskEditor() const { return m_editor; }
    DocumentView *documentView() const { return m_documentView; }
    DispatchView *dispatchView() const { return m_dispatchView; }
    ProgressEntryView *entryView() const { return m_entryView; }
    ChartsView *chartsView() const { return m_chartsView; }
    // The meeting on screen (F5), if one is.
    MeetingWindow *meetingWindow() const;
    ProblemsModel *problems() const { return m_problems; }
    QTableView *taskTable() const;
    TaskTableModel *taskModel() const;
    QTreeView *documentTree() const;
    // An action by its object name ("newTask", "undo", "moveUp" …), for tests and scripts.
    QAction *action(const QString &name) const;

    void selectDocument(Id documentId);
    void selectTask(Id taskId);
    Id currentDocument() const;
    Id currentTask() const;
    // Arranges the window for a screenshot: "main", "workspace", "document", "departments",
    // "dispatch", "reporting" or "charts".
    bool showView(const QString &name);

    static QStringList recentWorkspaces();

    // The report packets (月调度报送表) of the dispatch view's month and region, written into a
    // folder; and returned packets collected (nothing stored when any has a problem).
    Result<QList<PacketFile>> writePackets(const QString &directory);
    Result<CollectResult> collectPackets(const QStringList &paths);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const QString &name, const QKeySequence &shortcut = {});
    void createActions();
    void createMenus();
    void createDocks();
    void connectViews();
    void retranslate();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void restoreSettings();
    void saveSettings() const;
    void showError(const QString &title, const QString &message);

    void newWorkspace();
    void newReferenceWorkspace();
    QString askNewWorkspacePath(const QString &title);
    void openWorkspaceDialog();
    void importDocuments();
    void exportJson();
    void writePacketsDialog();
    void collectPacketsDialog();
    void loadJson();
    void newTask();
    void deleteTasks();
    void moveTask(int direction);
    void splitTask();
    void mergeWithNext();
    void switchLanguage(const QString &code);
    void about();

public:
    // The dispatch meeting (调度会) of the dispatch view's region and month, full screen (F5).
    void presentMeeting();
    void editMeetingSlides();
    // Print previews of the current document's ledger (台账) and the dispatch tab's bulletin.
    void printLedger();
    void printBulletin();
    // File → Reports…: the dialog set to kind, and the document, region, month and department
    // of what is selected; returned for tests (it deletes itself when closed).
    ReportDialog *openReports(std::optional<ReportKind> kind = std::nullopt);
    ExportDialog *openExportTables();

private:

    Workspace *m_workspace;
    EditActions *m_edits;
    Navigator *m_navigator = nullptr;
    TaskListView *m_taskList = nullptr;
    DocumentView *m_documentView = nullptr;
    DispatchView *m_dispatchView = nullptr;
    ProgressEntryView *m_entryView = nullptr;
    ChartsView *m_chartsView = nullptr;
    QPointer<MeetingWindow> m_meeting;
    TaskEditor *m_editor = nullptr;
    ProblemsModel *m_problems = nullptr;
    QListView *m_problemsView = nullptr;
    QUndoView *m_undoView = nullptr;
    QTabWidget *m_center = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_statusCounts = nullptr;

    QHash<QString, QAction *> m_actions;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace cp::ui
