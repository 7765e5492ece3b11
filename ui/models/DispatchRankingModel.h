#pragma once

#include "domain/Month.h"
#include "domain/Types.h"
#include "progress/DispatchRules.h"
#include "progress/DispatchScore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

namespace cp {
class Workspace;
}

namespace cp::ui {

// One month's dispatch ranking (月调度排名) of one region, or of every region (region 0, with a
// Region column): rank, department, score and what it is made of. Recomputed shortly after any
// change to progress, rules, tasks or departments; when the same departments are ranked again only
// their cells change, so a view keeps its selection.
class DispatchRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The Region column exists only while every region is shown.
    enum Column {
        RankColumn,
        DepartmentColumn,
        ScoreColumn,
        TasksColumn,  // task progress + completion + progress on completed tasks
        EventsColumn, // commendations … inaccurate reports, without late reports
        LateColumn,
        AnnualTasksColumn,
        RegionColumn,
        ColumnCount
    };
    enum DataRole { SortRole = Qt::UserRole, DepartmentIdRole, RegionIdRole };

    explicit DispatchRankingModel(Workspace *workspace, QObject *parent = nullptr);

    Month month() const { return m_month; }
    void setMonth(Month month);
    Id regionId() const { return m_regionId; }
    void setRegion(Id regionId); // 0: every region
    // When the scores are computed; invalid (the default): the current time at each recompute.
    void setNow(const QDateTime &now);

    // Computes the ranking now (otherwise it happens once changes settle).
    void recompute();

    const QList<DepartmentScore> &scores() const { return m_scores; }
    const DepartmentScore *score(Id departmentId) const;
    int rowOfDepartment(Id departmentId) const;
    // The rules the ranking was computed with, and when the month's reports are due by them.
    const DispatchRules &rules() const { return m_rules; }
    QDateTime reportDeadline() const;
    // The deadline has not passed yet: nobody is late so far.
    bool reportsPending() const;
    // Why the ranking could not be computed (unreadable rules …); empty when it was.
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static double taskPoints(const DepartmentScore &score);
    static double eventPoints(const DepartmentScore &score);

Q_SIGNALS:
    // After every recompute, whether rows were reset or only changed.
    void computed();

private:
    void scheduleRecompute();
    void clear();
    QDateTime now() const;
    QString lateText(const DepartmentScore &score) const;

    Workspace *m_workspace;
    Month m_month;
    Id m_regionId = 0;
    int m_columns = ColumnCount; // as the rows were last reset
    QDateTime m_now;
    DispatchRules m_rules;
    QList<DepartmentScore> m_scores;
    QHash<Id, int> m_rowOfDepartment;
    QHash<Id, QString> m_regionNames; // 阳泉市 · 盂县
    QString m_error;
    QTimer m_timer;
};

} // namespace cp::ui
