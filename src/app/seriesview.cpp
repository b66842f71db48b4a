#include "seriesview.h"

#include "recordcommand.h"
#include "recordlistmodel.h"
#include "seriesform.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace temaplan::app {

SeriesView::SeriesView(LibrarySession *session, QWidget *parent)
    : RecordRoom(session, RecordKind::Series, parent)
{
    setObjectName(u"seriesView"_s);
    setTexts(tr("Filtrér serier efter titel eller undertitel"), tr("Titel"), tr("Undertitel"),
             tr("&Ny serie"), tr("&Slet serie"));
    auto *detail = new QWidget(this);
    m_form = new SeriesForm(session, detail);
    m_events = addLinks(detail, u"seriesEvents"_s, tr("Ingen arrangementer"));
    auto *layout = new QVBoxLayout(detail);
    layout->addWidget(m_form);
    layout->addWidget(
        new QLabel(tr("<b>Arrangementer</b> (dobbeltklik åbner arrangementet)"), detail));
    layout->addWidget(m_events);
    layout->addStretch(1);
    setDetail(detail);
}

Result<QList<RecordRow>> SeriesView::readRows(Library &library) const
{
    auto organisations = library.organisations().all();
    if (!organisations)
        return organisations.error();
    m_organisations = std::move(organisations).value();
    auto people = library.people().all();
    if (!people)
        return people.error();
    m_people = std::move(people).value();
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
    m_form->showSeries(*series, m_organisations, m_people);
    EventQuery query;
    query.seriesId = id;
    return listEvents(m_events, library, query);
}

void SeriesView::clearRecord()
{
    m_form->clear();
    m_events->clearLinks();
}

void SeriesView::setEditable(bool editable)
{
    m_form->setEditable(editable);
}

RecordCommand *SeriesView::creation(Library &)
{
    EventSeries series;
    series.id = newId();
    series.title = tr("Ny serie");
    return new RecordChange<EventSeries>(session(), std::nullopt, series, tr("Ny serie"));
}

RecordCommand *SeriesView::deletion(Library &library, const Id &id)
{
    auto series = library.series().get(id);
    if (!series)
        return nullptr;
    return new RecordChange<EventSeries>(session(), *series, std::nullopt,
                                         tr("Slet «%1»").arg(series->title));
}

void SeriesView::focusName()
{
    m_form->focusName();
}

} // namespace temaplan::app
