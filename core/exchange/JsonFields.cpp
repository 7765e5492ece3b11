#include "JsonFields.h"

#include "storage/Query.h"

#include <cmath>

namespace cp {

JsonFields::JsonFields(const QJsonObject &object, QString path, std::optional<Error> &firstError)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(firstError)
{}

QString JsonFields::item(const QString &arrayPath, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(arrayPath).arg(index);
}

QString JsonFields::path(const char *key) const
{
    const QString k = QString::fromLatin1(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void JsonFields::fail(const char *key, const QString &message)
{
    if (!m_error)
        m_error = Error(QStringLiteral("%1: %2").arg(path(key), message));
}

QJsonValue JsonFields::require(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined())
        fail(key, tr("this field is missing"));
    return v;
}

QString JsonFields::string(const char *key)
{
    const QJsonValue v = require(key);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(key, tr("expected text"));
        return {};
    }
    return v.toString();
}

QString JsonFields::stringOrEmpty(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, tr("expected text or null"));
        return {};
    }
    return v.toString();
}

double JsonFields::number(const char *key)
{
    const QJsonValue v = require(key);
    if (v.isUndefined())
        return 0;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        fail(key, tr("expected a number"));
        return 0;
    }
    return v.toDouble();
}

std::optional<double> JsonFields::optionalNumber(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        fail(key, tr("expected a number or null"));
        return std::nullopt;
    }
    return v.toDouble();
}

qint64 JsonFields::integer(const char *key)
{
    const double d = number(key);
    if (d != std::trunc(d)) {
        fail(key, tr("expected a whole number"));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonFields::optionalInteger(const char *key)
{
    const auto d = optionalNumber(key);
    if (!d)
        return std::nullopt;
    if (*d != std::trunc(*d)) {
        fail(key, tr("expected a whole number or null"));
        return std::nullopt;
    }
    return qint64(*d);
}

QJsonArray JsonFields::array(const char *key)
{
    const QJsonValue v = require(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(key, tr("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonArray JsonFields::arrayOrEmpty(const char *key)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(key, tr("expected a list"));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonFields::object(const char *key)
{
    const QJsonValue v = require(key);
    if (v.isUndefined())
        return {};
    if (!v.isObject()) {
        fail(key, tr("expected an object"));
        return {};
    }
    return v.toObject();
}

QStringList JsonFields::strings(const char *key)
{
    QStringList out;
    const QJsonArray values = arrayOrEmpty(key);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isString()) {
            fail(key, tr("item %1 is not text").arg(i));
            return {};
        }
        out.append(values.at(i).toString());
    }
    return out;
}

TextSpan JsonFields::span(const char *key, qsizetype textLength)
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble()) {
        fail(key, tr("expected [start, end] or null"));
        return {};
    }
    const TextSpan span{a.at(0).toInt(-1), a.at(1).toInt(-1)};
    if (!span.isValid() || span.end > textLength) {
        fail(key, tr("[%1, %2] lies outside the document's text (%3 characters)")
                      .arg(span.start)
                      .arg(span.end)
                      .arg(textLength));
        return {};
    }
    return span;
}

QDate JsonFields::date(const char *key, bool required)
{
    const QString text = required ? string(key) : stringOrEmpty(key);
    if (text.isEmpty()) {
        if (required && !failed())
            fail(key, tr("expected a date YYYY-MM-DD"));
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        fail(key, tr("expected a date YYYY-MM-DD, found “%1”").arg(text));
    return d;
}

QDateTime JsonFields::timestamp(const char *key)
{
    const QString text = string(key);
    if (failed())
        return {};
    const QDateTime t = parseTimestamp(text);
    if (!t.isValid())
        fail(key, tr("expected a time like 2023-06-25T08:30:00.000Z, found “%1”").arg(text));
    return t;
}

} // namespace cp
