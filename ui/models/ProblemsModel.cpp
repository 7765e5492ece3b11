#include "ProblemsModel.h"

#include "domain/Format.h"
#include "storage/Workspace.h"

namespace cp::ui {

ProblemsModel::ProblemsModel(Workspace *workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &ProblemsModel::refresh);
    const auto later = [this] { m_timer.start(); };
    connect(m_workspace, &Workspace::opened, this, &ProblemsModel::refresh);
    connect(m_workspace, &Workspace::documentsChanged, this, later);
    connect(m_workspace, &Workspace::tasksChanged, this, later);
    connect(m_workspace, &Workspace::taskChanged, this, later);
    connect(m_workspace, &Workspace::metricsChanged, this, later);
    connect(m_workspace, &Workspace::departmentsChanged, this, later);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        beginResetModel();
        m_problems.clear();
        endResetModel();
        Q_EMIT countChanged(0);
    });
}

void ProblemsModel::refresh()
{
    m_timer.stop();
    QList<Problem> found;
    if (m_workspace->isOpen()) {
        for (const auto &[taskId, path] : m_workspace->tasks().withoutLead().value_or({}))
            found.append({NoLead, taskId, 0, tr("%1 has no lead unit").arg(path)});
        const QList<Metric> metrics = m_workspace->metrics().questionable().value_or({});
        const QHash<Id, QString> pathOf = metrics.isEmpty() ? QHash<Id, QString>() : m_workspace->tasks().paths().value_or({});
        for (const Metric &m : metrics) {
            const QString where = pathOf.value(m.taskId);
            if (m.unit.isEmpty())
                found.append({NoUnit, m.taskId, m.id, tr("%1: the target “%2” has no unit").arg(where, m.label)});
            if (m.value == 0 && m.kind == MetricKind::Absolute)
                found.append({NoValue, m.taskId, m.id, tr("%1: the target “%2” has no value").arg(where, m.label)});
            if (m.comparator == Comparator::AtLeast && m.baseline && m.value < *m.baseline)
                found.append({BelowBaseline, m.taskId, m.id,
                              tr("%1: the target “%2” (%3) is below its baseline").arg(where, m.label, formatTarget(m))});
        }
    }
    beginResetModel();
    m_problems = found;
    endResetModel();
    Q_EMIT countChanged(int(m_problems.size()));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.message;
    case TaskIdRole:
        return p.taskId;
    case MetricIdRole:
        return p.metricId;
    case KindRole:
        return int(p.kind);
    default:
        return {};
    }
}

} // namespace cp::ui
