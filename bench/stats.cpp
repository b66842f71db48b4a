#include "stats.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace temaplan::bench {

Stats statsOf(QList<double> samples)
{
    Stats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        // Nearest rank: the p95 of 20 runs is the 19th, never an interpolated value.
        const auto rank = qsizetype(std::ceil(q * double(samples.size())));
        return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
    };
    s.median = at(0.5);
    s.p95 = at(0.95);
    s.min = samples.first();
    s.runs = int(samples.size());
    return s;
}

Stats timeRepeated(int runs, const std::function<void()> &work, bool warmUp)
{
    if (warmUp)
        work();
    QList<double> samples;
    samples.reserve(runs);
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return statsOf(samples);
}

namespace {

nlohmann::json statsJson(const Stats &s)
{
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    return {{"median", round3(s.median)}, {"p95", round3(s.p95)}, {"min", round3(s.min)}, {"runs", s.runs}};
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return QSysInfo::currentCpuArchitecture();
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

} // namespace

QByteArray toJsonLine(const Report &report)
{
    nlohmann::json j;
    j["measure"] = report.measure.toStdString();
    j["unit"] = report.unit.toStdString();
    j["subject"] = statsJson(report.subject);
    if (!report.floorName.isEmpty()) {
        j["floor"] = report.floorName.toStdString();
        j["floorStats"] = statsJson(report.floor);
        if (report.floor.median > 0)
            j["ratio"] = std::round(report.subject.median / report.floor.median * 100.0) / 100.0;
    }
    if (!report.target.isEmpty())
        j["target"] = report.target.toStdString();
    if (!report.note.isEmpty())
        j["note"] = report.note.toStdString();
    j["machine"] = machineDescription().toStdString();
    j["date"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    return QByteArray::fromStdString(j.dump()) + '\n';
}

QString machineDescription()
{
    return QStringLiteral("%1, %2 cores, %3").arg(cpuModel()).arg(QThread::idealThreadCount())
        .arg(QSysInfo::prettyProductName());
}

} // namespace temaplan::bench
