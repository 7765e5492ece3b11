#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cp {

// Row identifiers; 0 means "not stored yet" or "none".
using Id = qint64;

// A range of characters [start, end) in a document's original text (QString indices).
struct TextSpan
{
    int start = -1;
    int end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    int length() const { return isValid() ? end - start : 0; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// 山西省 → 阳泉市 → 盂县
struct Region
{
    Id id = 0;
    QString name;
    RegionLevel level = RegionLevel::County;
    Id parentId = 0;
};

struct Document
{
    Id id = 0;
    QString key;       // stable identifier, e.g. the source file's base name
    QString title;
    QString docNumber; // 文号, e.g. 晋政发〔2021〕36号; empty when the document has none
    QString issuer;
    Id regionId = 0;
    int year = 0;
    DocumentKind kind = DocumentKind::Other;
    QString originalText; // verbatim; spans of sections, tasks and metrics index into it
    QString sourceName;
    QString sourceSha256;
    QDateTime importedAt;
};

// A heading inside a document: 一、衔接推进乡村振兴 or （一）推进基础设施互联互通.
struct Section
{
    Id id = 0;
    Id documentId = 0;
    Id parentId = 0;
    int position = 0;
    QString number; // as written: 一、 （一）
    QString path;   // normalised numbers from the root: 二.（一）
    QString title;
    TextSpan span;
};

struct TaskDepartment
{
    Id departmentId = 0;
    Role role = Role::Cooperating;
    friend bool operator==(const TaskDepartment &, const TaskDepartment &) = default;
};

struct Task
{
    Id id = 0;
    Id documentId = 0;
    Id sectionId = 0;
    int position = 0;
    QString number; // the document's own numbering: （三）, 5.
    QString path;   // section path and number: 二.（三）
    QString title;
    QString text;
    TextSpan span;
    QDate deadline;
    TaskStatus status = TaskStatus::NotStarted;
    QString notes;
    QList<TaskDepartment> departments; // in document order; leads first where the text says so
};

// A responsible unit of one region; 盂县's 县发改局 is not 阳城县's.
struct Department
{
    Id id = 0;
    Id regionId = 0;
    QString name;
    QStringList aliases; // other ways the documents write it: 县交通局 for 县交通运输局
};

// A quantitative target of a task: 新建5G基站160座以上.
struct Metric
{
    Id id = 0;
    Id taskId = 0;
    int position = 0;
    QString label; // what is measured: 新建5G基站
    double value = 0; // target in base units (万 and 亿 expanded)
    std::optional<double> valueMax; // upper end of a range: 3-5个
    QString unit;
    Comparator comparator = Comparator::Equal;
    std::optional<double> baseline; // 由4家发展到6家: 4
    MetricKind kind = MetricKind::Absolute;
    QString period; // "2023", "2025"
    QString quote;  // the exact words the target came from
    TextSpan span;
};

// A measured value of a metric for a month ("2023-06") or a year ("2023", e.g. a work report's actuals).
struct Reading
{
    Id id = 0;
    Id metricId = 0;
    QString period;
    double value = 0;
    QString note;
    Id departmentId = 0;
    QDateTime recordedAt;
    QStringList evidence; // SHA-256 of attached evidence files
};

// A department's monthly report on a task (月调度).
struct TaskReport
{
    Id id = 0;
    Id taskId = 0;
    Id departmentId = 0;
    QString period; // "2023-06"
    TaskStatus status = TaskStatus::NotStarted;
    QString narrative;
    QDateTime submittedAt;
    QStringList evidence; // SHA-256 of attached evidence files
};

struct EvidenceFile
{
    Id id = 0;
    QString sha256;
    QString name;
    qint64 bytes = 0;
};

// Something that moves a department's dispatch score: a commendation, a late report …
struct DispatchEvent
{
    Id id = 0;
    Id departmentId = 0;
    EventKind kind = EventKind::Commendation;
    EventLevel level = EventLevel::None;
    QDate date;
    QString note;
    QStringList evidence;
};

// Links two metrics (usually of two documents of one region) that track the same target.
struct MetricLink
{
    Id id = 0;
    Id metricA = 0;
    Id metricB = 0;
    friend bool operator==(const MetricLink &, const MetricLink &) = default;
};

// Links two tasks (of two documents of one region) that are the same work: 龙华口调水工程.
struct TaskLink
{
    Id id = 0;
    Id taskA = 0;
    Id taskB = 0;
    QString reason; // the shared name that links them
};

struct AuditEntry
{
    Id id = 0;
    QDateTime at;
    QString who;
    QString action; // insert, update, delete, import, merge, …
    QString entity; // task, department, metric, …
    Id entityId = 0;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace cp
