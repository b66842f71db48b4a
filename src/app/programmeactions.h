#pragma once

#include "core/result.h"
#include "render/programmeinput.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QPrinter;
class QWidget;

namespace temaplan::app {

// What staff do with a finished programme: PDF, paper, the web page, a calendar
// invitation. Each action renders the occurrence the event view shows, through the
// same render functions temaplan-cli uses; errors are shown in Danish and nothing
// half-written is left behind (the writers save through QSaveFile).
class ProgrammeActions final : public QObject
{
    Q_OBJECT

public:
    // Asks where to save; empty when the user cancels. Replaceable so that tests and
    // scripted runs need no file dialog.
    using SaveFileChooser = std::function<QString(
        const QString &caption, const QString &suggestedPath, const QString &filter)>;

    explicit ProgrammeActions(QWidget *dialogParent);

    // The programme to act on; nullopt disables the actions.
    void setInput(std::optional<render::ProgrammeInput> input);
    const std::optional<render::ProgrammeInput> &input() const { return m_input; }

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }

    QAction *exportPdfAction() const { return m_pdf; }
    QAction *printAction() const { return m_print; }
    QAction *saveHtmlAction() const { return m_html; }
    QAction *saveIcsAction() const { return m_ics; }
    QList<QAction *> actions() const { return {m_pdf, m_print, m_html, m_ics}; }

    Status writePdf(const QString &path) const;
    Status writeHtml(const QString &path) const;
    Status writeIcs(const QString &path) const;
    // Paints the programme on a printer set up by the caller (the print preview).
    Status printTo(QPrinter &printer) const;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void exportPdf();
    void print();
    void saveHtml();
    void saveIcs();
    void paintOn(QPrinter *printer);
    QString suggestedPath(const QString &suffix) const;
    void report(const Status &status, const QString &title, const QString &path);

    QWidget *m_parent;
    std::optional<render::ProgrammeInput> m_input;
    SaveFileChooser m_chooseFile;
    QAction *m_pdf;
    QAction *m_print;
    QAction *m_html;
    QAction *m_ics;
};

} // namespace temaplan::app
