#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

#include <functional>

namespace cp {

class Workspace;

struct SyntheticOptions
{
    int counties = 35;        // Shanxi's 117 counties (太行革命老区 first), then made-up names
    int tasksPerCounty = 290; // about 10 000 tasks for 35 counties
    int year = 2023;          // the documents' year; readings for its months
    int months = 12;          // monthly readings, reports and events for months 1 … months
    quint32 seed = 20230101;  // the same seed gives the same workspace
};

struct SyntheticSummary
{
    int regions = 0;
    int departments = 0;
    int documents = 0;
    int tasks = 0;
    int metrics = 0;
    int readings = 0;
    int reports = 0;       // monthly task reports (月调度)
    int events = 0;        // dispatch events: commendations, seminars, late reports …
    int evidenceFiles = 0; // distinct evidence files (印证材料)
    qint64 evidenceBytes = 0;
};

// A realistic but invented workspace for benchmarks, demonstrations and tests: many counties,
// each with its departments (standard county bureaus, some written two ways), task-list
// documents composed from the reference documents' kinds of sentences and imported through the
// real importer (so sections, units, metrics and quotes are consistent), and a year of monthly
// readings that move toward their targets at different speeds (some departments lag). Each month
// the lead unit reports on every open task (月调度) and cooperating units on what they achieved,
// most results backed by evidence files (印证材料); lagging units report late more often and
// complete fewer tasks. Dispatch events of every kind and level (commendations, criticism,
// suggestions, seminars, exchanges, late and inaccurate reports) make the monthly scores differ.
// The workspace is marked synthetic (kind and title), so nobody mistakes it for real data.
// Counties beyond Shanxi's 117 (示例一县 …) are top-level regions: the importer places only the
// gazetteer's names under a city.
class SyntheticWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(cp::SyntheticWorkspace)

public:
    // Fills an empty workspace. progress(done, total) may return false to cancel (the workspace
    // is then left empty: everything happens in one transaction).
    static Result<SyntheticSummary> generate(Workspace &workspace, const SyntheticOptions &options,
                                             const std::function<bool(int, int)> &progress = {});
};

} // namespace cp
