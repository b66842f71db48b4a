#pragma once

#include "core/case.h"
#include "core/result.h"

#include "recordform.h"

#include <QStringList>

#include <memory>

class QStringListModel;

namespace Ui {
class CaseForm;
}

namespace temaplan::app {

class LibrarySession;
class RecordChooser;
// "typename": lupdate reads "template<class T> class …;" as a class T and then puts this
// form's texts in a context the window never asks for.
template<typename T> class RecordEditing;

// A case's own fields: title, owner, period, themes, contact person and summary. Every
// change is one undo step of the window's history, written at once; a title left empty
// or a period that ends before it begins is refused with a message, and nothing is
// written. The owner and contact choosers read their lists when first used.
class CaseForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit CaseForm(LibrarySession *session, QWidget *parent = nullptr);
    ~CaseForm() override;

    // The case as saved; the owner's name and the contact's text as the choosers show them.
    void showCase(const Case &c, const QString &ownerName, const QString &contactText);
    void clear() override;

    // Themes the library uses, offered as one types a theme.
    void addKnownThemes(const QStringList &themes);
    void forgetKnownThemes();
    QStringList knownThemes() const;

    // What the form says about the last refused change; empty when all is well.
    QString message() const;
    RecordChooser *ownerChooser() const { return m_owner; }
    RecordChooser *contactChooser() const { return m_contact; }

    // A person as the contact chooser names them: "Navn (titel)".
    static QString contactText(const QString &name, const QString &title);

Q_SIGNALS:
    void failed(const temaplan::Error &error);

private:
    RecordChooser *makeOwnerChooser();
    // The one place the contact chooser is made: another person chooser may take its
    // place, as long as it shows a saved choice and says when another was chosen.
    RecordChooser *makeContactChooser();
    void titleEdited(const QString &text);
    void titleLeft();
    void commitPeriod();
    void commitThemes();
    void say(const QString &message);

    std::unique_ptr<Ui::CaseForm> m_ui;
    LibrarySession *m_session;
    RecordEditing<Case> *m_editing;
    RecordChooser *m_owner;
    RecordChooser *m_contact;
    QStringListModel *m_knownThemes;
    QString m_ownerName;
    QString m_contactText;
    bool m_periodRefused = false; // the years typed stay until mended
};

} // namespace temaplan::app
