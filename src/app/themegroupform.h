#pragma once

#include "core/organisation.h"
#include "core/themegroup.h"

#include "recordform.h"

#include <memory>

namespace Ui {
class ThemeGroupForm;
}

namespace temaplan::app {

class DocumentLinksEdit;
class IdListEdit;
class LibrarySession;
// "typename": lupdate reads "template<class T> class …;" as a class T and then puts this
// form's texts in a context the window never asks for.
template<typename T> class RecordEditing;

// A theme group's fields. The name field corrects the spelling; "Omdøb…" gives the
// group a new name and keeps the old one among its former names (one undo step), so
// the meetings held under it are still found by it.
class ThemeGroupForm final : public RecordForm
{
    Q_OBJECT

public:
    explicit ThemeGroupForm(LibrarySession *session, QWidget *parent = nullptr);
    ~ThemeGroupForm() override;

    // `organisations` are the organiser's choices; contacts are searched as one types.
    void showGroup(const ThemeGroup &group, const QList<Organisation> &organisations);
    void clear() override;

    // Opens the rename dialog (not blocking); its OK renames.
    void rename();
    // The new name, the old one kept as a former name used until `until` (may be null).
    bool renameTo(const QString &name, const CalendarDate &until);
    void removeFormerName(int index);

    IdListEdit *contactsEdit() const { return m_contacts; }
    DocumentLinksEdit *documentsEdit() const { return m_documents; }

private:
    std::unique_ptr<Ui::ThemeGroupForm> m_ui;
    RecordEditing<ThemeGroup> *m_editing;
    IdListEdit *m_contacts;
    DocumentLinksEdit *m_documents;
    QList<Organisation> m_organisations;
};

} // namespace temaplan::app
