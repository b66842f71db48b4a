<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="da">
<context>
    <name>CaseExport</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source> og %n andre</source>
        <translation>
            <numerusform> og %n anden</numerusform>
            <numerusform> og %n andre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateDialogs</name>
    <message numerus="yes">
        <source>%n programpunkt(er)</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::AgendaEditor</name>
    <message numerus="yes">
        <source>%n programpunkt(er)</source>
        <translation>
            <numerusform>%n programpunkt</numerusform>
            <numerusform>%n programpunkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::app::CasesView</name>
    <message numerus="yes">
        <source>%n case(s) i biblioteket</source>
        <translation>
            <numerusform>%n case i biblioteket</numerusform>
            <numerusform>%n cases i biblioteket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) passer på filtrene</source>
        <translation>
            <numerusform>%n case passer på filtrene</numerusform>
            <numerusform>%n cases passer på filtrene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) passer på «%1»</source>
        <translation>
            <numerusform>%n case passer på «%1»</numerusform>
            <numerusform>%n cases passer på «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n case(s)</source>
        <translation>
            <numerusform>%1 af %n case</numerusform>
            <numerusform>%1 af %n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %1 af %n case(s)</source>
        <translation>
            <numerusform>Over %1 af %n case</numerusform>
            <numerusform>Over %1 af %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::app::MainWindow</name>
    <message numerus="yes">
        <source>%n arrangement(er)</source>
        <translation>
            <numerusform>%n arrangement</numerusform>
            <numerusform>%n arrangementer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>temaplan::app::RecordRoom</name>
    <message numerus="yes">
        <source>%n person(er)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n person(er)</source>
        <translation>
            <numerusform>%1 af %n person</numerusform>
            <numerusform>%1 af %n personer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(er)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n organisation(er)</source>
        <translation>
            <numerusform>%1 af %n organisation</numerusform>
            <numerusform>%1 af %n organisationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temagruppe(r)</source>
        <translation>
            <numerusform>%n temagruppe</numerusform>
            <numerusform>%n temagrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n temagruppe(r)</source>
        <translation>
            <numerusform>%1 af %n temagruppe</numerusform>
            <numerusform>%1 af %n temagrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serie(r)</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n serier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 af %n serie(r)</source>
        <translation>
            <numerusform>%1 af %n serie</numerusform>
            <numerusform>%1 af %n serier</numerusform>
        </translation>
    </message>
</context>
</TS>
