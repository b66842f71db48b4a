// The floor for printing: the plainest way Qt makes a programme PDF — one HTML table in
// a QTextDocument printed onto a QPdfWriter — with the seed-000 programme's words.
#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString rows[][2] = {
        {u"9.30"_s, u"Let morgenforplejning"_s},
        {u"10.00"_s, u"Velkomst og intro til dagen og håndbogen ved Mia, Malene og Pernille"_s},
        {u"10.30"_s, u"<b>Gladsaxe – 'Social balance'</b> ved leder af strategien Mette Dybkjær<ul><li>Kort om "
                     "Strategien Social Balance og en uddybning af de tre spor</li><li>Hvordan fungerer lokale "
                     "partnerskaber mellem kommune og boligforeninger?</li><li>Hvordan samarbejder Social "
                     "balance med de kommunale forvaltninger?</li></ul><a href=\"https://example.org\">Link til casen</a>"_s},
        {u"11.15"_s, u"<b>Effektmål, indikatorer og data i Social Balance</b><p>I Social Balance arbejder man med ni "
                     "effektmål og dertil hørende indikatorer.</p>"_s},
        {u"12.00"_s, u"<b>Silkeborg Kommune – 'Nærmiljøprojekter'</b> ved projektleder Malene Steiniche Kjær"_s},
        {u"12.45"_s, u"Frokost"_s},
        {u"13.15"_s, u"<b>Middelfart Kommune – 'Bæredygtige lokalsamfund'</b> ved projektleder Vibeke Skøtt"_s},
        {u"14.00"_s, u"<b>Vi ser med LUP på sundheden</b> ved Pernille Tanggaard Andersen"_s},
        {u"14.45"_s, u"Afrunding og tak for i dag. Vi slutter kl. 15.00."_s},
    };
    QString html = u"<h1>Temagruppemøde om lokalsamfund som sundhedsfremmende arenaer</h1>"
                   "<p><b>Den 6. december i Gladsaxe</b></p><table>"_s;
    for (const auto &row : rows)
        html += u"<tr><td width=\"80\">%1</td><td>%2</td></tr>"_s.arg(row[0], row[1]);
    html += u"</table>"_s;

    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setHtml(html);
    doc.setPageSize(QSizeF(writer.width(), writer.height()));
    QPainter painter(&writer);
    doc.drawContents(&painter);
    return 0;
}
