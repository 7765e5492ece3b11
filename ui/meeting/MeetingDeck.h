#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace cp {
class Workspace;
}

namespace cp::ui {

// One slide of a dispatch meeting (调度会): what it shows and the presenter's note.
struct MeetingSlide
{
    enum class Kind {
        Overview,          // tasks by status per section (or per document of the region)
        Targets,           // a document's (or section's) targets toward their goals
        DepartmentTargets, // the targets of the tasks one department leads
        Ranking,           // the month's dispatch ranking
        Laggards,          // late departments, targets at risk, forecasts that miss
        Trend,             // one target's months against its path
        HeatMap            // departments × months
    };

    Kind kind = Kind::Overview;
    QString title; // empty: the slide's own title
    Id documentId = 0;
    Id sectionId = 0;
    Id departmentId = 0;
    Id metricId = 0;
    QString note; // the presenter's note

    QJsonObject toJson() const;
    static std::optional<MeetingSlide> fromJson(const QJsonObject &json);
    friend bool operator==(const MeetingSlide &, const MeetingSlide &) = default;
};

// The slides of a region's meeting, kept per workspace (metadata "meeting_slides"), and the deck a
// planner starts from: the overview, each document's targets, the ranking, the laggards and the
// trends of the targets most at risk.
class MeetingDeck
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::MeetingDeck)

public:
    Id regionId = 0;
    Month month;
    QList<MeetingSlide> slides;

    static Result<MeetingDeck> load(const Workspace &workspace, Id regionId, Month month);
    Status save(Workspace &workspace) const;
    static MeetingDeck standard(const Workspace &workspace, Id regionId, Month month);

    // The title a slide shows when the planner gave none.
    static QString defaultTitle(const Workspace &workspace, const MeetingSlide &slide, Month month);
    static QString kindName(MeetingSlide::Kind kind);
};

} // namespace cp::ui
