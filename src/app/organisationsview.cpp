#include "organisationsview.h"

#include "displaytext.h"
#include "organisationform.h"
#include "recordcommand.h"
#include "recordlistmodel.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// An organisation's page lists this many of its cases; the case room has them all.
constexpr int shownCases = 50;

} // namespace

OrganisationsView::OrganisationsView(LibrarySession *session, QWidget *parent)
    : RecordRoom(session, RecordKind::Organisation, parent)
{
    setObjectName(u"organisationsView"_s);
    setTexts(tr("Filtrér organisationer efter navn, forkortelse, type eller by"), tr("Navn"),
             tr("Type"), tr("&Ny organisation"), tr("&Slet organisation"));
    auto *detail = new QWidget(this);
    m_form = new OrganisationForm(session, detail);
    m_people = addLinks(detail, u"organisationPeople"_s, tr("Ingen personer"));
    m_cases = addLinks(detail, u"organisationCases"_s, tr("Ingen cases"));
    auto *layout = new QVBoxLayout(detail);
    layout->addWidget(m_form);
    layout->addWidget(new QLabel(tr("<b>Personer</b>"), detail));
    layout->addWidget(m_people);
    layout->addWidget(new QLabel(tr("<b>Cases</b> (dobbeltklik åbner casen)"), detail));
    layout->addWidget(m_cases);
    layout->addStretch(1);
    setDetail(detail);
    connect(m_form, &OrganisationForm::failed, this, &OrganisationsView::failed);
}

Result<QList<RecordRow>> OrganisationsView::readRows(Library &library) const
{
    auto organisations = library.organisations().all();
    if (!organisations)
        return organisations.error();
    QList<RecordRow> rows;
    for (const Organisation &o : std::as_const(*organisations)) {
        const QString kind = organisationKindName(o.kind);
        rows.append(
            {o.id, o.name, o.shortName.isEmpty() ? kind : u"%1 · %2"_s.arg(o.shortName, kind),
             QStringList{o.letterhead.town, o.letterhead.email, o.letterhead.web}.join(u' ')});
    }
    return rows;
}

Status OrganisationsView::showRecord(Library &library, const Id &id)
{
    auto organisation = library.organisations().get(id);
    if (!organisation)
        return organisation.error();
    m_form->showOrganisation(*organisation);

    auto people = library.people().all();
    if (!people)
        return people.error();
    m_people->clearLinks();
    for (const Person &p : std::as_const(*people))
        if (p.organisationId == id)
            m_people->addLink(p.title.isEmpty() ? p.name : u"%1, %2"_s.arg(p.name, p.title),
                              {RecordKind::Person, p.id, {}});
    m_people->finish();

    CaseFilter filter;
    filter.ownerIds = {idToString(id)};
    auto cases = library.findCases(filter, 0, shownCases + 1);
    if (!cases)
        return cases.error();
    m_cases->clearLinks();
    for (const CaseRow &c : cases->mid(0, shownCases))
        m_cases->addLink(c.title, {RecordKind::Case, c.caseId, {}});
    if (cases->size() > shownCases)
        m_cases->addLink(tr("… flere i case-biblioteket"), {RecordKind::Case, {}, {}});
    m_cases->finish();
    return {};
}

void OrganisationsView::clearRecord()
{
    m_form->clear();
    m_people->clearLinks();
    m_cases->clearLinks();
}

void OrganisationsView::setEditable(bool editable)
{
    m_form->setEditable(editable);
}

RecordCommand *OrganisationsView::creation(Library &)
{
    Organisation organisation;
    organisation.id = newId();
    organisation.name = tr("Ny organisation");
    return new RecordChange<Organisation>(session(), std::nullopt, organisation,
                                          tr("Ny organisation"));
}

RecordCommand *OrganisationsView::deletion(Library &library, const Id &id)
{
    auto organisation = library.organisations().get(id);
    if (!organisation)
        return nullptr;
    return new RecordChange<Organisation>(session(), *organisation, std::nullopt,
                                          tr("Slet «%1»").arg(organisation->name));
}

void OrganisationsView::focusName()
{
    m_form->focusName();
}

} // namespace temaplan::app
