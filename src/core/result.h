#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace temaplan {

// An error the user can read: `message` is complete Danish text naming the file or
// place and the cause; `detail` keeps the technical reason (SQLite's text) for logs.
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        Invalid,
        NotALibrary,
        NewerVersion,
        Corrupt,
        ReadOnly,
        Locked,
        Io,
        Constraint,
        // A read stopped before it ended: no longer wanted, or a write came first.
        // Never shown; the reader asks again or drops it.
        Interrupted,
    };

    Code code = Code::Generic;
    QString message;
    QString detail;

    static Error make(Code c, QString msg, QString det = {})
    {
        return Error{c, std::move(msg), std::move(det)};
    }
};

// Status of an operation with no value. Must be looked at: ignoring it is a warning,
// and warnings are errors in CI.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error e) : m_error(std::move(e)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error e) : m_data(std::move(e)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    Status status() const { return ok() ? Status() : Status(error()); }

private:
    std::variant<T, Error> m_data;
};

} // namespace temaplan
