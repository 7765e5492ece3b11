#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QLocale>

#include <cmath>

namespace cp {

void JsonWriter::newline()
{
    m_out.append('\n');
    m_out.append(QByteArray(2 * m_stack.size(), ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_stack.isEmpty()) {
        if (m_stack.last().count++ > 0)
            m_out.append(',');
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_stack.append({true, 0});
}

void JsonWriter::endObject()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out.append('}');
    if (m_stack.isEmpty())
        m_out.append('\n');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_stack.append({false, 0});
}

void JsonWriter::endArray()
{
    const Level level = m_stack.takeLast();
    if (level.count > 0)
        newline();
    m_out.append(']');
}

void JsonWriter::key(const QString &name)
{
    if (m_stack.last().count++ > 0)
        m_out.append(',');
    newline();
    m_out.append(quote(name));
    m_out.append(": ");
    m_afterKey = true;
}

void JsonWriter::value(const QString &v)
{
    beforeValue();
    m_out.append(quote(v));
}

void JsonWriter::value(double v)
{
    beforeValue();
    m_out.append(formatNumber(v));
}

void JsonWriter::value(qint64 v)
{
    beforeValue();
    m_out.append(QByteArray::number(v));
}

void JsonWriter::value(bool v)
{
    beforeValue();
    m_out.append(v ? "true" : "false");
}

void JsonWriter::json(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            key(it.key());
            json(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &item : v.toArray())
            json(item);
        endArray();
        break;
    case QJsonValue::Bool:
        value(v.toBool());
        break;
    case QJsonValue::Double:
        value(v.toDouble());
        break;
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    }
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::value(const std::optional<double> &v)
{
    if (v)
        value(*v);
    else
        null();
}

void JsonWriter::stringOrNull(const QString &v)
{
    if (v.isEmpty())
        null();
    else
        value(v);
}

void JsonWriter::stringArray(const QStringList &values)
{
    // Short lists of names stay on one line: ["县发改局", "县农业农村局"].
    beforeValue();
    m_out.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out.append(", ");
        m_out.append(quote(values.at(i)));
    }
    m_out.append(']');
}

QByteArray JsonWriter::formatNumber(double v)
{
    if (!std::isfinite(v))
        return "null";
    if (std::abs(v) < 1e15 && v == std::trunc(v))
        return QByteArray::number(qint64(v));
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::quote(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append("0123456789abcdef"[c >> 4]);
                out.append("0123456789abcdef"[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace cp
