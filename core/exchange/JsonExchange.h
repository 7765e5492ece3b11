#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cp {

class Workspace;

// The whole workspace as JSON ({"format":"countyplan","version":1,…}): regions, departments
// with aliases, documents with their text, sections, tasks, metrics, readings and reports,
// metric links, dispatch events and evidence files. The audit log stays in the workspace.
class JsonExchange
{
    Q_DECLARE_TR_FUNCTIONS(cp::JsonExchange)

public:
    static constexpr int kFormatVersion = 1;

    static Result<QByteArray> exportWorkspace(Workspace &workspace);

    // Reads an export into a new or empty workspace, in one transaction: a file with any
    // error is refused (naming the line or the field) and the workspace stays as it was.
    static Status load(Workspace &workspace, const QByteArray &json);
};

} // namespace cp
