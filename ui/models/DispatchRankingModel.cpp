#include "DispatchRankingModel.h"

#include "storage/Workspace.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace cp::ui {

namespace {

constexpr ScorePart kTaskParts[] = {ScorePart::Progress, ScorePart::Completion,
                                    ScorePart::CompletedProgress};
constexpr ScorePart kEventParts[] = {ScorePart::Commendation,      ScorePart::Criticism,
                                     ScorePart::AdoptedSuggestion, ScorePart::Seminar,
                                     ScorePart::Exchange,          ScorePart::InaccurateReport};
const QColor kLate(0xB0, 0x1C, 0x1C);

QString points(double value)
{
    return QLocale().toString(value, 'f', 2);
}

bool isNumeric(int column)
{
    return column != DispatchRankingModel::DepartmentColumn &&
           column != DispatchRankingModel::RegionColumn;
}

} // namespace

DispatchRankingModel::DispatchRankingModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_month(Month::of(QDate::currentDate()))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DispatchRankingModel::recompute);
    const auto later = [this] { scheduleRecompute(); };
    connect(m_workspace, &Workspace::opened, this, later);
    connect(m_workspace, &Workspace::documentsChanged, this, later);
    connect(m_workspace, &Workspace::tasksChanged, this, later);
    connect(m_workspace, &Workspace::taskChanged, this, later); // its units may have changed
    connect(m_workspace, &Workspace::departmentsChanged, this, later);
    connect(m_workspace, &Workspace::progressChanged, this, later);
    connect(m_workspace, &Workspace::dispatchRulesChanged, this, later);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        m_timer.stop();
        clear();
    });
    if (m_workspace->isOpen())
        scheduleRecompute();
}

void DispatchRankingModel::setMonth(Month month)
{
    if (month == m_month)
        return;
    m_month = month;
    recompute();
}

void DispatchRankingModel::setRegion(Id regionId)
{
    if (regionId == m_regionId)
        return;
    m_regionId = regionId;
    recompute();
}

void DispatchRankingModel::setNow(const QDateTime &now)
{
    m_now = now;
    recompute();
}

QDateTime DispatchRankingModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

void DispatchRankingModel::scheduleRecompute()
{
    m_timer.start();
}

void DispatchRankingModel::clear()
{
    beginResetModel();
    m_columns = m_regionId ? int(RegionColumn) : int(ColumnCount);
    m_scores.clear();
    m_rowOfDepartment.clear();
    m_error.clear();
    endResetModel();
    Q_EMIT computed();
}

void DispatchRankingModel::recompute()
{
    m_timer.stop();
    if (!m_workspace->isOpen()) {
        clear();
        return;
    }
    QList<DepartmentScore> scores;
    QString error;
    if (auto rules = DispatchRules::load(*m_workspace); !rules) {
        error = rules.error().message();
    } else if (auto input = m_workspace->progress().dispatchInput(m_month, m_regionId); !input) {
        m_rules = *rules;
        error = input.error().message();
    } else {
        m_rules = *rules;
        scores = DispatchScoring::compute(*input, m_rules, now());
    }
    m_error = error;
    m_regionNames.clear();
    if (m_regionId == 0) {
        const QList<Region> regions = m_workspace->regions().all().value_or({});
        QHash<Id, QString> names;
        for (const Region &r : regions)
            names.insert(r.id, r.name);
        for (const Region &r : regions)
            m_regionNames.insert(r.id, r.parentId ? names.value(r.parentId) +
                                                        QStringLiteral(" · ") + r.name
                                                  : r.name);
    }

    // The same departments as before (and the same columns): they keep their rows, so the cells
    // change in place and a sorting proxy and a view's selection follow.
    const int columns = m_regionId ? int(RegionColumn) : int(ColumnCount);
    bool sameRows = !m_scores.isEmpty() && scores.size() == m_scores.size() && columns == m_columns;
    for (qsizetype i = 0; sameRows && i < scores.size(); ++i)
        sameRows = m_rowOfDepartment.contains(scores.at(i).departmentId);
    if (sameRows) {
        for (const DepartmentScore &s : std::as_const(scores))
            m_scores[m_rowOfDepartment.value(s.departmentId)] = s;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT computed();
        return;
    }
    beginResetModel();
    m_columns = columns;
    m_scores = scores;
    m_rowOfDepartment.clear();
    for (int i = 0; i < m_scores.size(); ++i)
        m_rowOfDepartment.insert(m_scores.at(i).departmentId, i);
    endResetModel();
    Q_EMIT computed();
}

const DepartmentScore *DispatchRankingModel::score(Id departmentId) const
{
    const int row = rowOfDepartment(departmentId);
    return row < 0 ? nullptr : &m_scores.at(row);
}

int DispatchRankingModel::rowOfDepartment(Id departmentId) const
{
    return m_rowOfDepartment.value(departmentId, -1);
}

QDateTime DispatchRankingModel::reportDeadline() const
{
    return DispatchScoring::reportDeadline(m_month, m_rules);
}

bool DispatchRankingModel::reportsPending() const
{
    return m_rules.automaticLate && now() <= reportDeadline();
}

double DispatchRankingModel::taskPoints(const DepartmentScore &score)
{
    double sum = 0;
    for (ScorePart part : kTaskParts)
        sum += score.component(part).points;
    return sum;
}

double DispatchRankingModel::eventPoints(const DepartmentScore &score)
{
    double sum = 0;
    for (ScorePart part : kEventParts)
        sum += score.component(part).points;
    return sum;
}

QString DispatchRankingModel::lateText(const DepartmentScore &score) const
{
    QStringList lines;
    for (const ScoreItem &item : score.component(ScorePart::LateReport).items) {
        QString line = item.eventId ? tr("Recorded late report: %1").arg(item.text) : item.text;
        if (!item.why.isEmpty())
            line = tr("%1 (%2)").arg(line, item.why);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

int DispatchRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scores.size());
}

int DispatchRankingModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_columns;
}

QVariant DispatchRankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_scores.size())
        return {};
    const DepartmentScore &s = m_scores.at(index.row());
    const double late = s.component(ScorePart::LateReport).points;
    switch (role) {
    case DepartmentIdRole:
        return s.departmentId;
    case RegionIdRole:
        return s.regionId;
    case SortRole:
        switch (index.column()) {
        case RankColumn:
            return s.rank;
        case DepartmentColumn:
            return s.department;
        case ScoreColumn:
            return s.score;
        case TasksColumn:
            return taskPoints(s);
        case EventsColumn:
            return eventPoints(s);
        case LateColumn:
            return late;
        case AnnualTasksColumn:
            return s.annualTasks;
        case RegionColumn:
            return m_regionNames.value(s.regionId);
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return QLocale().toString(s.rank);
        case DepartmentColumn:
            return s.department;
        case ScoreColumn:
            return points(s.score);
        case TasksColumn:
            return points(taskPoints(s));
        case EventsColumn:
            return points(eventPoints(s));
        case LateColumn:
            return s.late || late != 0 ? points(late) : QString();
        case AnnualTasksColumn:
            return QLocale().toString(s.annualTasks);
        case RegionColumn:
            return m_regionNames.value(s.regionId);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TasksColumn: {
            QStringList lines;
            for (ScorePart part : kTaskParts) {
                const ScoreComponent &c = s.component(part);
                lines.append(
                    tr("%1: %2 = %3")
                        .arg(DispatchScoring::partName(part), c.formula, points(c.points)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        case EventsColumn: {
            QStringList lines;
            for (ScorePart part : kEventParts) {
                const ScoreComponent &c = s.component(part);
                if (c.points != 0 || !c.items.isEmpty())
                    lines.append(
                        tr("%1: %2").arg(DispatchScoring::partName(part), points(c.points)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        case LateColumn:
            return lateText(s);
        case AnnualTasksColumn:
            return tr("%n annual task(s), of which it leads %1", nullptr, s.annualTasks)
                .arg(s.leadTasks);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == LateColumn && s.late)
            return kLate;
        return {};
    default:
        return {};
    }
}

QVariant DispatchRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case DepartmentColumn:
            return tr("Department");
        case ScoreColumn:
            return tr("Score");
        case TasksColumn:
            return tr("Tasks");
        case EventsColumn:
            return tr("Events");
        case LateColumn:
            return tr("Late");
        case AnnualTasksColumn:
            return tr("Annual tasks");
        case RegionColumn:
            return tr("Region");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (section) {
        case TasksColumn:
            return tr("Task progress, tasks completed and progress on completed tasks");
        case EventsColumn:
            return tr("Commendations, criticisms, adopted suggestions, seminars, exchanges and "
                      "inaccurate reports");
        case LateColumn:
            return tr("Reports not in by the deadline");
        case AnnualTasksColumn:
            return m_rules.leadOnly ? tr("Tasks the department leads")
                                    : tr("Tasks the department leads or cooperates on");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::InitialSortOrderRole:
        // Best first: the highest scores, the most points; the rank and the deductions from the
        // top.
        return int(section == RankColumn || section == DepartmentColumn || section == LateColumn ||
                           section == RegionColumn
                       ? Qt::AscendingOrder
                       : Qt::DescendingOrder);
    default:
        return {};
    }
}

} // namespace cp::ui
