#include "Enums.h"

#include <QCoreApplication>

#include <array>

namespace cp {
namespace {

template<typename E>
struct Entry
{
    using Value = E;
    E value;
    const char *code;
    const char *label; // source text for translation, context "cp::Enums"
};

constexpr std::array regionLevels{
    Entry<RegionLevel>{RegionLevel::Province, "province", QT_TRANSLATE_NOOP("cp::Enums", "Province")},
    Entry<RegionLevel>{RegionLevel::City, "city", QT_TRANSLATE_NOOP("cp::Enums", "City")},
    Entry<RegionLevel>{RegionLevel::County, "county", QT_TRANSLATE_NOOP("cp::Enums", "County")},
};

constexpr std::array documentKinds{
    Entry<DocumentKind>{DocumentKind::TaskList, "task_list", QT_TRANSLATE_NOOP("cp::Enums", "Task list")},
    Entry<DocumentKind>{DocumentKind::ImplementationOpinion, "implementation_opinion",
                        QT_TRANSLATE_NOOP("cp::Enums", "Implementation opinion")},
    Entry<DocumentKind>{DocumentKind::WorkReport, "work_report", QT_TRANSLATE_NOOP("cp::Enums", "Work report")},
    Entry<DocumentKind>{DocumentKind::ActionPlan, "action_plan", QT_TRANSLATE_NOOP("cp::Enums", "Action plan")},
    Entry<DocumentKind>{DocumentKind::Other, "other", QT_TRANSLATE_NOOP("cp::Enums", "Other")},
};

constexpr std::array taskStatuses{
    Entry<TaskStatus>{TaskStatus::NotStarted, "not_started", QT_TRANSLATE_NOOP("cp::Enums", "Not started")},
    Entry<TaskStatus>{TaskStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("cp::Enums", "In progress")},
    Entry<TaskStatus>{TaskStatus::Achieved, "achieved", QT_TRANSLATE_NOOP("cp::Enums", "Results achieved")},
    Entry<TaskStatus>{TaskStatus::Completed, "completed", QT_TRANSLATE_NOOP("cp::Enums", "Completed")},
};

constexpr std::array roles{
    Entry<Role>{Role::Lead, "lead", QT_TRANSLATE_NOOP("cp::Enums", "Lead")},
    Entry<Role>{Role::Cooperating, "cooperating", QT_TRANSLATE_NOOP("cp::Enums", "Cooperating")},
};

constexpr std::array comparators{
    Entry<Comparator>{Comparator::AtLeast, ">=", QT_TRANSLATE_NOOP("cp::Enums", "At least")},
    Entry<Comparator>{Comparator::AtMost, "<=", QT_TRANSLATE_NOOP("cp::Enums", "At most")},
    Entry<Comparator>{Comparator::About, "~", QT_TRANSLATE_NOOP("cp::Enums", "About")},
    Entry<Comparator>{Comparator::Equal, "=", QT_TRANSLATE_NOOP("cp::Enums", "Exactly")},
};

constexpr std::array metricKinds{
    Entry<MetricKind>{MetricKind::Absolute, "absolute", QT_TRANSLATE_NOOP("cp::Enums", "Level")},
    Entry<MetricKind>{MetricKind::GrowthPct, "growth_pct", QT_TRANSLATE_NOOP("cp::Enums", "Growth %")},
    Entry<MetricKind>{MetricKind::RatioPct, "ratio_pct", QT_TRANSLATE_NOOP("cp::Enums", "Ratio %")},
};

constexpr std::array eventKinds{
    Entry<EventKind>{EventKind::Commendation, "commendation", QT_TRANSLATE_NOOP("cp::Enums", "Commendation")},
    Entry<EventKind>{EventKind::Criticism, "criticism", QT_TRANSLATE_NOOP("cp::Enums", "Criticism")},
    Entry<EventKind>{EventKind::AdoptedSuggestion, "adopted_suggestion",
                     QT_TRANSLATE_NOOP("cp::Enums", "Adopted suggestion")},
    Entry<EventKind>{EventKind::Seminar, "seminar", QT_TRANSLATE_NOOP("cp::Enums", "Seminar or publicity")},
    Entry<EventKind>{EventKind::Exchange, "exchange", QT_TRANSLATE_NOOP("cp::Enums", "Regional exchange")},
    Entry<EventKind>{EventKind::LateReport, "late_report", QT_TRANSLATE_NOOP("cp::Enums", "Late report")},
    Entry<EventKind>{EventKind::InaccurateReport, "inaccurate_report",
                     QT_TRANSLATE_NOOP("cp::Enums", "Inaccurate report")},
};

constexpr std::array eventLevels{
    Entry<EventLevel>{EventLevel::None, "none", QT_TRANSLATE_NOOP("cp::Enums", "None")},
    Entry<EventLevel>{EventLevel::Central, "central", QT_TRANSLATE_NOOP("cp::Enums", "Central")},
    Entry<EventLevel>{EventLevel::Provincial, "provincial", QT_TRANSLATE_NOOP("cp::Enums", "Provincial")},
    Entry<EventLevel>{EventLevel::Municipal, "municipal", QT_TRANSLATE_NOOP("cp::Enums", "Municipal")},
};

constexpr std::array workspaceKinds{
    Entry<WorkspaceKind>{WorkspaceKind::Normal, "normal", QT_TRANSLATE_NOOP("cp::Enums", "Workspace")},
    Entry<WorkspaceKind>{WorkspaceKind::Sample, "sample", QT_TRANSLATE_NOOP("cp::Enums", "Sample workspace")},
    Entry<WorkspaceKind>{WorkspaceKind::Synthetic, "synthetic",
                         QT_TRANSLATE_NOOP("cp::Enums", "Synthetic workspace")},
};

template<typename Table, typename E>
QString codeOf(const Table &table, E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QString::fromLatin1(e.code);
    }
    return {};
}

template<typename Table, typename E = typename Table::value_type::Value>
std::optional<E> valueOf(const Table &table, QStringView code)
{
    for (const auto &e : table) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

template<typename Table, typename E>
QString labelOf(const Table &table, E value)
{
    for (const auto &e : table) {
        if (e.value == value)
            return QCoreApplication::translate("cp::Enums", e.label);
    }
    return {};
}

template<typename Table, typename E = typename Table::value_type::Value>
QList<E> valuesOf(const Table &table)
{
    QList<E> out;
    for (const auto &e : table)
        out.append(e.value);
    return out;
}

template<typename Table>
QString codesOf(const Table &table)
{
    QStringList codes;
    for (const auto &e : table)
        codes.append(QString::fromLatin1(e.code));
    return codes.join(QStringLiteral(", "));
}

} // namespace

#define CP_DEFINE_ENUM(E, table)                                                                   \
    template<>                                                                                     \
    QString toCode<E>(E value)                                                                     \
    {                                                                                              \
        return codeOf(table, value);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    std::optional<E> fromCode<E>(QStringView code)                                                 \
    {                                                                                              \
        return valueOf(table, code);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    QString displayName<E>(E value)                                                                \
    {                                                                                              \
        return labelOf(table, value);                                                              \
    }                                                                                              \
    template<>                                                                                     \
    QList<E> allValues<E>()                                                                        \
    {                                                                                              \
        return valuesOf(table);                                                                    \
    }                                                                                              \
    template<>                                                                                     \
    QString codeList<E>()                                                                          \
    {                                                                                              \
        return codesOf(table);                                                                     \
    }

CP_DEFINE_ENUM(RegionLevel, regionLevels)
CP_DEFINE_ENUM(DocumentKind, documentKinds)
CP_DEFINE_ENUM(TaskStatus, taskStatuses)
CP_DEFINE_ENUM(Role, roles)
CP_DEFINE_ENUM(Comparator, comparators)
CP_DEFINE_ENUM(MetricKind, metricKinds)
CP_DEFINE_ENUM(EventKind, eventKinds)
CP_DEFINE_ENUM(EventLevel, eventLevels)
CP_DEFINE_ENUM(WorkspaceKind, workspaceKinds)

#undef CP_DEFINE_ENUM

QString comparatorSymbol(Comparator c)
{
    switch (c) {
    case Comparator::AtLeast:
        return QStringLiteral("≥");
    case Comparator::AtMost:
        return QStringLiteral("≤");
    case Comparator::About:
        return QStringLiteral("≈");
    case Comparator::Equal:
        return QStringLiteral("=");
    }
    return {};
}

} // namespace cp
