#pragma once

#include "domain/Types.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cp {
class Workspace;
}

namespace cp::test {

// The expected results written by reading the documents (tests/importing/fixtures/*.json).
QJsonObject readFixture(const QString &name);
// The reference documents as shipped (resources/documents).
QByteArray referenceDocument(const QString &fileName);
QString referenceKey(const QString &fileName); // "000_50bff88673248aef"

// The task of a document with that path, or a default Task (id 0).
Task taskByPath(Workspace &ws, Id documentId, const QString &path);

} // namespace cp::test
