#include "reliabilitysupport.h"

#include "store/libraryexchange.h"
#include "store/libraryfile.h"

#include "core/synthetic.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <iostream>
#include <random>

namespace temaplan::reliability {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

std::uint32_t seedFor(const char *what)
{
    bool ok = false;
    std::uint32_t seed = qEnvironmentVariable("TEMAPLAN_RELIABILITY_SEED").toUInt(&ok);
    if (!ok)
        seed = std::random_device{}();
    std::cout << what << ": seed " << seed << " (TEMAPLAN_RELIABILITY_SEED=" << seed << " repeats it)"
              << std::endl;
    return seed;
}

QString makeGeneratedLibrary(const QString &dir, const QString &name, int cases, int events)
{
    const QString path = QDir(dir).filePath(name);
    auto lib = openLibrary(path, OpenMode::CreateNew);
    REQUIRE(lib.ok());
    const auto report = importContents(**lib, generateSyntheticLibrary({.cases = cases, .events = events, .seed = 3}));
    REQUIRE(report.ok());
    return path;
}

} // namespace temaplan::reliability
