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

namespace temaplan {
class SearchLine;
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
// written. The owner chooser reads its list when first used; the contact is searched for
// in the library as one types, so no list of people is ever held.
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
    SearchLine *contactChooser() const { return m_contact; }

    // A person as the contact chooser names them: "Navn – titel", as the speaker chooser.
    static QString contactText(const QString &name, const QString &title);

Q_SIGNALS:
    void failed(const temaplan::Error &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RecordChooser *makeOwnerChooser();
    SearchLine *makeContactChooser();
    // What the contact line holds when it is left or Enter is pressed: a person chosen,
    // nobody (emptied), or a text that names nobody (refused, the saved contact shown).
    void contactLeft();
    void commitContact(const Id &id);
    void titleEdited(const QString &text);
    void titleLeft();
    void commitPeriod();
    void commitThemes();
    void say(const QString &message);

    std::unique_ptr<Ui::CaseForm> m_ui;
    LibrarySession *m_session;
    RecordEditing<Case> *m_editing;
    RecordChooser *m_owner;
    SearchLine *m_contact;
    QStringListModel *m_knownThemes;
    QString m_ownerName;
    QString m_contactText;
    bool m_periodRefused = false; // the years typed stay until mended
};

} // namespace temaplan::app
