#pragma once

#include "domain/Types.h"
#include "progress/DispatchScore.h"

#include <QAbstractItemModel>

namespace cp::ui {

// Where one department's dispatch score comes from: the parts of the score (base, task progress …
// late reports) with their points and formula, and under each the reports and events behind it,
// counted or not, and why. Parts worth nothing with nothing behind them are left out; the base
// always shows.
class ScoreDetailModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, PointsColumn, DetailColumn, ColumnCount };
    enum DataRole { TaskIdRole = Qt::UserRole + 1, EventIdRole, ReportIdRole, PartRole };

    explicit ScoreDetailModel(QObject *parent = nullptr);

    void setScore(const DepartmentScore &score);
    void clear();
    const DepartmentScore &score() const { return m_score; }
    Id departmentId() const { return m_score.departmentId; }
    // The row of a part, or an invalid index when it is not shown.
    QModelIndex indexOfPart(ScorePart part) const;

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant partData(const ScoreComponent &part, int column, int role) const;
    QVariant itemData(const ScoreItem &item, int column, int role) const;

    DepartmentScore m_score;
    QList<int> m_parts; // indexes into m_score.components of the parts shown
};

} // namespace cp::ui
