<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>temaplan::app::MainWindow</name>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Gemte %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Temaplan %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Temaplan %1&lt;/h3&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n arrangement(er)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
