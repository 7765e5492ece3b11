#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace cp {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
// sorts them), indents by two spaces, and formats numbers the same way every time — so an
// export is readable and byte-for-byte reproducible.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name);

    void value(const QString &v);
    void value(double v);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(bool v);
    void null();
    void value(const std::optional<double> &v);
    // A string, or null when empty.
    void stringOrNull(const QString &v);
    void stringArray(const QStringList &values);
    // Any JSON value; an object's keys come out sorted, as QJsonObject holds them.
    void json(const QJsonValue &v);

    QByteArray data() const { return m_out; }

    static QByteArray formatNumber(double v);
    static QByteArray quote(const QString &s);

private:
    void beforeValue();
    void newline();

    struct Level
    {
        bool isObject = false;
        int count = 0;
    };
    QByteArray m_out;
    QList<Level> m_stack;
    bool m_afterKey = false;
};

} // namespace cp
