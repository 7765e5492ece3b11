#include "DispatchRules.h"

#include "storage/Workspace.h"

#include <QJsonDocument>

namespace cp {

namespace {

const QString kMetaKey = QStringLiteral("dispatch_rules");
const char *const kLevels[] = {"central", "provincial", "municipal"};

// Reads a JSON object strictly: every key must be known, every value of the right type and range.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &path)
        : m_object(object)
        , m_path(path)
    {}

    QString where(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    Status number(const char *key, double &target, double min, double max)
    {
        const QString k = QString::fromLatin1(key);
        m_known.append(k);
        if (!m_object.contains(k))
            return {};
        const QJsonValue v = m_object.value(k);
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            return Error(DispatchRules::tr("dispatch rules: %1 must be a number from %2 to %3")
                             .arg(where(k), QString::number(min), QString::number(max)));
        }
        target = v.toDouble();
        return {};
    }

    Status integer(const char *key, int &target, int min, int max)
    {
        double v = target;
        if (Status s = number(key, v, min, max); !s)
            return s;
        if (v != double(int(v)))
            return Error(DispatchRules::tr("dispatch rules: %1 must be a whole number").arg(where(QString::fromLatin1(key))));
        target = int(v);
        return {};
    }

    Status boolean(const char *key, bool &target)
    {
        const QString k = QString::fromLatin1(key);
        m_known.append(k);
        if (!m_object.contains(k))
            return {};
        if (!m_object.value(k).isBool())
            return Error(DispatchRules::tr("dispatch rules: %1 must be true or false").arg(where(k)));
        target = m_object.value(k).toBool();
        return {};
    }

    Status choice(const char *key, QString &target, const QStringList &allowed)
    {
        const QString k = QString::fromLatin1(key);
        m_known.append(k);
        if (!m_object.contains(k))
            return {};
        const QString v = m_object.value(k).toString();
        if (!allowed.contains(v)) {
            return Error(DispatchRules::tr("dispatch rules: %1 must be one of %2")
                             .arg(where(k), allowed.join(QStringLiteral(", "))));
        }
        target = v;
        return {};
    }

    Result<Reader> object(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        m_known.append(k);
        const QJsonValue v = m_object.value(k);
        if (!v.isUndefined() && !v.isObject())
            return Error(DispatchRules::tr("dispatch rules: %1 must be an object").arg(where(k)));
        return Reader(v.toObject(), where(k));
    }

    // After reading: a key nobody asked for is a typo the planner should hear about.
    Status finish() const
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key()))
                return Error(DispatchRules::tr("dispatch rules: unknown setting %1").arg(where(it.key())));
        }
        return {};
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList m_known;
};

Status readEventRule(Reader &parent, const char *key, EventRule &rule)
{
    auto r = parent.object(key);
    if (!r)
        return r.error();
    if (Status s = r->number("points", rule.points, -100, 100); !s)
        return s;
    if (Status s = r->number("monthly_cap", rule.monthlyCap, 0, 1000); !s)
        return s;
    if (Status s = r->boolean("evidence_required", rule.evidenceRequired); !s)
        return s;
    return r->finish();
}

Status readLevels(Reader &parent, const char *key, std::array<EventRule, 3> &rules)
{
    auto r = parent.object(key);
    if (!r)
        return r.error();
    for (int i = 0; i < 3; ++i) {
        if (Status s = r->number(kLevels[i], rules[i].points, -100, 100); !s)
            return s;
    }
    return r->finish();
}

QJsonObject eventJson(const EventRule &rule)
{
    QJsonObject o{{QStringLiteral("points"), rule.points}};
    if (rule.monthlyCap > 0)
        o.insert(QStringLiteral("monthly_cap"), rule.monthlyCap);
    if (rule.evidenceRequired)
        o.insert(QStringLiteral("evidence_required"), true);
    return o;
}

QJsonObject levelsJson(const std::array<EventRule, 3> &rules)
{
    QJsonObject o;
    for (int i = 0; i < 3; ++i)
        o.insert(QString::fromLatin1(kLevels[i]), rules[i].points);
    return o;
}

} // namespace

DispatchRules::DispatchRules()
    : commendation{EventRule{10}, EventRule{5}, EventRule{3}}
    , criticism{EventRule{-10}, EventRule{-5}, EventRule{-3}}
    , adoptedSuggestion{5}
    , seminar{5, 10}
    , exchange{5, 15, true}
    , lateReport{-5}
    , inaccurateReport{-5}
{
}

EventRule DispatchRules::rule(EventKind kind, EventLevel level) const
{
    const int levelIndex = level == EventLevel::Central ? 0 : level == EventLevel::Provincial ? 1 : level == EventLevel::Municipal ? 2 : -1;
    switch (kind) {
    case EventKind::Commendation:
        return levelIndex < 0 ? EventRule{} : commendation[levelIndex];
    case EventKind::Criticism:
        return levelIndex < 0 ? EventRule{} : criticism[levelIndex];
    case EventKind::AdoptedSuggestion:
        return adoptedSuggestion;
    case EventKind::Seminar:
        return seminar;
    case EventKind::Exchange:
        return exchange;
    case EventKind::LateReport:
        return lateReport;
    case EventKind::InaccurateReport:
        return inaccurateReport;
    }
    return {};
}

QJsonObject DispatchRules::toJson() const
{
    return QJsonObject{
        {QStringLiteral("base"), base},
        {QStringLiteral("tasks"),
         QJsonObject{{QStringLiteral("scope"), leadOnly ? QStringLiteral("lead") : QStringLiteral("all_roles")},
                     {QStringLiteral("evidence_required"), evidenceRequired},
                     {QStringLiteral("progress"), progressPoints},
                     {QStringLiteral("completion"), completionPoints},
                     {QStringLiteral("completed_progress"), completedProgressPoints}}},
        {QStringLiteral("events"),
         QJsonObject{{QStringLiteral("commendation"), levelsJson(commendation)},
                     {QStringLiteral("criticism"), levelsJson(criticism)},
                     {QStringLiteral("adopted_suggestion"), eventJson(adoptedSuggestion)},
                     {QStringLiteral("seminar"), eventJson(seminar)},
                     {QStringLiteral("exchange"), eventJson(exchange)},
                     {QStringLiteral("late_report"), eventJson(lateReport)},
                     {QStringLiteral("inaccurate_report"), eventJson(inaccurateReport)}}},
        {QStringLiteral("reports"),
         QJsonObject{{QStringLiteral("deadline_day"), reportDeadlineDay}, {QStringLiteral("automatic_late"), automaticLate}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("at_risk_below"), atRiskBelow}}},
    };
}

Result<DispatchRules> DispatchRules::fromJson(const QJsonObject &json)
{
    DispatchRules rules;
    Reader root(json, QString());
    if (Status s = root.number("base", rules.base, 0, 1000); !s)
        return s.error();

    auto tasks = root.object("tasks");
    if (!tasks)
        return tasks.error();
    QString scope = rules.leadOnly ? QStringLiteral("lead") : QStringLiteral("all_roles");
    if (Status s = tasks->choice("scope", scope, {QStringLiteral("all_roles"), QStringLiteral("lead")}); !s)
        return s.error();
    rules.leadOnly = scope == QLatin1String("lead");
    if (Status s = tasks->boolean("evidence_required", rules.evidenceRequired); !s)
        return s.error();
    if (Status s = tasks->number("progress", rules.progressPoints, 0, 100); !s)
        return s.error();
    if (Status s = tasks->number("completion", rules.completionPoints, 0, 100); !s)
        return s.error();
    if (Status s = tasks->number("completed_progress", rules.completedProgressPoints, 0, 100); !s)
        return s.error();
    if (Status s = tasks->finish(); !s)
        return s.error();

    auto events = root.object("events");
    if (!events)
        return events.error();
    for (Status s : {readLevels(*events, "commendation", rules.commendation), readLevels(*events, "criticism", rules.criticism),
                     readEventRule(*events, "adopted_suggestion", rules.adoptedSuggestion),
                     readEventRule(*events, "seminar", rules.seminar), readEventRule(*events, "exchange", rules.exchange),
                     readEventRule(*events, "late_report", rules.lateReport),
                     readEventRule(*events, "inaccurate_report", rules.inaccurateReport), events->finish()}) {
        if (!s)
            return s.error();
    }

    auto reports = root.object("reports");
    if (!reports)
        return reports.error();
    if (Status s = reports->integer("deadline_day", rules.reportDeadlineDay, 1, 31); !s)
        return s.error();
    if (Status s = reports->boolean("automatic_late", rules.automaticLate); !s)
        return s.error();
    if (Status s = reports->finish(); !s)
        return s.error();

    auto status = root.object("status");
    if (!status)
        return status.error();
    if (Status s = status->number("at_risk_below", rules.atRiskBelow, 0, 1); !s)
        return s.error();
    if (Status s = status->finish(); !s)
        return s.error();
    if (Status s = root.finish(); !s)
        return s.error();
    return rules;
}

Result<DispatchRules> DispatchRules::load(const Workspace &workspace)
{
    const QString text = workspace.meta(kMetaKey);
    if (text.isEmpty())
        return DispatchRules();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        return Error(tr("the workspace's dispatch rules cannot be read: %1").arg(error.errorString()));
    return fromJson(doc.object());
}

Status DispatchRules::save(Workspace &workspace) const
{
    return workspace.setMeta(kMetaKey, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace cp
