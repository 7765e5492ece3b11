#pragma once

#include "progress/DispatchRules.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// The workspace's dispatch rules (调度办法), every field: base, the task weights and which tasks
// are a department's annual tasks, the points of each kind of event with their monthly caps, the
// report deadline and the at-risk threshold. OK writes them as one undoable step; Cancel writes
// nothing. "Restore 002's rules" fills in 盂县's 调度办法 again.
class DispatchRulesDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchRulesDialog(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);
    ~DispatchRulesDialog() override;

    // The rules as the fields show them.
    DispatchRules rules() const;
    void setRules(const DispatchRules &rules);

    QPushButton *restoreButton() const { return m_restore; }

    // Writes the rules through EditActions; stays open, saying why, when that is refused.
    void accept() override;

private:
    QDoubleSpinBox *pointsBox(const char *objectName, double minimum, double maximum);

    EditActions *m_edits;
    DispatchRules m_shown; // what setRules() showed: fields the dialog does not edit keep it
    QDoubleSpinBox *m_base;
    QDoubleSpinBox *m_progress;
    QDoubleSpinBox *m_completion;
    QDoubleSpinBox *m_completedProgress;
    QRadioButton *m_allRoles;
    QRadioButton *m_leadOnly;
    QCheckBox *m_evidenceRequired;
    std::array<QDoubleSpinBox *, 3> m_commendation;
    std::array<QDoubleSpinBox *, 3> m_criticism;
    QDoubleSpinBox *m_suggestion;
    QDoubleSpinBox *m_seminar;
    QDoubleSpinBox *m_seminarCap;
    QDoubleSpinBox *m_exchange;
    QDoubleSpinBox *m_exchangeCap;
    QCheckBox *m_exchangeEvidence;
    QDoubleSpinBox *m_late;
    QDoubleSpinBox *m_inaccurate;
    QSpinBox *m_deadlineDay;
    QCheckBox *m_automaticLate;
    QDoubleSpinBox *m_atRisk;
    QPushButton *m_restore;
    QLabel *m_error;
};

} // namespace cp::ui
