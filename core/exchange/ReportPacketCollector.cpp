// ReportPackets::collect: returned packets are read and checked in full, then stored in one
// transaction, or not at all.
#include "Logging.h"
#include "PacketFormat.h"
#include "ReportPackets.h"
#include "XlsxReader.h"
#include "storage/ProgressEditor.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cp {

namespace {

// Where a value was read: file, sheet and cell.
struct Place
{
    QString file;
    QString sheet;
    QString cell;

    QString text() const { return file + QStringLiteral(", ") + sheet + QLatin1Char('!') + cell; }
};

// An evidence file named in a packet: read beside it, or already stored for the row.
struct Evidence
{
    QString name;
    QString sha256;
    QByteArray data;
    bool beside = false; // read from beside the packet, else stored for the row already
};

struct PlannedReport
{
    std::optional<TaskReport> before;
    TaskReport after;
};

struct PlannedReading
{
    std::optional<Reading> before;
    Reading after;
};

// The header of a packet: its very hidden sheet.
struct PacketHeader
{
    Month month;
    Department department;
    const XlsxSheet *tasks = nullptr;
    const XlsxSheet *targets = nullptr;
};

QString cellText(const XlsxCell &cell)
{
    return cell.type == XlsxCell::Type::Empty ? QString() : cell.text.trimmed();
}

// An id as written (a number) or typed over (text); nullopt for anything else.
std::optional<Id> cellId(const XlsxCell &cell)
{
    if (cell.type == XlsxCell::Type::Number)
        return cell.number >= 1 && cell.number < 9e15 && std::floor(cell.number) == cell.number
                   ? std::optional(Id(cell.number))
                   : std::nullopt;
    bool ok = false;
    const Id id = cellText(cell).toLongLong(&ok);
    return ok && id > 0 && cell.type == XlsxCell::Type::Text ? std::optional(id) : std::nullopt;
}

bool sameEvidence(QStringList a, QStringList b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-12 * std::max({1.0, std::abs(a), std::abs(b)});
}

class Collector
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportPackets)

public:
    Collector(Workspace &ws, const QDateTime &receivedAt) : m_ws(ws), m_receivedAt(receivedAt) {}

    // Reads what the packets are checked against.
    Status start();
    Status read(const QString &path);
    Result<CollectResult> store();

private:
    void problem(const QString &file, const QString &sheet, const QString &cell,
                 const QString &message)
    {
        m_result.problems.append({file, sheet, cell, message});
    }
    void problem(const Place &place, const QString &message)
    {
        problem(place.file, place.sheet, place.cell, message);
    }

    // The packet's header; nullopt after listing its problems.
    std::optional<PacketHeader> readHeader(const QString &file, const XlsxWorkbook &workbook);
    Status readTasks(const QString &path, const PacketHeader &header);
    Status readTargets(const QString &path, const PacketHeader &header);
    // The files the cell names, from beside the packet or among those stored for the row already.
    std::optional<QList<Evidence>> evidence(const QString &path, const Place &place,
                                            const QString &names, const QStringList &stored);
    Result<QSet<Id>> tasksOf(Id departmentId);
    Result<QSet<Id>> metricsOf(Id departmentId);

    Workspace &m_ws;
    QDateTime m_receivedAt;
    CollectResult m_result;
    QString m_workspaceId;
    QHash<QString, QString> m_storedNames; // SHA-256 → name of the evidence stored already
    QHash<Id, QSet<Id>> m_tasksOf, m_metricsOf;
    QHash<QString, Evidence> m_files; // read from beside the packets, by absolute path
    QHash<std::pair<std::pair<Id, Id>, QString>, Place>
        m_reportPlaces;                                   // ((task, department), month)
    QHash<std::pair<Id, QString>, Place> m_readingPlaces; // (metric, month)
    QList<PlannedReport> m_reports;
    QList<PlannedReading> m_readings;
    QHash<QString, Evidence> m_evidence; // named by rows, by SHA-256
};

std::optional<PacketHeader> Collector::readHeader(const QString &file, const XlsxWorkbook &workbook)
{
    const QString metaName = ReportPackets::metaSheetName();
    const XlsxSheet *meta = workbook.sheet(metaName);
    if (!meta) {
        problem(file, {}, {},
                tr("not a CountyPlan packet: it has no hidden sheet “%1”").arg(metaName));
        return std::nullopt;
    }
    QHash<QString, int> rows; // key → row
    for (int row = 0; row < std::min(meta->rowCount(), 100); ++row)
        rows.insert(cellText(meta->cell(row, 0)), row);
    const auto value = [&](const QString &key) { return meta->cell(rows.value(key, -1), 1); };
    const auto place = [&](const QString &key) {
        return Place{file, meta->name,
                     xlsxCellReference(rows.contains(key) ? rows.value(key) : 0,
                                       rows.contains(key) ? 1 : 0)};
    };
    const int problems = int(m_result.problems.size());
    if (cellText(value(packet::kFormat)) != packet::kFormatName) {
        problem(place(packet::kFormat),
                tr("not a CountyPlan packet: the format is “%1”, not “%2”")
                    .arg(cellText(value(packet::kFormat)), packet::kFormatName));
        return std::nullopt;
    }
    if (cellId(value(packet::kVersion)) != Id(ReportPackets::kFormatVersion)) {
        problem(place(packet::kVersion),
                tr("packet version “%1” cannot be read; this CountyPlan reads version %2")
                    .arg(cellText(value(packet::kVersion)))
                    .arg(ReportPackets::kFormatVersion));
        return std::nullopt;
    }
    if (m_workspaceId.isEmpty() || cellText(value(packet::kWorkspace)) != m_workspaceId) {
        problem(place(packet::kWorkspace), tr("the packet was written for another workspace"));
        return std::nullopt;
    }
    PacketHeader header;
    const QString month = cellText(value(packet::kMonth));
    if (auto m = Month::parse(month))
        header.month = *m;
    else
        problem(place(packet::kMonth), tr("“%1” is not a month like 2023-06").arg(month));
    const auto departmentId = cellId(value(packet::kDepartmentId));
    auto department =
        departmentId ? m_ws.departments().get(*departmentId) : Result<Department>(Error(QString()));
    if (department && department->regionId == cellId(value(packet::kRegionId)).value_or(0))
        header.department = *department;
    else
        problem(place(packet::kDepartmentId), tr("unknown department “%1” (%2)")
                                                  .arg(cellText(value(packet::kDepartment)),
                                                       cellText(value(packet::kDepartmentId))));
    for (const auto &[key, sheet] : {std::pair(packet::kTasksSheet, &header.tasks),
                                     std::pair(packet::kTargetsSheet, &header.targets)}) {
        const QString name = cellText(value(key));
        *sheet = workbook.sheet(name);
        if (!*sheet)
            problem(file, {}, {}, tr("the sheet “%1” is missing").arg(name));
    }
    if (m_result.problems.size() > problems)
        return std::nullopt;
    return header;
}

Status Collector::read(const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    auto workbook = XlsxWorkbook::read(path);
    if (!workbook) {
        QString message = workbook.error().message();
        if (message.startsWith(file + QStringLiteral(": ")))
            message.remove(0, file.size() + 2);
        problem(file, {}, {}, message);
        return {};
    }
    const auto header = readHeader(file, *workbook);
    if (!header)
        return {};
    ++m_result.packets;
    if (Status s = readTasks(path, *header); !s)
        return s;
    return readTargets(path, *header);
}

Status Collector::start()
{
    // Not created here: a workspace that never wrote packets has none to collect.
    m_workspaceId = m_ws.meta(packet::kWorkspaceIdMeta);
    auto stored = m_ws.progress().evidenceFiles();
    if (!stored)
        return stored.error();
    for (const EvidenceFile &f : *stored)
        m_storedNames.insert(f.sha256, f.name);
    return {};
}

Result<QSet<Id>> Collector::tasksOf(Id departmentId)
{
    if (!m_tasksOf.contains(departmentId)) {
        auto tasks = m_ws.tasks().tasksOfDepartment(departmentId, false);
        if (!tasks)
            return tasks.error();
        m_tasksOf.insert(departmentId, QSet<Id>(tasks->begin(), tasks->end()));
    }
    return m_tasksOf.value(departmentId);
}

Result<QSet<Id>> Collector::metricsOf(Id departmentId)
{
    if (!m_metricsOf.contains(departmentId)) {
        auto leads = m_ws.tasks().tasksOfDepartment(departmentId, true);
        if (!leads)
            return leads.error();
        QSet<Id> metrics;
        for (Id task : *leads) {
            auto own = m_ws.metrics().forTask(task);
            if (!own)
                return own.error();
            for (const Metric &m : *own)
                metrics.insert(m.id);
        }
        m_metricsOf.insert(departmentId, metrics);
    }
    return m_metricsOf.value(departmentId);
}

std::optional<QList<Evidence>> Collector::evidence(const QString &path, const Place &place,
                                                   const QString &names, const QStringList &stored)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QList<Evidence> found;
    bool complete = true;
    for (const QString &name : ReportPackets::splitEvidenceNames(names)) {
        const QString filePath = folder.absoluteFilePath(name);
        const bool plainName = !name.contains(QLatin1Char('/')) &&
                               !name.contains(QLatin1Char('\\')) && name != QLatin1String("..");
        if (plainName && QFileInfo(filePath).isFile()) {
            if (!m_files.contains(filePath)) {
                QFile f(filePath);
                if (!f.open(QIODevice::ReadOnly)) {
                    problem(
                        place,
                        tr("the evidence file “%1” cannot be read: %2").arg(name, f.errorString()));
                    complete = false;
                    continue;
                }
                const QByteArray data = f.readAll();
                const QByteArray sha =
                    QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
                m_files.insert(filePath, {name, QString::fromLatin1(sha), data, true});
            }
            found.append(m_files.value(filePath));
            continue;
        }
        // Named as the packet was written, from what is stored for the row.
        const auto storedSha = std::find_if(stored.begin(), stored.end(), [&](const QString &sha) {
            return m_storedNames.value(sha) == name;
        });
        if (storedSha != stored.end()) {
            found.append({name, *storedSha, {}, false});
            continue;
        }
        problem(place, tr("the evidence file “%1” is not beside the packet").arg(name));
        complete = false;
    }
    return complete ? std::optional(found) : std::nullopt;
}

Status Collector::readTasks(const QString &path, const PacketHeader &header)
{
    const QString file = QFileInfo(path).fileName();
    const XlsxSheet &sheet = *header.tasks;
    auto responsible = tasksOf(header.department.id);
    if (!responsible)
        return responsible.error();
    const auto at = [&](int row, int column) {
        return Place{file, sheet.name, xlsxCellReference(row, column)};
    };
    for (int row = ReportPackets::kHeaderRows; row < sheet.rowCount(); ++row) {
        const QString statusText = cellText(sheet.cell(row, ReportPackets::TaskStatusColumn));
        const QString narrative = cellText(sheet.cell(row, ReportPackets::TaskNarrativeColumn));
        const QString names = cellText(sheet.cell(row, ReportPackets::TaskEvidenceColumn));
        if (statusText.isEmpty() && narrative.isEmpty() && names.isEmpty())
            continue; // nothing reported on the task
        const int problems = int(m_result.problems.size());
        const XlsxCell idCell = sheet.cell(row, ReportPackets::TaskIdColumn);
        const auto taskId = cellId(idCell);
        const Place idPlace = at(row, ReportPackets::TaskIdColumn);
        if (!taskId) {
            problem(idPlace, idCell.isEmpty() ? tr("the row has no task id")
                                              : tr("unknown task id “%1”").arg(cellText(idCell)));
        } else if (!responsible->contains(*taskId)) {
            auto task = m_ws.tasks().get(*taskId);
            problem(idPlace, task ? tr("task %1 “%2” is not one that %3 leads or cooperates on")
                                        .arg(task->path, task->title, header.department.name)
                                  : tr("unknown task id “%1”").arg(*taskId));
        } else if (const auto key =
                       std::pair(std::pair(*taskId, header.department.id), header.month.toString());
                   m_reportPlaces.contains(key)) {
            problem(
                idPlace,
                tr("the task is given twice: also in %1").arg(m_reportPlaces.value(key).text()));
        } else {
            m_reportPlaces.insert(key, idPlace);
        }
        const auto status = ReportPackets::parseStatus(statusText);
        if (statusText.isEmpty()) {
            problem(at(row, ReportPackets::TaskStatusColumn),
                    tr("a narrative or evidence is given without a status"));
        } else if (!status) {
            QStringList choices;
            for (TaskStatus s : allValues<TaskStatus>())
                choices.append(displayName(s));
            problem(at(row, ReportPackets::TaskStatusColumn),
                    tr("“%1” is not a status; choose one of %2")
                        .arg(statusText, choices.join(QStringLiteral(", "))));
        }
        std::optional<TaskReport> before;
        if (taskId) {
            auto existing =
                m_ws.progress().findReport(*taskId, header.department.id, header.month.toString());
            if (!existing)
                return existing.error();
            if (*existing) {
                auto report = m_ws.progress().report(*existing);
                if (!report)
                    return report.error();
                before = *report;
            }
        }
        const auto files = evidence(path, at(row, ReportPackets::TaskEvidenceColumn), names,
                                    before ? before->evidence : QStringList());
        if (m_result.problems.size() > problems || !files)
            continue;
        TaskReport after = before.value_or(TaskReport());
        after.taskId = *taskId;
        after.departmentId = header.department.id;
        after.period = header.month.toString();
        after.status = *status;
        after.narrative = narrative;
        after.submittedAt = m_receivedAt;
        after.evidence.clear();
        for (const Evidence &e : *files) {
            after.evidence.append(e.sha256);
            m_evidence.insert(e.sha256, e);
        }
        m_reports.append({before, after});
    }
    return {};
}

Status Collector::readTargets(const QString &path, const PacketHeader &header)
{
    const QString file = QFileInfo(path).fileName();
    const XlsxSheet &sheet = *header.targets;
    auto responsible = metricsOf(header.department.id);
    if (!responsible)
        return responsible.error();
    const auto at = [&](int row, int column) {
        return Place{file, sheet.name, xlsxCellReference(row, column)};
    };
    for (int row = ReportPackets::kHeaderRows; row < sheet.rowCount(); ++row) {
        const XlsxCell valueCell = sheet.cell(row, ReportPackets::TargetValueColumn);
        const QString note = cellText(sheet.cell(row, ReportPackets::TargetNoteColumn));
        const QString names = cellText(sheet.cell(row, ReportPackets::TargetEvidenceColumn));
        if (cellText(valueCell).isEmpty() && note.isEmpty() && names.isEmpty())
            continue;
        const int problems = int(m_result.problems.size());
        const XlsxCell idCell = sheet.cell(row, ReportPackets::TargetIdColumn);
        const auto metricId = cellId(idCell);
        const Place idPlace = at(row, ReportPackets::TargetIdColumn);
        std::optional<Metric> metric;
        if (!metricId) {
            problem(idPlace, idCell.isEmpty() ? tr("the row has no target id")
                                              : tr("unknown target id “%1”").arg(cellText(idCell)));
        } else if (auto m = m_ws.metrics().get(*metricId); !m) {
            problem(idPlace, tr("unknown target id “%1”").arg(*metricId));
        } else if (!responsible->contains(*metricId)) {
            problem(idPlace, tr("target %1 “%2” belongs to a task that %3 does not lead")
                                 .arg(*metricId)
                                 .arg(m->label, header.department.name));
        } else if (const auto key = std::pair(*metricId, header.month.toString());
                   m_readingPlaces.contains(key)) {
            problem(
                idPlace,
                tr("the target is given twice: also in %1").arg(m_readingPlaces.value(key).text()));
        } else {
            m_readingPlaces.insert(key, idPlace);
            metric = *m;
        }

        const Place valuePlace = at(row, ReportPackets::TargetValueColumn);
        std::optional<double> value;
        switch (valueCell.type) {
        case XlsxCell::Type::Empty:
            problem(valuePlace, tr("a note or evidence is given without this month's value"));
            break;
        case XlsxCell::Type::Number:
            value = valueCell.number;
            break;
        case XlsxCell::Type::Text: {
            bool ok = false; // a number typed into a cell formatted as text
            const double v = QLocale::c().toDouble(cellText(valueCell), &ok);
            if (ok && std::isfinite(v))
                value = v;
            else
                problem(valuePlace, tr("text in a number cell: “%1”").arg(valueCell.text));
            break;
        }
        case XlsxCell::Type::Boolean:
            problem(valuePlace, tr("TRUE or FALSE in a number cell"));
            break;
        case XlsxCell::Type::Error:
            problem(valuePlace, tr("an error in a number cell: %1").arg(valueCell.text));
            break;
        }
        if (value && metric) {
            const QString shown = QLocale().toString(*value, 'g', 12);
            if (metric->kind == MetricKind::Absolute && *value < 0)
                problem(valuePlace,
                        tr("%1 is out of range: a level cannot be negative").arg(shown));
            else if (metric->kind == MetricKind::RatioPct && (*value < 0 || *value > 100))
                problem(valuePlace,
                        tr("%1 is out of range: a percentage lies between 0 and 100").arg(shown));
        }
        std::optional<Reading> before;
        if (metric) {
            auto existing = m_ws.progress().findReading(metric->id, header.month.toString());
            if (!existing)
                return existing.error();
            if (*existing) {
                auto reading = m_ws.progress().reading(*existing);
                if (!reading)
                    return reading.error();
                before = *reading;
            }
        }
        const auto files = evidence(path, at(row, ReportPackets::TargetEvidenceColumn), names,
                                    before ? before->evidence : QStringList());
        if (m_result.problems.size() > problems || !files || !metric || !value)
            continue;
        Reading after = before.value_or(Reading());
        after.metricId = metric->id;
        after.period = header.month.toString();
        after.value = *value;
        after.note = note;
        after.departmentId = header.department.id;
        after.recordedAt = m_receivedAt;
        after.evidence.clear();
        for (const Evidence &e : *files) {
            after.evidence.append(e.sha256);
            m_evidence.insert(e.sha256, e);
        }
        m_readings.append({before, after});
    }
    return {};
}

Result<CollectResult> Collector::store()
{
    if (!m_result.problems.isEmpty())
        return m_result;
    const auto unchanged = [](const auto &p) { return p.before.has_value(); };
    QList<const PlannedReport *> reports;
    for (const PlannedReport &p : m_reports) {
        const bool same = unchanged(p) && p.before->status == p.after.status &&
                          p.before->narrative == p.after.narrative &&
                          sameEvidence(p.before->evidence, p.after.evidence);
        if (same)
            ++m_result.unchanged;
        else
            reports.append(&p);
    }
    QList<const PlannedReading *> readings;
    for (const PlannedReading &p : m_readings) {
        // What the department gave back as it was (who recorded it stays as it was).
        const bool same = unchanged(p) && sameValue(p.before->value, p.after.value) &&
                          p.before->note == p.after.note &&
                          sameEvidence(p.before->evidence, p.after.evidence);
        if (same)
            ++m_result.unchanged;
        else
            readings.append(&p);
    }
    // Only the evidence of rows that change, and each file once.
    QStringList needed;
    for (const PlannedReport *p : reports)
        needed += p->after.evidence;
    for (const PlannedReading *p : readings)
        needed += p->after.evidence;
    needed.removeDuplicates();

    ProgressEditor editor(m_ws);
    CollectResult result = m_result;
    Status s = m_ws.database().transaction([&]() -> Status {
        for (const QString &sha : needed) {
            const Evidence &e = m_evidence[sha];
            if (m_storedNames.contains(sha) || !e.beside)
                continue;
            auto stored = editor.storeEvidence(e.name, e.data);
            if (!stored)
                return stored.error();
            ++result.evidenceFiles;
        }
        for (const PlannedReport *p : reports) {
            Status st = p->before ? editor.updateReport(*p->before, p->after)
                                  : toStatus(editor.addReport(p->after));
            if (!st)
                return st;
            ++result.reports;
        }
        for (const PlannedReading *p : readings) {
            Status st = p->before ? editor.updateReading(*p->before, p->after)
                                  : toStatus(editor.addReading(p->after));
            if (!st)
                return st;
            ++result.readings;
        }
        return {};
    });
    if (!s)
        return s.error();
    qCInfo(lcExchange) << "collected" << result.packets << "packets:" << result.reports
                       << "reports," << result.readings << "readings," << result.evidenceFiles
                       << "evidence files," << result.unchanged << "unchanged";
    return result;
}

} // namespace

Result<CollectResult> ReportPackets::collect(Workspace &workspace, const QStringList &paths,
                                             const QDateTime &receivedAt)
{
    Collector collector(workspace, receivedAt);
    if (Status s = collector.start(); !s)
        return s.error();
    for (const QString &path : paths) {
        if (Status s = collector.read(path); !s)
            return s.error();
    }
    return collector.store();
}

} // namespace cp
