#include "DispatchRulesDialog.h"

#include "commands/EditActions.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace cp::ui {

namespace {

// Points as a planner writes them: 5, 2.5, −10 — not 5.00.
class PointsBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QLocale shown = locale();
        shown.setNumberOptions(QLocale::OmitGroupSeparator);
        return shown.toString(value, 'f', QLocale::FloatingPointShortest);
    }
};

// The spin box's value, or the stored one when the box shows that one rounded to its decimals,
// so that OK without an edit writes back exactly what was stored.
double valueOf(const QDoubleSpinBox *box, double stored, double scale = 1)
{
    const double factor = std::pow(10.0, box->decimals());
    const double shown = std::round(stored * scale * factor) / factor;
    return box->value() == shown ? stored : box->value() / scale;
}

QLabel *header(const QString &text)
{
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

DispatchRulesDialog::DispatchRulesDialog(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_base(pointsBox("base", 0, 1000))
    , m_progress(pointsBox("progressPoints", 0, 100))
    , m_completion(pointsBox("completionPoints", 0, 100))
    , m_completedProgress(pointsBox("completedProgressPoints", 0, 100))
    , m_allRoles(new QRadioButton(tr("Tasks the department leads or cooperates on")))
    , m_leadOnly(new QRadioButton(tr("Only tasks the department leads")))
    , m_evidenceRequired(new QCheckBox(tr("A task report counts only with evidence")))
    , m_commendation{pointsBox("commendationCentral", -100, 100),
                     pointsBox("commendationProvincial", -100, 100),
                     pointsBox("commendationMunicipal", -100, 100)}
    , m_criticism{pointsBox("criticismCentral", -100, 100),
                  pointsBox("criticismProvincial", -100, 100),
                  pointsBox("criticismMunicipal", -100, 100)}
    , m_suggestion(pointsBox("adoptedSuggestionPoints", -100, 100))
    , m_seminar(pointsBox("seminarPoints", -100, 100))
    , m_seminarCap(pointsBox("seminarCap", 0, 1000))
    , m_exchange(pointsBox("exchangePoints", -100, 100))
    , m_exchangeCap(pointsBox("exchangeCap", 0, 1000))
    , m_exchangeEvidence(new QCheckBox(tr("Only with evidence")))
    , m_late(pointsBox("lateReportPoints", -100, 100))
    , m_inaccurate(pointsBox("inaccurateReportPoints", -100, 100))
    , m_deadlineDay(new QSpinBox)
    , m_automaticLate(new QCheckBox(tr("Count a missing or late report without a recorded event")))
    , m_atRisk(new PointsBox)
    , m_restore(new QPushButton(tr("Restore 002's Rules")))
    , m_error(new QLabel)
{
    setWindowTitle(tr("Dispatch Rules"));
    m_allRoles->setObjectName(QStringLiteral("allRoles"));
    m_leadOnly->setObjectName(QStringLiteral("leadOnly"));
    auto *scope = new QButtonGroup(this);
    scope->addButton(m_allRoles);
    scope->addButton(m_leadOnly);
    m_evidenceRequired->setObjectName(QStringLiteral("evidenceRequired"));
    m_exchangeEvidence->setObjectName(QStringLiteral("exchangeEvidence"));
    for (QDoubleSpinBox *cap : {m_seminarCap, m_exchangeCap})
        cap->setSpecialValueText(tr("no cap"));
    m_deadlineDay->setObjectName(QStringLiteral("deadlineDay"));
    m_deadlineDay->setRange(1, 31);
    m_deadlineDay->setAlignment(Qt::AlignRight);
    m_deadlineDay->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_automaticLate->setObjectName(QStringLiteral("automaticLate"));
    m_atRisk->setObjectName(QStringLiteral("atRiskBelow"));
    m_atRisk->setRange(0, 100);
    m_atRisk->setDecimals(1);
    m_atRisk->setSuffix(QStringLiteral(" %"));
    m_atRisk->setAlignment(Qt::AlignRight);
    m_atRisk->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_restore->setObjectName(QStringLiteral("restoreDefaults"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->hide();

    // 基础分 and the three task parts (当月任务推进、办结、已办结任务推进得分).
    auto *score = new QGroupBox(tr("Score"));
    auto *scoreForm = new QFormLayout(score);
    scoreForm->addRow(DispatchScoring::partName(ScorePart::Base), m_base);
    scoreForm->addRow(DispatchScoring::partName(ScorePart::Progress), m_progress);
    scoreForm->addRow(DispatchScoring::partName(ScorePart::Completion), m_completion);
    scoreForm->addRow(DispatchScoring::partName(ScorePart::CompletedProgress), m_completedProgress);
    auto *shareNote = new QLabel(
        tr("Each task part is worth its points × the share of the department's annual tasks."));
    shareNote->setWordWrap(true);
    scoreForm->addRow(shareNote);
    scoreForm->addRow(m_evidenceRequired);

    auto *annual = new QGroupBox(tr("Annual Tasks of a Department"));
    auto *annualLayout = new QVBoxLayout(annual);
    annualLayout->addWidget(m_allRoles);
    annualLayout->addWidget(m_leadOnly);

    // 加减分项: by level for commendations and criticisms, with monthly caps for the others.
    auto *events = new QGroupBox(tr("Events"));
    auto *grid = new QGridLayout(events);
    int row = 0;
    const EventLevel levels[] = {EventLevel::Central, EventLevel::Provincial,
                                 EventLevel::Municipal};
    for (int i = 0; i < 3; ++i)
        grid->addWidget(header(displayName(levels[i])), row, i + 1);
    ++row;
    grid->addWidget(new QLabel(DispatchScoring::partName(ScorePart::Commendation)), row, 0);
    for (int i = 0; i < 3; ++i)
        grid->addWidget(m_commendation[i], row, i + 1);
    ++row;
    grid->addWidget(new QLabel(DispatchScoring::partName(ScorePart::Criticism)), row, 0);
    for (int i = 0; i < 3; ++i)
        grid->addWidget(m_criticism[i], row, i + 1);
    ++row;
    grid->addWidget(header(tr("Points")), row, 1);
    grid->addWidget(header(tr("Monthly cap")), row, 2);
    ++row;
    const auto addEvent = [&](ScorePart part, QDoubleSpinBox *points, QDoubleSpinBox *cap,
                              QCheckBox *evidence) {
        grid->addWidget(new QLabel(DispatchScoring::partName(part)), row, 0);
        grid->addWidget(points, row, 1);
        if (cap)
            grid->addWidget(cap, row, 2);
        ++row;
        if (evidence)
            grid->addWidget(evidence, row++, 1, 1, 3);
    };
    addEvent(ScorePart::AdoptedSuggestion, m_suggestion, nullptr, nullptr);
    addEvent(ScorePart::Seminar, m_seminar, m_seminarCap, nullptr);
    addEvent(ScorePart::Exchange, m_exchange, m_exchangeCap, m_exchangeEvidence);
    addEvent(ScorePart::LateReport, m_late, nullptr, nullptr);
    addEvent(ScorePart::InaccurateReport, m_inaccurate, nullptr, nullptr);
    grid->setColumnStretch(4, 1);

    auto *reports = new QGroupBox(tr("Monthly Reports"));
    auto *reportsForm = new QFormLayout(reports);
    reportsForm->addRow(tr("Due by day of the month"), m_deadlineDay);
    reportsForm->addRow(m_automaticLate);
    reportsForm->addRow(tr("A target is at risk below"), m_atRisk);
    m_atRisk->setToolTip(tr("A target below this share of its expected progress is at risk"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &DispatchRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DispatchRulesDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { setRules(DispatchRules()); });

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(score);
    left->addWidget(annual);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(events);
    right->addWidget(reports);
    right->addStretch();
    columns->addLayout(left);
    columns->addLayout(right);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto stored = DispatchRules::load(*workspace);
    if (!stored) {
        m_error->setText(stored.error().message());
        m_error->show();
    }
    setRules(stored.value_or(DispatchRules()));
}

DispatchRulesDialog::~DispatchRulesDialog() = default;

QDoubleSpinBox *DispatchRulesDialog::pointsBox(const char *objectName, double minimum,
                                               double maximum)
{
    auto *box = new PointsBox;
    box->setObjectName(QString::fromLatin1(objectName));
    box->setRange(minimum, maximum);
    box->setDecimals(2);
    box->setAlignment(Qt::AlignRight);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

void DispatchRulesDialog::setRules(const DispatchRules &rules)
{
    m_shown = rules;
    m_base->setValue(rules.base);
    m_progress->setValue(rules.progressPoints);
    m_completion->setValue(rules.completionPoints);
    m_completedProgress->setValue(rules.completedProgressPoints);
    (rules.leadOnly ? m_leadOnly : m_allRoles)->setChecked(true);
    m_evidenceRequired->setChecked(rules.evidenceRequired);
    for (int i = 0; i < 3; ++i) {
        m_commendation[i]->setValue(rules.commendation[i].points);
        m_criticism[i]->setValue(rules.criticism[i].points);
    }
    m_suggestion->setValue(rules.adoptedSuggestion.points);
    m_seminar->setValue(rules.seminar.points);
    m_seminarCap->setValue(rules.seminar.monthlyCap);
    m_exchange->setValue(rules.exchange.points);
    m_exchangeCap->setValue(rules.exchange.monthlyCap);
    m_exchangeEvidence->setChecked(rules.exchange.evidenceRequired);
    m_late->setValue(rules.lateReport.points);
    m_inaccurate->setValue(rules.inaccurateReport.points);
    m_deadlineDay->setValue(rules.reportDeadlineDay);
    m_automaticLate->setChecked(rules.automaticLate);
    m_atRisk->setValue(rules.atRiskBelow * 100);
}

DispatchRules DispatchRulesDialog::rules() const
{
    DispatchRules r = m_shown;
    r.base = valueOf(m_base, m_shown.base);
    r.progressPoints = valueOf(m_progress, m_shown.progressPoints);
    r.completionPoints = valueOf(m_completion, m_shown.completionPoints);
    r.completedProgressPoints = valueOf(m_completedProgress, m_shown.completedProgressPoints);
    r.leadOnly = m_leadOnly->isChecked();
    r.evidenceRequired = m_evidenceRequired->isChecked();
    for (int i = 0; i < 3; ++i) {
        r.commendation[i].points = valueOf(m_commendation[i], m_shown.commendation[i].points);
        r.criticism[i].points = valueOf(m_criticism[i], m_shown.criticism[i].points);
    }
    r.adoptedSuggestion.points = valueOf(m_suggestion, m_shown.adoptedSuggestion.points);
    r.seminar.points = valueOf(m_seminar, m_shown.seminar.points);
    r.seminar.monthlyCap = valueOf(m_seminarCap, m_shown.seminar.monthlyCap);
    r.exchange.points = valueOf(m_exchange, m_shown.exchange.points);
    r.exchange.monthlyCap = valueOf(m_exchangeCap, m_shown.exchange.monthlyCap);
    r.exchange.evidenceRequired = m_exchangeEvidence->isChecked();
    r.lateReport.points = valueOf(m_late, m_shown.lateReport.points);
    r.inaccurateReport.points = valueOf(m_inaccurate, m_shown.inaccurateReport.points);
    r.reportDeadlineDay = m_deadlineDay->value();
    r.automaticLate = m_automaticLate->isChecked();
    r.atRiskBelow = valueOf(m_atRisk, m_shown.atRiskBelow, 100);
    return r;
}

void DispatchRulesDialog::accept()
{
    QString refusal;
    const QMetaObject::Connection heard =
        connect(m_edits, &EditActions::failed, this,
                [&refusal](const QString &message) { refusal = message; });
    const bool written = m_edits->setDispatchRules(rules());
    disconnect(heard);
    if (!written) {
        m_error->setText(refusal.isEmpty() ? tr("The rules could not be saved.") : refusal);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace cp::ui
