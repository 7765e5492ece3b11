#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace cp {

// Each enum has a stable code (stored in the database and in JSON) and a translated label.

enum class RegionLevel { Province, City, County };

enum class DocumentKind {
    TaskList,              // 工作任务
    ImplementationOpinion, // 实施意见
    WorkReport,            // 政府工作报告
    ActionPlan,            // 行动方案
    Other
};

enum class TaskStatus {
    NotStarted, // 未启动
    InProgress, // 推进中
    Achieved,   // 有成果或实际成效
    Completed   // 已办结
};

enum class Role {
    Lead,       // 牵头
    Cooperating // 配合 / 按职责分工负责
};

enum class Comparator {
    AtLeast, // 以上, 不低于: >=
    AtMost,  // 以内, 不超过: <=
    About,   // 左右, 约: ~
    Equal    // =
};

enum class MetricKind {
    Absolute,  // a level: 160 座
    GrowthPct, // growth against the previous year: 增长9%
    RatioPct   // a share or coverage: 覆盖率99%
};

enum class EventKind {
    Commendation,      // 表彰或通报表扬
    Criticism,         // 批评或通报批评
    AdoptedSuggestion, // 意见建议被采纳
    Seminar,           // 专题研讨会议、专题活动、宣传推广
    Exchange,          // 区域交流合作
    LateReport,        // 未按规定时间反馈
    InaccurateReport   // 信息报送不准确
};

enum class EventLevel {
    None,
    Central,    // 中央、国务院
    Provincial, // 省委、省政府
    Municipal   // 市委、市政府
};

enum class WorkspaceKind {
    Normal,
    Sample,   // generated sample progress data on real documents
    Synthetic // generated documents, departments and data
};

template<typename E>
QString toCode(E value);
template<typename E>
std::optional<E> fromCode(QStringView code);
template<typename E>
QString displayName(E value);
template<typename E>
QList<E> allValues();
// All codes of an enum, for error messages: "one of >=, <=, ~, =".
template<typename E>
QString codeList();

#define CP_DECLARE_ENUM(E)                                                                         \
    template<>                                                                                     \
    QString toCode<E>(E value);                                                                    \
    template<>                                                                                     \
    std::optional<E> fromCode<E>(QStringView code);                                                \
    template<>                                                                                     \
    QString displayName<E>(E value);                                                               \
    template<>                                                                                     \
    QList<E> allValues<E>();                                                                       \
    template<>                                                                                     \
    QString codeList<E>();

CP_DECLARE_ENUM(RegionLevel)
CP_DECLARE_ENUM(DocumentKind)
CP_DECLARE_ENUM(TaskStatus)
CP_DECLARE_ENUM(Role)
CP_DECLARE_ENUM(Comparator)
CP_DECLARE_ENUM(MetricKind)
CP_DECLARE_ENUM(EventKind)
CP_DECLARE_ENUM(EventLevel)
CP_DECLARE_ENUM(WorkspaceKind)

#undef CP_DECLARE_ENUM

// The comparator as a planner writes it: ≥ ≤ ≈ =
QString comparatorSymbol(Comparator c);

} // namespace cp
