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
}
