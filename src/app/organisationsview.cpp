#include "organisationsview.h"

#include "displaytext.h"
#include "organisationform.h"
#include "recordlistmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

namespace {

// An organisation's page lists this many of its cases; the case room has them all.
constexpr int shownCases = 50;

} // namespace

OrganisationsView::OrganisationsView(LibrarySession *session, QWidget *parent)
    : RecordRoomOf<Organisation>(session, tr("Ny organisation"), parent)
    , m_form(new OrganisationForm(session, this))
{
    setObjectName(u"organisationsView"_s);
    setTexts(tr("Filtrér organisationer efter navn, forkortelse, type eller by"), tr("Navn"),
             tr("Type"), tr("&Ny organisation"), tr("&Slet organisation"));
    setForm(m_form);
    m_people = addLinks(tr("<b>Personer</b>"), u"organisationPeople"_s, {tr("Navn"), tr("Titel")},
                        tr("Ingen personer"));
    m_cases = addLinks(tr("<b>Cases</b> (dobbeltklik åbner casen)"), u"organisationCases"_s,
                       {tr("Titel")}, tr("Ingen cases"));
    connect(m_form, &OrganisationForm::failed, this, &OrganisationsView::failed);
}

Result<QList<RecordRow>> OrganisationsView::readRows(Library &) const
{
    QList<RecordRow> rows;
    for (const Organisation &o : organisations()) {
        const QString kind = organisationKindName(o.kind);
        const Letterhead &l = o.letterhead;
        rows.append({o.id, o.name,
                     o.shortName.isEmpty() ? kind : u"%1 · %2"_s.arg(o.shortName, kind),
                     QStringList{l.town, l.email, l.web}.join(u' ')});
    }
    return rows;
}

Status OrganisationsView::showRecord(Library &library, const Id &id)
{
    auto organisation = library.organisations().get(id);
    if (!organisation)
        return organisation.error();
    m_form->showOrganisation(*organisation);

    m_people->clearLinks();
    for (const Person &p : people())
        if (p.organisationId == id)
            m_people->addLink({p.name, p.title}, {RecordKind::Person, p.id, {}});
    m_people->finish();

    CaseFilter filter;
    filter.ownerIds = {idToString(id)};
    auto cases = library.findCases(filter, 0, shownCases);
    if (!cases)
        return cases.error();
    m_cases->clearLinks();
    for (const CaseRow &c : std::as_const(*cases))
        m_cases->addLink({c.title}, {RecordKind::Case, c.caseId, {}});
    m_cases->finish();
    return {};
}

} // namespace temaplan::app
