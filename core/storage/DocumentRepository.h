#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

#include <QCoreApplication>

namespace cp {

class Database;

// Documents and their section trees.
class DocumentRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::DocumentRepository)

public:
    explicit DocumentRepository(Database &db)
        : m_db(db)
    {}

    // Every document without its original text (cheap; for lists and trees), in import order.
    Result<QList<Document>> list() const;
    // One document with its original text.
    Result<Document> get(Id id) const;
    // One document without its original text.
    Result<Document> header(Id id) const;
    Result<Id> findByKey(const QString &key) const;
    Result<Id> findBySha256(const QString &sha256) const;
    // A key not used yet, derived from base ("000_x", then "000_x-2", …).
    Result<QString> uniqueKey(const QString &base) const;
    Result<Id> insert(const Document &document);
    // Deletes the document with its sections, tasks, metrics and their progress data.
    Status remove(Id id);
    Status setTitle(Id id, const QString &title);

    Result<Id> insertSection(const Section &section);
    Result<QList<Section>> sections(Id documentId) const;
    Result<int> count() const;

private:
    Database &m_db;
};

} // namespace cp
