// TableExport::tables: the tasks, targets, readings and dispatch scores of a workspace as rows.
#include "LedgerData.h"
#include "RegionNames.h"
#include "TableExport.h"
#include "domain/Format.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace cp {

namespace {

using Kind = ExportColumn::Kind;

constexpr ScorePart kParts[] = {ScorePart::Base,
                                ScorePart::Progress,
                                ScorePart::Completion,
                                ScorePart::CompletedProgress,
                                ScorePart::Commendation,
                                ScorePart::Criticism,
                                ScorePart::AdoptedSuggestion,
                                ScorePart::Seminar,
                                ScorePart::Exchange,
                                ScorePart::LateReport,
                                ScorePart::InaccurateReport};

ExportCell text(const QString &text)
{
    return {text, std::nullopt};
}

ExportCell number(std::optional<double> value)
{
    return {QString(), value};
}

// Excel's serial date (days since 1899-12-30) of the local time, with the text CSV shows.
ExportCell dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const double days = double(QDate(1899, 12, 30).daysTo(local.date())) +
                        local.time().msecsSinceStartOfDay() / 86400000.0;
    return {local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), days};
}

ExportTable
tasksTable(std::shared_ptr<const QList<std::pair<const LedgerDocument *, const LedgerRow *>>> rows,
           std::shared_ptr<const QList<LedgerDocument>> ledger)
{
    ExportTable t;
    t.name = TableExport::tr("Tasks");
    t.title = TableExport::tr("Tasks");
    t.columns = {{TableExport::tr("Region"), 10},
                 {TableExport::tr("Document"), 30},
                 {TableExport::tr("Section"), 24},
                 {TableExport::tr("No."), 10},
                 {TableExport::tr("Task"), 60},
                 {TableExport::tr("Lead units"), 20},
                 {TableExport::tr("Cooperating units"), 24},
                 {TableExport::tr("Targets"), 30},
                 {TableExport::tr("Latest progress"), 40},
                 {TableExport::tr("Status"), 12},
                 {TableExport::tr("Deadline"), 12},
                 {TableExport::tr("Task id"), 8, Kind::Integer}};
    t.rowCount = rows->size();
    t.fill = [rows, ledger](qint64 i, QList<ExportCell> &c) {
        const auto &[doc, row] = rows->at(i);
        c = {text(doc->region),      text(doc->document.title), text(row->section),
             text(row->number),      text(row->task),           text(row->leads),
             text(row->cooperating), text(row->targets),        text(row->progress),
             text(row->status),      text(row->deadline),       number(double(row->taskId))};
    };
    return t;
}

Result<ExportTable> tasks(const Workspace &ws, Id documentId, std::optional<Month> month)
{
    auto ledger = LedgerData::load(ws, documentId, month);
    if (!ledger)
        return ledger.error();
    auto shared = std::make_shared<const QList<LedgerDocument>>(*std::move(ledger));
    auto rows = std::make_shared<QList<std::pair<const LedgerDocument *, const LedgerRow *>>>();
    for (const LedgerDocument &d : *shared) {
        for (const LedgerRow &r : d.rows) {
            if (r.heading.isEmpty())
                rows->append({&d, &r});
        }
    }
    return tasksTable(rows, shared);
}

// What the metrics and readings tables read besides the rows themselves.
struct MetricContext
{
    QHash<Id, Metric> metrics;
    QHash<Id, int> taskOrder; // task → its place in the workspace's document order
    QHash<Id, QString> taskPaths;
    QHash<Id, QString> documentOfTask;
    QHash<Id, QString> regionOfTask;
    QHash<Id, Id> documentIdOfTask;
    QHash<Id, QString> departments;
};

Result<std::shared_ptr<MetricContext>> metricContext(const Workspace &ws)
{
    auto regions = ws.regions().all();
    auto departments = ws.departments().all();
    auto documents = ws.documents().list();
    auto tasks = ws.tasks().all();
    auto metrics = ws.metrics().all();
    for (const Status &s : {toStatus(regions), toStatus(departments), toStatus(documents),
                            toStatus(tasks), toStatus(metrics)}) {
        if (!s)
            return s.error();
    }
    auto c = std::make_shared<MetricContext>();
    const RegionNames names(*regions);
    QHash<Id, const Document *> docs;
    for (const Document &d : *documents)
        docs.insert(d.id, &d);
    for (const Department &d : *departments)
        c->departments.insert(d.id, d.name);
    int order = 0;
    for (const Task &t : *tasks) {
        const Document *d = docs.value(t.documentId);
        c->taskOrder.insert(t.id, order++);
        c->taskPaths.insert(t.id, t.path.isEmpty() ? t.number : t.path);
        c->documentOfTask.insert(t.id, d ? d->title : QString());
        c->regionOfTask.insert(t.id, d ? names.reference(d->regionId) : QString());
        c->documentIdOfTask.insert(t.id, t.documentId);
    }
    for (const Metric &m : *metrics)
        c->metrics.insert(m.id, m);
    return c;
}

Result<ExportTable> metrics(const Workspace &ws, Id documentId)
{
    auto context = metricContext(ws);
    auto readings = ws.progress().allReadings();
    if (!context || !readings)
        return !context ? context.error() : readings.error();
    auto c = *context;
    auto latest = std::make_shared<const QHash<Id, Reading>>(LedgerData::latestReadings(*readings));
    auto rows = std::make_shared<QList<Metric>>();
    for (const Metric &m : std::as_const(c->metrics)) {
        if (!documentId || c->documentIdOfTask.value(m.taskId) == documentId)
            rows->append(m);
    }
    std::sort(rows->begin(), rows->end(), [&c](const Metric &a, const Metric &b) {
        return std::pair(c->taskOrder.value(a.taskId), a.position) <
               std::pair(c->taskOrder.value(b.taskId), b.position);
    });
    ExportTable t;
    t.name = t.title = TableExport::tr("Targets");
    t.columns = {{TableExport::tr("Region"), 10},
                 {TableExport::tr("Document"), 30},
                 {TableExport::tr("Task no."), 10},
                 {TableExport::tr("Target"), 30},
                 {TableExport::tr("Goal"), 20},
                 {TableExport::tr("Comparator"), 8},
                 {TableExport::tr("Target value"), 14, Kind::Quantity},
                 {TableExport::tr("Upper value"), 12, Kind::Quantity},
                 {TableExport::tr("Unit"), 8},
                 {TableExport::tr("Baseline"), 12, Kind::Quantity},
                 {TableExport::tr("Kind"), 12},
                 {TableExport::tr("Period"), 8},
                 {TableExport::tr("Latest value"), 14, Kind::Quantity},
                 {TableExport::tr("Latest period"), 10},
                 {TableExport::tr("Target id"), 8, Kind::Integer}};
    t.rowCount = rows->size();
    t.fill = [rows, c, latest](qint64 i, QList<ExportCell> &cells) {
        const Metric &m = rows->at(i);
        const auto r = latest->constFind(m.id);
        const bool read = r != latest->constEnd();
        cells = {text(c->regionOfTask.value(m.taskId)),
                 text(c->documentOfTask.value(m.taskId)),
                 text(c->taskPaths.value(m.taskId)),
                 text(m.label),
                 text(formatTarget(m)),
                 text(comparatorSymbol(m.comparator)),
                 number(m.value),
                 number(m.valueMax),
                 text(m.unit),
                 number(m.baseline),
                 text(displayName(m.kind)),
                 text(m.period),
                 number(read ? std::optional(r->value) : std::nullopt),
                 text(read ? r->period : QString()),
                 number(double(m.id))};
    };
    return t;
}

Result<ExportTable> readings(const Workspace &ws, Id documentId, std::optional<Month> month)
{
    auto context = metricContext(ws);
    auto all = ws.progress().allReadings();
    if (!context || !all)
        return !context ? context.error() : all.error();
    auto c = *context;
    auto rows = std::make_shared<QList<Reading>>();
    rows->reserve(all->size());
    for (Reading &r : *all) {
        const Id task = c->metrics.value(r.metricId).taskId;
        if ((documentId && c->documentIdOfTask.value(task) != documentId) ||
            (month && r.period != month->toString()))
            continue;
        r.evidence.clear();
        rows->append(std::move(r));
    }
    const auto order = [&c](const Reading &r) {
        const Metric &m = c->metrics.value(r.metricId);
        return std::tuple(c->taskOrder.value(m.taskId), m.position, m.id);
    };
    std::stable_sort(rows->begin(), rows->end(), [&order](const Reading &a, const Reading &b) {
        return std::pair(order(a), a.period) < std::pair(order(b), b.period);
    });
    ExportTable t;
    t.name = t.title = TableExport::tr("Readings");
    t.columns = {{TableExport::tr("Region"), 10},
                 {TableExport::tr("Document"), 30},
                 {TableExport::tr("Task no."), 10},
                 {TableExport::tr("Target"), 30},
                 {TableExport::tr("Unit"), 8},
                 {TableExport::tr("Target value"), 14, Kind::Quantity},
                 {TableExport::tr("Period"), 9},
                 {TableExport::tr("Value"), 14, Kind::Quantity},
                 {TableExport::tr("Note"), 30},
                 {TableExport::tr("Department"), 16},
                 {TableExport::tr("Recorded at"), 17, Kind::DateTime}};
    t.rowCount = rows->size();
    t.fill = [rows, c](qint64 i, QList<ExportCell> &cells) {
        const Reading &r = rows->at(i);
        const auto m = c->metrics.constFind(r.metricId);
        const Id task = m->taskId;
        cells = {text(c->regionOfTask.value(task)),
                 text(c->documentOfTask.value(task)),
                 text(c->taskPaths.value(task)),
                 text(m->label),
                 text(m->unit),
                 number(m->value),
                 text(r.period),
                 number(r.value),
                 text(r.note),
                 text(c->departments.value(r.departmentId)),
                 dateTime(r.recordedAt)};
    };
    return t;
}

// The months a report was given for, oldest first.
Result<QList<Month>> reportedMonths(const Workspace &ws)
{
    auto reports = ws.progress().allReports();
    if (!reports)
        return reports.error();
    QSet<int> seen;
    for (const TaskReport &r : *reports) {
        if (const auto month = Month::parse(r.period))
            seen.insert(month->index());
    }
    QList<int> indexes(seen.begin(), seen.end());
    std::sort(indexes.begin(), indexes.end());
    QList<Month> months;
    for (int i : indexes)
        months.append(Month::fromIndex(i));
    return months;
}

ExportTable scoresTable(std::shared_ptr<const QList<DepartmentScore>> rows,
                        std::shared_ptr<const RegionNames> names, std::optional<Month> month)
{
    const QString shown = month ? month->toString() : QString();
    ExportTable t;
    t.name = month ? shown : TableExport::tr("Scores");
    t.title = TableExport::tr("Dispatch scores, %1").arg(shown);
    t.columns = {{TableExport::tr("Month"), 9},
                 {TableExport::tr("Region"), 12},
                 {TableExport::tr("Rank"), 6, Kind::Integer},
                 {TableExport::tr("Department"), 22},
                 {TableExport::tr("Score"), 9, Kind::Points},
                 {TableExport::tr("Annual tasks"), 9, Kind::Integer},
                 {TableExport::tr("Late"), 6}};
    for (ScorePart part : kParts)
        t.columns.append({DispatchScoring::partName(part), 11, Kind::Points});
    t.rowCount = rows->size();
    t.fill = [rows, names, shown](qint64 i, QList<ExportCell> &cells) {
        const DepartmentScore &s = rows->at(i);
        cells = {text(shown),
                 text(names->reference(s.regionId)),
                 number(s.rank),
                 text(s.department),
                 number(s.score),
                 number(s.annualTasks),
                 text(s.late ? TableExport::tr("yes") : QString())};
        for (ScorePart part : kParts)
            cells.append(number(s.component(part).points));
    };
    return t;
}

Result<QList<ExportTable>> scores(const Workspace &ws, std::optional<Month> month,
                                  const QDateTime &now)
{
    auto regions = ws.regions().all();
    if (!regions)
        return regions.error();
    const auto names = std::make_shared<const RegionNames>(*regions);
    auto months = month ? Result<QList<Month>>(QList<Month>{*month}) : reportedMonths(ws);
    if (!months)
        return months.error();
    QList<ExportTable> tables;
    if (months->isEmpty()) { // still a header, and a title that says why there are no rows
        ExportTable t =
            scoresTable(std::make_shared<const QList<DepartmentScore>>(), names, std::nullopt);
        t.title = TableExport::tr("Dispatch scores: no month has reports");
        return QList<ExportTable>{t};
    }
    for (Month m : *months) {
        auto computed = DispatchScoring::compute(ws, m, 0, now);
        if (!computed)
            return computed.error();
        tables.append(scoresTable(
            std::make_shared<const QList<DepartmentScore>>(*std::move(computed)), names, m));
    }
    return tables;
}

} // namespace

Result<QList<ExportTable>> TableExport::tables(const Workspace &ws, const ExportRequest &request)
{
    switch (request.content) {
    case ExportContent::Ledger:
    case ExportContent::Tasks:
        if (auto t = tasks(ws, request.documentId, request.month))
            return QList<ExportTable>{*std::move(t)};
        else
            return t.error();
    case ExportContent::Metrics:
        if (auto t = metrics(ws, request.documentId))
            return QList<ExportTable>{*std::move(t)};
        else
            return t.error();
    case ExportContent::Readings:
        if (auto t = readings(ws, request.documentId, request.month))
            return QList<ExportTable>{*std::move(t)};
        else
            return t.error();
    case ExportContent::Scores:
        return scores(ws, request.month, request.now);
    }
    return QList<ExportTable>{};
}

} // namespace cp
