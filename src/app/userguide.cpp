#include "userguide.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QLocale>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// The pictures are whole windows; in the guide they are shown at most this wide.
constexpr int pictureWidth = 760;

} // namespace

QString userGuideSource()
{
    return QLocale().language() == QLocale::English ? u"qrc:/guide/user-guide.en.md"_s
                                                    : u"qrc:/guide/user-guide.md"_s;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("Temaplan – Brugervejledning"));
    m_browser->setObjectName(u"userGuideBrowser"_s);
    // Links to the outside (a case's web page) belong in the browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(userGuideSource()), QTextDocument::MarkdownResource);
    fitImages();
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::fitImages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(pictureWidth + 80, 820);
}

void UserGuideDialog::fitImages()
{
    // Markdown has no size for a picture: scale each down to the column, keeping its shape.
    QTextDocument *document = m_browser->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid())
                continue;
            const QImage image = document
                                     ->resource(QTextDocument::ImageResource,
                                                document->baseUrl().resolved(QUrl(format.name())))
                                     .value<QImage>();
            if (image.isNull() || image.width() <= pictureWidth)
                continue;
            format.setWidth(pictureWidth);
            format.setHeight(double(image.height()) * pictureWidth / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
    cursor.endEditBlock();
}

} // namespace temaplan::app
