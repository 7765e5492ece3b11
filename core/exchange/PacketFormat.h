#pragma once

#include <QString>

// What ReportPackets writes into a packet's hidden sheet and reads back: one row per key,
// the key in column A and its value in column B. Shared by the writer and the collector.
namespace cp::packet {

// The workspace metadata key holding the workspace's id.
inline const QString kWorkspaceIdMeta = QStringLiteral("workspace_id");

inline const QString kFormatName = QStringLiteral("countyplan-packet");

inline const QString kFormat = QStringLiteral("format");       // kFormatName
inline const QString kVersion = QStringLiteral("version");     // ReportPackets::kFormatVersion
inline const QString kWorkspace = QStringLiteral("workspace"); // the workspace's id (a UUID)
inline const QString kMonth = QStringLiteral("month");         // "2023-06"
inline const QString kRegion = QStringLiteral("region");       // as RegionNames references it
inline const QString kRegionId = QStringLiteral("region_id");
inline const QString kDepartmentId = QStringLiteral("department_id");
inline const QString kDepartment = QStringLiteral("department");      // its name when written
inline const QString kTasksSheet = QStringLiteral("tasks_sheet");     // the sheets' names, which
inline const QString kTargetsSheet = QStringLiteral("targets_sheet"); // follow the language
inline const QString kWrittenAt = QStringLiteral("written_at");       // ISO 8601, UTC

} // namespace cp::packet
