#include "Query.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

namespace cp {

Query::Query(const Database &db, const QString &sql, Preparation preparation)
    : m_own(db.connection())
    , m_active(&m_own)
{
    if (preparation == Reuse) {
        if (QSqlQuery *reused = db.reusableStatement(sql)) {
            m_active = reused;
            m_prepared = true;
            return;
        }
    }
    // Rows are read once, in order: no client-side cache of every row read so far.
    m_own.setForwardOnly(true);
    m_prepared = m_own.prepare(sql);
}

Status Query::exec()
{
    if (!m_prepared || !m_active->exec())
        return Database::queryError(*m_active);
    return {};
}

Status Query::execChanging(const QString &what)
{
    if (Status s = exec(); !s)
        return s;
    if (m_active->numRowsAffected() < 1)
        return Error(QCoreApplication::translate("cp::Database", "%1 no longer exists").arg(what));
    return {};
}

std::optional<double> Query::optionalDouble(int i) const
{
    const QVariant v = m_active->value(i);
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

TextSpan Query::span(int startColumn) const
{
    const QVariant s = m_active->value(startColumn);
    const QVariant e = m_active->value(startColumn + 1);
    if (s.isNull() || e.isNull())
        return {};
    return TextSpan{s.toInt(), e.toInt()};
}

QDateTime Query::timestamp(int i) const
{
    return parseTimestamp(m_active->value(i).toString());
}

QDate Query::date(int i) const
{
    const QVariant v = m_active->value(i);
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant Query::toVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant Query::toVariant(const QDateTime &v)
{
    return v.isValid() ? QVariant(formatTimestamp(v)) : QVariant(QMetaType::fromType<QString>());
}

QVariant Query::toVariant(const QDate &v)
{
    return v.isValid() ? QVariant(v.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullIfZero(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant spanStart(const TextSpan &span)
{
    return span.isValid() ? QVariant(span.start) : QVariant(QMetaType::fromType<int>());
}

QVariant spanEnd(const TextSpan &span)
{
    return span.isValid() ? QVariant(span.end) : QVariant(QMetaType::fromType<int>());
}

QString formatTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &s)
{
    if (s.isEmpty())
        return {};
    // What formatTimestamp writes, "2023-06-20T02:00:00.000Z", read without the general parser:
    // a month's dispatch reads tens of thousands of them.
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':' && s.at(16) == u':'
        && s.at(19) == u'.' && s.at(23) == u'Z') {
        const auto number = [&s](int from, int length) {
            int v = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = s.at(i).unicode();
                if (c < u'0' || c > u'9')
                    return -1;
                v = v * 10 + (c - u'0');
            }
            return v;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

} // namespace cp
