#include "DepartmentReport.h"

#include "domain/Enums.h"
#include "domain/Format.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cp {

namespace {

struct EvidenceUse
{
    QString sha256;
    QString period;
    QString subject; // the task or target it was sent with
};

} // namespace

QStringList DepartmentReport::taskColumnTitles()
{
    return {tr("No."),           tr("Task"),    tr("Role"), tr("Reported status"),
            tr("Latest report"), tr("Evidence")};
}

QStringList DepartmentReport::targetColumnTitles()
{
    return {tr("Task"), tr("Target"), tr("Goal"), tr("Monthly values"), tr("Latest")};
}

QStringList DepartmentReport::evidenceColumnTitles()
{
    return {tr("File"), tr("Size"), tr("Month"), tr("Sent with")};
}

Result<ReportDocument> DepartmentReport::content(const Workspace &ws, Id departmentId,
                                                 const ReportOptions &options)
{
    auto department = ws.departments().get(departmentId);
    if (!department)
        return department.error();
    auto region = ws.regions().get(department->regionId);
    auto taskIds = ws.tasks().tasksOfDepartment(departmentId, false);
    auto latest = ws.progress().latestMonth();
    auto files = ws.progress().evidenceFiles();
    if (!region || !taskIds || !latest || !files)
        return !region    ? region.error()
               : !taskIds ? taskIds.error()
               : !latest  ? latest.error()
                          : files.error();
    const std::optional<Month> asOf = options.month ? options.month : *latest;
    const QLocale locale;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();

    ReportDocument report;
    report.title = tr("Department report: %1").arg(department->name);
    report.blocks.append({ReportBlock::Kind::Title, department->name, {}, {}});
    QString subtitle = tr("Region: %1").arg(region->name) + QStringLiteral("    ");
    subtitle +=
        asOf ? tr("Progress as of %1").arg(asOf->toString()) : tr("No progress reported yet");
    subtitle += QStringLiteral("    ") +
                tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat));
    report.blocks.append({ReportBlock::Kind::Subtitle, subtitle, {}, {}});

    // Tasks in document order, with the department's role and its latest report up to the month.
    QList<Task> tasks;
    for (Id id : std::as_const(*taskIds)) {
        auto task = ws.tasks().get(id);
        if (!task)
            return task.error();
        tasks.append(*task);
    }
    std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        return std::pair(a.documentId, a.position) < std::pair(b.documentId, b.position);
    });
    if (tasks.isEmpty()) {
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("This department has no tasks: there is nothing to report."),
                              {},
                              {}});
        return report;
    }
    QHash<QString, EvidenceFile> fileOf;
    for (const EvidenceFile &f : std::as_const(*files))
        fileOf.insert(f.sha256, f);
    QList<EvidenceUse> evidence;

    ReportBlock taskTable{ReportBlock::Kind::Table, {}, {}, {}};
    const QStringList taskTitles = taskColumnTitles();
    const double taskWeights[] = {0.5, 4.2, 1.1, 1.2, 3.5, 1.5};
    for (int c = 0; c < taskTitles.size(); ++c)
        taskTable.columns.append(
            {taskTitles.at(c), taskWeights[c], c == 0 ? Qt::AlignRight : Qt::AlignLeft});
    QList<Id> ledTasks;
    int number = 0;
    for (const Task &task : std::as_const(tasks)) {
        const auto role = std::find_if(
            task.departments.begin(), task.departments.end(),
            [departmentId](const TaskDepartment &d) { return d.departmentId == departmentId; });
        const bool lead = role != task.departments.end() && role->role == Role::Lead;
        if (lead)
            ledTasks.append(task.id);
        auto reports = ws.progress().reportsForTask(task.id);
        if (!reports)
            return reports.error();
        const TaskReport *last = nullptr;
        for (const TaskReport &r : std::as_const(*reports)) {
            if (r.departmentId != departmentId || (asOf && r.period > asOf->toString()))
                continue;
            if (!last || r.period > last->period)
                last = &r;
            for (const QString &sha : r.evidence)
                evidence.append({sha, r.period, task.title});
        }
        QStringList names;
        if (last)
            for (const QString &sha : last->evidence)
                names.append(fileOf.value(sha).name);
        taskTable.rows.append(
            {{QString::number(++number), QStringLiteral("%1 %2").arg(task.path, task.title),
              lead ? tr("Lead") : tr("Cooperating"),
              last ? displayName(last->status) : tr("Not reported"),
              last ? QStringLiteral("%1: %2").arg(last->period, last->narrative) : QString(),
              names.join(QLatin1Char('\n'))},
             false});
    }
    report.blocks.append({ReportBlock::Kind::Heading, tr("Tasks (%1)").arg(tasks.size()), {}, {}});
    report.blocks.append(taskTable);

    // The targets of the tasks it leads, month by month.
    ReportBlock targetTable{ReportBlock::Kind::Table, {}, {}, {}};
    const QStringList targetTitles = targetColumnTitles();
    const double targetWeights[] = {2.5, 1.8, 1.5, 4.5, 1.2};
    for (int c = 0; c < targetTitles.size(); ++c)
        targetTable.columns.append({targetTitles.at(c), targetWeights[c], Qt::AlignLeft});
    for (Id taskId : std::as_const(ledTasks)) {
        const Task &task = *std::find_if(tasks.begin(), tasks.end(),
                                         [taskId](const Task &t) { return t.id == taskId; });
        auto metrics = ws.metrics().forTask(taskId);
        if (!metrics)
            return metrics.error();
        for (const Metric &m : std::as_const(*metrics)) {
            auto readings = ws.progress().readingsForMetric(m.id);
            if (!readings)
                return readings.error();
            QList<Reading> shown;
            for (const Reading &r : std::as_const(*readings))
                if (!asOf || r.period <= asOf->toString())
                    shown.append(r);
            std::sort(shown.begin(), shown.end(),
                      [](const Reading &a, const Reading &b) { return a.period < b.period; });
            QStringList values;
            for (const Reading &r : std::as_const(shown)) {
                values.append(QStringLiteral("%1: %2").arg(
                    r.period, formatQuantity(r.value, m.unit, locale)));
                for (const QString &sha : r.evidence)
                    evidence.append({sha, r.period, m.label});
            }
            targetTable.rows.append(
                {{QStringLiteral("%1 %2").arg(task.path, task.title), m.label,
                  formatTarget(m, locale),
                  values.isEmpty() ? tr("Not reported") : values.join(QStringLiteral("；")),
                  shown.isEmpty() ? QString() : formatQuantity(shown.last().value, m.unit, locale)},
                 false});
        }
    }
    report.blocks.append({ReportBlock::Kind::Heading,
                          tr("Targets of the tasks it leads (%1)").arg(targetTable.rows.size()),
                          {},
                          {}});
    if (targetTable.rows.isEmpty())
        report.blocks.append(
            {ReportBlock::Kind::Paragraph, tr("The tasks it leads have no targets."), {}, {}});
    else
        report.blocks.append(targetTable);

    // Every evidence file it sent, once per file and month.
    std::sort(evidence.begin(), evidence.end(), [](const EvidenceUse &a, const EvidenceUse &b) {
        return std::pair(a.period, a.subject) < std::pair(b.period, b.subject);
    });
    ReportBlock evidenceTable{ReportBlock::Kind::Table, {}, {}, {}};
    const QStringList evidenceTitles = evidenceColumnTitles();
    const double evidenceWeights[] = {3, 1, 1, 5};
    for (int c = 0; c < evidenceTitles.size(); ++c)
        evidenceTable.columns.append(
            {evidenceTitles.at(c), evidenceWeights[c], c == 1 ? Qt::AlignRight : Qt::AlignLeft});
    QSet<QString> listed;
    for (const EvidenceUse &e : std::as_const(evidence)) {
        if (listed.contains(e.sha256 + e.period))
            continue;
        listed.insert(e.sha256 + e.period);
        const EvidenceFile f = fileOf.value(e.sha256);
        evidenceTable.rows.append(
            {{f.name, locale.formattedDataSize(f.bytes), e.period, e.subject}, false});
    }
    report.blocks.append(
        {ReportBlock::Kind::Heading, tr("Evidence (%1)").arg(evidenceTable.rows.size()), {}, {}});
    if (evidenceTable.rows.isEmpty())
        report.blocks.append({ReportBlock::Kind::Paragraph, tr("No evidence was sent."), {}, {}});
    else
        report.blocks.append(evidenceTable);
    return report;
}

Result<ReportLayout> DepartmentReport::build(const Workspace &workspace, Id departmentId,
                                             const ReportOptions &options)
{
    auto document = content(workspace, departmentId, options);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
