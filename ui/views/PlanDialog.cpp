#include "PlanDialog.h"

#include "commands/EditActions.h"
#include "domain/Format.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::ui {

PlanDialog::PlanDialog(Workspace *workspace, EditActions *edits, Id metricId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_metricId(metricId)
{
    setObjectName(QStringLiteral("planDialog"));
    setWindowTitle(tr("Monthly Plan"));
    MetricTrack track;
    for (const MetricTrack &t : m_workspace->progress().metricTracks(Month(2200, 12), 0).value_or({})) {
        if (t.metric.id == metricId)
            track = t;
    }
    const auto [start, end] = ProgressStatus::period(track, Month::of(QDate::currentDate()));
    const QMap<Month, double> stored = m_workspace->progress().plan(metricId).value_or({});

    auto *heading = new QLabel(tr("%1, %2: the value it should have reached by the end of each month. Months left empty "
                                  "follow the line between the months given.")
                                   .arg(track.metric.label, formatTarget(track.metric)));
    heading->setWordWrap(true);
    auto *grid = new QGridLayout;
    // Where pro-rata puts each month, as the hint of an empty field.
    MetricTrack proRata = track;
    proRata.plan.clear();
    int i = 0;
    for (Month m = start; m <= end; m = m.plus(1), ++i) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("plan-%1").arg(m.toString()));
        if (auto expected = ProgressStatus::assess(proRata, m, DispatchRules()).expected)
            edit->setPlaceholderText(QLocale().toString(*expected, 'g', 6));
        if (stored.contains(m))
            edit->setText(QLocale().toString(stored.value(m), 'g', 12));
        m_fields.insert(m, edit);
        grid->addWidget(new QLabel(m.toString()), (i % 12), (i / 12) * 2);
        grid->addWidget(edit, (i % 12), (i / 12) * 2 + 1);
    }
    m_message = new QLabel;
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *clear = buttons->addButton(tr("Clear the Plan"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearPlan"));
    connect(clear, &QPushButton::clicked, this, [this] {
        for (QLineEdit *e : std::as_const(m_fields))
            e->clear();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

std::optional<QMap<Month, double>> PlanDialog::plan() const
{
    QMap<Month, double> plan;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QString text = it.value()->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = text.toDouble(&ok);
        if (!ok) {
            m_message->setText(tr("“%1” for %2 is not a number").arg(text, it.key().toString()));
            m_message->show();
            return std::nullopt;
        }
        plan.insert(it.key(), value);
    }
    return plan;
}

void PlanDialog::accept()
{
    const auto values = plan();
    if (!values)
        return;
    if (m_edits->setPlan(m_metricId, *values))
        QDialog::accept();
}

} // namespace cp::ui
