#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace cp {

// Reads the fields of one JSON object, remembering the first problem with its full path
// ("documents[0].tasks[3].metrics[1].comparator: expected one of >=, <=, ~, =").
// Reading goes on after a problem with neutral defaults, so callers check failed() once.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(cp::JsonFields)

public:
    JsonFields(const QJsonObject &object, QString path, std::optional<Error> &firstError);

    QString string(const char *key);            // required, may be ""
    QString stringOrEmpty(const char *key);     // missing or null → ""
    double number(const char *key);             // required
    std::optional<double> optionalNumber(const char *key);
    qint64 integer(const char *key);            // required
    std::optional<qint64> optionalInteger(const char *key);
    QJsonArray array(const char *key);          // required
    QJsonArray arrayOrEmpty(const char *key);   // missing or null → []
    QJsonObject object(const char *key);        // required
    QStringList strings(const char *key);       // missing or null → []
    TextSpan span(const char *key, qsizetype textLength);
    QDate date(const char *key, bool required);
    QDateTime timestamp(const char *key);
    template<typename E>
    E code(const char *key)
    {
        const QString text = string(key);
        if (failed())
            return E{};
        if (auto v = fromCode<E>(text))
            return *v;
        fail(key, tr("expected one of %1, found “%2”").arg(codeList<E>(), text));
        return E{};
    }

    QString path(const char *key) const;
    void fail(const char *key, const QString &message);
    bool failed() const { return m_error.has_value(); }

    // "documents[2]"
    static QString item(const QString &arrayPath, qsizetype index);

private:
    QJsonValue require(const char *key);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

} // namespace cp
