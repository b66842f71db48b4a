#include "themegroupsview.h"

#include "recordlistmodel.h"
#include "themegroupform.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

ThemeGroupsView::ThemeGroupsView(LibrarySession *session, QWidget *parent)
    : RecordRoomOf<ThemeGroup>(session, tr("Ny temagruppe"), parent)
    , m_form(new ThemeGroupForm(session, this))
{
    setObjectName(u"themeGroupsView"_s);
    setTexts(tr("Filtrér temagrupper efter navn eller tidligere navn"), tr("Navn"),
             tr("Tidligere navne"), tr("&Ny temagruppe"), tr("&Slet temagruppe"));
    setForm(m_form);
    m_events =
        addLinks(tr("<b>Arrangementer</b> (dobbeltklik åbner arrangementet)"), u"groupEvents"_s,
                 {tr("Dato"), tr("Sted"), tr("Titel")}, tr("Ingen arrangementer"));
}

Result<QList<RecordRow>> ThemeGroupsView::readRows(Library &library) const
{
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
    m_form->showGroup(*group, organisations());
    EventQuery query;
    query.themeGroupId = id;
    return listEvents(m_events, library, query);
}

} // namespace temaplan::app
