#include "JsonExchange.h"

#include "JsonFields.h"
#include "RegionNames.h"
#include "progress/DispatchRules.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cp {

namespace {

// Line and column (1-based) of a byte offset, for syntax errors.
QPair<int, int> lineColumn(const QByteArray &data, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

bool isPeriod(const QString &p, bool monthOnly)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return month.match(p).hasMatch() || (!monthOnly && year.match(p).hasMatch());
}

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(cp::JsonExchange)

public:
    explicit Loader(Workspace &ws)
        : m_ws(ws)
        , m_regionNames(QList<Region>())
    {}

    Status run(const QJsonObject &root);

private:
    Status loadWorkspace(const QJsonObject &root);
    Status loadRegions(const QJsonArray &regions);
    Status loadDepartments(const QJsonArray &departments);
    Status loadEvidence(const QJsonArray &evidence);
    Status loadDocument(const QJsonObject &object, const QString &path);
    Status loadTask(JsonFields &f, const QJsonObject &object, const QString &path, const Document &doc, int index,
                    const QList<Id> &sectionIds);
    Status loadMetric(const QJsonObject &object, const QString &path, const Document &doc, Id taskId, int taskIndex,
                      int metricIndex);
    Status loadLinks(const QJsonArray &links);
    Status loadTaskLinks(const QJsonArray &links);
    Status loadEvents(const QJsonArray &events);

    // Department id by name (or alias) in the region; sets an error naming path when unknown.
    Id department(Id regionId, const QString &name, JsonFields &f, const char *key);
    Status evidenceKnown(const QStringList &shas, JsonFields &f, const char *key);
    Status failed() const { return m_error ? Status(*m_error) : Status(); }

    Workspace &m_ws;
    RegionNames m_regionNames;
    std::optional<Error> m_error;
    QSet<QString> m_evidence;
    QHash<QString, Id> m_metricIds; // "doc\ntask\nmetric" → id
    QHash<QString, Id> m_taskIds;   // "doc\ntask" → id
};

Status Loader::run(const QJsonObject &root)
{
    JsonFields f(root, QString(), m_error);
    const QJsonArray regions = f.array("regions");
    const QJsonArray departments = f.arrayOrEmpty("departments");
    const QJsonArray documents = f.array("documents");
    const QJsonArray links = f.arrayOrEmpty("metric_links");
    const QJsonArray taskLinks = f.arrayOrEmpty("task_links");
    const QJsonArray events = f.arrayOrEmpty("events");
    const QJsonArray evidence = f.arrayOrEmpty("evidence");
    if (Status s = failed(); !s)
        return s;

    if (Status s = loadWorkspace(root); !s)
        return s;
    if (Status s = loadRegions(regions); !s)
        return s;
    if (Status s = loadDepartments(departments); !s)
        return s;
    if (Status s = loadEvidence(evidence); !s)
        return s;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString path = JsonFields::item(QStringLiteral("documents"), i);
        if (!documents.at(i).isObject())
            return Error(tr("%1: expected an object").arg(path));
        if (Status s = loadDocument(documents.at(i).toObject(), path); !s)
            return s;
    }
    if (Status s = loadLinks(links); !s)
        return s;
    if (Status s = loadTaskLinks(taskLinks); !s)
        return s;
    return loadEvents(events);
}

Status Loader::loadWorkspace(const QJsonObject &root)
{
    const QJsonValue value = root.value(QLatin1String("workspace"));
    if (value.isUndefined() || value.isNull())
        return {};
    JsonFields f(value.toObject(), QStringLiteral("workspace"), m_error);
    if (!value.isObject())
        f.fail("", tr("expected an object"));
    const QString title = f.stringOrEmpty("title");
    const QString kind = f.stringOrEmpty("kind");
    const QString created = f.stringOrEmpty("created");
    if (!kind.isEmpty() && !fromCode<WorkspaceKind>(kind))
        f.fail("kind", tr("expected one of %1, found “%2”").arg(codeList<WorkspaceKind>(), kind));
    std::optional<DispatchRules> rules;
    if (const QJsonValue r = value.toObject().value(QLatin1String("dispatch_rules")); !r.isUndefined() && !r.isNull()) {
        auto parsed = DispatchRules::fromJson(r.toObject());
        if (!r.isObject())
            f.fail("dispatch_rules", tr("expected an object"));
        else if (!parsed)
            f.fail("dispatch_rules", parsed.error().message());
        else
            rules = *parsed;
    }
    if (Status s = failed(); !s)
        return s;
    if (rules) {
        if (Status s = rules->save(m_ws); !s)
            return s;
    }
    for (const auto &[key, v] : {std::pair{"title", title}, std::pair{"kind", kind}, std::pair{"created", created}}) {
        if (v.isEmpty())
            continue;
        if (Status s = m_ws.setMeta(QString::fromLatin1(key), v); !s)
            return s;
    }
    return {};
}

Status Loader::loadRegions(const QJsonArray &regions)
{
    for (qsizetype i = 0; i < regions.size(); ++i) {
        JsonFields f(regions.at(i).toObject(), JsonFields::item(QStringLiteral("regions"), i), m_error);
        const QString name = f.string("name");
        const QString parent = f.stringOrEmpty("parent");
        const auto level = f.code<RegionLevel>("level");
        if (Status s = failed(); !s)
            return s;
        if (name.isEmpty() || name.contains(QLatin1Char('/')))
            f.fail("name", tr("a region needs a name without “/”"));
        Id parentId = 0;
        if (!parent.isEmpty()) {
            parentId = m_regionNames.resolve(parent);
            if (!parentId)
                f.fail("parent", tr("“%1” is not a region listed before this one").arg(parent));
        }
        if (Status s = failed(); !s)
            return s;
        auto existing = m_ws.regions().find(name, parentId);
        if (!existing)
            return existing.error();
        if (*existing)
            f.fail("name", tr("“%1” is listed twice").arg(name));
        if (Status s = failed(); !s)
            return s;
        auto id = m_ws.regions().ensure(name, level, parentId);
        if (!id)
            return id.error().prefixed(f.path("name"));
        m_regionNames.add(Region{*id, name, level, parentId});
    }
    return {};
}

Status Loader::loadDepartments(const QJsonArray &departments)
{
    for (qsizetype i = 0; i < departments.size(); ++i) {
        JsonFields f(departments.at(i).toObject(), JsonFields::item(QStringLiteral("departments"), i), m_error);
        const QString region = f.string("region");
        const QString name = f.string("name");
        const QStringList aliases = f.strings("aliases");
        if (Status s = failed(); !s)
            return s;
        const Id regionId = m_regionNames.resolve(region);
        if (!regionId)
            return Error(tr("%1: “%2” is not a listed region").arg(f.path("region"), region));
        auto id = m_ws.departments().insert(regionId, name);
        if (!id)
            return id.error().prefixed(f.path("name"));
        for (const QString &alias : aliases) {
            if (Status s = m_ws.departments().addAlias(*id, alias); !s)
                return s.error().prefixed(f.path("aliases"));
        }
    }
    return {};
}

Status Loader::loadEvidence(const QJsonArray &evidence)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        JsonFields f(evidence.at(i).toObject(), JsonFields::item(QStringLiteral("evidence"), i), m_error);
        const QString sha = f.string("sha256");
        const QString name = f.string("name");
        const qint64 bytes = f.integer("bytes");
        const QString base64 = f.string("data");
        if (Status s = failed(); !s)
            return s;
        const auto decoded = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return Error(tr("%1: not valid base64").arg(f.path("data")));
        const QByteArray data = *decoded;
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (actual != sha || data.size() != bytes)
            return Error(tr("%1: the data does not match its sha256 and bytes").arg(f.path("data")));
        auto stored = m_ws.progress().storeEvidence(name, data);
        if (!stored)
            return stored.error().prefixed(f.path("data"));
        m_evidence.insert(sha);
    }
    return {};
}

Id Loader::department(Id regionId, const QString &name, JsonFields &f, const char *key)
{
    auto id = m_ws.departments().resolve(regionId, name);
    if (!id) {
        f.fail(key, id.error().message());
        return 0;
    }
    if (!*id)
        f.fail(key, tr("“%1” is not a department of this document's region (list it under departments)").arg(name));
    return *id;
}

Status Loader::evidenceKnown(const QStringList &shas, JsonFields &f, const char *key)
{
    for (const QString &sha : shas) {
        if (!m_evidence.contains(sha))
            f.fail(key, tr("evidence %1 is not listed under evidence").arg(sha));
    }
    return failed();
}

Status Loader::loadDocument(const QJsonObject &object, const QString &path)
{
    JsonFields f(object, path, m_error);
    Document doc;
    doc.key = f.string("key");
    doc.title = f.string("title");
    doc.docNumber = f.stringOrEmpty("doc_number");
    doc.issuer = f.stringOrEmpty("issuer");
    const QString region = f.string("region");
    doc.year = int(f.optionalInteger("year").value_or(0));
    doc.kind = f.code<DocumentKind>("kind");
    doc.sourceName = f.stringOrEmpty("source_name");
    doc.sourceSha256 = f.stringOrEmpty("source_sha256");
    const QString importedAt = f.stringOrEmpty("imported_at");
    doc.importedAt = importedAt.isEmpty() ? QDateTime::currentDateTimeUtc() : f.timestamp("imported_at");
    doc.originalText = f.string("text");
    const QJsonArray sections = f.arrayOrEmpty("sections");
    const QJsonArray tasks = f.array("tasks");
    if (Status s = failed(); !s)
        return s;
    if (doc.key.isEmpty())
        f.fail("key", tr("a document needs a key"));
    doc.regionId = m_regionNames.resolve(region);
    if (!doc.regionId)
        f.fail("region", tr("“%1” is not a listed region").arg(region));
    auto existing = m_ws.documents().findByKey(doc.key);
    if (existing && *existing)
        f.fail("key", tr("“%1” is used by two documents").arg(doc.key));
    if (Status s = failed(); !s)
        return s;
    auto docId = m_ws.documents().insert(doc);
    if (!docId)
        return docId.error().prefixed(path);
    doc.id = *docId;

    QList<Id> sectionIds;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        JsonFields sf(sections.at(i).toObject(), JsonFields::item(path + QStringLiteral(".sections"), i), m_error);
        Section s;
        s.documentId = doc.id;
        s.position = int(i);
        s.number = sf.string("number");
        s.path = sf.string("path");
        s.title = sf.string("title");
        const auto parent = sf.optionalInteger("parent");
        s.span = sf.span("span", doc.originalText.size());
        if (parent) {
            if (*parent < 0 || *parent >= i)
                sf.fail("parent", tr("expected the index of an earlier section"));
            else
                s.parentId = sectionIds.at(*parent);
        }
        if (Status st = failed(); !st)
            return st;
        auto id = m_ws.documents().insertSection(s);
        if (!id)
            return id.error().prefixed(sf.path("number"));
        sectionIds.append(*id);
    }

    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QString taskPath = JsonFields::item(path + QStringLiteral(".tasks"), i);
        JsonFields tf(tasks.at(i).toObject(), taskPath, m_error);
        if (Status s = loadTask(tf, tasks.at(i).toObject(), taskPath, doc, int(i), sectionIds); !s)
            return s;
    }
    return {};
}

Status Loader::loadTask(JsonFields &f, const QJsonObject &object, const QString &path, const Document &doc, int index,
                        const QList<Id> &sectionIds)
{
    Task t;
    t.documentId = doc.id;
    t.position = index;
    t.number = f.string("number");
    t.path = f.string("path");
    const auto section = f.optionalInteger("section");
    t.title = f.string("title");
    t.text = f.string("text");
    t.span = f.span("span", doc.originalText.size());
    t.deadline = f.date("deadline", false);
    t.status = f.code<TaskStatus>("status");
    t.notes = f.stringOrEmpty("notes");
    const QStringList lead = f.strings("lead");
    const QStringList cooperating = f.strings("cooperating");
    const QJsonArray metrics = f.arrayOrEmpty("metrics");
    const QJsonArray reports = f.arrayOrEmpty("reports");
    if (section) {
        if (*section < 0 || *section >= sectionIds.size())
            f.fail("section", tr("expected the index of one of the document's sections"));
        else
            t.sectionId = sectionIds.at(*section);
    }
    QSet<Id> seen;
    for (const auto &[names, role, key] : {std::tuple{&lead, Role::Lead, "lead"},
                                          std::tuple{&cooperating, Role::Cooperating, "cooperating"}}) {
        for (const QString &name : *names) {
            const Id id = department(doc.regionId, name, f, key);
            if (id && seen.contains(id))
                f.fail(key, tr("“%1” is named twice").arg(name));
            seen.insert(id);
            t.departments.append({id, role});
        }
    }
    if (Status s = failed(); !s)
        return s;
    auto taskId = m_ws.tasks().insert(t);
    if (!taskId)
        return taskId.error().prefixed(path);
    m_taskIds.insert(QStringLiteral("%1\n%2").arg(doc.key).arg(index), *taskId);

    for (qsizetype m = 0; m < metrics.size(); ++m) {
        if (Status s = loadMetric(metrics.at(m).toObject(), JsonFields::item(path + QStringLiteral(".metrics"), m), doc,
                                  *taskId, index, int(m));
            !s)
            return s;
    }
    for (qsizetype r = 0; r < reports.size(); ++r) {
        JsonFields rf(reports.at(r).toObject(), JsonFields::item(path + QStringLiteral(".reports"), r), m_error);
        TaskReport report;
        report.taskId = *taskId;
        report.period = rf.string("period");
        const QString dept = rf.string("department");
        report.status = rf.code<TaskStatus>("status");
        report.narrative = rf.stringOrEmpty("narrative");
        report.submittedAt = rf.timestamp("submitted_at");
        report.evidence = rf.strings("evidence");
        if (!rf.failed() && !isPeriod(report.period, true))
            rf.fail("period", tr("expected a month YYYY-MM, found “%1”").arg(report.period));
        if (!rf.failed())
            report.departmentId = department(doc.regionId, dept, rf, "department");
        if (Status s = evidenceKnown(report.evidence, rf, "evidence"); !s)
            return s;
        auto id = m_ws.progress().insertReport(report);
        if (!id)
            return id.error().prefixed(rf.path("period"));
    }
    Q_UNUSED(object);
    return {};
}

Status Loader::loadMetric(const QJsonObject &object, const QString &path, const Document &doc, Id taskId,
                          int taskIndex, int metricIndex)
{
    JsonFields f(object, path, m_error);
    Metric m;
    m.taskId = taskId;
    m.position = metricIndex;
    m.label = f.string("label");
    m.value = f.number("value");
    m.unit = f.stringOrEmpty("unit");
    m.comparator = f.code<Comparator>("comparator");
    m.baseline = f.optionalNumber("baseline");
    m.valueMax = f.optionalNumber("value_max");
    m.kind = f.code<MetricKind>("kind");
    m.period = f.stringOrEmpty("period");
    m.quote = f.stringOrEmpty("quote");
    m.span = f.span("span", doc.originalText.size());
    const QJsonArray readings = f.arrayOrEmpty("readings");
    const QJsonArray planItems = f.arrayOrEmpty("plan");
    if (!f.failed() && m.valueMax && *m.valueMax < m.value)
        f.fail("value_max", tr("the upper end %1 is below the value %2").arg(*m.valueMax).arg(m.value));
    if (Status s = failed(); !s)
        return s;
    auto metricId = m_ws.metrics().insert(m);
    if (!metricId)
        return metricId.error().prefixed(path);
    m_metricIds.insert(QStringLiteral("%1\n%2\n%3").arg(doc.key).arg(taskIndex).arg(metricIndex), *metricId);

    for (qsizetype i = 0; i < readings.size(); ++i) {
        JsonFields rf(readings.at(i).toObject(), JsonFields::item(path + QStringLiteral(".readings"), i), m_error);
        Reading r;
        r.metricId = *metricId;
        r.period = rf.string("period");
        r.value = rf.number("value");
        r.note = rf.stringOrEmpty("note");
        const QString dept = rf.stringOrEmpty("department");
        r.recordedAt = rf.timestamp("recorded_at");
        r.evidence = rf.strings("evidence");
        if (!rf.failed() && !isPeriod(r.period, false))
            rf.fail("period", tr("expected a month YYYY-MM or a year YYYY, found “%1”").arg(r.period));
        if (!rf.failed() && !dept.isEmpty())
            r.departmentId = department(doc.regionId, dept, rf, "department");
        if (Status s = evidenceKnown(r.evidence, rf, "evidence"); !s)
            return s;
        auto id = m_ws.progress().insertReading(r);
        if (!id)
            return id.error().prefixed(rf.path("period"));
    }
    QMap<Month, double> plan;
    for (qsizetype i = 0; i < planItems.size(); ++i) {
        JsonFields pf(planItems.at(i).toObject(), JsonFields::item(path + QStringLiteral(".plan"), i), m_error);
        const QString period = pf.string("period");
        const double value = pf.number("value");
        const auto month = Month::parse(period);
        if (!pf.failed() && !month)
            pf.fail("period", tr("expected a month YYYY-MM, found “%1”").arg(period));
        if (Status s = failed(); !s)
            return s;
        plan.insert(*month, value);
    }
    if (!plan.isEmpty()) {
        if (Status s = m_ws.progress().setPlan(*metricId, plan); !s)
            return s.error().prefixed(path + QStringLiteral(".plan"));
    }
    return {};
}

Status Loader::loadLinks(const QJsonArray &links)
{
    for (qsizetype i = 0; i < links.size(); ++i) {
        JsonFields f(links.at(i).toObject(), JsonFields::item(QStringLiteral("metric_links"), i), m_error);
        Id ids[2] = {0, 0};
        int n = 0;
        for (const char *side : {"a", "b"}) {
            JsonFields ref(f.object(side), f.path(side), m_error);
            const QString document = ref.string("document");
            const qint64 task = ref.integer("task");
            const qint64 metric = ref.integer("metric");
            if (Status s = failed(); !s)
                return s;
            ids[n] = m_metricIds.value(QStringLiteral("%1\n%2\n%3").arg(document).arg(task).arg(metric));
            if (!ids[n])
                f.fail(side, tr("no metric %1 in task %2 of document “%3”").arg(metric).arg(task).arg(document));
            ++n;
        }
        if (Status s = failed(); !s)
            return s;
        auto id = m_ws.metrics().link(ids[0], ids[1]);
        if (!id)
            return id.error().prefixed(f.path("a"));
    }
    return {};
}

Status Loader::loadTaskLinks(const QJsonArray &links)
{
    for (qsizetype i = 0; i < links.size(); ++i) {
        JsonFields f(links.at(i).toObject(), JsonFields::item(QStringLiteral("task_links"), i), m_error);
        Id ids[2] = {0, 0};
        int n = 0;
        for (const char *side : {"a", "b"}) {
            JsonFields ref(f.object(side), f.path(side), m_error);
            const QString document = ref.string("document");
            const qsizetype task = ref.integer("task");
            if (Status s = failed(); !s)
                return s;
            ids[n] = m_taskIds.value(QStringLiteral("%1\n%2").arg(document).arg(task));
            if (!ids[n])
                f.fail(side, tr("no task %1 in document “%2”").arg(task).arg(document));
            ++n;
        }
        const QString reason = f.stringOrEmpty("reason");
        if (Status s = failed(); !s)
            return s;
        auto id = m_ws.tasks().link(ids[0], ids[1], reason);
        if (!id)
            return id.error().prefixed(f.path("a"));
    }
    return {};
}

Status Loader::loadEvents(const QJsonArray &events)
{
    for (qsizetype i = 0; i < events.size(); ++i) {
        JsonFields f(events.at(i).toObject(), JsonFields::item(QStringLiteral("events"), i), m_error);
        DispatchEvent e;
        const QString region = f.string("region");
        const QString dept = f.string("department");
        e.kind = f.code<EventKind>("kind");
        e.level = f.code<EventLevel>("level");
        e.date = f.date("date", true);
        e.note = f.stringOrEmpty("note");
        e.evidence = f.strings("evidence");
        if (Status s = failed(); !s)
            return s;
        const Id regionId = m_regionNames.resolve(region);
        if (!regionId)
            return Error(tr("%1: “%2” is not a listed region").arg(f.path("region"), region));
        e.departmentId = department(regionId, dept, f, "department");
        if (Status s = evidenceKnown(e.evidence, f, "evidence"); !s)
            return s;
        auto id = m_ws.progress().insertEvent(e);
        if (!id)
            return id.error().prefixed(f.path("kind"));
    }
    return {};
}

} // namespace

Status JsonExchange::load(Workspace &workspace, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, parseError.offset);
        return Error(tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return Error(tr("not a CountyPlan export: expected a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("countyplan"))
        return Error(tr("format: not a CountyPlan export (expected \"format\": \"countyplan\")"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::trunc(version.toDouble()))
        return Error(tr("version: expected a whole number from 1"));
    if (version.toInt() > kFormatVersion) {
        return Error(tr("version: this file was written by a newer CountyPlan (format %1; this version reads up to %2)")
                         .arg(version.toInt())
                         .arg(kFormatVersion));
    }
    if (!workspace.isEmpty())
        return Error(tr("the workspace already holds data; load into a new or empty workspace"));

    Status status = workspace.database().transaction([&] { return Loader(workspace).run(root); });
    if (status) {
        Q_EMIT workspace.documentsChanged();
        workspace.audit().record(QStringLiteral("load"), QStringLiteral("workspace"), 0);
    }
    return status;
}

} // namespace cp
