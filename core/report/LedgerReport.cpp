#include "LedgerReport.h"

#include "domain/Format.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"

#include <QLocale>

namespace cp {

namespace {

// What the ledger reads besides the tasks: each task's latest reports and state, each metric's
// latest reading, as of one month.
struct Progress
{
    QHash<Id, QList<TaskReport>> latestReports; // task → its reports of the latest month reported
    QHash<Id, TaskAssessment> taskStates;
    QHash<Id, std::pair<Month, double>> latestReading; // metric → month and value
};

Result<Progress> readProgress(const Workspace &ws, const Document &doc, Month asOf)
{
    Progress progress;
    auto rules = DispatchRules::load(ws);
    auto metricTracks = ws.progress().metricTracks(asOf, doc.regionId);
    auto taskTracks = ws.progress().taskTracks(asOf, doc.regionId);
    auto reports = ws.progress().allReports();
    if (!rules || !metricTracks || !taskTracks || !reports)
        return !rules          ? rules.error()
               : !metricTracks ? metricTracks.error()
               : !taskTracks   ? taskTracks.error()
                               : reports.error();

    QHash<Id, QList<MetricAssessment>> byTask;
    for (const MetricTrack &t : std::as_const(*metricTracks)) {
        if (t.documentId != doc.id)
            continue;
        byTask[t.metric.taskId].append(ProgressStatus::assess(t, asOf, *rules));
        if (!t.readings.isEmpty())
            progress.latestReading.insert(t.metric.id, {t.readings.lastKey(), t.readings.last()});
    }
    for (const TaskTrack &t : std::as_const(*taskTracks)) {
        if (t.documentId == doc.id)
            progress.taskStates.insert(t.taskId,
                                       ProgressStatus::assess(t, byTask.value(t.taskId), asOf));
    }
    const QString last = asOf.toString();
    for (const TaskReport &r : std::as_const(*reports)) {
        if (r.period > last || !progress.taskStates.contains(r.taskId))
            continue;
        QList<TaskReport> &latest = progress.latestReports[r.taskId];
        if (!latest.isEmpty() && latest.first().period < r.period)
            latest.clear();
        if (latest.isEmpty() || latest.first().period == r.period)
            latest.append(r);
    }
    return progress;
}

QString joined(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

} // namespace

QStringList LedgerReport::columnTitles()
{
    return {tr("No."),       tr("Task"),
            tr("Lead unit"), tr("Cooperating units"),
            tr("Targets"),   tr("Latest progress"),
            tr("Status")};
}

Result<ReportDocument> LedgerReport::content(const Workspace &ws, Id documentId,
                                             const ReportOptions &options)
{
    auto doc = ws.documents().header(documentId);
    if (!doc)
        return doc.error();
    auto tasks = ws.tasks().forDocument(documentId);
    auto sections = ws.documents().sections(documentId);
    auto metrics = ws.metrics().forDocument(documentId);
    auto departments = ws.departments().all();
    auto latest = ws.progress().latestMonth();
    if (!tasks || !sections || !metrics || !departments || !latest)
        return !tasks         ? tasks.error()
               : !sections    ? sections.error()
               : !metrics     ? metrics.error()
               : !departments ? departments.error()
                              : latest.error();
    const std::optional<Month> asOf = options.month ? options.month : *latest;
    Progress progress;
    if (asOf) {
        auto read = readProgress(ws, *doc, *asOf);
        if (!read)
            return read.error();
        progress = std::move(*read);
    }

    QHash<Id, QString> departmentName;
    for (const Department &d : std::as_const(*departments))
        departmentName.insert(d.id, d.name);
    QHash<Id, Section> sectionById;
    for (const Section &s : std::as_const(*sections))
        sectionById.insert(s.id, s);
    QHash<Id, QList<Metric>> metricsOf;
    for (const Metric &m : std::as_const(*metrics))
        metricsOf[m.taskId].append(m);

    const QLocale locale;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    ReportDocument report;
    report.title = tr("Ledger of key tasks: %1").arg(doc->title);
    report.blocks.append({ReportBlock::Kind::Title, doc->title, {}, {}});
    report.blocks.append({ReportBlock::Kind::Title, tr("Ledger of key tasks"), {}, {}});
    QStringList facts;
    if (!doc->docNumber.isEmpty())
        facts.append(tr("Document number: %1").arg(doc->docNumber));
    if (!doc->issuer.isEmpty())
        facts.append(tr("Issued by: %1").arg(doc->issuer));
    if (doc->year > 0)
        facts.append(tr("Year: %1").arg(doc->year));
    report.blocks.append({ReportBlock::Kind::Subtitle, facts.join(QStringLiteral("    ")), {}, {}});
    report.blocks.append(
        {ReportBlock::Kind::Subtitle,
         (asOf ? tr("Progress as of %1").arg(asOf->toString()) : tr("No progress reported yet")) +
             QStringLiteral("    ") +
             tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat)),
         {},
         {}});

    if (tasks->isEmpty()) {
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("This document has no tasks: there is nothing to list."),
                              {},
                              {}});
        return report;
    }

    ReportBlock table{ReportBlock::Kind::Table, {}, {}, {}};
    const QStringList titles = columnTitles();
    const QList<double> weights{4, 30, 10, 12, 14, 20, 7};
    for (qsizetype c = 0; c < titles.size(); ++c)
        table.columns.append(
            {titles.at(c), weights.at(c), c == 0 || c == 6 ? Qt::AlignHCenter : Qt::AlignLeft});

    // Section rows: every heading from the document's root down to the task's own section, once.
    QList<Id> openSections;
    int sequence = 0;
    for (const Task &task : std::as_const(*tasks)) {
        QList<Id> chain;
        for (Id s = task.sectionId; s && sectionById.contains(s); s = sectionById.value(s).parentId)
            chain.prepend(s);
        qsizetype common = 0;
        while (common < chain.size() && common < openSections.size() &&
               chain.at(common) == openSections.at(common))
            ++common;
        for (qsizetype i = common; i < chain.size(); ++i) {
            const Section &s = sectionById.value(chain.at(i));
            table.rows.append({{s.number + s.title}, true});
        }
        openSections = chain;

        QStringList leads, cooperating;
        for (const TaskDepartment &td : task.departments)
            (td.role == Role::Lead ? leads : cooperating)
                .append(departmentName.value(td.departmentId));
        QStringList targets, readings;
        for (const Metric &m : metricsOf.value(task.id)) {
            targets.append(m.label + QLatin1Char(' ') + formatTarget(m, locale));
            if (progress.latestReading.contains(m.id)) {
                const auto [month, value] = progress.latestReading.value(m.id);
                readings.append(
                    tr("%1: %2 (%3)")
                        .arg(m.label, formatQuantity(value, m.unit, locale), month.toString()));
            }
        }
        QStringList latestProgress;
        for (const TaskReport &r : progress.latestReports.value(task.id)) {
            latestProgress.append(
                tr("%1 %2: %3")
                    .arg(r.period, departmentName.value(r.departmentId), displayName(r.status)));
            if (!r.narrative.isEmpty())
                latestProgress.append(r.narrative);
        }
        latestProgress += readings;

        QString status = displayName(task.status);
        if (progress.taskStates.contains(task.id)) {
            const TaskAssessment a = progress.taskStates.value(task.id);
            status = ProgressStatus::name(a.state);
            if (a.overdue)
                status += QLatin1Char('\n') + tr("overdue");
        }
        table.rows.append(
            {{locale.toString(++sequence), task.number + task.text, leads.join(QLatin1Char('\n')),
              joined(cooperating), targets.join(QLatin1Char('\n')),
              latestProgress.isEmpty() ? tr("Not reported")
                                       : latestProgress.join(QLatin1Char('\n')),
              status},
             false});
    }
    report.blocks.append(table);
    return report;
}

Result<ReportLayout> LedgerReport::build(const Workspace &workspace, Id documentId,
                                         const ReportOptions &options)
{
    auto document = content(workspace, documentId, options);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
