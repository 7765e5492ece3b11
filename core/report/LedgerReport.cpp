#include "LedgerReport.h"

#include "exchange/LedgerData.h"
#include "storage/Workspace.h"

#include <QLocale>

namespace cp {

QStringList LedgerReport::columnTitles()
{
    return {tr("No."),       tr("Task"),
            tr("Lead unit"), tr("Cooperating units"),
            tr("Targets"),   tr("Latest progress"),
            tr("Status")};
}

namespace {

// One document's title block and table of tasks by section.
void appendDocument(ReportDocument &report, const LedgerDocument &data, const QDate &date)
{
    const QLocale locale;
    const Document &doc = data.document;
    report.blocks.append({ReportBlock::Kind::Title, doc.title});
    report.blocks.append({ReportBlock::Kind::Title, LedgerReport::tr("Ledger of key tasks")});
    QStringList facts;
    if (!doc.docNumber.isEmpty())
        facts.append(LedgerReport::tr("Document number: %1").arg(doc.docNumber));
    if (!doc.issuer.isEmpty())
        facts.append(LedgerReport::tr("Issued by: %1").arg(doc.issuer));
    if (doc.year > 0)
        facts.append(LedgerReport::tr("Year: %1").arg(doc.year));
    report.blocks.append({ReportBlock::Kind::Subtitle, facts.join(QStringLiteral("    "))});
    report.blocks.append(
        {ReportBlock::Kind::Subtitle,
         (data.asOf ? LedgerReport::tr("Progress as of %1").arg(data.asOf->toString())
                    : LedgerReport::tr("No progress reported yet")) +
             QStringLiteral("    ") +
             LedgerReport::tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat))});

    if (data.taskCount == 0) {
        report.blocks.append(
            {ReportBlock::Kind::Paragraph,
             LedgerReport::tr("This document has no tasks: there is nothing to list.")});
        return;
    }

    ReportBlock table(ReportBlock::Kind::Table);
    const QStringList titles = LedgerReport::columnTitles();
    const QList<double> weights{4, 30, 10, 12, 14, 20, 7};
    for (qsizetype c = 0; c < titles.size(); ++c)
        table.columns.append(
            {titles.at(c), weights.at(c), c == 0 || c == 6 ? Qt::AlignHCenter : Qt::AlignLeft});
    table.rows.reserve(data.rows.size());
    int sequence = 0;
    for (const LedgerRow &row : data.rows) {
        if (!row.heading.isEmpty()) {
            table.rows.append({{row.heading}, true});
            continue;
        }
        table.rows.append(
            {{locale.toString(++sequence), row.ownNumber + row.task, row.leads, row.cooperating,
              row.targets, row.progress.isEmpty() ? LedgerReport::tr("Not reported") : row.progress,
              row.status},
             false});
    }
    report.blocks.append(std::move(table));
}

} // namespace

Result<ReportDocument> LedgerReport::content(const Workspace &ws, Id documentId,
                                             const ReportOptions &options, Id regionId)
{
    std::optional<Document> header;
    if (documentId) {
        auto doc = ws.documents().header(documentId);
        if (!doc)
            return doc.error();
        header = *std::move(doc);
    }
    auto ledger = LedgerData::load(ws, documentId, options.month);
    if (!ledger)
        return ledger.error();
    // Empty only if the document went between the two reads: then it lists no tasks.
    if (header && ledger->isEmpty())
        ledger->append(LedgerDocument{*header, {}, {}, 0, options.month});
    if (!documentId && regionId)
        ledger->removeIf(
            [regionId](const LedgerDocument &d) { return d.document.regionId != regionId; });

    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    ReportDocument report;
    report.title = header ? tr("Ledger of key tasks: %1").arg(header->title)
                          : tr("Ledger of key tasks: every document");
    if (ledger->isEmpty()) {
        report.blocks.append({ReportBlock::Kind::Title, tr("Ledger of key tasks")});
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("This workspace holds no documents: there is nothing to list.")});
    }
    // Every document starts on a page of its own, so each can be handed out apart.
    for (qsizetype i = 0; i < ledger->size(); ++i) {
        if (i > 0)
            report.blocks.append(ReportBlock(ReportBlock::Kind::PageBreak));
        appendDocument(report, ledger->at(i), date);
    }
    return report;
}

Result<ReportLayout> LedgerReport::build(const Workspace &workspace, Id documentId,
                                         const ReportOptions &options, Id regionId)
{
    auto document = content(workspace, documentId, options, regionId);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
