#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace cp {

class Database;

// A prepared statement with positional binds and errors as cp::Error (naming the statement).
class Query
{
public:
    Query(const Database &db, const QString &sql);

    template<typename... Args>
    Query &bind(const Args &...values)
    {
        (m_query.addBindValue(toVariant(values)), ...);
        return *this;
    }

    Status exec();
    // exec(), failing with "<what> no longer exists" when no row changed (update of a known row).
    Status execChanging(const QString &what);
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    Id id(int i) const { return m_query.value(i).toLongLong(); }
    QString text(int i) const { return m_query.value(i).toString(); }
    std::optional<double> optionalDouble(int i) const;
    TextSpan span(int startColumn) const;
    QDateTime timestamp(int i) const;
    QDate date(int i) const;
    Id lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    QSqlQuery &raw() { return m_query; }

    // Conversions for binding: empty strings and ids of 0 stay as they are unless wrapped in nullIf*.
    static QVariant toVariant(const QVariant &v) { return v; }
    // A null QString would bind as SQL NULL; text columns get "" (use nullIfEmpty() for NULL).
    static QVariant toVariant(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
    static QVariant toVariant(const char *s) { return QString::fromUtf8(s); }
    static QVariant toVariant(int v) { return v; }
    static QVariant toVariant(qint64 v) { return v; }
    static QVariant toVariant(double v) { return v; }
    static QVariant toVariant(bool v) { return v ? 1 : 0; }
    static QVariant toVariant(const std::optional<double> &v);
    static QVariant toVariant(const QDateTime &v);
    static QVariant toVariant(const QDate &v);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// NULL when the id is 0 / the string is empty.
QVariant nullIfZero(Id id);
QVariant nullIfEmpty(const QString &s);
QVariant spanStart(const TextSpan &span);
QVariant spanEnd(const TextSpan &span);
QString formatTimestamp(const QDateTime &t);
QDateTime parseTimestamp(const QString &s);

} // namespace cp
