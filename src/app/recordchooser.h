#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QComboBox>
#include <QList>
#include <QString>

#include <functional>

namespace temaplan::app {

// One record chosen by name among many (a case's owner, its contact person): an editable
// combo box that completes on any part of a name. Its list is read the first time it is
// used (focus, the list opened), not when it is shown, so a room with 10 000 people opens
// without reading them; until then it holds only the saved choice. Text that names no
// record is refused and the saved choice shown again.
class RecordChooser final : public QComboBox
{
    Q_OBJECT

public:
    struct Choice
    {
        Id id;
        QString text;
    };
    using Loader = std::function<Result<QList<Choice>>()>;

    RecordChooser(const QString &noneText, Loader loader, QWidget *parent = nullptr);

    // The saved choice (null: none), with its text, known without reading the list.
    void showChoice(const Id &id, const QString &text);
    // Records were written: the list is read again when next used.
    void forgetChoices() { m_loaded = false; }
    // Reads the list now, if it has not been read.
    void loadChoices();
    bool hasChoices() const { return m_loaded; }
    Id chosenId() const { return m_id; }

    void showPopup() override;

Q_SIGNALS:
    // The user chose another record (null: none).
    void chosen(const temaplan::Id &id);
    // What was typed names no record; the saved choice is shown again.
    void refused(const QString &text);
    void failed(const temaplan::Error &error);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void choose(int index);
    void commitText();
    void showSaved();

    QString m_noneText;
    Loader m_loader;
    Id m_id;
    QString m_text;
    bool m_loaded = false;
};

} // namespace temaplan::app
