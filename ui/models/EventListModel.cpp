#include "EventListModel.h"

#include "storage/Workspace.h"

#include <QLocale>
#include <QSet>

#include <utility>

namespace cp::ui {

EventListModel::EventListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace, &Workspace::eventsChanged, this, [this](Id departmentId) {
        if (departmentId == m_departmentId)
            reload();
        m_handled = true;
    });
    for (auto signal :
         {&Workspace::readingsChanged, &Workspace::reportsChanged, &Workspace::plansChanged})
        connect(m_workspace, signal, this, [this] { m_handled = true; });
    connect(m_workspace, &Workspace::dispatchRulesChanged, this, [this] { m_handled = true; });
    connect(m_workspace, &Workspace::progressChanged, this, [this] {
        if (!std::exchange(m_handled, false))
            reload();
    });
    connect(m_workspace, &Workspace::departmentsChanged, this, [this](Id regionId) {
        if (regionId == m_regionId)
            reload(); // a merge moves events from one department to another
    });
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setScope(0, 0, m_month); });
}

void EventListModel::setScope(Id regionId, Id departmentId, Month month)
{
    const bool same = regionId == m_regionId && departmentId == m_departmentId && month == m_month;
    m_regionId = regionId;
    m_departmentId = departmentId;
    m_month = month;
    if (same) {
        reload();
        return;
    }
    beginResetModel();
    m_events = readEvents();
    endResetModel();
}

QList<DispatchEvent> EventListModel::readEvents() const
{
    QList<DispatchEvent> events;
    if (!m_workspace->isOpen() || !m_regionId || !m_departmentId)
        return events;
    for (const DispatchEvent &e :
         m_workspace->progress().eventsForMonth(m_month, m_regionId).value_or({})) {
        if (e.departmentId == m_departmentId)
            events.append(e);
    }
    return events;
}

void EventListModel::reload()
{
    const QList<DispatchEvent> fresh = readEvents();
    QSet<Id> freshIds;
    for (const DispatchEvent &e : fresh)
        freshIds.insert(e.id);
    for (int i = int(m_events.size()) - 1; i >= 0; --i) {
        if (!freshIds.contains(m_events.at(i).id)) {
            beginRemoveRows(QModelIndex(), i, i);
            m_events.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const DispatchEvent &e = fresh.at(i);
        if (i < m_events.size() && m_events.at(i).id == e.id) {
            int first = -1, last = -1;
            for (int c = 0; c < ColumnCount; ++c) {
                if (cell(m_events.at(i), c, Qt::DisplayRole) != cell(e, c, Qt::DisplayRole)
                    || cell(m_events.at(i), c, Qt::ToolTipRole) != cell(e, c, Qt::ToolTipRole)) {
                    if (first < 0)
                        first = c;
                    last = c;
                }
            }
            m_events[i] = e;
            if (first >= 0)
                Q_EMIT dataChanged(index(i, first), index(i, last));
        } else if (rowOfEvent(e.id) < 0) {
            beginInsertRows(QModelIndex(), i, i);
            m_events.insert(i, e);
            endInsertRows();
        } else {
            // A changed date moved an event: the order is read anew.
            beginResetModel();
            m_events = fresh;
            endResetModel();
            return;
        }
    }
}

void EventListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_events.size()) - 1, ColumnCount - 1));
}

int EventListModel::rowOfEvent(Id eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events.at(i).id == eventId)
            return i;
    }
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    return cell(m_events.at(index.row()), index.column(), role);
}

QVariant EventListModel::cell(const DispatchEvent &e, int column, int role) const
{
    if (role == EventIdRole)
        return e.id;
    if (role == Qt::ToolTipRole && column == NoteColumn)
        return e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case KindColumn:
        return displayName(e.kind);
    case LevelColumn:
        return e.level == EventLevel::None ? QString() : displayName(e.level);
    case NoteColumn:
        return e.note;
    case EvidenceColumn:
        return e.evidence.isEmpty() ? QString() : tr("%n file(s)", nullptr, int(e.evidence.size()));
    default:
        return {};
    }
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        return tr("Level");
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

} // namespace cp::ui
