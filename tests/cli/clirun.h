#pragma once

#include <QString>
#include <QStringList>

// Runs temaplan-cli in-process and captures what it prints.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &args);
