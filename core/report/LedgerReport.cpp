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

Result<ReportDocument> LedgerReport::content(const Workspace &ws, Id documentId,
                                             const ReportOptions &options)
{
    auto doc = ws.documents().header(documentId);
    if (!doc)
        return doc.error();
    auto ledger = LedgerData::load(ws, documentId, options.month);
    if (!ledger)
        return ledger.error();
    // Empty only if the document went between the two reads: then it lists no tasks.
    const LedgerDocument data = ledger->isEmpty() ? LedgerDocument{} : ledger->constFirst();
    const std::optional<Month> asOf = data.asOf;

    const QLocale locale;
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    ReportDocument report;
    report.title = tr("Ledger of key tasks: %1").arg(doc->title);
    report.blocks.append({ReportBlock::Kind::Title, doc->title, {}, {}});
    report.blocks.append({ReportBlock::Kind::Title, tr("Ledger of key tasks"), {}, {}});
    QStringList facts;
    if (!doc->docNumber.isEmpty())
        facts.append(tr("Document number: %1").arg(doc->docNumber));
    if (!doc->issuer.isEmpty())
        facts.append(tr("Issued by: %1").arg(doc->issuer));
    if (doc->year > 0)
        facts.append(tr("Year: %1").arg(doc->year));
    report.blocks.append({ReportBlock::Kind::Subtitle, facts.join(QStringLiteral("    ")), {}, {}});
    report.blocks.append(
        {ReportBlock::Kind::Subtitle,
         (asOf ? tr("Progress as of %1").arg(asOf->toString()) : tr("No progress reported yet")) +
             QStringLiteral("    ") +
             tr("Printed on %1").arg(locale.toString(date, QLocale::ShortFormat)),
         {},
         {}});

    if (data.taskCount == 0) {
        report.blocks.append({ReportBlock::Kind::Paragraph,
                              tr("This document has no tasks: there is nothing to list."),
                              {},
                              {}});
        return report;
    }

    ReportBlock table{ReportBlock::Kind::Table, {}, {}, {}};
    const QStringList titles = columnTitles();
    const QList<double> weights{4, 30, 10, 12, 14, 20, 7};
    for (qsizetype c = 0; c < titles.size(); ++c)
        table.columns.append(
            {titles.at(c), weights.at(c), c == 0 || c == 6 ? Qt::AlignHCenter : Qt::AlignLeft});

    int sequence = 0;
    for (const LedgerRow &row : data.rows) {
        if (!row.heading.isEmpty()) {
            table.rows.append({{row.heading}, true});
            continue;
        }
        table.rows.append(
            {{locale.toString(++sequence), row.ownNumber + row.task, row.leads, row.cooperating,
              row.targets, row.progress.isEmpty() ? tr("Not reported") : row.progress, row.status},
             false});
    }
    report.blocks.append(table);
    return report;
}

Result<ReportLayout> LedgerReport::build(const Workspace &workspace, Id documentId,
                                         const ReportOptions &options)
{
    auto document = content(workspace, documentId, options);
    if (!document)
        return document.error();
    return ReportLayout::build(*document, options);
}

} // namespace cp
