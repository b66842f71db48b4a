#include "documentlinksedit.h"

#include <QAction>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

std::optional<QString> documentUrlFrom(const QString &typed, QString *error)
{
    const QString text = typed.trimmed();
    auto refused = [&](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Known by its title until the address is known, as the seed's handbook is.
    if (text.isEmpty())
        return QString();
    const QString notOne =
        DocumentLinksEdit::tr("«%1» er ikke en gyldig adresse. Skriv hele adressen, fx "
                              "https://www.sund-by-net.dk/haandbog.pdf.")
            .arg(text);
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); }))
        return refused(notOne);
    // "www.sund-by-net.dk" is how the programmes print an address; the link needs its scheme.
    const bool mailto = text.startsWith(u"mailto:"_s, Qt::CaseInsensitive);
    const QString whole = mailto || text.contains(u"://"_s) ? text : u"https://"_s + text;
    const QUrl url(whole, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    bool valid = url.isValid();
    if (scheme == u"mailto"_s)
        valid = valid && url.path().contains(u'@') && !url.path().startsWith(u'@');
    else if (scheme == u"http"_s || scheme == u"https"_s || scheme == u"ftp"_s)
        valid = valid && url.host().contains(u'.') && !url.host().endsWith(u'.');
    else
        valid = false;
    if (!valid)
        return refused(notOne);
    return whole;
}

DocumentLinksEdit::DocumentLinksEdit(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_title(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_add(new QPushButton(tr("Tilføj"), this))
    , m_remove(new QPushButton(tr("Fjern"), this))
    , m_up(new QPushButton(tr("Op"), this))
    , m_down(new QPushButton(tr("Ned"), this))
    , m_open(new QPushButton(tr("Åbn"), this))
    , m_message(new QLabel(this))
{
    setObjectName(objectName);
    m_table->setObjectName(objectName + u"Table"_s);
    m_table->setHorizontalHeaderLabels({tr("Titel"), tr("Adresse")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setToolTip(tr("F2 eller dobbeltklik retter en titel eller adresse; Delete fjerner "
                           "linket, Alt+Op og Alt+Ned flytter det"));
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 4 +
                              m_table->horizontalHeader()->sizeHint().height() + 4);

    m_title->setObjectName(objectName + u"Title"_s);
    m_title->setPlaceholderText(tr("Titel, fx Håndbog"));
    m_url->setObjectName(objectName + u"Url"_s);
    m_url->setPlaceholderText(tr("Adresse, fx https://www.sund-by-net.dk/haandbog.pdf"));
    m_add->setToolTip(tr("Tilføj linket med titlen og adressen i felterne (Enter)"));
    m_remove->setToolTip(tr("Fjern det valgte link (Delete)"));
    m_up->setToolTip(tr("Flyt det valgte link op (Alt+Op)"));
    m_down->setToolTip(tr("Flyt det valgte link ned (Alt+Ned)"));
    m_open->setToolTip(tr("Åbn det valgte link i browseren"));

    m_message->setObjectName(objectName + u"Message"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020"_s);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_remove, m_up, m_down, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_table, 0, 0, 1, 3);
    grid->addLayout(buttons, 1, 0, 1, 3);
    grid->addWidget(m_title, 2, 0);
    grid->addWidget(m_url, 2, 1);
    grid->addWidget(m_add, 2, 2);
    grid->addWidget(m_message, 3, 0, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);

    // In the table only: in a text field Delete and Alt+arrows edit the text.
    auto tableKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    tableKey(QKeySequence::Delete, [this] { removeLink(m_table->currentRow()); });
    tableKey(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveLink(m_table->currentRow(), -1); });
    tableKey(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveLink(m_table->currentRow(), 1); });

    connect(m_table, &QTableWidget::cellChanged, this, &DocumentLinksEdit::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &DocumentLinksEdit::updateButtons);
    connect(m_title, &QLineEdit::returnPressed, this, &DocumentLinksEdit::addTyped);
    connect(m_url, &QLineEdit::returnPressed, this, &DocumentLinksEdit::addTyped);
    connect(m_title, &QLineEdit::textChanged, this, &DocumentLinksEdit::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &DocumentLinksEdit::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &DocumentLinksEdit::addTyped);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeLink(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveLink(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveLink(m_table->currentRow(), 1); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_links.size())
            QDesktopServices::openUrl(QUrl(m_links.at(row).url));
    });
    updateButtons();
}

void DocumentLinksEdit::setLinks(const DocumentLinks &links)
{
    m_links = links;
    fillTable();
}

void DocumentLinksEdit::setEditable(bool editable)
{
    m_editable = editable;
    m_table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked |
                                            QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_title->setEnabled(editable);
    m_url->setEnabled(editable);
    updateButtons();
}

QString DocumentLinksEdit::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool DocumentLinksEdit::addLink(const QString &title, const QString &url)
{
    if (!m_editable)
        return false;
    if (title.trimmed().isEmpty()) {
        refuse(tr("Giv linket en titel, fx «Håndbog»."));
        return false;
    }
    QString error;
    const std::optional<QString> whole = documentUrlFrom(url, &error);
    if (!whole) {
        refuse(error);
        return false;
    }
    DocumentLinks after = m_links;
    after.append({title.trimmed(), *whole});
    propose(after, tr("Tilføj link «%1»").arg(title.trimmed()), int(after.size()) - 1);
    return m_links == after;
}

bool DocumentLinksEdit::editLink(int row, const QString &title, const QString &url)
{
    if (!m_editable || row < 0 || row >= m_links.size())
        return false;
    QString error;
    const std::optional<QString> whole = documentUrlFrom(url, &error);
    if (title.trimmed().isEmpty() || !whole) {
        refuse(whole ? tr("Giv linket en titel, fx «Håndbog».") : error);
        fillTable(); // the cell shows the saved text again
        return false;
    }
    DocumentLinks after = m_links;
    after[row] = {title.trimmed(), *whole};
    if (after == m_links) {
        fillTable();
        return false;
    }
    propose(after, tr("Ret link «%1»").arg(title.trimmed()), row);
    return m_links == after;
}

bool DocumentLinksEdit::removeLink(int row)
{
    if (!m_editable || row < 0 || row >= m_links.size())
        return false;
    DocumentLinks after = m_links;
    const QString title = after.takeAt(row).title;
    propose(after, tr("Fjern link «%1»").arg(title), std::min(row, int(after.size()) - 1));
    return m_links == after;
}

bool DocumentLinksEdit::moveLink(int row, int delta)
{
    const int to = row + delta;
    if (!m_editable || row < 0 || row >= m_links.size() || to < 0 || to >= m_links.size() ||
        delta == 0)
        return false;
    DocumentLinks after = m_links;
    after.move(row, to);
    propose(
        after,
        (delta < 0 ? tr("Flyt link «%1» op") : tr("Flyt link «%1» ned")).arg(m_links.at(row).title),
        to);
    return m_links == after;
}

void DocumentLinksEdit::addTyped()
{
    if (addLink(m_title->text(), m_url->text())) {
        m_title->clear();
        m_url->clear();
        m_title->setFocus(Qt::OtherFocusReason);
    }
}

void DocumentLinksEdit::propose(const DocumentLinks &after, const QString &text, int rowAfter)
{
    m_message->clear();
    m_message->hide();
    // The host writes the change and shows the saved links again, at this row.
    m_rowAfter = rowAfter;
    Q_EMIT linksEdited(after, text);
    m_rowAfter = -1;
}

void DocumentLinksEdit::refuse(const QString &message)
{
    m_message->setText(message);
    m_message->show();
}

void DocumentLinksEdit::cellEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_links.size())
        return;
    const QTableWidgetItem *item = m_table->item(row, column);
    const QString text = item ? item->text() : QString();
    const DocumentLink &link = m_links.at(row);
    if (column == TitleColumn)
        editLink(row, text, link.url);
    else
        editLink(row, link.title, text);
}

void DocumentLinksEdit::fillTable()
{
    // Items are changed where they stand, not made anew: this runs while a cell's
    // edit is being committed.
    const int current = m_rowAfter >= 0 ? m_rowAfter : m_table->currentRow();
    m_filling = true;
    m_table->setRowCount(int(m_links.size()));
    for (int row = 0; row < m_links.size(); ++row) {
        const DocumentLink &link = m_links.at(row);
        const QString texts[] = {link.title, link.url};
        for (int column : {TitleColumn, UrlColumn}) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts[column]);
            item->setToolTip(texts[column]);
        }
    }
    const int row = std::min(current, int(m_links.size()) - 1);
    if (row >= 0)
        m_table->setCurrentCell(row, std::max(0, m_table->currentColumn()));
    m_filling = false;
    updateButtons();
}

void DocumentLinksEdit::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_links.size();
    m_remove->setEnabled(m_editable && chosen);
    m_up->setEnabled(m_editable && chosen && row > 0);
    m_down->setEnabled(m_editable && chosen && row + 1 < m_links.size());
    m_open->setEnabled(chosen && !m_links.at(row).url.isEmpty());
    m_add->setEnabled(m_editable && !m_title->text().trimmed().isEmpty());
}

} // namespace temaplan::app
