#pragma once

#include <QString>
#include <QStringList>

namespace cp {

// Splits an SQL script into single statements (QSqlQuery runs one at a time). Understands
// quoted strings, -- and /* */ comments, and BEGIN … END / CASE … END bodies of triggers.
QStringList splitSqlScript(const QString &script);

} // namespace cp
