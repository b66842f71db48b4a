#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace temaplan::bench {

// Figures of one measure over repeated runs, in milliseconds.
struct Stats
{
    double median = 0;
    double p95 = 0;
    double min = 0;
    int runs = 0;
};

Stats statsOf(QList<double> samples);

// Runs `work` `runs` times (after one untimed warm-up when `warmUp`) and times each run.
Stats timeRepeated(int runs, const std::function<void()> &work, bool warmUp = true);

// One JSON line per measure: its name, its figures, and the paired floor or
// alternative measured in the same run, so the result reads as a ratio on a noisy machine.
struct Report
{
    QString measure;
    QString unit = QStringLiteral("ms");
    Stats subject;
    QString floorName; // empty: no pairing
    Stats floor;
    QString target;    // "≤ 1.5× floor", "< 300 ms"
    QString note;
};

QByteArray toJsonLine(const Report &report);

// "cpu model, cores, RAM" and the date, for docs/performance.md.
QString machineDescription();

} // namespace temaplan::bench
