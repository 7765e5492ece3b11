#pragma once

#include "domain/Month.h"
#include "domain/Types.h"

#include <QAbstractTableModel>

namespace cp {
class Workspace;
}

namespace cp::ui {

// A department's dispatch events (调度加减分项) of one month, by date: date, kind, level, note and
// evidence count. Read only; EventDialog adds and changes events through EditActions. An added or
// removed event inserts or removes its row, a changed one announces its cells.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, LevelColumn, NoteColumn, EvidenceColumn, ColumnCount };
    enum DataRole { EventIdRole = Qt::UserRole + 1 };

    explicit EventListModel(Workspace *workspace, QObject *parent = nullptr);

    // The department whose events are shown, of which region, for which month; 0 shows nothing.
    void setScope(Id regionId, Id departmentId, Month month);

    const DispatchEvent &event(int row) const { return m_events.at(row); }
    int rowOfEvent(Id eventId) const;

    // Headers and cells again in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DispatchEvent> readEvents() const;
    // Brings the rows in line with storage: removed rows go, new rows come, changed rows announce.
    void reload();
    QVariant cell(const DispatchEvent &event, int column, int role) const;

    Workspace *m_workspace;
    Id m_regionId = 0;
    Id m_departmentId = 0;
    Month m_month;
    QList<DispatchEvent> m_events;
    // A precise signal was handled: the progressChanged that follows it is no news.
    bool m_handled = false;
};

} // namespace cp::ui
