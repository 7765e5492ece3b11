#include "ChartData.h"

#include "ChartTheme.h"

#include "domain/Format.h"
#include "storage/Workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cp::ui {

namespace {

// The share of the way to the target a value stands at, in percent: from the baseline (else 0) up
// to a ≥ target, from a higher baseline down to a ≤ target, and as a share of a cap or a rate.
double shareOf(const Metric &m, double value)
{
    const double target = m.value;
    if (m.kind == MetricKind::Absolute && m.baseline) {
        const double base = *m.baseline;
        if (m.comparator != Comparator::AtMost && base < target)
            return (value - base) / (target - base) * 100.0;
        if (m.comparator == Comparator::AtMost && base > target)
            return (base - value) / (base - target) * 100.0;
    }
    if (target == 0)
        return m.comparator == Comparator::AtMost ? (value <= 0 ? 100.0 : 200.0) : (value > 0 ? 100.0 : 0.0);
    return value / target * 100.0;
}

// Labels of bar categories must differ: a repeated label gets its task's number, then invisible
// spaces.
void makeUnique(QList<ProgressBar> &bars, const QHash<Id, QString> &taskNumbers)
{
    QHash<QString, int> seen;
    for (const ProgressBar &b : bars)
        ++seen[b.label];
    QSet<QString> used;
    for (ProgressBar &b : bars) {
        if (seen.value(b.label) > 1 && !taskNumbers.value(b.taskId).isEmpty())
            b.label = QStringLiteral("%1 %2").arg(taskNumbers.value(b.taskId), b.label);
        while (used.contains(b.label))
            b.label += QChar(0x200B);
        used.insert(b.label);
    }
}

Id firstActiveRegion(const Workspace &workspace)
{
    for (const Region &r : workspace.regions().all().value_or({})) {
        const auto counts = workspace.departments().taskCounts(r.id).value_or({});
        if (std::any_of(counts.begin(), counts.end(), [](const DepartmentTaskCount &c) { return c.lead > 0; }))
            return r.id;
    }
    return 0;
}

struct Loader
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ChartData)

public:
    const Workspace &ws;
    const QDateTime &now;
    ChartData &data;
    DispatchRules rules;
    QHash<Id, Task> tasks;

    // The tasks of the documents a chart shows, read by document: a county's are a few hundred of
    // a province's ten thousand. The whole workspace's are read at once.
    Status loadTasks(const QSet<Id> &documentIds)
    {
        auto read = [this](const Result<QList<Task>> &list) -> Status {
            if (!list)
                return list.error();
            for (const Task &t : *list)
                tasks.insert(t.id, t);
            return {};
        };
        if (!data.request.regionId)
            return read(ws.tasks().all());
        for (Id documentId : documentIds) {
            if (Status loaded = read(ws.tasks().forDocument(documentId)); !loaded)
                return loaded;
        }
        return {};
    }

    QString documentTitle(Id documentId) const
    {
        const auto d = ws.documents().header(documentId);
        return d ? d->title : QString();
    }

    QString regionName(Id regionId) const
    {
        const auto r = ws.regions().get(regionId);
        return r ? r->name : QString();
    }

    QString scopeText() const
    {
        const ChartRequest &q = data.request;
        if (q.departmentId) {
            const auto d = ws.departments().get(q.departmentId);
            return d ? d->name : QString();
        }
        if (q.sectionId && q.documentId) {
            for (const Section &s : ws.documents().sections(q.documentId).value_or({}))
                if (s.id == q.sectionId)
                    return QStringLiteral("%1 · %2%3").arg(documentTitle(q.documentId), s.number, s.title);
        }
        if (q.documentId)
            return documentTitle(q.documentId);
        return q.regionId ? regionName(q.regionId) : tr("All regions");
    }

    // The section asked for and every section under it: 一、 holds the tasks of its （一）.
    Result<QSet<Id>> sectionScope(const QSet<Id> &documentIds) const
    {
        QSet<Id> scope{data.request.sectionId};
        for (Id documentId : documentIds) {
            auto sections = ws.documents().sections(documentId);
            if (!sections)
                return sections.error();
            QHash<Id, Id> parent;
            for (const Section &s : std::as_const(*sections))
                parent.insert(s.id, s.parentId);
            for (const Section &s : std::as_const(*sections)) {
                for (Id up = s.parentId; up; up = parent.value(up)) {
                    if (up == data.request.sectionId)
                        scope.insert(s.id);
                }
            }
        }
        return scope;
    }

    Status progress()
    {
        const ChartRequest &q = data.request;
        auto tracks = ws.progress().metricTracks(q.month, q.regionId);
        if (!tracks)
            return tracks.error();
        QSet<Id> documents;
        for (const MetricTrack &t : std::as_const(*tracks))
            if (!q.documentId || t.documentId == q.documentId)
                documents.insert(t.documentId);
        if (Status loaded = loadTasks(documents); !loaded)
            return loaded.error();
        QSet<Id> sections;
        if (q.sectionId) {
            auto scope = sectionScope(documents);
            if (!scope)
                return scope.error();
            sections = *scope;
        }
        QSet<Id> ledTasks;
        if (q.departmentId) {
            auto led = ws.tasks().tasksOfDepartment(q.departmentId, true);
            if (!led)
                return led.error();
            ledTasks = QSet<Id>(led->begin(), led->end());
        }
        QList<std::pair<const MetricTrack *, MetricAssessment>> chosen;
        for (const MetricTrack &t : std::as_const(*tracks)) {
            const Task task = tasks.value(t.metric.taskId);
            if ((q.documentId && t.documentId != q.documentId) || (q.sectionId && !sections.contains(task.sectionId))
                || (q.departmentId && !ledTasks.contains(task.id)))
                continue;
            const MetricAssessment a = ProgressStatus::assess(t, q.month, rules);
            if (a.state == ProgressState::NotDue)
                continue;
            chosen.append({&t, a});
        }
        std::stable_sort(chosen.begin(), chosen.end(), [this](const auto &a, const auto &b) {
            const Task &ta = tasks[a.first->metric.taskId], &tb = tasks[b.first->metric.taskId];
            return std::tuple(a.first->documentId, ta.position, a.first->metric.position)
                   < std::tuple(b.first->documentId, tb.position, b.first->metric.position);
        });
        QHash<Id, QString> numbers;
        for (const auto &[track, a] : std::as_const(chosen)) {
            const Metric &m = track->metric;
            ProgressBar bar;
            bar.metricId = m.id;
            bar.taskId = m.taskId;
            bar.label = m.label;
            bar.value = a.value;
            bar.state = a.state;
            const QuantityScale scale = QuantityScale::forValues(std::max(std::abs(m.value), std::abs(a.value.value_or(0))), m.unit);
            bar.targetText = scale.format(m.value);
            bar.valueText = a.value ? scale.format(*a.value) : QStringLiteral("—");
            bar.share = a.value ? shareOf(m, *a.value) : 0.0;
            if (a.expected)
                bar.expectedShare = shareOf(m, *a.expected);
            numbers.insert(m.taskId, tasks.value(m.taskId).path);
            data.bars.append(bar);
        }
        makeUnique(data.bars, numbers);
        data.title = tr("Progress toward targets");
        data.subtitle = tr("%1 · %2").arg(scopeText(), q.month.toString());
        return {};
    }

    // A trend's targets with their readings: the region's when it holds every target asked for and
    // none is linked (linked targets share readings, across regions too), else every region's.
    Result<QList<MetricTrack>> trendTracks(const QSet<Id> &wanted) const
    {
        const ChartRequest &q = data.request;
        if (q.regionId) {
            bool linked = false;
            for (Id id : wanted) {
                auto links = ws.metrics().linksOf(id);
                if (!links)
                    return links.error();
                linked = linked || !links->isEmpty();
            }
            if (!linked) {
                auto regional = ws.progress().metricTracks(q.month, q.regionId);
                if (!regional)
                    return regional.error();
                const auto found = std::count_if(regional->cbegin(), regional->cend(),
                                                 [&wanted](const MetricTrack &t) { return wanted.contains(t.metric.id); });
                if (found == wanted.size())
                    return regional;
            }
        }
        return ws.progress().metricTracks(q.month, 0);
    }

    Status trend()
    {
        ChartRequest &q = data.request;
        QSet<Id> wanted(q.metricIds.begin(), q.metricIds.end());
        auto tracks = trendTracks(wanted);
        if (!tracks)
            return tracks.error();
        QHash<Id, const MetricTrack *> byId;
        for (const MetricTrack &t : std::as_const(*tracks))
            if (wanted.contains(t.metric.id))
                byId.insert(t.metric.id, &t);
        for (Id id : std::as_const(q.metricIds)) {
            const MetricTrack *t = byId.value(id);
            if (!t)
                return Error(tr("There is no target %1 in this workspace.").arg(id));
            TrendLine line;
            line.metricId = id;
            line.label = t->metric.label;
            line.unit = t->metric.unit;
            line.target = t->metric.value;
            std::tie(line.start, line.end) = ProgressStatus::period(*t, q.month);
            line.readings = t->readings;
            for (Month m = line.start; m <= line.end; m = m.plus(1)) {
                const MetricAssessment a = ProgressStatus::assess(*t, m, rules);
                if (a.expected)
                    line.expected.insert(m, *a.expected);
            }
            const MetricAssessment now = ProgressStatus::assess(*t, q.month, rules);
            line.forecast = now.forecast;
            line.forecastMisses = now.forecastMisses;
            data.trends.append(line);
        }
        data.title = q.metricIds.size() == 1 ? tr("Trend of %1").arg(data.trends.first().label) : tr("Trends of targets");
        if (q.metricIds.size() == 1) {
            const MetricTrack *t = byId.value(q.metricIds.first());
            data.subtitle = tr("%1 · target %2 · up to %3").arg(documentTitle(t->documentId), formatTarget(t->metric), q.month.toString());
        } else {
            data.subtitle = tr("Up to %1").arg(q.month.toString());
        }
        return {};
    }

    Status ranking()
    {
        const ChartRequest &q = data.request;
        auto scores = DispatchScoring::compute(ws, q.month, q.regionId, now);
        if (!scores)
            return scores.error();
        auto previous = DispatchScoring::compute(ws, q.month.plus(-1), q.regionId, now);
        if (!previous)
            return previous.error();
        QHash<Id, int> previousRank;
        for (const DepartmentScore &s : std::as_const(*previous))
            previousRank.insert(s.departmentId, s.rank);
        std::stable_sort(scores->begin(), scores->end(), [](const DepartmentScore &a, const DepartmentScore &b) {
            return std::tuple(a.regionId, a.rank, a.department) < std::tuple(b.regionId, b.rank, b.department);
        });
        for (const DepartmentScore &s : std::as_const(*scores)) {
            RankingRow row;
            row.score = s;
            if (previousRank.contains(s.departmentId))
                row.previousRank = previousRank.value(s.departmentId);
            const ScoreGroups groups = DispatchScoring::groups(s);
            row.base = groups[ScoreGroup::Base];
            row.progress = groups[ScoreGroup::Progress];
            row.completion = groups[ScoreGroup::Completion];
            row.bonus = groups[ScoreGroup::Bonuses];
            row.penalties = groups[ScoreGroup::Penalties];
            data.ranking.append(row);
        }
        data.title = tr("Dispatch ranking");
        data.subtitle = tr("%1 · %2").arg(q.regionId ? regionName(q.regionId) : tr("All regions"), q.month.toString());
        return {};
    }

    Status heatMap()
    {
        const ChartRequest &q = data.request;
        const int count = std::max(1, q.heatMapMonths);
        for (int i = count - 1; i >= 0; --i)
            data.months.append(q.month.plus(-i));
        QHash<Id, int> rowOf;
        auto rowFor = [&](Id id, const QString &name) -> HeatRow & {
            if (!rowOf.contains(id)) {
                rowOf.insert(id, int(data.heat.size()));
                HeatRow row;
                row.departmentId = id;
                row.department = name;
                row.cells.resize(count);
                data.heat.append(row);
            }
            return data.heat[rowOf.value(id)];
        };
        if (q.scoreHeatMap) {
            // Latest month first, so the rows follow this month's ranking.
            for (int i = count - 1; i >= 0; --i) {
                auto scores = DispatchScoring::compute(ws, data.months.at(i), q.regionId, now);
                if (!scores)
                    return scores.error();
                std::stable_sort(scores->begin(), scores->end(),
                                 [](const DepartmentScore &a, const DepartmentScore &b) { return a.rank < b.rank; });
                for (const DepartmentScore &s : std::as_const(*scores))
                    rowFor(s.departmentId, s.department).cells[i].score = s.score;
            }
            data.title = tr("Dispatch scores by month");
        } else {
            QHash<Id, QString> names;
            for (const Department &d : ws.departments().forRegion(q.regionId).value_or({}))
                names.insert(d.id, d.name);
            for (int i = count - 1; i >= 0; --i) {
                const Month month = data.months.at(i);
                auto metrics = ws.progress().metricTracks(month, q.regionId);
                auto taskTracks = ws.progress().taskTracks(month, q.regionId);
                if (!metrics || !taskTracks)
                    return !metrics ? metrics.error() : taskTracks.error();
                QHash<Id, QList<MetricAssessment>> byTask;
                for (const MetricTrack &t : std::as_const(*metrics))
                    byTask[t.metric.taskId].append(ProgressStatus::assess(t, month, rules));
                QMap<Id, QList<ProgressState>> states; // by department, in id order
                for (const TaskTrack &t : std::as_const(*taskTracks)) {
                    const QList<MetricAssessment> &assessed = byTask.value(t.taskId);
                    QList<ProgressState> own;
                    for (const MetricAssessment &a : assessed)
                        own.append(a.state);
                    own.append(ProgressStatus::assess(t, assessed, month).state);
                    for (Id lead : t.leads)
                        states[lead] += own;
                }
                for (auto it = states.begin(); it != states.end(); ++it) {
                    if (!names.contains(it.key()))
                        continue;
                    if (const auto state = ChartData::departmentState(it.value()))
                        rowFor(it.key(), names.value(it.key())).cells[i].state = *state;
                }
            }
            data.title = tr("Departments' status by month");
        }
        // Months before anything was scored or due (before the documents' year) are left out.
        while (data.months.size() > 1
               && std::all_of(data.heat.begin(), data.heat.end(), [](const HeatRow &r) { return !r.cells.first().score && !r.cells.first().state; })) {
            data.months.removeFirst();
            for (HeatRow &r : data.heat)
                r.cells.removeFirst();
        }
        data.subtitle = tr("%1 · %2 to %3")
                            .arg(regionName(q.regionId), data.months.first().toString(), data.months.last().toString());
        return {};
    }

    Status overview()
    {
        const ChartRequest &q = data.request;
        auto metrics = ws.progress().metricTracks(q.month, q.regionId);
        auto taskTracks = ws.progress().taskTracks(q.month, q.regionId);
        if (!metrics || !taskTracks)
            return !metrics ? metrics.error() : taskTracks.error();
        if (q.documentId) { // rows by section
            if (Status loaded = loadTasks({q.documentId}); !loaded)
                return loaded.error();
        }
        QHash<Id, QList<MetricAssessment>> byTask;
        for (const MetricTrack &t : std::as_const(*metrics))
            byTask[t.metric.taskId].append(ProgressStatus::assess(t, q.month, rules));
        // Rows: the document's top-level sections, or the region's documents.
        QHash<Id, Id> topSection;
        QHash<Id, int> rowOf;
        if (q.documentId) {
            auto sections = ws.documents().sections(q.documentId);
            if (!sections)
                return sections.error();
            QHash<Id, Id> parent;
            for (const Section &s : std::as_const(*sections))
                parent.insert(s.id, s.parentId);
            for (const Section &s : std::as_const(*sections)) {
                Id top = s.id;
                while (parent.value(top))
                    top = parent.value(top);
                topSection.insert(s.id, top);
                if (!s.parentId) {
                    rowOf.insert(s.id, int(data.overview.size()));
                    data.overview.append({s.id, QStringLiteral("%1%2").arg(s.number, s.title), {}, 0, 0});
                }
            }
        } else {
            for (const Document &d : ws.documents().list().value_or({})) {
                if (q.regionId && d.regionId != q.regionId)
                    continue;
                rowOf.insert(d.id, int(data.overview.size()));
                data.overview.append({d.id, d.title, {}, 0, 0});
            }
        }
        OverviewRow unsectioned{0, tr("(no section)"), {}, 0, 0};
        for (const TaskTrack &t : std::as_const(*taskTracks)) {
            if (q.documentId && t.documentId != q.documentId)
                continue;
            const Id key = q.documentId ? topSection.value(tasks.value(t.taskId).sectionId) : t.documentId;
            OverviewRow &row = rowOf.contains(key) ? data.overview[rowOf.value(key)] : unsectioned;
            const ProgressState state = ProgressStatus::assess(t, byTask.value(t.taskId), q.month).state;
            ++row.tasks[state];
            ++row.total;
            if (state == ProgressState::Done)
                ++row.done;
        }
        if (unsectioned.total > 0)
            data.overview.prepend(unsectioned);
        data.overview.removeIf([](const OverviewRow &r) { return r.total == 0; });
        data.title = tr("Tasks by status");
        data.subtitle = tr("%1 · %2").arg(scopeText(), q.month.toString());
        return {};
    }
};

} // namespace

bool ChartData::isEmpty() const
{
    switch (request.kind) {
    case ChartKind::Progress:
        return bars.isEmpty();
    case ChartKind::Trend:
        return trends.isEmpty();
    case ChartKind::Ranking:
        return ranking.isEmpty();
    case ChartKind::HeatMap:
        return heat.isEmpty();
    case ChartKind::Overview:
        return overview.isEmpty();
    }
    return true;
}

QString ChartData::emptyText() const
{
    switch (request.kind) {
    case ChartKind::Progress:
        return tr("No target of this scope is due in %1.").arg(request.month.toString());
    case ChartKind::Trend:
        return tr("Choose a target to see its trend.");
    case ChartKind::Ranking:
    case ChartKind::HeatMap:
        return tr("No department has annual tasks to be scored in %1.").arg(request.month.toString());
    case ChartKind::Overview:
        return tr("There are no tasks in this scope.");
    }
    return {};
}

Month ChartData::defaultMonth(const Workspace &workspace)
{
    if (const auto latest = workspace.progress().latestMonth().value_or(std::nullopt))
        return *latest;
    // Nothing reported yet: this month if a document is of this year, else the last month of the
    // latest year that has begun.
    const QDate today = QDate::currentDate();
    int latestYear = 0;
    for (const Document &d : workspace.documents().list().value_or({})) {
        if (d.year == today.year())
            return Month::of(today);
        if (d.year < today.year())
            latestYear = std::max(latestYear, d.year);
    }
    return latestYear ? Month(latestYear, 12) : Month::of(today);
}

std::optional<ProgressState> ChartData::departmentState(const QList<ProgressState> &states)
{
    QList<ProgressState> due;
    for (ProgressState s : states)
        if (s != ProgressState::NotDue)
            due.append(s);
    if (due.isEmpty())
        return std::nullopt;
    std::sort(due.begin(), due.end());
    return due.at((due.size() - 1) / 2);
}

Result<ChartData> ChartData::load(const Workspace &workspace, const ChartRequest &request, const QDateTime &now)
{
    ChartData data;
    data.request = request;
    ChartRequest &q = data.request;
    if (q.month == Month())
        q.month = defaultMonth(workspace);
    if (!q.regionId && q.documentId) {
        auto document = workspace.documents().header(q.documentId);
        if (!document)
            return document.error();
        q.regionId = document->regionId;
    }
    if (!q.regionId && q.departmentId) {
        auto department = workspace.departments().get(q.departmentId);
        if (!department)
            return department.error();
        q.regionId = department->regionId;
    }
    if (!q.regionId && (q.kind == ChartKind::Ranking || q.kind == ChartKind::HeatMap))
        q.regionId = firstActiveRegion(workspace);
    if (q.kind == ChartKind::Trend && q.metricIds.isEmpty())
        return data;

    Loader loader{workspace, now, data, {}, {}};
    auto rules = DispatchRules::load(workspace);
    if (!rules)
        return rules.error();
    loader.rules = *rules;
    Status status;
    switch (q.kind) {
    case ChartKind::Progress:
        status = loader.progress();
        break;
    case ChartKind::Trend:
        status = loader.trend();
        break;
    case ChartKind::Ranking:
        status = loader.ranking();
        break;
    case ChartKind::HeatMap:
        status = loader.heatMap();
        break;
    case ChartKind::Overview:
        status = loader.overview();
        break;
    }
    if (!status)
        return status.error();
    return data;
}

QString ChartData::kindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress:
        return tr("Target progress");
    case ChartKind::Trend:
        return tr("Trend");
    case ChartKind::Ranking:
        return tr("Department ranking");
    case ChartKind::HeatMap:
        return tr("Heat map");
    case ChartKind::Overview:
        return tr("Document overview");
    }
    return {};
}

QString ChartData::kindCode(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress:
        return QStringLiteral("progress");
    case ChartKind::Trend:
        return QStringLiteral("trend");
    case ChartKind::Ranking:
        return QStringLiteral("ranking");
    case ChartKind::HeatMap:
        return QStringLiteral("heatmap");
    case ChartKind::Overview:
        return QStringLiteral("overview");
    }
    return {};
}

std::optional<ChartKind> ChartData::kindFromCode(const QString &code)
{
    for (ChartKind k : {ChartKind::Progress, ChartKind::Trend, ChartKind::Ranking, ChartKind::HeatMap, ChartKind::Overview})
        if (kindCode(k) == code)
            return k;
    return std::nullopt;
}

} // namespace cp::ui
