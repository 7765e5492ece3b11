#pragma once

#include "domain/Types.h"

#include <QStyledItemDelegate>

namespace cp {
class Workspace;
}

namespace cp::ui {

class TaskFilterModel;

// Paints task table cells with the search words highlighted, and edits them as a planner expects:
// status from a list, the deadline with a calendar ("none" at the start of the range), lead and
// cooperating units with the region's names completed.
class TaskItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TaskItemDelegate(Workspace *workspace, TaskFilterModel *filter, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Where the search words are in a text (start, length), as they are highlighted.
    static QList<QPair<int, int>> matches(const QString &text, const QString &foldedSearch);

private:
    Workspace *m_workspace;
    TaskFilterModel *m_filter;
};

} // namespace cp::ui
