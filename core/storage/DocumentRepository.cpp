#include "DocumentRepository.h"

#include "Database.h"
#include "Query.h"

namespace cp {

namespace {

const QString kColumns = QStringLiteral(
    "id, key, title, ifnull(doc_number, ''), issuer, region_id, ifnull(year, 0), kind, source_name, "
    "source_sha256, imported_at");

Document readDocument(const Query &q)
{
    Document d;
    d.id = q.id(0);
    d.key = q.text(1);
    d.title = q.text(2);
    d.docNumber = q.text(3);
    d.issuer = q.text(4);
    d.regionId = q.id(5);
    d.year = q.value(6).toInt();
    d.kind = fromCode<DocumentKind>(q.text(7)).value_or(DocumentKind::Other);
    d.sourceName = q.text(8);
    d.sourceSha256 = q.text(9);
    d.importedAt = q.timestamp(10);
    return d;
}

Result<Id> singleId(Query &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.id(0) : Id(0);
}

} // namespace

Result<QList<Document>> DocumentRepository::list() const
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM documents ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Document> out;
    while (q.next())
        out.append(readDocument(q));
    return out;
}

Result<Document> DocumentRepository::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(", original_text FROM documents WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("document %1 does not exist").arg(id));
    Document d = readDocument(q);
    d.originalText = q.text(11);
    return d;
}

Result<Document> DocumentRepository::header(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM documents WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(tr("document %1 does not exist").arg(id));
    return readDocument(q);
}

Result<Id> DocumentRepository::findByKey(const QString &key) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM documents WHERE key = ?"));
    q.bind(key);
    return singleId(q);
}

Result<Id> DocumentRepository::findBySha256(const QString &sha256) const
{
    Query q(m_db, QStringLiteral("SELECT id FROM documents WHERE source_sha256 = ? ORDER BY id LIMIT 1"));
    q.bind(sha256);
    return singleId(q);
}

Result<QString> DocumentRepository::uniqueKey(const QString &base) const
{
    QString key = base;
    for (int n = 2;; ++n) {
        auto existing = findByKey(key);
        if (!existing)
            return existing.error();
        if (!*existing)
            return key;
        key = base + QStringLiteral("-%1").arg(n);
    }
}

Result<Id> DocumentRepository::insert(const Document &d)
{
    Query q(m_db, QStringLiteral("INSERT INTO documents (key, title, doc_number, issuer, region_id, year, kind, "
                                 "original_text, source_name, source_sha256, imported_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(d.key, d.title, nullIfEmpty(d.docNumber), d.issuer, d.regionId,
           d.year ? QVariant(d.year) : QVariant(QMetaType::fromType<int>()), toCode(d.kind), d.originalText,
           d.sourceName, d.sourceSha256, d.importedAt.isValid() ? d.importedAt : QDateTime::currentDateTimeUtc());
    if (Status s = q.exec(); !s)
        return s.error();
    return q.lastInsertId();
}

Status DocumentRepository::remove(Id id)
{
    return m_db.transaction([&]() -> Status {
        // Evidence links of reports and readings go with them (ON DELETE CASCADE);
        // task_departments rows go with the tasks.
        Query q(m_db, QStringLiteral("DELETE FROM documents WHERE id = ?"));
        q.bind(id);
        return q.execChanging(tr("document %1").arg(id));
    });
}

Status DocumentRepository::setTitle(Id id, const QString &title)
{
    Query q(m_db, QStringLiteral("UPDATE documents SET title = ? WHERE id = ?"));
    q.bind(title, id);
    return q.execChanging(tr("document %1").arg(id));
}

Result<Id> DocumentRepository::insertSection(const Section &s)
{
    Query q(m_db, QStringLiteral("INSERT INTO sections (document_id, parent_id, position, number, path, title, "
                                 "span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), Query::Reuse);
    q.bind(s.documentId, nullIfZero(s.parentId), s.position, s.number, s.path, s.title, spanStart(s.span),
           spanEnd(s.span));
    if (Status st = q.exec(); !st)
        return st.error();
    return q.lastInsertId();
}

Result<QList<Section>> DocumentRepository::sections(Id documentId) const
{
    Query q(m_db, QStringLiteral("SELECT id, document_id, ifnull(parent_id, 0), position, number, path, title, "
                                 "span_start, span_end FROM sections WHERE document_id = ? ORDER BY position, id"));
    q.bind(documentId);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<Section> out;
    while (q.next()) {
        Section s;
        s.id = q.id(0);
        s.documentId = q.id(1);
        s.parentId = q.id(2);
        s.position = q.value(3).toInt();
        s.number = q.text(4);
        s.path = q.text(5);
        s.title = q.text(6);
        s.span = q.span(7);
        out.append(s);
    }
    return out;
}

Result<int> DocumentRepository::count() const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM documents"));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace cp
