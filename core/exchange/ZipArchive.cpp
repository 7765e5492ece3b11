#include "ZipArchive.h"

#include <QtEndian>

#include <zlib.h>

namespace cp {

quint16 ZipArchive::u16(qint64 at) const
{
    return qFromLittleEndian<quint16>(m_bytes.constData() + at);
}

quint32 ZipArchive::u32(qint64 at) const
{
    return qFromLittleEndian<quint32>(m_bytes.constData() + at);
}

qint64 ZipArchive::u64(qint64 at) const
{
    return qFromLittleEndian<qint64>(m_bytes.constData() + at);
}

bool ZipArchive::open(const QByteArray &bytes)
{
    m_bytes = bytes;
    const qint64 size = bytes.size();
    // The end-of-central-directory record: 22 bytes, then a comment of up to 65535.
    qint64 end = size - 22;
    while (end >= 0 && end >= size - 22 - 0xFFFF && u32(end) != 0x06054b50)
        --end;
    if (end < 0 || end < size - 22 - 0xFFFF)
        return false;
    qint64 count = u16(end + 10);
    qint64 directorySize = u32(end + 12);
    qint64 directory = u32(end + 16);
    if (end >= 20 && u32(end - 20) == 0x07064b50) { // a ZIP64 locator, then the ZIP64 record
        const qint64 record = u64(end - 12);
        if (record < 0 || record > size - 56 || u32(record) != 0x06064b50)
            return false;
        count = u64(record + 32);
        directorySize = u64(record + 40);
        directory = u64(record + 48);
    }
    if (directory < 0 || directorySize < 0 || directory > size || directorySize > size - directory)
        return false;
    const qint64 directoryEnd = directory + directorySize;
    for (qint64 at = directory; m_entries.size() < count;) {
        if (at > directoryEnd - 46 || u32(at) != 0x02014b50)
            return false;
        Entry entry{QString(), u16(at + 8), u16(at + 10), u32(at + 16), u32(at + 20), u32(at + 24), u32(at + 42)};
        const qint64 extra = at + 46 + u16(at + 28);
        const qint64 next = extra + u16(at + 30) + u16(at + 32);
        if (next > directoryEnd)
            return false;
        entry.name = QString::fromUtf8(m_bytes.constData() + at + 46, u16(at + 28));
        // The ZIP64 extra field (id 1) holds the 64-bit values of the saturated fields, in order.
        for (qint64 x = extra; x <= extra + u16(at + 30) - 4; x += 4 + u16(x + 2)) {
            qint64 value = x + 4;
            const qint64 valuesEnd = qMin(value + u16(x + 2), extra + u16(at + 30));
            for (qint64 *field : {&entry.size, &entry.compressedSize, &entry.localOffset}) {
                if (u16(x) == 1 && *field == 0xFFFFFFFF && value + 8 <= valuesEnd) {
                    *field = u64(value);
                    value += 8;
                }
            }
        }
        m_entries.append(entry);
        at = next;
    }
    return true;
}

Result<QByteArray> ZipArchive::read(const Entry &entry) const
{
    const Error damaged(tr("%1 is damaged in the archive").arg(entry.name));
    if (entry.flags & 1)
        return Error(tr("%1 is encrypted").arg(entry.name));
    if (entry.method != 0 && entry.method != 8)
        return Error(tr("%1 is compressed with method %2, which is not supported").arg(entry.name).arg(entry.method));
    const qint64 size = m_bytes.size();
    if (entry.localOffset < 0 || entry.localOffset > size - 30 || u32(entry.localOffset) != 0x04034b50)
        return damaged;
    const qint64 start = entry.localOffset + 30 + u16(entry.localOffset + 26) + u16(entry.localOffset + 28);
    if (entry.compressedSize < 0 || start > size || entry.compressedSize > size - start)
        return damaged;
    QByteArray data;
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size)
            return damaged;
        data = m_bytes.mid(start, entry.size);
    } else {
        data.resize(entry.size); // the caller has checked it against the limits
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return damaged;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_bytes.constData() + start));
        z.avail_in = uInt(entry.compressedSize);
        z.next_out = reinterpret_cast<Bytef *>(data.data());
        z.avail_out = uInt(entry.size);
        const bool complete = inflate(&z, Z_FINISH) == Z_STREAM_END && z.total_out == uLong(entry.size);
        inflateEnd(&z);
        if (!complete)
            return damaged;
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())) != entry.crc)
        return damaged;
    return data;
}

} // namespace cp
