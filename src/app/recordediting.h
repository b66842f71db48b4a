#pragma once

#include "librarysession.h"
#include "recordcommand.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QObject>
#include <QPlainTextEdit>

#include <functional>
#include <optional>

namespace temaplan::app {

// What a record's form does with every field: the change is one RecordChange pushed
// on the session's stack, written at once; typing in one field, until the field is
// left, is one undo step. The form shows the record again after every write, as the
// library has it, and when a write failed.
template<class T> class RecordEditing final : public QObject
{
public:
    using Setter = std::function<void(T &, const QString &)>;

    // `reshow` shows a record in the form (called with the saved one after a failure).
    RecordEditing(LibrarySession *session, std::function<void(const T &)> reshow, QObject *parent)
        : QObject(parent)
        , m_session(session)
        , m_reshow(std::move(reshow))
    {
        // A plain text edit has no editingFinished; leaving it ends the typing all the same.
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
            if (old && m_plainEdits.contains(old))
                endTyping();
        });
    }

    // The form fills its fields inside `fill`; changes made there are not edits.
    void show(const T &record, const std::function<void()> &fill)
    {
        m_record = record;
        m_showing = true;
        fill();
        m_showing = false;
    }
    void clear() { m_record.reset(); }
    const std::optional<T> &record() const { return m_record; }

    // `change` applied to the shown record, as one step named `text`. With a `field`,
    // changes in that field join one step until endTyping(). False when nothing was
    // written (no change, or the write failed and the form shows the saved record).
    bool edit(const QString &text, const QString &field, const std::function<void(T &)> &change)
    {
        if (!m_record || m_showing)
            return false;
        T after = *m_record;
        change(after);
        if (after == *m_record)
            return false;
        const QString key =
            field.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(field).arg(m_round);
        if (m_session->push(new RecordChange<T>(m_session, *m_record, after, text, key)))
            return true;
        const T saved = *m_record;
        m_reshow(saved);
        return false;
    }
    void endTyping() { ++m_round; }

    void bindLine(QLineEdit *edit, const QString &text, const QString &field, Setter set)
    {
        connect(edit, &QLineEdit::textEdited, this, [this, text, field, set](const QString &value) {
            this->edit(text, field, [&](T &r) { set(r, value); });
        });
        connect(edit, &QLineEdit::editingFinished, this, [this] { endTyping(); });
    }

    // A name the record cannot be without: while the field is empty nothing is written
    // (the library would refuse it), and leaving it empty shows the saved name again.
    void bindName(QLineEdit *edit, const QString &text, const QString &field, Setter set)
    {
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit, text, field, set](const QString &value) {
                    const bool empty = value.trimmed().isEmpty();
                    edit->setToolTip(empty ? QCoreApplication::translate(
                                                 "temaplan::app::RecordEditing",
                                                 "Navnet må ikke være tomt; det gemte navn står "
                                                 "tilbage, hvis feltet forlades tomt.")
                                           : QString());
                    if (!empty)
                        this->edit(text, field, [&](T &r) { set(r, value); });
                });
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            endTyping();
            if (edit->text().trimmed().isEmpty() && m_record) {
                edit->setToolTip({});
                const T saved = *m_record;
                m_reshow(saved);
            }
        });
    }

    void bindText(QPlainTextEdit *edit, const QString &text, const QString &field, Setter set)
    {
        m_plainEdits.append(edit);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, text, field, set] {
            const QString value = edit->toPlainText();
            this->edit(text, field, [&](T &r) { set(r, value); });
        });
    }

    void bindChoice(QComboBox *combo, const QString &text,
                    std::function<void(T &, const QVariant &)> set)
    {
        connect(combo, &QComboBox::activated, this, [this, combo, text, set](int index) {
            const QVariant value = combo->itemData(index);
            endTyping();
            edit(text, {}, [&](T &r) { set(r, value); });
        });
    }

private:
    LibrarySession *m_session;
    std::function<void(const T &)> m_reshow;
    std::optional<T> m_record;
    QList<QObject *> m_plainEdits;
    int m_round = 0;
    bool m_showing = false;
};

} // namespace temaplan::app
