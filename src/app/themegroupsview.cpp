#include "themegroupsview.h"

#include "recordcommand.h"
#include "recordlistmodel.h"
#include "themegroupform.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

ThemeGroupsView::ThemeGroupsView(LibrarySession *session, QWidget *parent)
    : RecordRoom(session, RecordKind::ThemeGroup, parent)
{
    setObjectName(u"themeGroupsView"_s);
    setTexts(tr("Filtrér temagrupper efter navn eller tidligere navn"), tr("Navn"),
             tr("Tidligere navne"), tr("&Ny temagruppe"), tr("&Slet temagruppe"));
    auto *detail = new QWidget(this);
    m_form = new ThemeGroupForm(session, detail);
    m_events = addLinks(detail, u"groupEvents"_s, tr("Ingen arrangementer"));
    auto *layout = new QVBoxLayout(detail);
    layout->addWidget(m_form);
    layout->addWidget(
        new QLabel(tr("<b>Arrangementer</b> (dobbeltklik åbner arrangementet)"), detail));
    layout->addWidget(m_events);
    layout->addStretch(1);
    setDetail(detail);
}

Result<QList<RecordRow>> ThemeGroupsView::readRows(Library &library) const
{
    auto organisations = library.organisations().all();
    if (!organisations)
        return organisations.error();
    m_organisations = std::move(organisations).value();
    auto people = library.people().all();
    if (!people)
        return people.error();
    m_people = std::move(people).value();
    auto groups = library.themeGroups().all();
    if (!groups)
        return groups.error();
    QList<RecordRow> rows;
    for (const ThemeGroup &g : std::as_const(*groups)) {
        QStringList former;
        for (const FormerName &f : g.formerNames)
            former << f.name;
        rows.append({g.id, g.name, former.join(u", "_s), g.meetingRhythm});
    }
    return rows;
}

Status ThemeGroupsView::showRecord(Library &library, const Id &id)
{
    auto group = library.themeGroups().get(id);
    if (!group)
        return group.error();
    m_form->showGroup(*group, m_organisations, m_people);
    EventQuery query;
    query.themeGroupId = id;
    return listEvents(m_events, library, query);
}

void ThemeGroupsView::clearRecord()
{
    m_form->clear();
    m_events->clearLinks();
}

void ThemeGroupsView::setEditable(bool editable)
{
    m_form->setEditable(editable);
}

RecordCommand *ThemeGroupsView::creation(Library &)
{
    ThemeGroup group;
    group.id = newId();
    group.name = tr("Ny temagruppe");
    return new RecordChange<ThemeGroup>(session(), std::nullopt, group, tr("Ny temagruppe"));
}

RecordCommand *ThemeGroupsView::deletion(Library &library, const Id &id)
{
    auto group = library.themeGroups().get(id);
    if (!group)
        return nullptr;
    return new RecordChange<ThemeGroup>(session(), *group, std::nullopt,
                                        tr("Slet «%1»").arg(group->name));
}

void ThemeGroupsView::focusName()
{
    m_form->focusName();
}

} // namespace temaplan::app
