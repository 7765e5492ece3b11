#include "Importer.h"

#include "ChineseScript.h"
#include "DepartmentRegistry.h"
#include "DocumentParser.h"
#include "LabelMatching.h"
#include "Logging.h"
#include "MetricExtractor.h"
#include "TextDecoding.h"
#include "WorkNames.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace cp {

namespace {

const QString kDryRun = QStringLiteral("\x01dry-run");

// A task as it will be stored: a parsed task, or the targets a section states in its own text
// (a work report's 主要预期目标 before its first item).
struct PlannedTask
{
    Task task;
    MappedText text;
    std::optional<UnitAssignment> units;
    int line = 0;
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(cp::Importer)

public:
    ImportRun(Workspace &ws, ImportReport &report)
        : m_ws(ws)
        , m_report(report)
    {}

    Status run(const QString &text, const QString &sourceName, const QString &sha256, const ImportOptions &options);

private:
    Result<Id> ensureRegion(const RegionPath &path);
    Status storeTasks(const ParsedDocument &parsed, const QList<Id> &sectionIds);
    Status storeActuals(const ParsedDocument &parsed);
    Status linkMetrics();
    Status linkTasks();

    Workspace &m_ws;
    ImportReport &m_report;
    Document m_document;
    QList<Metric> m_metrics; // stored for this document
    QList<Task> m_tasks;
    QHash<Id, QString> m_foldedTexts; // this document's tasks, folded
};

Result<Id> ImportRun::ensureRegion(const RegionPath &path)
{
    Id parent = 0;
    const QList<std::pair<QString, RegionLevel>> levels{{path.province, RegionLevel::Province},
                                                        {path.city, RegionLevel::City},
                                                        {path.county, RegionLevel::County}};
    for (const auto &[name, level] : levels) {
        if (name.isEmpty())
            continue;
        auto id = m_ws.regions().ensure(name, level, parent);
        if (!id)
            return id.error();
        parent = *id;
    }
    return parent;
}

Status ImportRun::run(const QString &text, const QString &sourceName, const QString &sha256, const ImportOptions &options)
{
    const ParsedDocument parsed = DocumentParser::parse(text);
    m_report.warnings += parsed.warnings;
    if (parsed.tasks.isEmpty() && parsed.sections.isEmpty())
        return Error(tr("no numbered items (一、 （一） 1. …) were found: this does not read as a policy document"));

    std::optional<RegionPath> region = parsed.metadata.region;
    if (!options.region.isEmpty()) {
        region = Gazetteer::lookup(options.region);
        if (!region)
            region = RegionPath{{}, {}, options.region};
    }
    if (!region)
        return Error(tr("the document's title and issuer name no known region; name it with --region"));
    auto regionId = ensureRegion(*region);
    if (!regionId)
        return regionId.error();
    m_report.region = region->name();

    m_document.title = parsed.metadata.title.isEmpty() ? QFileInfo(sourceName).completeBaseName() : parsed.metadata.title;
    m_document.docNumber = parsed.metadata.docNumber;
    m_document.issuer = parsed.metadata.issuer;
    m_document.regionId = *regionId;
    m_document.year = parsed.metadata.year;
    m_document.kind = parsed.metadata.kind;
    m_document.originalText = text;
    m_document.sourceName = QFileInfo(sourceName).fileName();
    m_document.sourceSha256 = sha256;
    m_document.importedAt = QDateTime::currentDateTimeUtc();
    auto key = m_ws.documents().uniqueKey(QFileInfo(sourceName).completeBaseName().isEmpty()
                                              ? QStringLiteral("document")
                                              : QFileInfo(sourceName).completeBaseName());
    if (!key)
        return key.error();
    m_document.key = *key;
    auto docId = m_ws.documents().insert(m_document);
    if (!docId)
        return docId.error();
    m_document.id = *docId;
    m_report.documentId = *docId;
    m_report.documentKey = m_document.key;
    m_report.title = m_document.title;

    QList<Id> sectionIds;
    for (qsizetype i = 0; i < parsed.sections.size(); ++i) {
        const ParsedSection &ps = parsed.sections.at(i);
        Section s;
        s.documentId = m_document.id;
        s.parentId = ps.parent >= 0 ? sectionIds.at(ps.parent) : 0;
        s.position = int(i);
        s.number = ps.number;
        s.path = ps.path;
        s.title = ps.title;
        s.span = ps.span;
        auto id = m_ws.documents().insertSection(s);
        if (!id)
            return id.error();
        sectionIds.append(*id);
    }
    m_report.sections = int(sectionIds.size());

    for (auto step : {&ImportRun::storeTasks}) {
        if (Status s = (this->*step)(parsed, sectionIds); !s)
            return s;
    }
    if (Status s = storeActuals(parsed); !s)
        return s;
    if (Status s = linkMetrics(); !s)
        return s;
    if (Status s = linkTasks(); !s)
        return s;
    return m_ws.audit().record(QStringLiteral("import"), QStringLiteral("document"), m_document.id, QString(), QString(),
                               m_document.sourceName);
}

Status ImportRun::storeTasks(const ParsedDocument &parsed, const QList<Id> &sectionIds)
{
    // Tasks in document order: the parsed items, and the targets a section states in its own text.
    QList<PlannedTask> planned;
    const int year = parsed.metadata.year;
    for (qsizetype i = 0; i < parsed.sections.size(); ++i) {
        const ParsedSection &s = parsed.sections.at(i);
        if (s.review || s.body.isEmpty())
            continue;
        if (MetricExtractor::extract(s.body.in(parsed.folded), s.body.in(parsed.display), year).isEmpty())
            continue;
        PlannedTask p;
        p.task.sectionId = sectionIds.at(i);
        p.task.number = s.number;
        p.task.path = s.path;
        p.task.title = s.title;
        // From the section's heading to the end of its own text.
        const TextSpan body = s.body.originalSpan();
        p.task.span = TextSpan{s.span.start, body.end};
        p.text = s.body.trimmed();
        p.line = s.line;
        planned.append(p);
    }
    for (const ParsedTask &t : parsed.tasks) {
        PlannedTask p;
        p.task.sectionId = t.section >= 0 ? sectionIds.at(t.section) : 0;
        p.task.number = t.number;
        p.task.path = t.path;
        p.task.title = t.title;
        p.task.span = t.span;
        p.text = t.text;
        p.units = t.units;
        p.line = t.line;
        planned.append(p);
    }
    std::stable_sort(planned.begin(), planned.end(),
                     [](const PlannedTask &a, const PlannedTask &b) { return a.task.span.start < b.task.span.start; });

    DepartmentRegistry registry(m_ws.departments(), m_document.regionId);
    if (Status s = registry.load(); !s)
        return s;
    int position = 0;
    for (PlannedTask &p : planned) {
        Task &task = p.task;
        task.documentId = m_document.id;
        task.position = position++;
        task.text = p.text.text();
        if (p.units) {
            ++m_report.tasksWithUnits;
            for (const auto &[names, role] : {std::pair{&p.units->lead, Role::Lead},
                                              std::pair{&p.units->cooperating, Role::Cooperating}}) {
                for (const QString &name : *names) {
                    auto id = registry.resolve(name);
                    if (!id)
                        return id.error().prefixed(tr("line %1").arg(p.line));
                    const bool known = std::any_of(task.departments.begin(), task.departments.end(),
                                                   [&](const TaskDepartment &d) { return d.departmentId == *id; });
                    if (!known)
                        task.departments.append({*id, role});
                }
            }
        }
        auto taskId = m_ws.tasks().insert(task);
        if (!taskId)
            return taskId.error().prefixed(tr("line %1").arg(p.line));
        task.id = *taskId;
        m_tasks.append(task);
        m_foldedTexts.insert(task.id, p.text.in(parsed.folded));

        int metricPosition = 0;
        for (const ExtractedMetric &e : MetricExtractor::extract(p.text.in(parsed.folded), p.text.in(parsed.display), year)) {
            Metric m;
            m.taskId = task.id;
            m.position = metricPosition++;
            m.label = e.label;
            m.value = e.value;
            m.valueMax = e.valueMax;
            m.unit = e.unit;
            m.comparator = e.comparator;
            m.baseline = e.baseline;
            m.kind = e.kind;
            m.period = e.period;
            m.span = p.text.originalSpan(e.start, e.end);
            m.quote = m.span.isValid() ? m_document.originalText.mid(m.span.start, m.span.length()) : QString();
            auto id = m_ws.metrics().insert(m);
            if (!id)
                return id.error().prefixed(tr("line %1").arg(p.line));
            m.id = *id;
            m_metrics.append(m);
        }
    }
    m_report.tasks = int(m_tasks.size());
    m_report.metrics = int(m_metrics.size());
    m_report.departmentsNew = registry.created();
    m_report.departmentsMatched = registry.matched();
    return {};
}

// A work report's look back: each past-year figure becomes the reading for that year of the
// target that measures the same thing (粮食产量 1.95亿斤 in 2023 beside ≥1.96亿斤 for 2024).
Status ImportRun::storeActuals(const ParsedDocument &parsed)
{
    if (parsed.metadata.kind != DocumentKind::WorkReport || !parsed.metadata.year)
        return {};
    const int pastYear = parsed.metadata.year - 1;
    QSet<Id> used;
    for (const ParsedSection &s : parsed.sections) {
        if (!s.review)
            continue;
        for (const ExtractedMetric &a : MetricExtractor::extract(s.body.in(parsed.folded), s.body.in(parsed.display), pastYear)) {
            const Metric *best = nullptr;
            double bestScore = 0.6;
            for (const Metric &m : m_metrics) {
                if (used.contains(m.id) || m.unit != a.unit || m.kind != a.kind || !LabelMatching::sameSense(m.label, a.label))
                    continue;
                const double score = LabelMatching::similarity(m.label, a.label);
                if (score > bestScore) {
                    bestScore = score;
                    best = &m;
                }
            }
            if (!best)
                continue;
            used.insert(best->id);
            const TextSpan span = s.body.originalSpan(a.start, a.end);
            Reading r;
            r.metricId = best->id;
            r.period = QString::number(pastYear);
            r.value = a.value;
            r.note = span.isValid() ? m_document.originalText.mid(span.start, span.length()) : a.label;
            r.recordedAt = m_document.importedAt;
            if (auto id = m_ws.progress().insertReading(r); !id)
                return id.error();
            ++m_report.actuals;
        }
    }
    return {};
}

// The same target in another document of the region: same value, alike units, alike label.
Status ImportRun::linkMetrics()
{
    auto documents = m_ws.documents().list();
    if (!documents)
        return documents.error();
    for (const Document &other : *documents) {
        if (other.id == m_document.id || other.regionId != m_document.regionId)
            continue;
        auto theirs = m_ws.metrics().forDocument(other.id);
        if (!theirs)
            return theirs.error();
        for (const Metric &mine : m_metrics) {
            for (const Metric &m : *theirs) {
                if (std::abs(m.value - mine.value) > 1e-9 * std::max(1.0, std::abs(m.value)) || m.kind != mine.kind
                    || !LabelMatching::compatibleUnits(m.unit, mine.unit) || LabelMatching::similarity(m.label, mine.label) < 0.75)
                    continue;
                if (auto id = m_ws.metrics().link(mine.id, m.id); !id)
                    return id.error();
                ++m_report.metricLinks;
            }
        }
    }
    return {};
}

// The same named work (国道239, 龙华口调水工程) acted on in another document of the region.
Status ImportRun::linkTasks()
{
    auto documents = m_ws.documents().list();
    if (!documents)
        return documents.error();
    QList<QPair<Task, QStringList>> mine;
    for (const Task &t : m_tasks) {
        const QStringList names = WorkNames::of(m_foldedTexts.value(t.id));
        if (!names.isEmpty())
            mine.append({t, names});
    }
    if (mine.isEmpty())
        return {};
    for (const Document &other : *documents) {
        if (other.id == m_document.id || other.regionId != m_document.regionId)
            continue;
        auto theirs = m_ws.tasks().forDocument(other.id);
        if (!theirs)
            return theirs.error();
        for (const Task &t : *theirs) {
            const QStringList names = WorkNames::of(ChineseScript::fold(t.text));
            for (const auto &[task, myNames] : mine) {
                QStringList shared;
                for (const QString &n : myNames) {
                    if (names.contains(n))
                        shared.append(n);
                }
                if (shared.isEmpty())
                    continue;
                if (auto id = m_ws.tasks().link(task.id, t.id, shared.join(QStringLiteral("、"))); !id)
                    return id.error();
                ++m_report.taskLinks;
            }
        }
    }
    return {};
}

} // namespace

Importer::Importer(Workspace &workspace)
    : m_workspace(workspace)
{}

Result<ImportReport> Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    return importBytes(file.readAll(), path, options);
}

Result<ImportReport> Importer::importBytes(const QByteArray &bytes, const QString &sourceName, const ImportOptions &options)
{
    const QString name = QFileInfo(sourceName).fileName();
    ImportReport report;
    report.file = name;
    report.dryRun = options.dryRun;
    auto decoded = TextDecoding::decode(bytes, options.encoding);
    if (!decoded)
        return decoded.error().prefixed(name);
    report.encoding = decoded->encoding;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

    Status status = m_workspace.database().transaction([&]() -> Status {
        auto existing = m_workspace.documents().findBySha256(sha);
        if (!existing)
            return existing.error();
        if (*existing) {
            if (!options.replace) {
                auto doc = m_workspace.documents().header(*existing);
                return Error(tr("this file was imported already as “%1”; use --replace to import it again")
                                 .arg(doc ? doc->key : QString::number(*existing)));
            }
            if (Status s = m_workspace.documents().remove(*existing); !s)
                return s;
            report.replaced = true;
        }
        ImportRun run(m_workspace, report);
        if (Status s = run.run(decoded->text, sourceName, sha, options); !s)
            return s;
        // A dry run does everything, reports it, and rolls it back.
        return options.dryRun ? Status(Error(kDryRun)) : Status();
    });
    if (!status && status.error().message() != kDryRun)
        return status.error().prefixed(name);
    if (!options.dryRun && !m_workspace.database().inTransaction())
        Q_EMIT m_workspace.documentsChanged();
    qCDebug(lcImport) << name << report.tasks << "tasks" << report.metrics << "metrics";
    return report;
}

} // namespace cp
