// The ledger's rows: tasks under their section headings, with units, targets and latest progress.
#include "LedgerData.h"

#include "RegionNames.h"
#include "domain/Format.h"
#include "progress/ProgressSnapshot.h"
#include "storage/Workspace.h"

#include <QLocale>

#include <limits>

namespace cp {

namespace {

// Orders periods: "2023" (the whole year, counted at December) before "2023-12"; 0 for others.
qint64 periodKey(const QString &period)
{
    if (const auto month = Month::parse(period))
        return qint64(month->index()) * 2 + 1;
    bool ok = false;
    const int year = period.toInt(&ok);
    return ok ? qint64(Month(year, 12).index()) * 2 : 0;
}

QString heading(const Section &s)
{
    return s.number.isEmpty() || s.title.startsWith(s.number) ? s.title : s.number + s.title;
}

// The chain of sections from the document's top level down to sectionId.
QList<Id> sectionChain(Id sectionId, const QHash<Id, Section> &sections)
{
    QList<Id> chain;
    for (Id id = sectionId; id && sections.contains(id) && chain.size() < 32;
         id = sections.value(id).parentId)
        chain.prepend(id);
    return chain;
}

struct Lookups
{
    QHash<Id, QString> departments;
    QHash<Id, QList<TaskReport>> latestReports; // task → its reports of the latest month reported
    QHash<Id, Reading> latestReadings;          // metric → its latest reading
    QHash<Id, TaskAssessment> taskStates;       // task → where it stands as of the month
};

QString statusText(const Task &task, const Lookups &l)
{
    const auto state = l.taskStates.constFind(task.id);
    if (state == l.taskStates.constEnd())
        return displayName(task.status);
    QString text = ProgressStatus::name(state->state);
    if (state->overdue)
        text += QLatin1Char('\n') + LedgerData::tr("overdue");
    return text;
}

QString progressText(const Task &task, const QList<Metric> &metrics, const Lookups &l)
{
    QStringList lines;
    QList<TaskReport> reports = l.latestReports.value(task.id);
    // Lead units' reports first, in the task's order of units.
    std::stable_sort(
        reports.begin(), reports.end(), [&task](const TaskReport &a, const TaskReport &b) {
            const auto rank = [&task](Id department) {
                for (qsizetype i = 0; i < task.departments.size(); ++i) {
                    if (task.departments.at(i).departmentId == department)
                        return (task.departments.at(i).role == Role::Lead ? 0 : 1000) + int(i);
                }
                return 10000;
            };
            return rank(a.departmentId) < rank(b.departmentId);
        });
    for (const TaskReport &r : reports) {
        QString line =
            LedgerData::tr("%1 %2 %3")
                .arg(r.period, l.departments.value(r.departmentId), displayName(r.status));
        if (!r.narrative.isEmpty())
            line = LedgerData::tr("%1: %2").arg(line, r.narrative);
        lines.append(line);
    }
    for (const Metric &m : metrics) {
        const auto reading = l.latestReadings.constFind(m.id);
        if (reading != l.latestReadings.constEnd())
            lines.append(
                LedgerData::tr("%1 %2 (%3)")
                    .arg(m.label, formatQuantity(reading->value, m.unit), reading->period));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QHash<Id, Reading> LedgerData::latestReadings(const QList<Reading> &readings)
{
    QHash<Id, Reading> latest;
    for (const Reading &r : readings) {
        auto it = latest.find(r.metricId);
        if (it == latest.end())
            latest.insert(r.metricId, r);
        else if (const qint64 a = periodKey(r.period), b = periodKey(it->period);
                 a > b || (a == b && r.recordedAt > it->recordedAt))
            *it = r;
    }
    return latest;
}

Result<QList<LedgerDocument>> LedgerData::load(const Workspace &ws, Id documentId,
                                               std::optional<Month> asOf)
{
    auto regions = ws.regions().all();
    auto departments = ws.departments().all();
    auto documents = ws.documents().list();
    auto reports = ws.progress().allReports();
    auto readings = ws.progress().allReadings();
    auto latestMonth = ws.progress().latestMonth();
    for (const Status &s : {toStatus(regions), toStatus(departments), toStatus(documents),
                            toStatus(reports), toStatus(readings), toStatus(latestMonth)}) {
        if (!s)
            return s.error();
    }
    if (!asOf)
        asOf = *latestMonth;
    // Nothing after the month counts; with no month, nothing was reported and all is shown.
    const qint64 limit = asOf ? periodKey(asOf->toString()) : std::numeric_limits<qint64>::max();
    const RegionNames regionNames(*regions);
    Lookups l;
    for (const Department &d : *departments)
        l.departments.insert(d.id, d.name);
    for (const TaskReport &r : *reports) {
        const qint64 key = periodKey(r.period);
        if (key > limit)
            continue;
        QList<TaskReport> &latest = l.latestReports[r.taskId];
        if (!latest.isEmpty() && periodKey(latest.constFirst().period) > key)
            continue;
        if (!latest.isEmpty() && periodKey(latest.constFirst().period) < key)
            latest.clear();
        latest.append(r);
    }
    QList<Reading> upToMonth;
    for (const Reading &r : *readings) {
        if (periodKey(r.period) <= limit)
            upToMonth.append(r);
    }
    l.latestReadings = latestReadings(upToMonth);
    if (asOf) {
        Id regionId = 0; // one document: only its region's tracks
        for (const Document &d : *documents) {
            if (documentId && d.id == documentId)
                regionId = d.regionId;
        }
        auto snapshot = ProgressSnapshot::load(ws, *asOf, regionId);
        if (!snapshot)
            return snapshot.error();
        l.taskStates = snapshot->taskStates();
    }

    QList<LedgerDocument> ledger;
    for (const Document &d : *documents) {
        if (documentId && d.id != documentId)
            continue;
        auto sectionList = ws.documents().sections(d.id);
        auto tasks = ws.tasks().forDocument(d.id);
        auto metrics = ws.metrics().forDocument(d.id);
        for (const Status &s : {toStatus(sectionList), toStatus(tasks), toStatus(metrics)}) {
            if (!s)
                return s.error();
        }
        QHash<Id, Section> sections;
        for (const Section &s : *sectionList)
            sections.insert(s.id, s);
        QHash<Id, QList<Metric>> metricsOfTask;
        for (const Metric &m : *metrics)
            metricsOfTask[m.taskId].append(m);

        LedgerDocument doc{d, regionNames.reference(d.regionId), {}, int(tasks->size()), asOf};
        QList<Id> shownChain; // the headings above the rows written so far
        for (const Task &t : *tasks) {
            const QList<Id> chain = sectionChain(t.sectionId, sections);
            qsizetype same = 0;
            while (same < chain.size() && same < shownChain.size() &&
                   chain.at(same) == shownChain.at(same))
                ++same;
            for (qsizetype i = same; i < chain.size(); ++i) {
                LedgerRow headingRow;
                headingRow.heading = heading(sections.value(chain.at(i)));
                doc.rows.append(std::move(headingRow));
            }
            shownChain = chain;

            LedgerRow row;
            row.taskId = t.id;
            row.section = chain.isEmpty() ? QString() : heading(sections.value(chain.constLast()));
            row.number = t.path.isEmpty() ? t.number : t.path;
            row.ownNumber = t.number;
            row.task = t.text.isEmpty() ? t.title : t.text;
            QStringList leads, cooperating;
            for (const TaskDepartment &td : t.departments)
                (td.role == Role::Lead ? leads : cooperating)
                    .append(l.departments.value(td.departmentId));
            row.leads = leads.join(QStringLiteral("、"));
            row.cooperating = cooperating.join(QStringLiteral("、"));
            const QList<Metric> taskMetrics = metricsOfTask.value(t.id);
            QStringList targets;
            for (const Metric &m : taskMetrics)
                targets.append(QStringLiteral("%1 %2").arg(m.label, formatTarget(m)));
            row.targets = targets.join(QLatin1Char('\n'));
            row.progress = progressText(t, taskMetrics, l);
            row.status = statusText(t, l);
            row.deadline = t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QString();
            doc.rows.append(std::move(row));
        }
        ledger.append(std::move(doc));
    }
    return ledger;
}

} // namespace cp
