#pragma once

#include "domain/Month.h"
#include "domain/Types.h"
#include "progress/DispatchRules.h"
#include "progress/ProgressStatus.h"

#include <QAbstractTableModel>
#include <QColor>

#include <optional>

namespace cp {
class Workspace;
}

namespace cp::ui {

class EditActions;

// A department's monthly readings: one row per target (Metric) of the tasks it leads whose period
// includes the month, with the target, where the path to it (序时进度) puts the month, the value
// reached by the end of the month, its status, the forecast for the end of the period, a note and
// evidence. The value and the note are editable (clearing the value removes the reading; text that
// is no number is refused) and files dropped on a row become its evidence; every change goes
// through EditActions. Rows follow the workspace's signals and announce only the cells that
// changed.
class ReadingEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        TargetColumn,
        GoalColumn,
        ExpectedColumn,
        ValueColumn,
        StatusColumn,
        ForecastColumn,
        NoteColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum DataRole { MetricIdRole = Qt::UserRole + 1, StateRole };

    ReadingEntryModel(Workspace *workspace, EditActions *edits, QObject *parent = nullptr);

    // The department whose targets are shown, of which region, for which month; 0 shows nothing.
    void setScope(Id regionId, Id departmentId, Month month);
    Id departmentId() const { return m_departmentId; }
    Month month() const { return m_month; }

    Id metricId(int row) const;
    int rowOfMetric(Id metricId) const;
    std::optional<Reading> reading(int row) const;
    MetricAssessment assessment(int row) const;
    QList<EvidenceFile> evidence(int row) const;
    // Stores the files and adds them to the row's reading in one undo step. Refused (false, with
    // EditActions::failed) when the target has no reading for the month or a file cannot be read.
    bool attachEvidence(int row, const QStringList &filePaths);
    bool removeEvidence(int row, const QString &sha256);

    // The background a status is shown on: Done green, OnTrack blue, Behind amber, AtRisk red,
    // NotReported grey; none for NotDue.
    static QColor stateColor(ProgressState state);

    // Headers and cells again in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Row
    {
        Metric metric;
        QString path;                   // of the metric's task
        std::optional<Reading> reading; // this target's own reading for the month
        MetricAssessment assessment;    // from the readings of the target and those linked to it
        QList<EvidenceFile> evidence;
    };
    QList<Row> readRows() const;
    // Reads everything again; the same targets keep their rows and announce what changed.
    void reload();
    QVariant cell(const Row &row, int column, int role) const;
    void replaceRow(int row, const Row &updated);
    bool setReading(const Row &row, std::optional<double> value, const QString &note,
                    const QStringList &evidence);

    Workspace *m_workspace;
    EditActions *m_edits;
    Id m_regionId = 0;
    Id m_departmentId = 0;
    Month m_month;
    DispatchRules m_rules;
    QList<Row> m_rows;
    // A precise signal was handled: the progressChanged that follows it is no news.
    bool m_handled = false;
};

} // namespace cp::ui
