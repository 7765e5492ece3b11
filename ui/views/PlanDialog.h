#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QDialog>
#include <QMap>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// A target's monthly plan (序时计划): the value it should have reached by the end of each month of
// its period, where the path is not pro-rata. Empty months follow the line between the months
// given; the pro-rata value is shown in each empty field. OK stores the plan as one undo step.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Workspace *workspace, EditActions *edits, Id metricId, QWidget *parent = nullptr);

    // The plan as the fields show it; nullopt (and a message) when a field holds no number.
    std::optional<QMap<Month, double>> plan() const;
    QLineEdit *field(Month month) const { return m_fields.value(month); }

    void accept() override;

private:
    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_metricId;
    QMap<Month, QLineEdit *> m_fields;
    QLabel *m_message = nullptr;
};

} // namespace cp::ui
