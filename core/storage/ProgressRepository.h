#pragma once

#include "domain/Result.h"
#include "domain/Types.h"

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

    Result<Id> insertEvent(const DispatchEvent &event);
    Result<QList<DispatchEvent>> allEvents() const;

private:
    enum class Owner { Report, Reading, Event };
    Status linkEvidence(Owner owner, Id ownerId, const QStringList &sha256s);
    Result<QHash<Id, QStringList>> evidenceOf(Owner owner) const;

    Database &m_db;
};

} // namespace cp
