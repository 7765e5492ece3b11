#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QString>

namespace cp {
class Workspace;
}

namespace cp::test {

// Fills an empty workspace with a small but complete county: regions (including two 城区 under
// different cities), departments with aliases, one document with sections, tasks with lead and
// cooperating units, metrics, readings, reports with evidence, dispatch events and a metric link.
Status buildSampleWorkspace(Workspace &ws);

// Row counts of every table, "table=n" joined, to compare a database before and after.
QString tableCounts(Workspace &ws);

// A path in a fresh temporary directory that lives as long as the test process.
QString temporaryPath(const QString &fileName);

// Fails the running test with the error's message when status is an error.
#define CP_VERIFY_OK(expr)                                                                         \
    do {                                                                                           \
        const auto cpVerifyResult = (expr);                                                        \
        if (!cpVerifyResult.ok())                                                                  \
            QFAIL(qPrintable(cpVerifyResult.error().message()));                                   \
    } while (false)

} // namespace cp::test
