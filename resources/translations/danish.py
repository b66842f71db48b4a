# The Danish forms of the "%n …" texts (one, other). The sources are Danish, so these are
# the only Danish translations: lupdate -pluralonly puts just these texts in temaplan_da.ts.
DANISH = {
    "%n case(s)": ("%n case", "%n cases"),
    " og %n andre": (" og %n anden", " og %n andre"),
    "%n programpunkt(er)": ("%n programpunkt", "%n programpunkter"),
    "%n case(s) i biblioteket": ("%n case i biblioteket", "%n cases i biblioteket"),
    "%n case(s) passer på filtrene": ("%n case passer på filtrene", "%n cases passer på filtrene"),
    "%n case(s) passer på «%1»": ("%n case passer på «%1»", "%n cases passer på «%1»"),
    "%n arrangement(er)": ("%n arrangement", "%n arrangementer"),
    "%n person(er)": ("%n person", "%n personer"),
    "%1 af %n person(er)": ("%1 af %n person", "%1 af %n personer"),
    "%n organisation(er)": ("%n organisation", "%n organisationer"),
    "%1 af %n organisation(er)": ("%1 af %n organisation", "%1 af %n organisationer"),
    "%n temagruppe(r)": ("%n temagruppe", "%n temagrupper"),
    "%1 af %n temagruppe(r)": ("%1 af %n temagruppe", "%1 af %n temagrupper"),
    "%n serie(r)": ("%n serie", "%n serier"),
    "%1 af %n serie(r)": ("%1 af %n serie", "%1 af %n serier"),
    "%1 af %n case(s)": ("%1 af %n case", "%1 af %n cases"),
    "Over %1 af %n case(s)": ("Over %1 af %n case", "Over %1 af %n cases"),
}
