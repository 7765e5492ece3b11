#include "NameCompleter.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace cp::ui {

namespace {

qsizetype lastSeparator(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[、，,；;]"));
    return text.lastIndexOf(separator);
}

} // namespace

NameCompleter::NameCompleter(QObject *parent)
    : QCompleter(parent)
{
    setModel(new QStringListModel(this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

void NameCompleter::setNames(const QStringList &names)
{
    static_cast<QStringListModel *>(model())->setStringList(names);
}

QStringList NameCompleter::splitPath(const QString &path) const
{
    return {path.mid(lastSeparator(path) + 1).trimmed()};
}

QString NameCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString name = index.data(Qt::DisplayRole).toString();
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    if (!edit)
        return name;
    const QString text = edit->text();
    const qsizetype cut = lastSeparator(text);
    return cut < 0 ? name : text.left(cut + 1) + name;
}

} // namespace cp::ui
