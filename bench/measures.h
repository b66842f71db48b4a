#pragma once

#include "stats.h"

#include <QList>
#include <QString>

#include <functional>

namespace temaplan::bench {

struct Options
{
    int runs = 30;         // repetitions per timed figure
    QString workDir;       // where generated libraries and outputs go
    QString binDir;        // where temaplan and temaplan-cli are
    int cases = 50000;     // size of the generated library
    int events = 2000;
};

struct Measure
{
    QString name;
    QString summary;
    std::function<QList<Report>(const Options &)> run;
};

// Each layer's measures live in their own file and register here.
QList<Measure> agendaMeasures();
QList<Measure> storeMeasures();
QList<Measure> processMeasures();
QList<Measure> stallMeasures();

// The generated library of `options`, made on first use in the work folder and reused.
QString generatedLibrary(const Options &options, double *generateMs = nullptr);

} // namespace temaplan::bench
