// Exports at the sizes the issue sets, printing seconds, sizes and peak RSS; asserts nothing about
// time (README, "Benchmarks").
// - The ledger of a 35-county synthetic workspace (about 10 000 tasks) laid out and written as
//   PDF, and written as XLSX; then, as the reference, LibreOffice turning that XLSX into PDF
//   (soffice --headless --convert-to pdf), where LibreOffice is installed.
// - 1 000 000 readings (about 35 counties × 2 400 targets × 12 months) to XLSX in libxlsxwriter's
//   constant-memory mode, and to CSV. The rows are made in memory as the export's table asks for
//   them, so what is measured is the writer.
//
//   bench_export [--readings N] [--keep DIR] [--only ledger|readings]
#include "exchange/TableExport.h"
#include "report/LedgerReport.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace cp;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// VmHWM of /proc/self/status in MB: the peak resident memory so far.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}

// A readings table like the workspace's: 12 months per target, values with decimals, a note on
// some, names repeated as in a real county.
ExportTable syntheticReadings(qint64 count)
{
    const QStringList counties = {QStringLiteral("盂县"), QStringLiteral("平定县"),
                                  QStringLiteral("壶关县"), QStringLiteral("阳城县"),
                                  QStringLiteral("左权县")};
    const QStringList labels = {QStringLiteral("新建5G基站"), QStringLiteral("富硒基地规模"),
                                QStringLiteral("粮食产量"), QStringLiteral("完成农村户厕改造"),
                                QStringLiteral("地区生产总值增长")};
    const QStringList units = {QStringLiteral("座"), QStringLiteral("亩"), QStringLiteral("斤"),
                               QStringLiteral("座"), QStringLiteral("%")};
    const QStringList departments = {QStringLiteral("县工信局"), QStringLiteral("县农业农村局"),
                                     QStringLiteral("县发改局")};
    const QDateTime base(QDate(2023, 1, 21), QTime(9, 30), QTimeZone(8 * 3600));
    ExportTable t;
    t.name = t.title = QStringLiteral("Readings");
    using Kind = ExportColumn::Kind;
    t.columns = {{QStringLiteral("Region"), 10},
                 {QStringLiteral("Document"), 30},
                 {QStringLiteral("Task no."), 10},
                 {QStringLiteral("Target"), 30},
                 {QStringLiteral("Unit"), 8},
                 {QStringLiteral("Target value"), 14, Kind::Quantity},
                 {QStringLiteral("Period"), 9},
                 {QStringLiteral("Value"), 14, Kind::Quantity},
                 {QStringLiteral("Note"), 30},
                 {QStringLiteral("Department"), 16},
                 {QStringLiteral("Recorded at"), 17, Kind::DateTime}};
    t.rowCount = count;
    t.fill = [=](qint64 i, QList<ExportCell> &c) {
        const qint64 target = i / 12;
        const int month = int(i % 12) + 1;
        const int kind = int(target % labels.size());
        const double goal = 100.0 * double(1 + target % 97);
        const QDateTime at = base.addMonths(month - 1);
        c = {{counties.at(int(target / 4000 % counties.size())), {}},
             {QStringLiteral("%1 2023年工作任务")
                  .arg(counties.at(int(target / 4000 % counties.size()))),
              {}},
             {QStringLiteral("二.（%1）").arg(target % 40 + 1), {}},
             {labels.at(kind), {}},
             {units.at(kind), {}},
             {{}, goal},
             {QStringLiteral("2023-%1").arg(month, 2, 10, QLatin1Char('0')), {}},
             {{}, month % 3 ? goal * month / 12 : goal * month / 12 + 0.25},
             {i % 10 == 0 ? QStringLiteral("已完成年度目标的%1%").arg(month * 8) : QString(), {}},
             {departments.at(int(target % departments.size())), {}},
             {at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), 45000.0 + double(i % 365)}};
    };
    return t;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The ledger of every document of a 35-county workspace: PDF, XLSX, and LibreOffice's PDF of it.
int ledger(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("ledger-35.countyplan"));
    Workspace ws;
    const bool existed = QFile::exists(path);
    if (Status s = ws.open(path); !s) {
        out() << "cannot open " << path << ": " << s.error().message() << Qt::endl;
        return 1;
    }
    if (!existed) {
        QElapsedTimer generating;
        generating.start();
        auto summary = SyntheticWorkspace::generate(ws, SyntheticOptions());
        if (!summary) {
            out() << "generating failed: " << summary.error().message() << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("generated %1 tasks in %2 s")
                     .arg(summary->tasks)
                     .arg(seconds(generating), 0, 'f', 1)
              << Qt::endl;
    }
    out() << "tasks: " << ws.tasks().count().value_or(0) << Qt::endl;

    for (PaperSize paper : {PaperSize::A4, PaperSize::A3}) {
        ReportOptions options;
        options.paper = paper;
        QElapsedTimer timer;
        timer.start();
        auto layout = LedgerReport::build(ws, 0, options);
        if (!layout) {
            out() << "ledger failed: " << layout.error().message() << Qt::endl;
            return 1;
        }
        const double laidOut = seconds(timer);
        const QString pdf = dir.filePath(paper == PaperSize::A4 ? QStringLiteral("ledger-a4.pdf")
                                                                : QStringLiteral("ledger-a3.pdf"));
        if (Status s = layout->writePdf(pdf); !s) {
            out() << "pdf failed: " << s.error().message() << Qt::endl;
            return 1;
        }
        out() << QStringLiteral("ledger PDF, %1: %2 pages in %3 s (read and laid out %4 s), %5 MB, "
                                "peak RSS %6 MB")
                     .arg(paper == PaperSize::A4 ? QStringLiteral("A4") : QStringLiteral("A3"))
                     .arg(layout->pageCount())
                     .arg(seconds(timer), 0, 'f', 2)
                     .arg(laidOut, 0, 'f', 2)
                     .arg(double(QFileInfo(pdf).size()) / 1e6, 0, 'f', 1)
                     .arg(peakRssMb(), 0, 'f', 0)
              << Qt::endl;
    }

    QElapsedTimer timer;
    timer.start();
    const QString xlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    ExportRequest request;
    request.content = ExportContent::Ledger;
    if (Status s = TableExport::writeXlsx(ws, request, xlsx); !s) {
        out() << "xlsx failed: " << s.error().message() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("ledger XLSX: %1 s, %2 MB")
                 .arg(seconds(timer), 0, 'f', 2)
                 .arg(double(QFileInfo(xlsx).size()) / 1e6, 0, 'f', 1)
          << Qt::endl;

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        out() << "LibreOffice (soffice) is not installed: no reference time "
                 "(apt-get install libreoffice-calc-nogui)"
              << Qt::endl;
        return 0;
    }
    QTemporaryDir profile; // a fresh profile, so no first-start dialog or other instance interferes
    QProcess convert;
    timer.restart();
    convert.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + profile.path(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                            QStringLiteral("pdf"), QStringLiteral("--outdir"),
                            dir.filePath(QStringLiteral("libreoffice")), xlsx});
    if (!convert.waitForFinished(3600 * 1000) || convert.exitCode() != 0) {
        out() << "LibreOffice failed: " << convert.readAllStandardError() << Qt::endl;
        return 1;
    }
    const QString converted = dir.filePath(QStringLiteral("libreoffice/ledger.pdf"));
    out() << QStringLiteral("LibreOffice, the same XLSX to PDF: %1 s, %2 MB")
                 .arg(seconds(timer), 0, 'f', 2)
                 .arg(double(QFileInfo(converted).size()) / 1e6, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The PDF's fonts need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    qint64 count = 1000000;
    QString keep, only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--readings"))
            count = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--only"))
            only = args.at(i + 1);
    }
    QTemporaryDir temporary;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    if (!keep.isEmpty())
        QDir().mkpath(keep);
    if (only != QLatin1String("readings")) {
        if (const int code = ledger(dir))
            return code;
    }
    if (only == QLatin1String("ledger"))
        return 0;
    const ExportTable table = syntheticReadings(count);
    out() << "readings: " << count << Qt::endl;

    // What making the rows costs alone, to tell it from the writers' time below.
    QElapsedTimer timer;
    timer.start();
    QList<ExportCell> cells;
    for (qint64 i = 0; i < table.rowCount; ++i)
        table.fill(i, cells);
    out() << QStringLiteral("making the rows: %1 s")
                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
          << Qt::endl;

    timer.restart();
    const QString xlsx = dir.filePath(QStringLiteral("readings.xlsx"));
    if (Status s = TableExport::writeXlsx({table}, xlsx, true); !s) {
        out() << "xlsx failed: " << s.error().message() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("xlsx (constant memory): %1 s, %2 MB, peak RSS %3 MB")
                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                 .arg(double(QFileInfo(xlsx).size()) / 1e6, 0, 'f', 1)
                 .arg(peakRssMb(), 0, 'f', 0)
          << Qt::endl;

    timer.restart();
    const QString csv = dir.filePath(QStringLiteral("readings.csv"));
    if (Status s = TableExport::writeCsv({table}, csv); !s) {
        out() << "csv failed: " << s.error().message() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("csv: %1 s, %2 MB, peak RSS %3 MB")
                 .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 2)
                 .arg(double(QFileInfo(csv).size()) / 1e6, 0, 'f', 1)
                 .arg(peakRssMb(), 0, 'f', 0)
          << Qt::endl;
    return 0;
}
