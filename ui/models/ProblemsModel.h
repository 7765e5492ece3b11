#pragma once

#include "domain/Types.h"

#include <QAbstractListModel>
#include <QTimer>

namespace cp {
class Workspace;
}

namespace cp::ui {

// What a planner should look at after an import or an edit, never fixed silently: a task with no
// lead unit, a target without a unit or a value, a "≥" target below its own baseline, a range
// whose end is below its start. Recomputed shortly after every change.
class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Kind { NoLead, NoUnit, NoValue, BelowBaseline };
    enum DataRole { TaskIdRole = Qt::UserRole + 1, MetricIdRole, KindRole };

    struct Problem
    {
        Kind kind;
        Id taskId = 0;
        Id metricId = 0;
        QString message;
    };

    explicit ProblemsModel(Workspace *workspace, QObject *parent = nullptr);

    // Recomputes now (otherwise it happens after changes settle).
    void refresh();
    const QList<Problem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countChanged(int count);

private:
    Workspace *m_workspace;
    QList<Problem> m_problems;
    QTimer m_timer;
};

} // namespace cp::ui
