#include "MeetingOverlay.h"

#include "domain/Format.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace cp::ui {

MeetingOverlay::MeetingOverlay(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("meetingOverlay"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("overlayHeading"));
    m_heading->setWordWrap(true);
    m_body = new QLabel;
    m_body->setObjectName(QStringLiteral("overlayBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("overlayEvidence"));
    m_evidence->setFocusPolicy(Qt::NoFocus);
    connect(m_evidence, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = exportEvidence(item->data(Qt::UserRole).toString());
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_evidence);
}

MeetingOverlay::~MeetingOverlay() = default;

void MeetingOverlay::setScale(double scale)
{
    QFont f = font();
    f.setPointSizeF(QFont().pointSizeF() * scale);
    m_body->setFont(f);
    m_evidence->setFont(f);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_heading->setFont(f);
}

void MeetingOverlay::showTask(Id taskId, Month month)
{
    m_evidence->clear();
    auto task = m_workspace->tasks().get(taskId);
    if (!task) {
        m_heading->setText(task.error().message());
        m_body->clear();
        return;
    }
    QStringList lead, cooperating;
    for (const TaskDepartment &d : task->departments) {
        auto dept = m_workspace->departments().get(d.departmentId);
        (d.role == Role::Lead ? lead : cooperating).append(dept ? dept->name : QString());
    }
    QStringList lines;
    if (auto doc = m_workspace->documents().header(task->documentId))
        lines.append(doc->title);
    lines.append(task->text);
    lines.append(tr("Lead: %1").arg(lead.join(QStringLiteral("、"))));
    if (!cooperating.isEmpty())
        lines.append(tr("Cooperating: %1").arg(cooperating.join(QStringLiteral("、"))));
    // Its targets where they stand in the month.
    const DispatchRules rules = DispatchRules::load(*m_workspace).value_or(DispatchRules());
    auto doc = m_workspace->documents().header(task->documentId);
    for (const MetricTrack &t : m_workspace->progress().metricTracks(month, doc ? doc->regionId : 0).value_or({})) {
        if (t.metric.taskId != taskId)
            continue;
        const MetricAssessment a = ProgressStatus::assess(t, month, rules);
        QString line = tr("%1: %2 of %3 — %4")
                           .arg(t.metric.label,
                                a.value ? formatQuantity(*a.value, t.metric.unit) : tr("not reported"),
                                formatTarget(t.metric), ProgressStatus::name(a.state));
        if (a.forecast)
            line += QLatin1Char(' ') + tr("(year end: %1)").arg(formatQuantity(*a.forecast, t.metric.unit));
        lines.append(line);
    }
    // The latest report up to the month, with its evidence.
    std::optional<TaskReport> latest;
    for (const TaskReport &r : m_workspace->progress().reportsForTask(taskId).value_or({})) {
        const auto m = Month::parse(r.period);
        if (m && *m <= month && (!latest || r.period >= latest->period))
            latest = r;
    }
    if (latest) {
        auto dept = m_workspace->departments().get(latest->departmentId);
        lines.append(tr("Latest report (%1, %2): %3").arg(latest->period, dept ? dept->name : QString(), displayName(latest->status)));
        if (!latest->narrative.isEmpty())
            lines.append(latest->narrative);
        for (const QString &sha : latest->evidence) {
            auto file = m_workspace->progress().evidenceFile(sha);
            auto *item = new QListWidgetItem(file ? file->name : sha, m_evidence);
            item->setData(Qt::UserRole, sha);
        }
    } else {
        lines.append(tr("No report yet."));
    }
    m_heading->setText(QStringLiteral("%1 %2").arg(task->path, task->title));
    m_body->setText(lines.join(QLatin1Char('\n')));
    m_evidence->setVisible(m_evidence->count() > 0);
}

void MeetingOverlay::showDepartment(Id departmentId, Id regionId, Month month)
{
    m_evidence->clear();
    m_evidence->hide();
    auto scores = DispatchScoring::compute(*m_workspace, month, regionId);
    const auto score = scores ? std::find_if(scores->begin(), scores->end(), [&](const DepartmentScore &s) { return s.departmentId == departmentId; })
                              : QList<DepartmentScore>::iterator();
    if (!scores || score == scores->end()) {
        auto dept = m_workspace->departments().get(departmentId);
        m_heading->setText(dept ? dept->name : QString());
        m_body->setText(scores ? tr("Not scored for %1.").arg(month.toString()) : scores.error().message());
        return;
    }
    QStringList lines;
    for (const ScoreComponent &c : score->components) {
        if (c.part != ScorePart::Base && c.items.isEmpty())
            continue;
        lines.append(QStringLiteral("%1  %2").arg(DispatchScoring::partName(c.part), QLocale().toString(c.points, 'f', 2)));
    }
    m_heading->setText(tr("%1 — %2 points, rank %3").arg(score->department, QLocale().toString(score->score, 'f', 2)).arg(score->rank));
    m_body->setText(lines.join(QLatin1Char('\n')));
}

QString MeetingOverlay::heading() const
{
    return m_heading->text();
}

QString MeetingOverlay::body() const
{
    return m_body->text();
}

QStringList MeetingOverlay::evidenceNames() const
{
    QStringList names;
    for (int i = 0; i < m_evidence->count(); ++i)
        names.append(m_evidence->item(i)->text());
    return names;
}

QString MeetingOverlay::exportEvidence(const QString &sha256)
{
    auto file = m_workspace->progress().evidenceFile(sha256);
    auto data = m_workspace->progress().evidenceData(sha256);
    if (!file || !data)
        return {};
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QFileInfo(file->name).fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size())
        return {};
    return path;
}

} // namespace cp::ui
