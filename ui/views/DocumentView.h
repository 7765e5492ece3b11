#pragma once

#include "domain/Types.h"

#include <QWidget>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTextCursor;

namespace cp {
class Workspace;
}

namespace cp::ui {

// A document's original text with every recognised task and metric marked, so a planner can check
// an import at a glance: task spans shaded (alternating, so neighbours are told apart), metric
// quotes underlined and tinted, the current task or quote highlighted more strongly. Clicking in a
// task or a quote activates it; a selection's context menu offers "Add Task from Selection" and
// "Add Metric from Selection" (the window turns those into undoable edits). The text is read-only:
// it is the document as received. Marks follow edits (tasksChanged / metricsChanged / taskChanged).
// Every span here, in and out, indexes Document::originalText, even where the text has "\r\n" (the
// view shows one line break for it and maps positions both ways).
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    // The workspace (not null) outlives the view; the view only reads it.
    explicit DocumentView(Workspace *workspace, QWidget *parent = nullptr);
    ~DocumentView() override;

    void setDocument(Id documentId);
    Id documentId() const { return m_documentId; }

    // Scrolls to the task and marks it as current (showing the task's document first if needed).
    void showTask(Id taskId);
    // Scrolls to a span (a metric's quote) and marks it as current; a span equal to a metric's or a
    // task's makes that item current, so it follows the item's edits.
    void showSpan(const TextSpan &span);

    QPlainTextEdit *textView() const { return m_text; }
    // What is marked now, in document order (for tests and the status line).
    QList<TextSpan> taskSpans() const;
    QList<TextSpan> metricSpans() const;
    TextSpan currentSpan() const { return m_current; }

Q_SIGNALS:
    // Emitted at once on a click, after the clicked item became current. showTask and showSpan emit
    // nothing, and while these two are handled they do nothing: a window that answers a click by
    // showing the task back must neither move the text nor turn a clicked quote into its task.
    void taskActivated(cp::Id taskId);
    void metricActivated(cp::Id metricId);
    void addTaskRequested(cp::Id documentId, cp::TextSpan span);
    void addMetricRequested(cp::Id taskId, cp::TextSpan span);

private:
    void changeEvent(QEvent *event) override;
    // Clicks on the text's viewport activate the task or quote under the pointer.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The text (set again only when it changed, so the scroll position stays) and the marks.
    void reload();
    void reloadMarks();
    void applyMarks();
    void retranslate();
    void updateActions();
    void updateStatus();
    void setCurrent(Id taskId, Id metricId, const TextSpan &span);
    void scrollTo(const TextSpan &span);
    void activateAt(const QPoint &viewportPos);
    void showContextMenu(const QPoint &viewportPos);
    // The selection as a span of the original text, white space at either end left out.
    TextSpan selectedSpan() const;
    const Task *taskContaining(const TextSpan &span) const;
    // A cursor selecting the span in the view.
    QTextCursor viewCursor(const TextSpan &span) const;
    // Original text index <-> view position: each "\r\n" is one character in the view.
    int toView(int index) const;
    int toOriginal(int position) const;

    Workspace *m_workspace;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_addMetric = nullptr;
    Id m_documentId = 0;
    QString m_originalText;
    QString m_loadError;
    QList<int> m_crlfIndices;   // original index of the '\r' of every "\r\n"
    QList<int> m_crlfPositions; // the view position of the same line breaks
    QList<Task> m_tasks;
    QList<Metric> m_metrics;
    TextSpan m_current;
    Id m_currentTask = 0;   // what m_current belongs to, so it follows the item when marks reload
    Id m_currentMetric = 0;
    bool m_activating = false; // while a click's signal is handled
};

} // namespace cp::ui
