#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cp {

// The entries of a ZIP archive held in memory (PKWARE APPNOTE), stored or deflated, ZIP64
// included, inflated with zlib. Not QuaZip: it bundles its own minizip under the same symbol
// names as the libminizip that libxlsxwriter uses, so a process linking both crashes in one of
// them; and Debian 12's libminizip misses the ZIP64 sizes of an archive's central directory on
// 64-bit systems. Every offset and size is checked before use, and inflating stops at the size an
// entry declares, so the caller can enforce its limits first.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(cp::XlsxWorkbook)

public:
    struct Entry
    {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localOffset = 0;
    };

    // Reads the central directory; false when there is none (not a ZIP archive, or truncated).
    bool open(const QByteArray &bytes);
    Result<QByteArray> read(const Entry &entry) const;
    const QList<Entry> &entries() const { return m_entries; }

private:
    quint16 u16(qint64 at) const;
    quint32 u32(qint64 at) const;
    qint64 u64(qint64 at) const;

    QByteArray m_bytes;
    QList<Entry> m_entries;
};

} // namespace cp
