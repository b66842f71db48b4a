#pragma once

#include "core/organisation.h"
#include "core/person.h"

#include "recordform.h"

#include <memory>

namespace Ui {
class PersonForm;
}

namespace temaplan::app {

class LibrarySession;
// "typename": lupdate reads "template<class T> class …;" as a class T and then puts this
// form's texts in a context the window never asks for.
template<typename T> class RecordEditing;

// A person's fields: name, title or role, organisation, department, phone and mail.
// Every change is one undo step, written at once.
class PersonForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit PersonForm(LibrarySession *session, QWidget *parent = nullptr);
    ~PersonForm() override;

    // `organisations` are the choices, in the order shown.
    void showPerson(const Person &person, const QList<Organisation> &organisations);
    void clear() override;

private:
    std::unique_ptr<Ui::PersonForm> m_ui;
    RecordEditing<Person> *m_editing;
    QList<Organisation> m_organisations;
};

} // namespace temaplan::app
