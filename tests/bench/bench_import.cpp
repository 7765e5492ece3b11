// Import speed: the five reference documents, and a batch of 100 documents made from them for
// other counties. Prints figures; asserts nothing about time (see README, "Benchmarks").
#include "importing/Importer.h"
#include "importing/ReferenceDocuments.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
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
    return v.at(v.size() / 2);
}

// Shanxi counties to stand in for 盂县 and 阳城县 in the synthetic batch.
const QStringList kCounties = QString::fromUtf8("平定县 昔阳县 和顺县 左权县 榆社县 寿阳县 武乡县 沁县 襄垣县 黎城县 平顺县 长子县 "
                                                "沁源县 沁水县 陵川县 定襄县 五台县 繁峙县 代县 灵丘县 广灵县 浑源县 泽州县 高平市 "
                                                "应县")
                                  .split(QLatin1Char(' '));

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<QByteArray> documents;
    QStringList names;
    for (const QString &file : ReferenceDocuments::files()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        documents.append(f.readAll());
        names.append(file.section(QLatin1Char('/'), -1));
    }

    // 1. The five reference documents into a new in-memory workspace, 15 rounds.
    QList<double> rounds;
    int tasks = 0, metrics = 0;
    for (int round = 0; round < 15; ++round) {
        Workspace ws;
        if (!ws.open(QStringLiteral(":memory:")))
            return 1;
        QElapsedTimer timer;
        timer.start();
        Importer importer(ws);
        tasks = metrics = 0;
        for (qsizetype i = 0; i < documents.size(); ++i) {
            auto report = importer.importBytes(documents.at(i), names.at(i));
            if (!report) {
                out() << report.error().message() << Qt::endl;
                return 1;
            }
            tasks += report->tasks;
            metrics += report->metrics;
        }
        rounds.append(timer.nsecsElapsed() / 1e6);
    }
    out() << QStringLiteral("reference documents: 5 files, %1 tasks, %2 metrics: median %3 ms, best %4 ms (15 runs)")
                 .arg(tasks)
                 .arg(metrics)
                 .arg(median(rounds), 0, 'f', 1)
                 .arg(*std::min_element(rounds.begin(), rounds.end()), 0, 'f', 1)
          << Qt::endl;

    // 2. A batch of 100 documents: the reference texts for 25 other counties, figures shifted so
    //    no two files are the same, into one workspace file on disk (WAL, synchronous=FULL).
    const QString path = QStringLiteral("%1/bench_import.countyplan").arg(QDir::tempPath());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Workspace ws;
    if (!ws.open(path))
        return 1;
    QList<QByteArray> batch;
    for (int i = 0; i < 100; ++i) {
        QString text = QString::fromUtf8(documents.at(i % 4 == 3 ? 4 : i % 4)); // 000, 001, 002, 004
        const QString county = kCounties.at(i % kCounties.size());
        text.replace(QStringLiteral("盂县"), county).replace(QStringLiteral("阳城县"), county);
        text.replace(QStringLiteral("160"), QString::number(160 + i));
        batch.append(text.toUtf8());
    }
    QElapsedTimer timer;
    timer.start();
    Importer importer(ws);
    int batchTasks = 0, batchMetrics = 0;
    for (int i = 0; i < batch.size(); ++i) {
        ImportOptions options;
        auto report = importer.importBytes(batch.at(i), QStringLiteral("batch-%1.txt").arg(i, 3, 10, QLatin1Char('0')), options);
        if (!report) {
            out() << report.error().message() << Qt::endl;
            return 1;
        }
        batchTasks += report->tasks;
        batchMetrics += report->metrics;
    }
    const double batchMs = timer.nsecsElapsed() / 1e6;
    out() << QStringLiteral("synthetic batch: 100 files, %1 tasks, %2 metrics, into a workspace file: %3 ms (%4 ms per file)")
                 .arg(batchTasks)
                 .arg(batchMetrics)
                 .arg(batchMs, 0, 'f', 0)
                 .arg(batchMs / 100, 0, 'f', 1)
          << Qt::endl;
    ws.close();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return 0;
}
