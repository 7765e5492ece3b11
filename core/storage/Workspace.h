#pragma once

#include "domain/Result.h"
#include "domain/Types.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/MetricRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/RegionRepository.h"
#include "storage/TaskRepository.h"

#include <QObject>

#include <memory>

namespace cp {

// An open workspace: the database, its repositories, its metadata, and the change signals that
// models listen to. Code that changes data through the repositories emits the matching signal.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Opens (or creates) a workspace file; emits opened(). When it fails, the workspace that was
    // open stays open and the file is left untouched.
    Status open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // Where the workspace lives unless --db says otherwise: <user data>/countyplan/workspace.countyplan
    static QString defaultPath();
    QString path() const { return m_db.path(); }

    Database &database() { return m_db; }
    RegionRepository &regions() { return m_regions; }
    DepartmentRepository &departments() { return m_departments; }
    DocumentRepository &documents() { return m_documents; }
    TaskRepository &tasks() { return m_tasks; }
    MetricRepository &metrics() { return m_metrics; }
    ProgressRepository &progress() { return m_progress; }
    const RegionRepository &regions() const { return m_regions; }
    const DepartmentRepository &departments() const { return m_departments; }
    const DocumentRepository &documents() const { return m_documents; }
    const TaskRepository &tasks() const { return m_tasks; }
    const MetricRepository &metrics() const { return m_metrics; }
    const ProgressRepository &progress() const { return m_progress; }
    AuditLog &audit() { return m_audit; }

    // Workspace metadata (title, kind: normal, sample or synthetic, creation time).
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);
    QString title() const;
    WorkspaceKind kind() const;
    // The title as a window shows it, with the sample/synthetic label where it applies.
    QString displayTitle() const;

    // True when the workspace holds no regions and no documents.
    bool isEmpty() const;

Q_SIGNALS:
    void opened();
    void aboutToClose();
    void documentsChanged();
    void tasksChanged(cp::Id documentId);
    void taskChanged(cp::Id taskId);
    void departmentsChanged(cp::Id regionId);
    void metricsChanged(cp::Id taskId);
    // Any reading, report, event, plan or rule changed (after the precise signal below).
    void progressChanged();
    void readingsChanged(cp::Id metricId);
    void reportsChanged(cp::Id taskId);
    void eventsChanged(cp::Id departmentId);
    void plansChanged(cp::Id metricId);
    void dispatchRulesChanged();

private:
    Database m_db;
    RegionRepository m_regions;
    DepartmentRepository m_departments;
    DocumentRepository m_documents;
    TaskRepository m_tasks;
    MetricRepository m_metrics;
    ProgressRepository m_progress;
    AuditLog m_audit;
};

} // namespace cp
