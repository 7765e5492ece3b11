#include "MeetingDeck.h"

#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cp::ui {

namespace {

MeetingSlide slideOf(MeetingSlide::Kind kind)
{
    MeetingSlide s;
    s.kind = kind;
    return s;
}

const QString kMetaKey = QStringLiteral("meeting_slides");

const char *const kKindCodes[] = {"overview", "targets", "department_targets", "ranking", "laggards", "trend", "heatmap"};

QJsonObject stored(const Workspace &workspace)
{
    return QJsonDocument::fromJson(workspace.meta(kMetaKey).toUtf8()).object();
}

} // namespace

QJsonObject MeetingSlide::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(kKindCodes[int(kind)])}};
    const auto put = [&o](const char *key, Id id) {
        if (id)
            o.insert(QString::fromLatin1(key), id);
    };
    put("document", documentId);
    put("section", sectionId);
    put("department", departmentId);
    put("metric", metricId);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

std::optional<MeetingSlide> MeetingSlide::fromJson(const QJsonObject &json)
{
    MeetingSlide s;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    const auto found = std::find_if(std::begin(kKindCodes), std::end(kKindCodes), [&](const char *c) { return kind == QLatin1String(c); });
    if (found == std::end(kKindCodes))
        return std::nullopt;
    s.kind = Kind(found - std::begin(kKindCodes));
    s.documentId = json.value(QStringLiteral("document")).toInteger();
    s.sectionId = json.value(QStringLiteral("section")).toInteger();
    s.departmentId = json.value(QStringLiteral("department")).toInteger();
    s.metricId = json.value(QStringLiteral("metric")).toInteger();
    s.title = json.value(QStringLiteral("title")).toString();
    s.note = json.value(QStringLiteral("note")).toString();
    return s;
}

Result<MeetingDeck> MeetingDeck::load(const Workspace &workspace, Id regionId, Month month)
{
    const QJsonArray saved = stored(workspace).value(QString::number(regionId)).toArray();
    if (saved.isEmpty())
        return standard(workspace, regionId, month);
    MeetingDeck deck;
    deck.regionId = regionId;
    deck.month = month;
    for (const QJsonValue &v : saved) {
        if (auto slide = MeetingSlide::fromJson(v.toObject()))
            deck.slides.append(*slide);
    }
    return deck;
}

Status MeetingDeck::save(Workspace &workspace) const
{
    QJsonObject all = stored(workspace);
    QJsonArray list;
    for (const MeetingSlide &s : slides)
        list.append(s.toJson());
    all.insert(QString::number(regionId), list);
    return workspace.setMeta(kMetaKey, QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

MeetingDeck MeetingDeck::standard(const Workspace &workspace, Id regionId, Month month)
{
    MeetingDeck deck;
    deck.regionId = regionId;
    deck.month = month;
    deck.slides.append(slideOf(MeetingSlide::Kind::Overview));
    const QList<MetricTrack> tracks = workspace.progress().metricTracks(month, regionId).value_or({});
    // Each top-level section's targets on a slide of its own: a projector shows about twenty bars.
    QSet<Id> tasksWithTargets;
    for (const MetricTrack &t : tracks)
        tasksWithTargets.insert(t.metric.taskId);
    for (const Document &d : workspace.documents().list().value_or({})) {
        if (d.regionId != regionId)
            continue;
        const QList<Section> sections = workspace.documents().sections(d.id).value_or({});
        QHash<Id, Id> parent;
        for (const Section &s : sections)
            parent.insert(s.id, s.parentId);
        QSet<Id> topsWithTargets;
        bool unsectioned = false;
        for (const Task &t : workspace.tasks().forDocument(d.id).value_or({})) {
            if (!tasksWithTargets.contains(t.id))
                continue;
            Id top = t.sectionId;
            while (parent.value(top))
                top = parent.value(top);
            if (top)
                topsWithTargets.insert(top);
            else
                unsectioned = true;
        }
        if (unsectioned || (!topsWithTargets.isEmpty() && sections.isEmpty())) {
            MeetingSlide s;
            s.kind = MeetingSlide::Kind::Targets;
            s.documentId = d.id;
            deck.slides.append(s);
            continue;
        }
        for (const Section &section : sections) {
            if (!topsWithTargets.contains(section.id))
                continue;
            MeetingSlide s;
            s.kind = MeetingSlide::Kind::Targets;
            s.documentId = d.id;
            s.sectionId = section.id;
            deck.slides.append(s);
        }
    }
    deck.slides.append(slideOf(MeetingSlide::Kind::Ranking));
    deck.slides.append(slideOf(MeetingSlide::Kind::Laggards));
    // The three targets furthest behind their path (that were read at all), as trends.
    QList<std::pair<double, Id>> behind;
    const DispatchRules rules = DispatchRules::load(workspace).value_or(DispatchRules());
    for (const MetricTrack &t : tracks) {
        const MetricAssessment a = ProgressStatus::assess(t, month, rules);
        if ((a.state == ProgressState::AtRisk || a.state == ProgressState::Behind) && a.value && a.expected && *a.expected != 0)
            behind.append({*a.value / *a.expected, t.metric.id});
    }
    std::sort(behind.begin(), behind.end());
    for (const auto &[share, metric] : behind.mid(0, 3)) {
        Q_UNUSED(share);
        MeetingSlide s;
        s.kind = MeetingSlide::Kind::Trend;
        s.metricId = metric;
        deck.slides.append(s);
    }
    deck.slides.append(slideOf(MeetingSlide::Kind::HeatMap));
    return deck;
}

QString MeetingDeck::kindName(MeetingSlide::Kind kind)
{
    switch (kind) {
    case MeetingSlide::Kind::Overview:
        return tr("Overview");
    case MeetingSlide::Kind::Targets:
        return tr("Targets of a document or section");
    case MeetingSlide::Kind::DepartmentTargets:
        return tr("Targets of a department");
    case MeetingSlide::Kind::Ranking:
        return tr("Ranking");
    case MeetingSlide::Kind::Laggards:
        return tr("Lagging behind");
    case MeetingSlide::Kind::Trend:
        return tr("Trend of a target");
    case MeetingSlide::Kind::HeatMap:
        return tr("Departments by month");
    }
    return {};
}

QString MeetingDeck::defaultTitle(const Workspace &workspace, const MeetingSlide &slide, Month month)
{
    switch (slide.kind) {
    case MeetingSlide::Kind::Targets:
        for (const Section &s : workspace.documents().sections(slide.documentId).value_or({}))
            if (slide.sectionId && s.id == slide.sectionId)
                return tr("%1: targets").arg(s.number + s.title);
        if (auto d = workspace.documents().header(slide.documentId))
            return tr("%1: targets").arg(d->title);
        break;
    case MeetingSlide::Kind::DepartmentTargets:
        if (auto d = workspace.departments().get(slide.departmentId))
            return tr("%1: targets").arg(d->name);
        break;
    case MeetingSlide::Kind::Trend:
        if (auto m = workspace.metrics().get(slide.metricId))
            return tr("%1: month by month").arg(m->label);
        break;
    case MeetingSlide::Kind::Ranking:
        return tr("Dispatch ranking, %1").arg(month.toString());
    case MeetingSlide::Kind::Laggards:
        return tr("Lagging behind, %1").arg(month.toString());
    case MeetingSlide::Kind::Overview:
        return tr("Progress overview, %1").arg(month.toString());
    case MeetingSlide::Kind::HeatMap:
        return tr("Departments month by month");
    }
    return kindName(slide.kind);
}

} // namespace cp::ui
