#pragma once

#include "domain/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;
class MetricTableModel;

// The selected task in full: number, title, lead and cooperating units, deadline, status, text,
// targets, notes, and the sentence in the original document it came from, with the targets'
// quotes marked (a clicked target is marked more strongly). Fields commit when editing finishes;
// every commit is one undoable edit. A field being edited is not overwritten by refreshes.
class TaskEditor : public QWidget
{
    Q_OBJECT

public:
    TaskEditor(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);
    ~TaskEditor() override;

    void setTask(Id taskId);
    Id taskId() const { return m_taskId; }
    // Writes what is being typed before the selection moves on.
    void commitPending();

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *leadEdit() const { return m_lead; }
    QLineEdit *cooperatingEdit() const { return m_cooperating; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *deadlineCheck() const { return m_hasDeadline; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QComboBox *statusBox() const { return m_status; }
    QTableView *metricsView() const { return m_metricsView; }
    QTextBrowser *sourceView() const { return m_source; }

Q_SIGNALS:
    // A target was clicked: the document view can show its quote.
    void metricSelected(cp::Id metricId, cp::TextSpan quote);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void loadSource(const TextSpan &strong);
    void retranslate();
    void commitLine(QLineEdit *edit);
    void commitText(QPlainTextEdit *edit);
    void commitDeadline();
    void updateCompleter();

    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_taskId = 0;
    Task m_task;
    bool m_loading = false;

    QLabel *m_heading = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_lead = nullptr;
    QLineEdit *m_cooperating = nullptr;
    QCheckBox *m_hasDeadline = nullptr;
    QDateEdit *m_deadline = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    MetricTableModel *m_metrics = nullptr;
    QTableView *m_metricsView = nullptr;
    QPushButton *m_addMetric = nullptr;
    QPushButton *m_removeMetric = nullptr;
    QTextBrowser *m_source = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace cp::ui
