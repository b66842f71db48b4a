#pragma once

#include <QDialog>

class QTextBrowser;

namespace temaplan::app {

// Where the guide lies: compiled into the program, so it opens just the same when
// installed without the source tree. English for --lang en, else Danish.
QString userGuideSource();

// Hjælp ▸ Brugervejledning: the Markdown guide with its pictures, from the resources.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    void fitImages();

    QTextBrowser *m_browser;
};

} // namespace temaplan::app
