#include "JsonExchange.h"

#include "JsonWriter.h"
#include "RegionNames.h"
#include "storage/Query.h"
#include "progress/DispatchRules.h"
#include "storage/Workspace.h"

#include <QHash>

namespace cp {

namespace {

template<typename T>
Status check(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

void writeSpan(JsonWriter &w, const TextSpan &span)
{
    w.key(QStringLiteral("span"));
    if (!span.isValid()) {
        w.null();
        return;
    }
    w.beginArray();
    w.value(span.start);
    w.value(span.end);
    w.endArray();
}

struct MetricRef
{
    QString document;
    int task = 0;
    int metric = 0;
};

struct TaskRef
{
    QString document;
    int task = 0;
};

class Exporter
{
public:
    explicit Exporter(Workspace &ws)
        : m_ws(ws)
    {}

    Result<QByteArray> run();

private:
    Status writeRegions(const QList<Region> &regions);
    Status writeDepartments(const QList<Department> &departments);
    Status writeDocument(const Document &header);
    Status writeTask(const Task &task, int taskIndex, const Document &doc, const QHash<Id, int> &sectionIndex,
                     const QList<Metric> &metrics);
    Status writeLinks();
    Status writeTaskLinks();
    Status writeEvents();
    Status writeEvidence();

    Workspace &m_ws;
    JsonWriter m_w;
    std::optional<RegionNames> m_regionNames;
    QHash<Id, QString> m_departmentNames;
    QHash<Id, Id> m_departmentRegion;
    QHash<Id, QList<Reading>> m_readings;
    QHash<Id, QList<TaskReport>> m_reports;
    QHash<Id, MetricRef> m_metricRefs;
    QHash<Id, TaskRef> m_taskRefs;
};

Result<QByteArray> Exporter::run()
{
    auto regions = m_ws.regions().all();
    auto departments = m_ws.departments().all();
    auto readings = m_ws.progress().allReadings();
    auto reports = m_ws.progress().allReports();
    auto documents = m_ws.documents().list();
    for (Status s : {check(regions), check(departments), check(readings), check(reports), check(documents)}) {
        if (!s)
            return s.error();
    }
    m_regionNames.emplace(*regions);
    for (const Department &d : *departments) {
        m_departmentNames.insert(d.id, d.name);
        m_departmentRegion.insert(d.id, d.regionId);
    }
    for (const Reading &r : *readings)
        m_readings[r.metricId].append(r);
    for (const TaskReport &r : *reports)
        m_reports[r.taskId].append(r);

    m_w.beginObject();
    m_w.key(QStringLiteral("format"));
    m_w.value(QStringLiteral("countyplan"));
    m_w.key(QStringLiteral("version"));
    m_w.value(JsonExchange::kFormatVersion);
    m_w.key(QStringLiteral("workspace"));
    m_w.beginObject();
    m_w.key(QStringLiteral("title"));
    m_w.value(m_ws.title());
    m_w.key(QStringLiteral("kind"));
    m_w.value(toCode(m_ws.kind()));
    m_w.key(QStringLiteral("created"));
    m_w.value(m_ws.meta(QStringLiteral("created")));
    // The dispatch rules, only where the workspace has its own.
    if (const QString rules = m_ws.meta(QStringLiteral("dispatch_rules")); !rules.isEmpty()) {
        auto parsed = DispatchRules::load(m_ws);
        if (!parsed)
            return parsed.error();
        m_w.key(QStringLiteral("dispatch_rules"));
        m_w.json(parsed->toJson());
    }
    m_w.endObject();

    if (Status s = writeRegions(*regions); !s)
        return s.error();
    if (Status s = writeDepartments(*departments); !s)
        return s.error();
    m_w.key(QStringLiteral("documents"));
    m_w.beginArray();
    for (const Document &d : *documents) {
        if (Status s = writeDocument(d); !s)
            return s.error();
    }
    m_w.endArray();
    for (auto step : {&Exporter::writeLinks, &Exporter::writeTaskLinks, &Exporter::writeEvents, &Exporter::writeEvidence}) {
        if (Status s = (this->*step)(); !s)
            return s.error();
    }
    m_w.endObject();
    return m_w.data();
}

Status Exporter::writeRegions(const QList<Region> &regions)
{
    m_w.key(QStringLiteral("regions"));
    m_w.beginArray();
    for (const Region &r : regions) {
        m_w.beginObject();
        m_w.key(QStringLiteral("name"));
        m_w.value(r.name);
        m_w.key(QStringLiteral("parent"));
        m_w.stringOrNull(r.parentId ? m_regionNames->reference(r.parentId) : QString());
        m_w.key(QStringLiteral("level"));
        m_w.value(toCode(r.level));
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

Status Exporter::writeDepartments(const QList<Department> &departments)
{
    m_w.key(QStringLiteral("departments"));
    m_w.beginArray();
    for (const Department &d : departments) {
        m_w.beginObject();
        m_w.key(QStringLiteral("region"));
        m_w.value(m_regionNames->reference(d.regionId));
        m_w.key(QStringLiteral("name"));
        m_w.value(d.name);
        m_w.key(QStringLiteral("aliases"));
        m_w.stringArray(d.aliases);
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

Status Exporter::writeDocument(const Document &header)
{
    auto doc = m_ws.documents().get(header.id);
    auto sections = m_ws.documents().sections(header.id);
    auto tasks = m_ws.tasks().forDocument(header.id);
    auto metrics = m_ws.metrics().forDocument(header.id);
    for (Status s : {check(doc), check(sections), check(tasks), check(metrics)}) {
        if (!s)
            return s;
    }
    QHash<Id, QList<Metric>> metricsByTask;
    for (const Metric &m : *metrics)
        metricsByTask[m.taskId].append(m);

    m_w.beginObject();
    const auto field = [this](const char *name, const QString &value) {
        m_w.key(QString::fromLatin1(name));
        m_w.value(value);
    };
    field("key", doc->key);
    field("title", doc->title);
    m_w.key(QStringLiteral("doc_number"));
    m_w.stringOrNull(doc->docNumber);
    field("issuer", doc->issuer);
    field("region", m_regionNames->reference(doc->regionId));
    m_w.key(QStringLiteral("year"));
    if (doc->year)
        m_w.value(doc->year);
    else
        m_w.null();
    field("kind", toCode(doc->kind));
    field("source_name", doc->sourceName);
    field("source_sha256", doc->sourceSha256);
    field("imported_at", formatTimestamp(doc->importedAt));
    field("text", doc->originalText);

    QHash<Id, int> sectionIndex;
    m_w.key(QStringLiteral("sections"));
    m_w.beginArray();
    for (const Section &s : *sections) {
        sectionIndex.insert(s.id, int(sectionIndex.size()));
        m_w.beginObject();
        field("number", s.number);
        field("path", s.path);
        field("title", s.title);
        m_w.key(QStringLiteral("parent"));
        if (s.parentId && sectionIndex.contains(s.parentId))
            m_w.value(sectionIndex.value(s.parentId));
        else
            m_w.null();
        writeSpan(m_w, s.span);
        m_w.endObject();
    }
    m_w.endArray();

    m_w.key(QStringLiteral("tasks"));
    m_w.beginArray();
    int taskIndex = 0;
    for (const Task &t : *tasks) {
        if (Status s = writeTask(t, taskIndex++, *doc, sectionIndex, metricsByTask.value(t.id)); !s)
            return s;
    }
    m_w.endArray();
    m_w.endObject();
    return {};
}

Status Exporter::writeTask(const Task &t, int taskIndex, const Document &doc, const QHash<Id, int> &sectionIndex,
                           const QList<Metric> &metrics)
{
    const auto field = [this](const char *name, const QString &value) {
        m_w.key(QString::fromLatin1(name));
        m_w.value(value);
    };
    m_taskRefs.insert(t.id, TaskRef{doc.key, taskIndex});
    m_w.beginObject();
    field("number", t.number);
    field("path", t.path);
    m_w.key(QStringLiteral("section"));
    if (t.sectionId && sectionIndex.contains(t.sectionId))
        m_w.value(sectionIndex.value(t.sectionId));
    else
        m_w.null();
    field("title", t.title);
    field("text", t.text);
    writeSpan(m_w, t.span);
    m_w.key(QStringLiteral("deadline"));
    m_w.stringOrNull(t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QString());
    field("status", toCode(t.status));
    field("notes", t.notes);
    QStringList lead, cooperating;
    for (const TaskDepartment &d : t.departments)
        (d.role == Role::Lead ? lead : cooperating).append(m_departmentNames.value(d.departmentId));
    m_w.key(QStringLiteral("lead"));
    m_w.stringArray(lead);
    m_w.key(QStringLiteral("cooperating"));
    m_w.stringArray(cooperating);

    m_w.key(QStringLiteral("metrics"));
    m_w.beginArray();
    int metricIndex = 0;
    for (const Metric &m : metrics) {
        m_metricRefs.insert(m.id, MetricRef{doc.key, taskIndex, metricIndex++});
        m_w.beginObject();
        field("label", m.label);
        m_w.key(QStringLiteral("value"));
        m_w.value(m.value);
        field("unit", m.unit);
        field("comparator", toCode(m.comparator));
        m_w.key(QStringLiteral("baseline"));
        m_w.value(m.baseline);
        m_w.key(QStringLiteral("value_max"));
        m_w.value(m.valueMax);
        field("kind", toCode(m.kind));
        field("period", m.period);
        field("quote", m.quote);
        writeSpan(m_w, m.span);
        m_w.key(QStringLiteral("readings"));
        m_w.beginArray();
        for (const Reading &r : m_readings.value(m.id)) {
            m_w.beginObject();
            field("period", r.period);
            m_w.key(QStringLiteral("value"));
            m_w.value(r.value);
            field("note", r.note);
            m_w.key(QStringLiteral("department"));
            m_w.stringOrNull(m_departmentNames.value(r.departmentId));
            field("recorded_at", formatTimestamp(r.recordedAt));
            m_w.key(QStringLiteral("evidence"));
            m_w.stringArray(r.evidence);
            m_w.endObject();
        }
        m_w.endArray();
        // The planner's monthly plan, only where there is one.
        auto plan = m_ws.progress().plan(m.id);
        if (!plan)
            return plan.error();
        if (!plan->isEmpty()) {
            m_w.key(QStringLiteral("plan"));
            m_w.beginArray();
            for (auto it = plan->constBegin(); it != plan->constEnd(); ++it) {
                m_w.beginObject();
                field("period", it.key().toString());
                m_w.key(QStringLiteral("value"));
                m_w.value(it.value());
                m_w.endObject();
            }
            m_w.endArray();
        }
        m_w.endObject();
    }
    m_w.endArray();

    m_w.key(QStringLiteral("reports"));
    m_w.beginArray();
    for (const TaskReport &r : m_reports.value(t.id)) {
        m_w.beginObject();
        field("period", r.period);
        field("department", m_departmentNames.value(r.departmentId));
        field("status", toCode(r.status));
        field("narrative", r.narrative);
        field("submitted_at", formatTimestamp(r.submittedAt));
        m_w.key(QStringLiteral("evidence"));
        m_w.stringArray(r.evidence);
        m_w.endObject();
    }
    m_w.endArray();
    m_w.endObject();
    return {};
}

Status Exporter::writeLinks()
{
    auto links = m_ws.metrics().links();
    if (!links)
        return links.error();
    m_w.key(QStringLiteral("metric_links"));
    m_w.beginArray();
    for (const MetricLink &l : *links) {
        m_w.beginObject();
        for (const auto &[name, id] : {std::pair{"a", l.metricA}, std::pair{"b", l.metricB}}) {
            const MetricRef ref = m_metricRefs.value(id);
            m_w.key(QString::fromLatin1(name));
            m_w.beginObject();
            m_w.key(QStringLiteral("document"));
            m_w.value(ref.document);
            m_w.key(QStringLiteral("task"));
            m_w.value(ref.task);
            m_w.key(QStringLiteral("metric"));
            m_w.value(ref.metric);
            m_w.endObject();
        }
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

Status Exporter::writeTaskLinks()
{
    auto links = m_ws.tasks().links();
    if (!links)
        return links.error();
    m_w.key(QStringLiteral("task_links"));
    m_w.beginArray();
    for (const TaskLink &l : *links) {
        m_w.beginObject();
        for (const auto &[name, id] : {std::pair{"a", l.taskA}, std::pair{"b", l.taskB}}) {
            const TaskRef ref = m_taskRefs.value(id);
            m_w.key(QString::fromLatin1(name));
            m_w.beginObject();
            m_w.key(QStringLiteral("document"));
            m_w.value(ref.document);
            m_w.key(QStringLiteral("task"));
            m_w.value(ref.task);
            m_w.endObject();
        }
        m_w.key(QStringLiteral("reason"));
        m_w.value(l.reason);
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

Status Exporter::writeEvents()
{
    auto events = m_ws.progress().allEvents();
    if (!events)
        return events.error();
    m_w.key(QStringLiteral("events"));
    m_w.beginArray();
    for (const DispatchEvent &e : *events) {
        m_w.beginObject();
        m_w.key(QStringLiteral("region"));
        m_w.value(m_regionNames->reference(m_departmentRegion.value(e.departmentId)));
        m_w.key(QStringLiteral("department"));
        m_w.value(m_departmentNames.value(e.departmentId));
        m_w.key(QStringLiteral("kind"));
        m_w.value(toCode(e.kind));
        m_w.key(QStringLiteral("level"));
        m_w.value(toCode(e.level));
        m_w.key(QStringLiteral("date"));
        m_w.value(e.date.toString(Qt::ISODate));
        m_w.key(QStringLiteral("note"));
        m_w.value(e.note);
        m_w.key(QStringLiteral("evidence"));
        m_w.stringArray(e.evidence);
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

Status Exporter::writeEvidence()
{
    auto files = m_ws.progress().evidenceFiles();
    if (!files)
        return files.error();
    m_w.key(QStringLiteral("evidence"));
    m_w.beginArray();
    for (const EvidenceFile &f : *files) {
        auto data = m_ws.progress().evidenceData(f.sha256);
        if (!data)
            return data.error();
        m_w.beginObject();
        m_w.key(QStringLiteral("sha256"));
        m_w.value(f.sha256);
        m_w.key(QStringLiteral("name"));
        m_w.value(f.name);
        m_w.key(QStringLiteral("bytes"));
        m_w.value(f.bytes);
        m_w.key(QStringLiteral("data"));
        m_w.value(QString::fromLatin1(data->toBase64()));
        m_w.endObject();
    }
    m_w.endArray();
    return {};
}

} // namespace

Result<QByteArray> JsonExchange::exportWorkspace(Workspace &workspace)
{
    return Exporter(workspace).run();
}

} // namespace cp
