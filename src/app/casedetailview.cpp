#include "casedetailview.h"

#include "casetext.h"

#include "caseform.h"
#include "displaytext.h"
#include "documentlinksedit.h"
#include "librarysession.h"
#include "quiettext.h"
#include "recordcommand.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

enum
{
    EmptyPage,
    CasePage
};
constexpr int EventIdRole = Qt::UserRole;
constexpr int OccurrenceIdRole = Qt::UserRole + 1;

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"padding-right:12px; color:#666\">%1</td><td>%2</td></tr>"_s.arg(
        label.toHtmlEscaped(), valueHtml);
}

} // namespace

CaseDetailView::CaseDetailView(LibrarySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_presentedHeading(new QLabel(tr("Præsenteret ved"), this))
    , m_presentedAt(new QTreeWidget(this))
    , m_linkTabs(new QTabWidget(this))
    , m_form(new CaseForm(session, this))
    , m_links(new DocumentLinksEdit(u"caseLinks"_s, this))
    , m_documents(new DocumentLinksEdit(u"caseDocuments"_s, this))
{
    auto *empty = new QLabel(
        tr("Vælg en case i listen for at se, hvad den handler om, og hvor den er præsenteret."),
        this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    makeQuiet(empty);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(u"caseTitle"_s);
    m_body->setObjectName(u"caseBody"_s);
    m_body->setOpenExternalLinks(true);
    QFont headingFont = m_presentedHeading->font();
    headingFont.setBold(true);
    m_presentedHeading->setFont(headingFont);

    m_presentedAt->setObjectName(u"presentedAt"_s);
    m_presentedAt->setHeaderLabels({tr("Dato"), tr("Arrangement"), tr("Sted"), tr("Programpunkt")});
    m_presentedAt->setRootIsDecorated(false);
    m_presentedAt->setUniformRowHeights(true);
    m_presentedAt->setAlternatingRowColors(true);
    // The date as wide as its text; event, place and slot share what is left, cut short
    // with the whole text in the tooltip, so the narrow pane never scrolls sideways.
    // (A stretched last section keeps at least the default width: off, or the row scrolls.)
    m_presentedAt->header()->setStretchLastSection(false);
    m_presentedAt->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_presentedAt->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_presentedAt->setToolTip(tr("Dobbeltklik for at åbne arrangementet"));

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 5);
    m_linkTabs->setObjectName(u"caseLinkTabs"_s);
    // The case's own fields first: what is corrected most.
    m_linkTabs->addTab(m_form, tr("Oplysninger"));
    m_linkTabs->addTab(m_links, tr("Links"));
    m_linkTabs->addTab(m_documents, tr("Dokumenter"));
    layout->addWidget(m_linkTabs);
    layout->addWidget(m_presentedHeading);
    layout->addWidget(m_presentedAt, 2);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_presentedAt, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT eventRequested(item->data(0, EventIdRole).value<Id>(),
                              item->data(0, OccurrenceIdRole).value<Id>());
    });
    connect(m_form, &CaseForm::failed, this, &CaseDetailView::failed);
    connect(m_links, &DocumentLinksEdit::linksEdited, this,
            [this](const DocumentLinks &links, const QString &text) {
                editCase(text, [&](Case &c) { c.links = links; });
            });
    connect(m_documents, &DocumentLinksEdit::linksEdited, this,
            [this](const DocumentLinks &links, const QString &text) {
                editCase(text, [&](Case &c) { c.documents = links; });
            });
    // Written here, undone or redone from the Rediger menu: show what the library holds.
    connect(m_session, &LibrarySession::recordWritten, this, [this](RecordKind kind, const Id &id) {
        if (kind == RecordKind::Case && id == m_caseId)
            setCase(id);
    });
    clear();
}

void CaseDetailView::editCase(const QString &text, const std::function<void(Case &)> &change)
{
    Library *library = m_session->library();
    if (!library || m_caseId.isNull())
        return;
    auto before = library->cases().get(m_caseId);
    if (!before) {
        Q_EMIT failed(before.error());
        return;
    }
    Case after = *before;
    change(after);
    if (after == *before)
        return;
    // A write that failed leaves the saved case to be shown again.
    if (!m_session->push(new RecordChange<Case>(m_session, *before, after, text)))
        setCase(m_caseId);
}

void CaseDetailView::clear()
{
    m_caseId = {};
    m_form->clear();
    m_body->clear();
    m_presentedAt->clear();
    m_links->setLinks({});
    m_documents->setLinks({});
    m_stack->setCurrentIndex(EmptyPage);
}

void CaseDetailView::setCase(const Id &caseId)
{
    Library *library = m_session->library();
    if (!library || caseId.isNull()) {
        clear();
        return;
    }
    auto found = library->cases().get(caseId);
    if (!found) {
        clear();
        Q_EMIT failed(found.error());
        return;
    }
    const Case &c = *found;
    m_caseId = caseId;
    m_title->setText(c.title);

    QString table;
    QString ownerName;
    if (!c.ownerId.isNull()) {
        if (auto owner = library->organisations().get(c.ownerId)) {
            ownerName = owner->name;
            table += row(tr("Ejer"), owner->name.toHtmlEscaped());
        }
    }
    if (const QString p = casePeriod(c.startYear, c.endYear); !p.isEmpty())
        table += row(tr("Periode"), p);
    if (!c.themes.isEmpty())
        table += row(tr("Temaer"), c.themes.join(u", "_s).toHtmlEscaped());
    QString contactText;
    if (!c.contactId.isNull()) {
        if (auto contact = library->people().get(c.contactId)) {
            contactText = CaseForm::contactText(contact->name, contact->title);
            QStringList parts{contact->name};
            if (!contact->title.isEmpty())
                parts << contact->title;
            QString text = parts.join(u", "_s).toHtmlEscaped();
            if (!contact->email.isEmpty())
                text += u" · <a href=\"mailto:%1\">%1</a>"_s.arg(contact->email.toHtmlEscaped());
            table += row(tr("Kontakt"), text);
        }
    }
    // The links stay in the text, where a click opens them; the tabs below edit them.
    if (!c.links.isEmpty())
        table += row(tr("Links"), linksHtml(c.links));
    if (!c.documents.isEmpty())
        table += row(tr("Dokumenter"), linksHtml(c.documents));
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">%1</table>"_s.arg(table);
    html += c.summary.isEmpty() ? u"<p><i>%1</i></p>"_s.arg(tr("Casen har intet resumé endnu."))
                                : descriptionHtml(c.summary);
    m_body->setHtml(html);
    const bool editable = !m_session->isReadOnly();
    m_form->setEditable(editable);
    m_form->showCase(c, ownerName, contactText);
    m_links->setEditable(editable);
    m_documents->setEditable(editable);
    m_links->setLinks(c.links);
    m_documents->setLinks(c.documents);
    m_linkTabs->setTabText(m_linkTabs->indexOf(m_links), tr("Links (%1)").arg(c.links.size()));
    m_linkTabs->setTabText(m_linkTabs->indexOf(m_documents),
                           tr("Dokumenter (%1)").arg(c.documents.size()));
    m_stack->setCurrentIndex(CasePage);
    fillPresentedAt();
}

void CaseDetailView::fillPresentedAt()
{
    m_presentedAt->clear();
    auto refs = m_session->library()->presentedAt(m_caseId);
    if (!refs) {
        Q_EMIT failed(refs.error());
        return;
    }
    for (const SlotReference &ref : *refs) {
        auto *item = new QTreeWidgetItem(m_presentedAt);
        item->setText(DateColumn,
                      ref.date.isNull() ? tr("uden dato") : displayDate(ref.date, true));
        item->setText(EventColumn, ref.eventTitle);
        item->setText(PlaceColumn, ref.place.isEmpty() ? tr("oplyses snarest") : ref.place);
        item->setText(SlotColumn, ref.slotTitle);
        item->setToolTip(EventColumn, ref.eventTitle);
        item->setToolTip(PlaceColumn, item->text(PlaceColumn));
        item->setToolTip(SlotColumn, ref.slotTitle);
        item->setData(0, EventIdRole, ref.eventId);
        item->setData(0, OccurrenceIdRole, ref.occurrenceId);
    }
    m_presentedHeading->setText(refs->isEmpty() ? tr("Præsenteret ved: endnu ingen arrangementer")
                                                : tr("Præsenteret ved (%1)").arg(refs->size()));
}

} // namespace temaplan::app
