#pragma once

// The machinery that reads exchange JSON strictly, shared by the record readers and the
// whole-document reader: a value's JSON pointer travels with every error.

#include "libraryjson.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>

#include <optional>
#include <string>

namespace temaplan::json::detail {

using namespace Qt::Literals::StringLiterals;

inline QString qs(const std::string &s) { return QString::fromStdString(s); }
// A JSON string's text, read in place.
inline QString textOf(const Json &string) { return qs(string.get_ref<const std::string &>()); }

struct LibraryJson
{
    Q_DECLARE_TR_FUNCTIONS(LibraryJson)
};

struct DecodeError
{
    std::string pointer;
    QString message;
};

inline std::string childPointer(const std::string &pointer, const std::string &key)
{
    // RFC 6901 escaping; our keys never need it, but array indices and keys share this.
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + '/' + escaped;
}

// Reads one object, remembering which keys were used: any key left over is a typo
// or a field of a newer version, and is refused rather than silently dropped.
class ObjectReader
{
public:
    ObjectReader(const Json &json, std::string pointer)
        : m_json(json), m_pointer(std::move(pointer))
    {
        if (!json.is_object())
            fail(m_pointer, LibraryJson::tr("forventede et objekt"));
    }

    [[noreturn]] static void fail(const std::string &pointer, const QString &message)
    {
        throw DecodeError{pointer, message};
    }

    std::string at(const char *key) const { return childPointer(m_pointer, key); }

    const Json *find(const char *key)
    {
        const auto it = m_json.find(key);
        if (it == m_json.end())
            return nullptr;
        const Json *value = &*it;
        if (std::find(m_used.cbegin(), m_used.cend(), value) == m_used.cend())
            m_used.append(value);
        return value;
    }

    QString text(const char *key, bool required = false)
    {
        const Json *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), LibraryJson::tr("feltet mangler"));
            return {};
        }
        if (!v->is_string())
            fail(at(key), LibraryJson::tr("forventede tekst"));
        const QString value = textOf(*v);
        if (required && value.trimmed().isEmpty())
            fail(at(key), LibraryJson::tr("må ikke være tom"));
        return value;
    }

    // An id as Temaplan writes it, 36 ASCII characters, read without a QString between;
    // a null id for anything else, which parseId then reads or refuses.
    static Id plainId(const Json &v)
    {
        if (!v.is_string())
            return {};
        const std::string &text = v.get_ref<const std::string &>();
        return text.size() == 36 ? QUuid::fromString(QLatin1StringView(text.data(), 36)) : Id();
    }

    static Id parseId(const Json &v, const std::string &pointer)
    {
        if (!v.is_string())
            fail(pointer, LibraryJson::tr("forventede et id (UUID som tekst)"));
        const QString s = textOf(v);
        const Id id = idFromString(s);
        if (id.isNull() || s.size() != 36)
            fail(pointer, LibraryJson::tr("\"%1\" er ikke et gyldigt id (UUID)").arg(s));
        return id;
    }

    Id id(const char *key, bool required = false)
    {
        const Json *v = find(key);
        if (!v) {
            if (required)
                fail(at(key), LibraryJson::tr("feltet mangler"));
            return {};
        }
        const Id plain = plainId(*v);
        return plain.isNull() ? parseId(*v, at(key)) : plain;
    }

    const Json *arrayAt(const char *key)
    {
        const Json *v = find(key);
        if (v && !v->is_array())
            fail(at(key), LibraryJson::tr("forventede en liste"));
        return v;
    }

    QList<Id> ids(const char *key)
    {
        QList<Id> result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                const Json &item = (*v)[i];
                Id id = plainId(item);
                // Not an id: parseId names what is wrong, and where (made only then).
                if (id.isNull())
                    id = parseId(item, childPointer(at(key), std::to_string(i)));
                result.append(id);
            }
        }
        return result;
    }

    QStringList texts(const char *key)
    {
        QStringList result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                if (!(*v)[i].is_string())
                    fail(childPointer(at(key), std::to_string(i)),
                         LibraryJson::tr("forventede tekst"));
                result.append(textOf((*v)[i]));
            }
        }
        return result;
    }

    CalendarDate date(const char *key)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        const CalendarDate d = CalendarDate::fromIso(s);
        if (!d.isValid())
            fail(
                at(key),
                LibraryJson::tr("\"%1\" er ikke en gyldig dato (ÅÅÅÅ-MM-DD eller --MM-DD)").arg(s));
        return d;
    }

    QTime time(const char *key)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return {};
        // Exactly "TT:MM", ASCII digits, a time of day.
        auto digit = [&](qsizetype i) { return s[i] >= u'0' && s[i] <= u'9' ? s[i].unicode() - u'0' : -1; };
        const bool shaped = s.size() == 5 && s[2] == u':' && digit(0) >= 0 && digit(1) >= 0
                            && digit(3) >= 0 && digit(4) >= 0;
        const QTime t = shaped ? QTime(digit(0) * 10 + digit(1), digit(3) * 10 + digit(4)) : QTime();
        if (!t.isValid())
            fail(at(key), LibraryJson::tr("\"%1\" er ikke et gyldigt klokkeslæt (TT:MM)").arg(s));
        return t;
    }

    int number(const char *key, int min, int max)
    {
        const Json *v = find(key);
        if (!v)
            return 0;
        if (!v->is_number_integer())
            fail(at(key), LibraryJson::tr("forventede et heltal"));
        const auto n = v->get<long long>();
        if (n < min || n > max)
            fail(at(key), LibraryJson::tr("%1 ligger uden for %2–%3").arg(n).arg(min).arg(max));
        return int(n);
    }

    bool flag(const char *key)
    {
        const Json *v = find(key);
        if (!v)
            return false;
        if (!v->is_boolean())
            fail(at(key), LibraryJson::tr("forventede true eller false"));
        return v->get<bool>();
    }

    template<class E>
    E enumeration(const char *key, std::optional<E> (*fromName)(const QString &), E fallback)
    {
        const QString s = text(key);
        if (s.isEmpty())
            return fallback;
        const auto value = fromName(s);
        if (!value)
            fail(at(key), LibraryJson::tr("ukendt værdi \"%1\"").arg(s));
        return *value;
    }

    Description description(const char *key)
    {
        Description result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                const Json &block = (*v)[i];
                auto p = [&] { return childPointer(at(key), std::to_string(i)); };
                if (!block.is_object() || block.size() != 1)
                    fail(p(), LibraryJson::tr("forventede {\"paragraph\": …} eller {\"bullet\": …}"));
                const auto it = block.begin();
                TextBlock b;
                if (it.key() == "paragraph")
                    b.kind = TextBlock::Kind::Paragraph;
                else if (it.key() == "bullet")
                    b.kind = TextBlock::Kind::Bullet;
                else
                    fail(childPointer(p(), it.key()), LibraryJson::tr("ukendt felt"));
                if (!it.value().is_string())
                    fail(childPointer(p(), it.key()), LibraryJson::tr("forventede tekst"));
                b.text = textOf(it.value());
                result.append(b);
            }
        }
        return result;
    }

    DocumentLinks links(const char *key)
    {
        DocumentLinks result;
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i) {
                ObjectReader r((*v)[i], childPointer(at(key), std::to_string(i)));
                DocumentLink link;
                link.title = r.text("title");
                link.url = r.text("url");
                r.finish();
                result.append(link);
            }
        }
        return result;
    }

    template<class F>
    void each(const char *key, F &&readOne)
    {
        if (const Json *v = arrayAt(key)) {
            for (size_t i = 0; i < v->size(); ++i)
                readOne((*v)[i], childPointer(at(key), std::to_string(i)));
        }
    }

    void finish() const
    {
        if (qsizetype(m_json.size()) == m_used.size())
            return;
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (std::find(m_used.cbegin(), m_used.cend(), &*it) == m_used.cend())
                fail(childPointer(m_pointer, it.key()), LibraryJson::tr("ukendt felt"));
        }
    }

private:
    const Json &m_json;
    std::string m_pointer;
    // The values asked for: any other key of the object is unknown.
    QVarLengthArray<const Json *, 24> m_used;
};

inline Error decodeError(const DecodeError &e)
{
    const QString where = e.pointer.empty() ? u"/"_s : qs(e.pointer);
    return Error::make(Error::Code::Invalid, u"%1: %2"_s.arg(where, e.message));
}

template<class T, class F>
Result<T> decode(F &&read, const Json &json, const std::string &pointer)
{
    try {
        return read(json, pointer);
    } catch (const DecodeError &e) {
        return decodeError(e);
    }
}

Organisation readOrganisation(const Json &json, const std::string &pointer);
Person readPerson(const Json &json, const std::string &pointer);
Venue readVenue(const Json &json, const std::string &pointer);
ThemeGroup readThemeGroup(const Json &json, const std::string &pointer);
EventSeries readSeries(const Json &json, const std::string &pointer);
Case readCase(const Json &json, const std::string &pointer);
Event readEvent(const Json &json, const std::string &pointer);
AgendaSlot readSlot(const Json &json, const std::string &pointer);
// An occurrence's or a template's slots; the first may not share a row.
Agenda readAgenda(ObjectReader &r, const char *key);
AgendaTemplate readTemplate(const Json &json, const std::string &pointer);

} // namespace temaplan::json::detail
