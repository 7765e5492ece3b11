#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// A department's dispatch event of one month (a commendation, a seminar, a late report …): kind,
// level (for commendations and criticism only), a date within the month, a note and evidence
// files. OK stores it through EditActions as one undo step; when that is refused the dialog stays
// open and says why.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    // A new event of the department in the month.
    EventDialog(Workspace *workspace, EditActions *edits, Id departmentId, Month month,
                QWidget *parent = nullptr);
    // Changes a stored event (within its month).
    EventDialog(Workspace *workspace, EditActions *edits, const DispatchEvent &event,
                QWidget *parent = nullptr);
    ~EventDialog() override;

    // Files to keep as the event's evidence when OK is pressed.
    void addEvidenceFiles(const QStringList &filePaths);
    // The stored event once accepted (0 before).
    Id eventId() const { return m_event.id; }

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *levelBox() const { return m_level; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }
    QListWidget *evidenceList() const { return m_evidence; }

    void accept() override;

private:
    void build(Month month);
    void updateLevel();

    Workspace *m_workspace;
    EditActions *m_edits;
    DispatchEvent m_event;

    QComboBox *m_kind = nullptr;
    QComboBox *m_level = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
    QListWidget *m_evidence = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_removeFile = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cp::ui
