// The planner's window on a 10 000-task synthetic workspace: opening it and showing the table,
// a keystroke in the search box, undo/redo of a department merge touching 500 tasks. Prints
// figures; asserts nothing about time (README, "Benchmarks"). Runs offscreen.
//
//   bench_workspace [--keep DIR] [--only open|search|merge]
//   (DIR keeps the generated workspaces for later runs; --only runs one part, for profiling)
#include "Language.h"
#include "commands/EditActions.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"
#include "views/MainWindow.h"
#include "views/Navigator.h"
#include "views/TaskListView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>

using namespace cp;
using namespace cp::ui;

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

// Generates (or reuses) a synthetic workspace; the figures are only as good as its size.
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
    out() << "generated " << name << ": " << summary->tasks << " tasks, " << summary->departments << " departments, "
          << summary->documents << " documents, " << summary->readings << " readings in " << ms(timer) / 1000 << " s"
          << Qt::endl;
    return path;
}

// Everything the window does after an event, including painting what changed (the posted
// update request paints the dirty regions, as on screen).
void settle(MainWindow &)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// 1. A new window opens the workspace and shows the table (median of 5).
void openAndShow(const QString &path)
{
    QList<double> times;
    int rows = 0;
    for (int round = 0; round < 5; ++round) {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        settle(w);
        QElapsedTimer timer;
        timer.start();
        if (!w.openWorkspace(path, true))
            return;
        settle(w);
        times.append(ms(timer));
        rows = w.taskModel()->rowCount();
    }
    out() << QStringLiteral("open workspace and show the table (%1 tasks): median %2 ms, max %3 ms (target ≤ 500 ms)")
                 .arg(rows)
                 .arg(median(times), 0, 'f', 1)
                 .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
          << Qt::endl;
}

// Counts the table's paint events: the figures must include painting the rows found.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// 2. Typing in the search box: each keystroke filters the table and repaints it.
void searchKeystrokes(const QString &path)
{
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    if (!w.openWorkspace(path, true))
        return;
    w.navigator()->selectScope(0, 0, {}); // search the whole workspace, not the first document
    settle(w);
    QLineEdit *search = w.taskList()->searchEdit();
    QSortFilterProxyModel *filter = w.taskList()->filterModel();
    PaintCounter counter;
    w.taskList()->table()->viewport()->installEventFilter(&counter);
    QList<double> times;
    QList<std::pair<double, QString>> slowest; // (ms, the search text after the keystroke)
    QStringList shown;
    // What planners type: Chinese arrives a character (or word) per input-method commit.
    const QStringList typed{QStringLiteral("发展"), QStringLiteral("县交通局"), QStringLiteral("5G基站"),
                            QStringLiteral("高标准农田"), QStringLiteral("壺關"), QStringLiteral("完成 万亩")};
    for (const QString &words : typed) {
        for (const QChar c : words) {
            QElapsedTimer timer;
            timer.start();
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(search, &commit);
            settle(w);
            times.append(ms(timer));
            slowest.append({times.last(), search->text()});
        }
        shown.append(QStringLiteral("%1 → %2").arg(words).arg(filter->rowCount()));
        while (!search->text().isEmpty()) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(search, Qt::Key_Backspace);
            settle(w);
            times.append(ms(timer));
            slowest.append({times.last(), search->text().isEmpty() ? QStringLiteral("(empty)") : search->text()});
        }
    }
    out() << QStringLiteral("search keystroke (%1 keystrokes, typing and deleting): median %2 ms, max %3 ms (target ≤ 30 ms)")
                 .arg(times.size())
                 .arg(median(times), 0, 'f', 1)
                 .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1)
          << Qt::endl;
    out() << "  rows found: " << shown.join(QStringLiteral(", ")) << "; the table was painted " << counter.paints
          << " times" << Qt::endl;
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList worst;
    for (const auto &[time, text] : slowest.mid(0, 3))
        worst.append(QStringLiteral("“%1” %2 ms").arg(text).arg(time, 0, 'f', 1));
    out() << "  slowest: " << worst.join(QStringLiteral(", ")) << Qt::endl;
}

// The department of a region with the most task links, and another of the same region.
std::pair<Id, Id> busiestDepartment(Workspace &ws, int *links)
{
    QSqlQuery q(ws.database().connection());
    q.exec(QStringLiteral("SELECT td.department_id, d.region_id, count(*) AS n FROM task_departments td "
                          "JOIN departments d ON d.id = td.department_id GROUP BY td.department_id ORDER BY n DESC LIMIT 1"));
    if (!q.next())
        return {0, 0};
    const Id from = q.value(0).toLongLong();
    const Id region = q.value(1).toLongLong();
    *links = q.value(2).toInt();
    // Into a department that reported none of the same tasks in the same months (the merge refuses
    // two reports of one department on one task and month).
    q.exec(QStringLiteral("SELECT d.id FROM departments d WHERE d.region_id = %1 AND d.id <> %2 AND NOT EXISTS ("
                          "SELECT 1 FROM task_reports a JOIN task_reports b ON a.task_id = b.task_id AND a.period = b.period "
                          "WHERE a.department_id = %2 AND b.department_id = d.id) ORDER BY d.id LIMIT 1")
               .arg(region)
               .arg(from));
    return {from, q.next() ? q.value(0).toLongLong() : Id(0)};
}

// 3. Merging a department into another, then undo and redo, with the window showing all tasks.
void mergeUndoRedo(const QString &original)
{
    // On a copy: the merge stays done, and a kept workspace must stay as generated.
    const QString path = original + QStringLiteral(".merge");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(original, path))
        return;
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    if (!w.openWorkspace(path, true))
        return;
    w.navigator()->selectScope(0, 0, {});
    settle(w);
    int links = 0;
    const auto [from, into] = busiestDepartment(*w.workspace(), &links);
    if (!from || !into) {
        out() << "no two departments to merge in " << original << Qt::endl;
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!w.edits()->mergeDepartments(from, into)) {
        out() << "the merge was refused" << Qt::endl;
        return;
    }
    settle(w);
    const double merge = ms(timer);
    QList<double> undo, redo;
    for (int round = 0; round < 5; ++round) {
        timer.restart();
        w.edits()->undoStack()->undo();
        settle(w);
        undo.append(ms(timer));
        timer.restart();
        w.edits()->undoStack()->redo();
        settle(w);
        redo.append(ms(timer));
    }
    out() << QStringLiteral("department merge touching %1 tasks: merge %2 ms; undo median %3 ms, redo median %4 ms "
                            "(target ≤ 100 ms)")
                 .arg(links)
                 .arg(merge, 0, 'f', 1)
                 .arg(median(undo), 0, 'f', 1)
                 .arg(median(redo), 0, 'f', 1)
          << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("countyplan-bench"));
    Language::install(QStringLiteral("zh_CN"));

    QTemporaryDir temporary;
    QString dir = temporary.path();
    const QStringList args = app.arguments();
    if (const qsizetype keep = args.indexOf(QStringLiteral("--keep")); keep > 0 && keep + 1 < args.size()) {
        dir = args.at(keep + 1);
        QDir().mkpath(dir);
    }

    // 35 counties × 290 tasks: the shape of a real 太行 workspace. 3 × 3 400: one department
    // then leads or cooperates on some 500 tasks, the merge the issue asks about.
    const QString counties = workspace(dir, QStringLiteral("bench-35-counties.countyplan"), 35, 290);
    const QString large = workspace(dir, QStringLiteral("bench-3-large-counties.countyplan"), 3, 3400);
    if (counties.isEmpty() || large.isEmpty())
        return 1;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? args.value(onlyAt + 1) : QString();
    if (only.isEmpty() || only == QLatin1String("open"))
        openAndShow(counties);
    if (only.isEmpty() || only == QLatin1String("search"))
        searchKeystrokes(counties);
    if (only.isEmpty() || only == QLatin1String("merge")) {
        mergeUndoRedo(counties);
        mergeUndoRedo(large);
    }
    return 0;
}
