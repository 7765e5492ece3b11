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
    // Reuse: prepare once per connection and keep (Database::reusableStatement), for hot inserts.
    enum Preparation { Prepare, Reuse };
    Query(const Database &db, const QString &sql, Preparation preparation = Prepare);

    template<typename... Args>
    Query &bind(const Args &...values)
    {
        // By position, so a reused statement's earlier values are replaced, not appended to.
        (m_active->bindValue(m_nextBind++, toVariant(values)), ...);
        return *this;
    }

    Status exec();
    // exec(), failing with "<what> no longer exists" when no row changed (update of a known row).
    Status execChanging(const QString &what);
    bool next() { return m_active->next(); }
    QVariant value(int i) const { return m_active->value(i); }
    Id id(int i) const { return m_active->value(i).toLongLong(); }
    QString text(int i) const { return m_active->value(i).toString(); }
    std::optional<double> optionalDouble(int i) const;
    TextSpan span(int startColumn) const;
    QDateTime timestamp(int i) const;
    QDate date(int i) const;
    Id lastInsertId() const { return m_active->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_active->numRowsAffected(); }
    void finish() { m_active->finish(); }
    QSqlQuery &raw() { return *m_active; }

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
    QSqlQuery m_own;               // the statement, unless a reused one is active
    QSqlQuery *m_active = nullptr; // m_own or the Database's reused statement
    bool m_prepared = false;
    int m_nextBind = 0;
};

// NULL when the id is 0 / the string is empty.
QVariant nullIfZero(Id id);
QVariant nullIfEmpty(const QString &s);
QVariant spanStart(const TextSpan &span);
QVariant spanEnd(const TextSpan &span);
QString formatTimestamp(const QDateTime &t);
QDateTime parseTimestamp(const QString &s);

} // namespace cp
