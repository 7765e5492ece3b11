// TableExport: CSV writing, sheet names and the export kinds' codes (XLSX in XlsxExport.cpp).
#include "TableExport.h"

#include "Logging.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace cp {

namespace {

constexpr std::pair<ExportContent, const char *> kCodes[] = {
    {ExportContent::Ledger, "ledger"},   {ExportContent::Tasks, "tasks"},
    {ExportContent::Metrics, "metrics"}, {ExportContent::Readings, "readings"},
    {ExportContent::Scores, "scores"},
};

QString csvNumber(double value)
{
    return QString::number(value == 0 ? 0 : value, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString TableExport::csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    for (QChar c : text) {
        if (special.contains(c)) {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return text;
}

Status TableExport::writeCsv(const QList<ExportTable> &tables, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    QByteArray buffer =
        QByteArrayLiteral("\xEF\xBB\xBF"); // UTF-8 BOM: Excel and WPS then read Chinese right
    QString line;
    const auto flush = [&](bool always) {
        if (!always && buffer.size() < (1 << 20))
            return true;
        const bool written = file.write(buffer) == buffer.size();
        buffer.clear();
        return written;
    };
    const auto endLine = [&] {
        line += QStringLiteral("\r\n");
        buffer += line.toUtf8();
        line.clear();
        return flush(false);
    };
    bool ok = true;
    if (!tables.isEmpty()) {
        for (const ExportColumn &c : tables.constFirst().columns)
            line += (line.isEmpty() ? QString() : QStringLiteral(",")) + csvField(c.title);
        ok = endLine();
    }
    QList<ExportCell> cells;
    for (const ExportTable &table : tables) {
        for (qint64 i = 0; ok && i < table.rowCount; ++i) {
            table.fill(i, cells);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                if (c > 0)
                    line += QLatin1Char(',');
                const ExportCell &cell = cells.at(c);
                line += !cell.text.isEmpty() || !cell.number ? csvField(cell.text)
                                                             : csvNumber(*cell.number);
            }
            ok = endLine();
        }
    }
    if (!ok || !flush(true) || !file.commit())
        return Error(tr("cannot write “%1”: %2").arg(shown, file.errorString()));
    qCDebug(lcExchange) << "csv" << path << tables.size() << "tables";
    return {};
}

Status TableExport::writeCsv(const Workspace &workspace, const ExportRequest &request,
                             const QString &path)
{
    auto t = tables(workspace, request);
    if (!t)
        return t.error();
    return writeCsv(*t, path);
}

QString TableExport::sheetName(const QString &wanted, QStringList &taken)
{
    QString name;
    for (QChar c : wanted) {
        if (QStringView(u"[]:*?/\\").contains(c))
            name += QLatin1Char('_');
        else if (c.isPrint())
            name += c;
    }
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Sheet");
    // Excel counts characters; a surrogate pair is one.
    const auto cut = [](const QString &s, int characters) {
        const QList<uint> ucs4 = s.toUcs4();
        if (ucs4.size() <= characters)
            return s;
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), characters);
    };
    const auto chopApostrophes = [](QString s) {
        while (s.endsWith(QLatin1Char('\'')))
            s.chop(1);
        return s;
    };
    const auto isTaken = [&taken](const QString &s) {
        return taken.contains(s, Qt::CaseInsensitive);
    };
    QString result = chopApostrophes(cut(name, 31));
    for (int n = 2; isTaken(result) || result.isEmpty(); ++n) {
        const QString suffix = QStringLiteral("~%1").arg(n);
        result = chopApostrophes(cut(name, 31 - int(suffix.size()))) + suffix;
    }
    taken.append(result);
    return result;
}

std::optional<ExportContent> TableExport::contentFromCode(QStringView code)
{
    for (const auto &[content, text] : kCodes) {
        if (code == QLatin1String(text))
            return content;
    }
    return std::nullopt;
}

QString TableExport::contentCode(ExportContent content)
{
    for (const auto &[c, text] : kCodes) {
        if (c == content)
            return QString::fromLatin1(text);
    }
    return {};
}

} // namespace cp
