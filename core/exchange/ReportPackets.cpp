// ReportPackets: what the writer (ReportPacketWriter.cpp) and the collector
// (ReportPacketCollector.cpp) share.
#include "ReportPackets.h"

#include "PacketFormat.h"
#include "storage/Workspace.h"

#include <QRegularExpression>
#include <QUuid>

namespace cp {

QString PacketProblem::text() const
{
    QString where = file;
    if (!sheet.isEmpty())
        where +=
            QStringLiteral(", ") + sheet + (cell.isEmpty() ? QString() : QLatin1Char('!') + cell);
    return where + QStringLiteral(": ") + message;
}

QString ReportPackets::metaSheetName()
{
    return QStringLiteral("countyplan");
}

Result<QString> ReportPackets::workspaceId(Workspace &workspace)
{
    QString id = workspace.meta(packet::kWorkspaceIdMeta);
    if (!id.isEmpty())
        return id;
    id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = workspace.setMeta(packet::kWorkspaceIdMeta, id); !s)
        return s.error();
    return id;
}

QString ReportPackets::fileName(Month month, const QString &region, const QString &department)
{
    // Windows refuses these in names, and "/" separates folders everywhere.
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    QString name = QStringLiteral("%1 %2 %3").arg(month.toString(), region, department);
    name.replace(forbidden, QStringLiteral("_"));
    return name.trimmed() + QStringLiteral(".xlsx");
}

std::optional<TaskStatus> ReportPackets::parseStatus(const QString &text)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return std::nullopt;
    // The English and Chinese names are accepted whatever language the packet was written in, and
    // so are the names of the language in use and the codes.
    static const std::pair<TaskStatus, QString> names[] = {
        {TaskStatus::NotStarted, QStringLiteral("Not started")},
        {TaskStatus::InProgress, QStringLiteral("In progress")},
        {TaskStatus::Achieved, QStringLiteral("Results achieved")},
        {TaskStatus::Completed, QStringLiteral("Completed")},
        {TaskStatus::NotStarted, QStringLiteral("未启动")},
        {TaskStatus::InProgress, QStringLiteral("推进中")},
        {TaskStatus::Achieved, QStringLiteral("有成果或实际成效")},
        {TaskStatus::Completed, QStringLiteral("已办结")},
    };
    for (const auto &[status, name] : names) {
        if (wanted.compare(name, Qt::CaseInsensitive) == 0)
            return status;
    }
    for (TaskStatus status : allValues<TaskStatus>()) {
        if (wanted.compare(displayName(status), Qt::CaseInsensitive) == 0 ||
            wanted.compare(toCode(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QStringList ReportPackets::splitEvidenceNames(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、;；\\n\\r]"));
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace cp
