#pragma once

#include "core/eventseries.h"
#include "core/organisation.h"

#include "recordform.h"

#include <memory>

namespace Ui {
class SeriesForm;
}

namespace temaplan::app {

class IdListEdit;
class LibrarySession;
// "typename": lupdate reads "template<class T> class …;" as a class T and then puts this
// form's texts in a context the window never asks for.
template<typename T> class RecordEditing;

// A series' fields: title, subtitle, description, the practical note, and who
// organises, facilitates and answers questions. Every change is one undo step.
class SeriesForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit SeriesForm(LibrarySession *session, QWidget *parent = nullptr);
    ~SeriesForm() override;

    // `organisations` are the organisers' choices; people are searched as one types.
    void showSeries(const EventSeries &series, const QList<Organisation> &organisations);
    void clear() override;

    IdListEdit *organisersEdit() const { return m_organisers; }
    IdListEdit *facilitatorsEdit() const { return m_facilitators; }
    IdListEdit *contactsEdit() const { return m_contacts; }

private:
    void bindIds(IdListEdit *edit, const QString &text, QList<Id> EventSeries::*member);

    std::unique_ptr<Ui::SeriesForm> m_ui;
    RecordEditing<EventSeries> *m_editing;
    IdListEdit *m_organisers;
    IdListEdit *m_facilitators;
    IdListEdit *m_contacts;
    QList<Organisation> m_organisations;
};

} // namespace temaplan::app
