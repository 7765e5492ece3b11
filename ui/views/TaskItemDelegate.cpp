#include "TaskItemDelegate.h"

#include "NameCompleter.h"
#include "importing/ChineseScript.h"
#include "models/TaskFilterModel.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPainter>
#include <QTextLayout>

namespace cp::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // the date edit's "none"
const QColor kMatch(255, 224, 102);

} // namespace

TaskItemDelegate::TaskItemDelegate(Workspace *workspace, TaskFilterModel *filter, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_workspace(workspace)
    , m_filter(filter)
{}

QList<QPair<int, int>> TaskItemDelegate::matches(const QString &text, const QString &foldedSearch)
{
    QList<QPair<int, int>> out;
    if (foldedSearch.isEmpty())
        return out;
    const QString folded = ChineseScript::fold(text); // same positions as text
    for (const QString &term : foldedSearch.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (qsizetype at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.size()))
            out.append({int(at), int(term.size())});
    }
    return out;
}

void TaskItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString search = m_filter ? m_filter->foldedSearch() : QString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QPair<int, int>> found = matches(opt.text, search);
    if (found.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection by the style, then the text with the matches marked.
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    QTextLayout layout(shown, opt.font);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : found) {
        if (start >= shown.size())
            continue;
        QTextCharFormat format;
        format.setBackground(kMatch);
        format.setForeground(Qt::black);
        formats.append({start, int(std::min<qsizetype>(length, shown.size() - start)), format});
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

QWidget *TaskItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case TaskTableModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        for (TaskStatus s : allValues<TaskStatus>())
            box->addItem(displayName(s), QVariant::fromValue(s));
        return box;
    }
    case TaskTableModel::DeadlineColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(tr("None"));
        return edit;
    }
    case TaskTableModel::LeadColumn:
    case TaskTableModel::CooperatingColumn: {
        auto *edit = new QLineEdit(parent);
        auto *completer = new NameCompleter(edit);
        QStringList names;
        if (auto doc = m_workspace->documents().header(index.data(TaskTableModel::DocumentIdRole).toLongLong())) {
            for (const Department &d : m_workspace->departments().forRegion(doc->regionId).value_or({}))
                names << d.name << d.aliases;
        }
        completer->setNames(names);
        edit->setCompleter(completer);
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TaskItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = index.data(Qt::EditRole).toDate();
        date->setDate(d.isValid() ? d : kNoDate);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TaskItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData());
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date() == kNoDate ? QDate() : date->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace cp::ui
