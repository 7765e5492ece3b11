// The monthly dispatch and the status of every target on a province's worth of synthetic data:
// one month's scores for all departments of 35 counties, and the statuses of 20 000 targets for a
// month. Prints figures; asserts nothing about time (README, "Benchmarks").
//
//   bench_progress [--keep DIR] [--only scores|statuses]
//   (DIR keeps the generated workspaces for later runs; --only runs one part, for profiling)
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cp;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString workspace(const QString &dir, const QString &name, int counties, int tasksPerCounty)
{
    const QString path = dir + QLatin1Char('/') + name;
    if (QFile::exists(path))
        return path;
    Workspace ws;
    if (!ws.open(path))
        return {};
    SyntheticOptions options;
    options.counties = counties;
    options.tasksPerCounty = tasksPerCounty;
    QElapsedTimer timer;
    timer.start();
    auto summary = SyntheticWorkspace::generate(ws, options);
    if (!summary) {
        out() << "generating " << name << " failed: " << summary.error().message() << Qt::endl;
        return {};
    }
    out() << "generated " << name << ": " << summary->departments << " departments, " << summary->tasks << " tasks, "
          << summary->metrics << " metrics, " << summary->readings << " readings, " << summary->reports << " reports, "
          << summary->events << " events in " << ms(timer) / 1000 << " s" << Qt::endl;
    return path;
}

// One month's scores and ranks for every department of every county, from the database.
void scores(const QString &path)
{
    Workspace ws;
    if (!ws.open(path, Database::OpenMode::OpenExisting))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<double> times;
    int departments = 0;
    for (int round = 0; round < 5; ++round) {
        for (int m = 1; m <= 12; ++m) {
            QElapsedTimer timer;
            timer.start();
            auto result = DispatchScoring::compute(ws, Month(2023, m), 0, now);
            times.append(ms(timer));
            if (!result)
                return;
            departments = int(result->size());
        }
    }
    out() << QStringLiteral("one month's scores of %1 departments (35 counties), read and computed: median %2 ms, max %3 ms "
                            "over 60 months scored (target ≤ 200 ms)")
                 .arg(departments)
                 .arg(median(times), 0, 'f', 1)
                 .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
          << Qt::endl;
}

// The status of every target for a month: read the targets with their readings and plans, assess.
void statuses(const QString &path)
{
    Workspace ws;
    if (!ws.open(path, Database::OpenMode::OpenExisting))
        return;
    const DispatchRules rules;
    QList<double> read, assess;
    qsizetype metrics = 0;
    QHash<ProgressState, int> counts;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto tracks = ws.progress().metricTracks(Month(2023, 9), 0);
        if (!tracks)
            return;
        read.append(ms(timer));
        timer.restart();
        counts.clear();
        for (const MetricTrack &t : *tracks)
            ++counts[ProgressStatus::assess(t, Month(2023, 9), rules).state];
        assess.append(ms(timer));
        metrics = tracks->size();
    }
    QStringList shares;
    for (ProgressState s : {ProgressState::Done, ProgressState::OnTrack, ProgressState::Behind, ProgressState::AtRisk,
                            ProgressState::NotReported, ProgressState::NotDue})
        shares.append(QStringLiteral("%1 %2").arg(ProgressStatus::code(s)).arg(counts.value(s)));
    out() << QStringLiteral("statuses of %1 targets for 2023-09: read %2 ms + assess %3 ms = %4 ms (median of 5; target ≤ 200 ms)")
                 .arg(metrics)
                 .arg(median(read), 0, 'f', 1)
                 .arg(median(assess), 0, 'f', 1)
                 .arg(median(read) + median(assess), 0, 'f', 1)
          << Qt::endl;
    out() << "  " << shares.join(QStringLiteral(", ")) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = app.arguments();
    if (const qsizetype keep = args.indexOf(QStringLiteral("--keep")); keep > 0 && keep + 1 < args.size()) {
        dir = args.at(keep + 1);
        QDir().mkpath(dir);
    }
    // 35 counties of about 30 departments each with a year of data; and for the statuses 35
    // counties with enough tasks for 20 000 targets.
    const QString counties = workspace(dir, QStringLiteral("bench-35-counties.countyplan"), 35, 290);
    const QString targets = workspace(dir, QStringLiteral("bench-20000-targets.countyplan"), 35, 1020);
    if (counties.isEmpty() || targets.isEmpty())
        return 1;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? args.value(onlyAt + 1) : QString();
    if (only.isEmpty() || only == QLatin1String("scores"))
        scores(counties);
    if (only.isEmpty() || only == QLatin1String("statuses"))
        statuses(targets);
    return 0;
}
