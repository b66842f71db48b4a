#include "seriesview.h"

#include "recordlistmodel.h"
#include "seriesform.h"

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

SeriesView::SeriesView(LibrarySession *session, QWidget *parent)
    : RecordRoomOf<EventSeries>(session, tr("Ny serie"), parent)
    , m_form(new SeriesForm(session, this))
{
    setObjectName(u"seriesView"_s);
    setTexts(tr("Filtrér serier efter titel eller undertitel"), tr("Titel"), tr("Undertitel"),
             tr("&Ny serie"), tr("&Slet serie"));
    setForm(m_form);
    m_events =
        addLinks(tr("<b>Arrangementer</b> (dobbeltklik åbner arrangementet)"), u"seriesEvents"_s,
                 {tr("Dato"), tr("Sted"), tr("Titel")}, tr("Ingen arrangementer"));
}

Result<QList<RecordRow>> SeriesView::readRows(Library &library) const
{
    auto series = library.series().all();
    if (!series)
        return series.error();
    QList<RecordRow> rows;
    for (const EventSeries &s : std::as_const(*series))
        rows.append({s.id, s.title, s.subtitle, s.practicalNote});
    return rows;
}

Status SeriesView::showRecord(Library &library, const Id &id)
{
    auto series = library.series().get(id);
    if (!series)
        return series.error();
    m_form->showSeries(*series, organisations());
    EventQuery query;
    query.seriesId = id;
    return listEvents(m_events, library, query);
}

} // namespace temaplan::app
