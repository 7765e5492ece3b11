// ReportPackets::write: what each department's packet lists, and the files written whole.
#include "Logging.h"
#include "PacketWorkbook.h"
#include "RegionNames.h"
#include "ReportPackets.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace cp {

namespace {

using packet::MonthData;
using packet::PacketContent;
using packet::TaskRow;

// Writes the packet into "path.part" with libxlsxwriter, then saves it to path with QSaveFile:
// the packet appears whole or not at all, and the part is removed either way.
Status writePacket(const QString &path, const PacketContent &content, const MonthData &data)
{
    const QString part = path + QStringLiteral(".part");
    const QString shown = QDir::toNativeSeparators(path);
    struct RemovePart
    {
        QString path;
        ~RemovePart() { QFile::remove(path); }
    } removePart{part};

    lxw_workbook *workbook = workbook_new(QFile::encodeName(part).constData());
    if (!workbook)
        return Error(ReportPackets::tr("cannot write “%1”").arg(shown));
    const lxw_error built = packet::buildWorkbook(workbook, content, data);
    const lxw_error closed = workbook_close(workbook); // frees the workbook in any case
    if (built != LXW_NO_ERROR || closed != LXW_NO_ERROR)
        return Error(ReportPackets::tr("cannot write “%1”: %2")
                         .arg(shown, QString::fromUtf8(
                                         lxw_strerror(built != LXW_NO_ERROR ? built : closed))));
    QFile written(part);
    if (!written.open(QIODevice::ReadOnly))
        return Error(ReportPackets::tr("cannot read “%1” back: %2")
                         .arg(QDir::toNativeSeparators(part), written.errorString()));
    const QByteArray bytes = written.readAll();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ReportPackets::tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    return {};
}

Result<MonthData> loadMonth(Workspace &ws, Month month, Id regionId)
{
    MonthData data;
    data.month = month;
    auto id = ReportPackets::workspaceId(ws);
    auto rules = DispatchRules::load(ws);
    auto documents = ws.documents().list();
    auto paths = ws.tasks().paths();
    auto reports = ws.progress().reportsForMonth(month, regionId);
    auto lastReports = ws.progress().reportsForMonth(month.plus(-1), regionId);
    auto readings = ws.progress().readingsForMonth(month, regionId);
    auto tracks = ws.progress().metricTracks(month, regionId);
    auto evidence = ws.progress().evidenceFiles();
    for (const Status &s :
         {toStatus(id), toStatus(rules), toStatus(documents), toStatus(paths), toStatus(reports),
          toStatus(lastReports), toStatus(readings), toStatus(tracks), toStatus(evidence)}) {
        if (!s)
            return s.error();
    }
    data.workspaceId = *id;
    data.deadline = DispatchScoring::reportDeadline(month, *rules);
    for (const Document &d : *documents)
        data.documents.insert(d.id, d);
    data.taskPaths = *paths;
    for (const TaskReport &r : *reports)
        data.reports.insert({r.taskId, r.departmentId}, r);
    for (const TaskReport &r : *lastReports)
        data.lastReports.insert({r.taskId, r.departmentId}, r);
    for (const Reading &r : *readings)
        data.readings.insert(r.metricId, r);
    for (const MetricTrack &t : *tracks) {
        data.assessments.insert(t.metric.id, ProgressStatus::assess(t, month, *rules));
        if (auto it = t.readings.constFind(month.plus(-1)); it != t.readings.constEnd())
            data.lastValues.insert(t.metric.id, *it);
    }
    for (const EvidenceFile &f : *evidence)
        data.evidenceNames.insert(f.sha256, f.name);
    return data;
}

// The packets to write: every department with tasks in the documents of the month's year (a
// document without a year counts), in the order of the registry.
Result<QList<PacketContent>> packetContents(Workspace &ws, const MonthData &data, Id regionId)
{
    auto regions = ws.regions().all();
    auto departments = ws.departments().all();
    auto documents = ws.documents().list();
    if (!regions || !departments || !documents)
        return !regions ? regions.error() : !departments ? departments.error() : documents.error();
    const RegionNames names(*regions);
    QHash<Id, QList<TaskRow>> leads, cooperating;
    QHash<Id, QList<Metric>> metricsOfTask;
    for (const Document &d : *documents) {
        if ((regionId && d.regionId != regionId) || (d.year && d.year != data.month.year()))
            continue;
        auto tasks = ws.tasks().forDocument(d.id);
        auto metrics = ws.metrics().forDocument(d.id);
        if (!tasks || !metrics)
            return !tasks ? tasks.error() : metrics.error();
        for (const Metric &m : *metrics)
            metricsOfTask[m.taskId].append(m);
        for (const Task &t : *tasks) {
            for (const TaskDepartment &td : t.departments)
                (td.role == Role::Lead ? leads : cooperating)[td.departmentId].append({t, td.role});
        }
    }
    QList<PacketContent> contents;
    for (const Department &d : *departments) {
        if (!leads.contains(d.id) && !cooperating.contains(d.id))
            continue;
        PacketContent c;
        c.department = d;
        c.region = names.reference(d.regionId);
        c.tasks = leads.value(d.id) + cooperating.value(d.id);
        for (const TaskRow &t : leads.value(d.id))
            c.metrics += metricsOfTask.value(t.task.id);
        contents.append(std::move(c));
    }
    std::stable_sort(contents.begin(), contents.end(),
                     [](const PacketContent &a, const PacketContent &b) {
                         return a.department.regionId < b.department.regionId;
                     });
    return contents;
}

} // namespace

Result<QList<PacketFile>> ReportPackets::write(Workspace &workspace, Month month,
                                               const QString &directory, Id regionId)
{
    auto data = loadMonth(workspace, month, regionId);
    if (!data)
        return data.error();
    auto contents = packetContents(workspace, *data, regionId);
    if (!contents)
        return contents.error();
    if (!contents->isEmpty() && !QDir().mkpath(directory))
        return Error(tr("cannot create the folder “%1”").arg(QDir::toNativeSeparators(directory)));
    QList<PacketFile> files;
    for (const PacketContent &c : *contents) {
        const QString path = QDir(directory).filePath(fileName(month, c.region, c.department.name));
        if (Status s = writePacket(path, c, *data); !s)
            return s.error();
        files.append(
            {path, c.department.id, c.department.name, int(c.tasks.size()), int(c.metrics.size())});
        qCDebug(lcExchange) << "packet" << path << c.tasks.size() << "tasks" << c.metrics.size()
                            << "targets";
    }
    return files;
}

} // namespace cp
