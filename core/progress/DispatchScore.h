#pragma once

#include "DispatchInput.h"
#include "DispatchRules.h"

#include <QCoreApplication>

namespace cp {

class Workspace;

// The parts of a dispatch score, in the order 002 lists them.
enum class ScorePart {
    Base,              // 基础分
    Progress,          // 当月任务推进得分
    Completion,        // 当月任务办结得分
    CompletedProgress, // 当月已办结任务推进得分
    Commendation,      // 表彰或通报表扬
    Criticism,         // 批评或通报批评
    AdoptedSuggestion, // 意见建议被采纳
    Seminar,           // 专题研讨、宣传推广
    Exchange,          // 区域交流合作
    LateReport,        // 未按规定时间反馈
    InaccurateReport   // 信息报送不准确
};

// The parts grouped as a ranking shows them side by side (the chart, the bulletins): the base;
// progress with progress on completed tasks; completion; bonuses; penalties (at most 0).
enum class ScoreGroup { Base, Progress, Completion, Bonuses, Penalties };
inline constexpr int ScoreGroupCount = 5;

struct ScoreGroups
{
    double points[ScoreGroupCount] = {};
    double operator[](ScoreGroup group) const { return points[int(group)]; }
};

// One report or event behind a part of the score, counted or not, and why.
struct ScoreItem
{
    Id taskId = 0;
    Id reportId = 0;
    Id eventId = 0;
    double points = 0; // what it added; 0 when it did not count
    bool counted = false;
    QString text; // the task or the event, in the planner's words
    QString why;  // why it counted or not: "no evidence", "cap of 10 reached" …
};

struct ScoreComponent
{
    ScorePart part = ScorePart::Base;
    double points = 0;
    int count = 0; // tasks or events counted
    QString formula; // "2 / 8 × 10" for the task parts
    bool capped = false;
    QList<ScoreItem> items;
};

struct DepartmentScore
{
    Id departmentId = 0;
    Id regionId = 0;
    QString department;
    int annualTasks = 0;
    int leadTasks = 0;
    double score = 0;
    int rank = 0;  // within the region; equal scores share a rank (1, 1, 3)
    bool late = false;
    bool reportPending = false; // the month's deadline has not passed yet
    QList<ScoreComponent> components; // every part, also those worth 0

    const ScoreComponent &component(ScorePart part) const;
};

// The month's dispatch: every department with annual tasks (or events) in the month, ranked per
// region. Scores are rounded to hundredths before ranking, so what is shown is what is compared.
class DispatchScoring
{
    Q_DECLARE_TR_FUNCTIONS(cp::DispatchScoring)

public:
    // now: when the scores are computed; a monthly report not yet due is not late.
    static QList<DepartmentScore> compute(const DispatchInput &input, const DispatchRules &rules, const QDateTime &now);

    // Loads the month from the workspace (regionId 0: every region) with its rules and computes it.
    static Result<QList<DepartmentScore>> compute(const Workspace &workspace, Month month, Id regionId = 0,
                                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // When a month's reports are due: the end of the deadline day, China time (UTC+8).
    static QDateTime reportDeadline(Month month, const DispatchRules &rules);

    // A score's parts in their groups; a bonus rule set below 0 counts as a penalty, and back.
    static ScoreGroups groups(const DepartmentScore &score);

    static QString partName(ScorePart part);
    static QString groupName(ScoreGroup group);
    static QString partCode(ScorePart part); // "progress", "completion" … for JSON
};

} // namespace cp
