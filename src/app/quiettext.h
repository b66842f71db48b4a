#pragma once

class QWidget;

namespace temaplan::app {

// Secondary text (the kind of an event, the hit count, an empty pane's hint) half way
// between the text and the background: readable, unlike a disabled label, and right
// in a dark palette as in a light one.
void makeQuiet(QWidget *widget);

} // namespace temaplan::app
