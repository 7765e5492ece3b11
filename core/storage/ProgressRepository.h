#pragma once

#include "domain/Month.h"
#include "domain/Result.h"
#include "domain/Types.h"
#include "progress/DispatchInput.h"
#include "progress/Tracks.h"

#include <QCoreApplication>
#include <QHash>

namespace cp {

class Database;

// Readings, task reports, evidence files and dispatch events: what happens after the import.
class ProgressRepository
{
    Q_DECLARE_TR_FUNCTIONS(cp::ProgressRepository)

public:
    explicit ProgressRepository(Database &db)
        : m_db(db)
    {}

    // Stores the bytes once per content (SHA-256); returns the hex digest.
    Result<QString> storeEvidence(const QString &name, const QByteArray &data);
    Result<QByteArray> evidenceData(const QString &sha256) const;
    Result<QList<EvidenceFile>> evidenceFiles() const;

    // reading.id is used when non-zero (undo of a delete restores the same row).
    Result<Id> insertReading(const Reading &reading);
    Result<QList<Reading>> readingsForMetric(Id metricId) const;
    Result<QList<Reading>> allReadings() const;
    Result<int> readingCount() const;

    // report.id is used when non-zero.
    Result<Id> insertReport(const TaskReport &report);
    Result<QList<TaskReport>> reportsForTask(Id taskId) const;
    Result<QList<TaskReport>> allReports() const;

    // event.id is used when non-zero.
    Result<Id> insertEvent(const DispatchEvent &event);
    Result<QList<DispatchEvent>> allEvents() const;

    // What the month's dispatch reads: the departments (of one region, or all for 0), their tasks in
    // the month's year's documents, the month's reports and events (ProgressReads.cpp).
    Result<DispatchInput> dispatchInput(Month month, Id regionId) const;
    // Every metric of the region (0: all) with its readings up to the month (shared within linked
    // metrics), its plan and the year of its document: what statuses are computed from.
    Result<QList<MetricTrack>> metricTracks(Month upTo, Id regionId) const;
    // Every task of the region (0: all) with its lead units and reports up to the month.
    Result<QList<TaskTrack>> taskTracks(Month upTo, Id regionId) const;

    // Single rows (ProgressRows.cpp): read one with its evidence, change it, remove it.
    Result<Reading> reading(Id id) const;
    Result<Id> findReading(Id metricId, const QString &period) const; // 0: none
    Status updateReading(const Reading &reading);
    Status removeReading(Id id);
    Result<TaskReport> report(Id id) const;
    Result<Id> findReport(Id taskId, Id departmentId, const QString &period) const; // 0: none
    Status updateReport(const TaskReport &report);
    Status removeReport(Id id);
    Result<DispatchEvent> event(Id id) const;
    Status updateEvent(const DispatchEvent &event);
    Status removeEvent(Id id);
    Result<EvidenceFile> evidenceFile(const QString &sha256) const;
    // A month's rows of the region's tasks or departments (0: all), with their evidence.
    Result<QList<Reading>> readingsForMonth(Month month, Id regionId) const;
    Result<QList<TaskReport>> reportsForMonth(Month month, Id regionId) const;
    Result<QList<DispatchEvent>> eventsForMonth(Month month, Id regionId) const;

    // The latest month anything was reported or read for (whole-year readings aside); nullopt when
    // nothing was.
    Result<std::optional<Month>> latestMonth() const;

    // The planner-set monthly plan of a metric (序时计划): month → value.
    Result<QMap<Month, double>> plan(Id metricId) const;
    Status setPlan(Id metricId, const QMap<Month, double> &plan);

private:
    enum class Owner { Report, Reading, Event };
    Status linkEvidence(Owner owner, Id ownerId, const QStringList &sha256s);
    Result<QHash<Id, QStringList>> evidenceOf(Owner owner) const;
    Result<QStringList> evidenceOf(Owner owner, Id ownerId) const;
    Status replaceEvidence(Owner owner, Id ownerId, const QStringList &sha256s);

    Database &m_db;
};

} // namespace cp
