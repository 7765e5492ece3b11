#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace cp {

// A failure a planner can read: what went wrong and where (file, line, field).
class Error
{
public:
    Error() = default;
    explicit Error(QString message)
        : m_message(std::move(message))
    {}

    const QString &message() const { return m_message; }

    // Prefixes context, e.g. the file name: "000.txt: line 12: ..."
    Error prefixed(const QString &context) const
    {
        return Error(context + QStringLiteral(": ") + m_message);
    }

private:
    QString m_message;
};

// The outcome of an operation that yields a value or an Error.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary, the value itself: `for (const Task &t : *repo.tasks())` stays valid.
    T value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    T value_or(T fallback) const { return ok() ? *m_value : fallback; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// The outcome of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

// A Result's outcome without its value.
template<typename T>
Status toStatus(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

} // namespace cp
