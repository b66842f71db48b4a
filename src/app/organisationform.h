#pragma once

#include "core/organisation.h"
#include "core/result.h"

#include "recordform.h"

#include <functional>
#include <memory>

namespace Ui {
class OrganisationForm;
}

namespace temaplan::app {

class LibrarySession;
// "typename": lupdate reads "template<class T> class …;" as a class T and then puts this
// form's texts in a context the window never asks for.
template<typename T> class RecordEditing;

// An organisation's fields and its letterhead: the address block, contact lines,
// tagline, colour and logo that print at the foot of every programme page of the
// events it organises. Every change is one undo step, written at once.
class OrganisationForm final : public RecordForm
{
    Q_OBJECT

public:
    // Asks for the logo's file; empty: cancelled. Replaced by tests.
    using FileChooser = std::function<QString()>;

    explicit OrganisationForm(LibrarySession *session, QWidget *parent = nullptr);
    ~OrganisationForm() override;

    void showOrganisation(const Organisation &organisation);
    void clear() override;
    void setLogoChooser(FileChooser chooser) { m_chooseLogo = std::move(chooser); }

    // Reads the file as the letterhead's logo: PNG, JPEG or SVG.
    void chooseLogo();

Q_SIGNALS:
    void failed(const temaplan::Error &error);

private:
    void commitColour(const QString &text);
    void showLogo(const Letterhead &letterhead);

    std::unique_ptr<Ui::OrganisationForm> m_ui;
    RecordEditing<Organisation> *m_editing;
    FileChooser m_chooseLogo;
};

} // namespace temaplan::app
