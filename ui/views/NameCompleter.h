#pragma once

#include <QCompleter>

namespace cp::ui {

// Completes the department name being typed after the last separator (县发改局、县财|), so a
// list of units can be typed as the documents write it.
class NameCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit NameCompleter(QObject *parent = nullptr);
    void setNames(const QStringList &names);

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace cp::ui
