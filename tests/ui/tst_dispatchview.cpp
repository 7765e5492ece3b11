// The dispatch ranking screen: 002's monthly scores as a planner sees them, where each score comes
// from, who was late, and the rules dialog — driven through the real widgets on a small 盂县.
#include "../common/Fixtures.h"
#include "commands/EditActions.h"
#include "models/DispatchRankingModel.h"
#include "models/ScoreDetailModel.h"
#include "storage/Workspace.h"
#include "views/DispatchRulesDialog.h"
#include "views/DispatchView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace cp;
using namespace cp::ui;

namespace {

const QTimeZone kChina(8 * 3600);

QDateTime china(int month, int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2023, month, day), QTime(hour, minute, second), kChina);
}

using Col = DispatchRankingModel::Column;

// The ranking as the table shows it, top to bottom: "rank department score".
QStringList shownRanking(QTableView *table)
{
    QStringList rows;
    const QAbstractItemModel *m = table->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        rows.append(QStringLiteral("%1 %2 %3")
                        .arg(m->index(r, Col::RankColumn).data().toString(),
                             m->index(r, Col::DepartmentColumn).data().toString(),
                             m->index(r, Col::ScoreColumn).data().toString()));
    }
    return rows;
}

QStringList shownColumn(QTableView *table, int column)
{
    QStringList cells;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        cells.append(table->model()->index(r, column).data().toString());
    return cells;
}

// The table's row of a department, in the table's current order; -1 when it is not shown.
int shownRow(QTableView *table, const QString &department)
{
    return int(shownColumn(table, Col::DepartmentColumn).indexOf(department));
}

QString cell(QTableView *table, const QString &department, int column, int role = Qt::DisplayRole)
{
    const int row = shownRow(table, department);
    return row < 0 ? QString() : table->model()->index(row, column).data(role).toString();
}

void clickRow(QTableView *table, const QString &department)
{
    const QRect rect = table->visualRect(
        table->model()->index(shownRow(table, department), Col::DepartmentColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

// The drill-down's row of a part of the score, by the name the planner reads.
QModelIndex partRow(QTreeView *tree, ScorePart part)
{
    const QAbstractItemModel *m = tree->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data().toString() == DispatchScoring::partName(part))
            return m->index(r, 0);
    }
    return {};
}

QString treeCell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestDispatchView : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    Id m_region = 0;
    Id m_pingding = 0;
    QHash<QString, Id> m_dept;
    QList<Id> m_tasks; // task 1 … 8 at index 0 … 7
    QString m_evidence;
    std::unique_ptr<EditActions> m_edits;

    Id task(int n) const { return m_tasks.at(n - 1); }
    void report(const QString &dept, int taskNo, const QString &period, TaskStatus status,
                const QDateTime &submitted, bool evidence);
    void event(const QString &dept, EventKind kind, EventLevel level, QDate date, bool evidence,
               const QString &note = {});
    // The screen on the fixture, computed as on 1 August 2023 (June's and July's reports are due).
    std::unique_ptr<DispatchView> shownView();

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheLatestReportedMonthAndTheFirstRegionWithTasks();
    void rankingShowsTheHandComputedScores();
    void clickingADepartmentShowsWhereItsScoreComesFrom();
    void sortingByScoreReversesTheOrder();
    void lateDepartmentsAreListed();
    void theNextMonthShowsItsOwnRanking();
    void aMonthNotYetDueSaysSo();
    void anEventMovesTheScoreWithoutAnyCall();
    void rulesDialogChangesTheScoreInOneUndoStep();
    void rulesDialogCancelChangesNothing();
    void rulesDialogRestores002AndSetsTheScope();
    void activatingATaskItemEmitsItsTask();
    void everyRegionAddsARegionColumn();
};

void TestDispatchView::report(const QString &dept, int taskNo, const QString &period,
                              TaskStatus status, const QDateTime &submitted, bool evidence)
{
    TaskReport r;
    r.taskId = task(taskNo);
    r.departmentId = m_dept.value(dept);
    r.period = period;
    r.status = status;
    r.narrative = QStringLiteral("进展");
    r.submittedAt = submitted;
    if (evidence)
        r.evidence = {m_evidence};
    auto id = m_ws.progress().insertReport(r);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
}

void TestDispatchView::event(const QString &dept, EventKind kind, EventLevel level, QDate date,
                             bool evidence, const QString &note)
{
    DispatchEvent e;
    e.departmentId = m_dept.value(dept);
    e.kind = kind;
    e.level = level;
    e.date = date;
    e.note = note.isEmpty() ? QStringLiteral("事项") : note;
    if (evidence)
        e.evidence = {m_evidence};
    auto id = m_ws.progress().insertEvent(e);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
}

std::unique_ptr<DispatchView> TestDispatchView::shownView()
{
    auto view = std::make_unique<DispatchView>(&m_ws, m_edits.get());
    view->rankingModel()->setNow(china(8, 1));
    view->resize(1100, 620);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    return view;
}

void TestDispatchView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDispatchView::cleanup()
{
    m_edits.reset();
    m_ws.close();
}

// tests/progress/tst_dispatch.cpp's 盂县, with 平定县 (a department, no task) listed before it:
//   县发改局 leads 1–4 and cooperates on 5, 6       → 6 annual tasks (4 led)
//   县交通运输局 leads 5–8 and cooperates on 1      → 5 annual tasks
//   县文旅局 cooperates on 2                       → 1 annual task
//   县水利局 cooperates on 6 and 7                 → 2 annual tasks
//   县统计局 has no task
void TestDispatchView::init()
{
    m_dept.clear();
    m_tasks.clear();
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    m_edits = std::make_unique<EditActions>(&m_ws);
    auto shanxi = m_ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
    auto yangquan = m_ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, *shanxi);
    auto pingding = m_ws.regions().ensure(QStringLiteral("平定县"), RegionLevel::County, *yangquan);
    CP_VERIFY_OK(pingding);
    m_pingding = *pingding;
    auto other = m_ws.departments().insert(m_pingding, QStringLiteral("县发改局"));
    CP_VERIFY_OK(other);
    auto yuxian = m_ws.regions().ensure(QStringLiteral("盂县"), RegionLevel::County, *yangquan);
    CP_VERIFY_OK(yuxian);
    m_region = *yuxian;
    for (const char *name : {"县发改局", "县交通运输局", "县文旅局", "县水利局", "县统计局"}) {
        auto id = m_ws.departments().insert(m_region, QString::fromUtf8(name));
        CP_VERIFY_OK(id);
        m_dept.insert(QString::fromUtf8(name), *id);
    }

    Document doc;
    doc.key = QStringLiteral("yuxian-2023");
    doc.title = QStringLiteral("盂县推动山西中部城市群高质量发展2023年工作任务");
    doc.regionId = m_region;
    doc.year = 2023;
    doc.kind = DocumentKind::TaskList;
    doc.originalText = QStringLiteral("任务");
    doc.importedAt = QDateTime::currentDateTimeUtc();
    auto docId = m_ws.documents().insert(doc);
    CP_VERIFY_OK(docId);
    const auto lead = [&](const char *name) {
        return TaskDepartment{m_dept.value(QString::fromUtf8(name)), Role::Lead};
    };
    const auto helps = [&](const char *name) {
        return TaskDepartment{m_dept.value(QString::fromUtf8(name)), Role::Cooperating};
    };
    const QList<QList<TaskDepartment>> units = {
        {lead("县发改局"), helps("县交通运输局")},
        {lead("县发改局"), helps("县文旅局")},
        {lead("县发改局")},
        {lead("县发改局")},
        {lead("县交通运输局"), helps("县发改局")},
        {lead("县交通运输局"), helps("县发改局"), helps("县水利局")},
        {lead("县交通运输局"), helps("县水利局")},
        {lead("县交通运输局")},
    };
    for (int i = 0; i < units.size(); ++i) {
        Task t;
        t.documentId = *docId;
        t.position = i;
        t.number = QStringLiteral("（%1）").arg(i + 1);
        t.path = QStringLiteral("一.（%1）").arg(i + 1);
        t.title = QStringLiteral("任务%1").arg(i + 1);
        t.text = t.title;
        t.departments = units.at(i);
        auto id = m_ws.tasks().insert(t);
        CP_VERIFY_OK(id);
        m_tasks.append(*id);
    }
    auto sha =
        m_ws.progress().storeEvidence(QStringLiteral("现场照片.png"), QByteArray("png bytes"));
    CP_VERIFY_OK(sha);
    m_evidence = *sha;

    const QString fagai = QStringLiteral("县发改局"), jiaotong = QStringLiteral("县交通运输局");
    // Task 4 was completed in April (with evidence): in June it is an 已办结 task.
    report(fagai, 4, QStringLiteral("2023-04"), TaskStatus::Completed, china(4, 20), true);
    // June, 县发改局: 1 有成果 + evidence; 2 已办结 + evidence (23:59:59 on the 25th); 3 有成果
    // without evidence, and late (26th); 4 有成果 again + evidence; 5 (it cooperates) 有成果 +
    // evidence.
    report(fagai, 1, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 20), true);
    report(fagai, 2, QStringLiteral("2023-06"), TaskStatus::Completed, china(6, 25, 23, 59, 59),
           true);
    report(fagai, 3, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 26, 9), false);
    report(fagai, 4, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 21), true);
    report(fagai, 5, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 21), true);
    // Provincial commendation +5; three seminars, capped at +10; four exchanges with evidence,
    // capped at +15, and one without evidence; a municipal criticism −3.
    event(fagai, EventKind::Commendation, EventLevel::Provincial, QDate(2023, 6, 2), false,
          QStringLiteral("省政府通报表扬"));
    for (int d : {5, 12, 19})
        event(fagai, EventKind::Seminar, EventLevel::None, QDate(2023, 6, d), false);
    for (int d : {6, 13, 20, 27})
        event(fagai, EventKind::Exchange, EventLevel::None, QDate(2023, 6, d), true);
    event(fagai, EventKind::Exchange, EventLevel::None, QDate(2023, 6, 28), false);
    event(fagai, EventKind::Criticism, EventLevel::Municipal, QDate(2023, 6, 30), false);

    // June, 县交通运输局: 5 已办结 + evidence; 6 推进中; 7 有成果 + evidence; 8 not reported and
    // the lateness recorded as an event; two adopted suggestions; an inaccurate report.
    report(jiaotong, 5, QStringLiteral("2023-06"), TaskStatus::Completed, china(6, 22), true);
    report(jiaotong, 6, QStringLiteral("2023-06"), TaskStatus::InProgress, china(6, 22), false);
    report(jiaotong, 7, QStringLiteral("2023-06"), TaskStatus::Achieved, china(6, 22), true);
    event(jiaotong, EventKind::LateReport, EventLevel::None, QDate(2023, 6, 27), false,
          QStringLiteral("6月调度逾期"));
    event(jiaotong, EventKind::AdoptedSuggestion, EventLevel::None, QDate(2023, 6, 8), false);
    event(jiaotong, EventKind::AdoptedSuggestion, EventLevel::None, QDate(2023, 6, 9), false);
    event(jiaotong, EventKind::InaccurateReport, EventLevel::None, QDate(2023, 6, 15), false);

    // 县文旅局: its one task 有成果 + evidence. 县水利局: no report, a central commendation.
    // 县统计局: no task, a municipal commendation, and one with no level.
    report(QStringLiteral("县文旅局"), 2, QStringLiteral("2023-06"), TaskStatus::Achieved,
           china(6, 10), true);
    event(QStringLiteral("县水利局"), EventKind::Commendation, EventLevel::Central,
          QDate(2023, 6, 15), false);
    event(QStringLiteral("县统计局"), EventKind::Commendation, EventLevel::Municipal,
          QDate(2023, 6, 16), false);
    event(QStringLiteral("县统计局"), EventKind::Commendation, EventLevel::None, QDate(2023, 6, 17),
          false);

    // Outside June: a May report and a July event.
    report(QStringLiteral("县文旅局"), 2, QStringLiteral("2023-05"), TaskStatus::Achieved,
           china(5, 10), true);
    event(QStringLiteral("县文旅局"), EventKind::Commendation, EventLevel::Central,
          QDate(2023, 7, 1), false);
    DispatchEvent e;
    e.departmentId = *other;
    e.kind = EventKind::Commendation;
    e.level = EventLevel::Central;
    e.date = QDate(2023, 6, 3);
    CP_VERIFY_OK(m_ws.progress().insertEvent(e));
}

void TestDispatchView::opensOnTheLatestReportedMonthAndTheFirstRegionWithTasks()
{
    auto view = shownView();
    QVERIFY(view);
    // The latest report is June's (July has only an event); 平定县 comes first but has no tasks.
    QCOMPARE(view->month(), Month(2023, 6));
    QCOMPARE(child<QDateEdit>(view.get(), "month")->text(), QStringLiteral("2023-06"));
    auto *region = child<QComboBox>(view.get(), "region");
    QCOMPARE(region->count(), 3);
    QCOMPARE(region->itemText(0), QStringLiteral("阳泉市 · 平定县"));
    QCOMPARE(region->itemText(2), QStringLiteral("All regions"));
    QCOMPARE(region->currentText(), QStringLiteral("阳泉市 · 盂县"));
    QCOMPARE(view->regionId(), m_region);
    const QString rules = child<QLabel>(view.get(), "rulesSummary")->text();
    QVERIFY2(rules.contains(
                 QStringLiteral("Annual tasks: every task a department leads or cooperates on")),
             qPrintable(rules));
    QVERIFY2(rules.contains(QStringLiteral("reports due by day 25 of the month")),
             qPrintable(rules));
    // Rank 1 is selected and explained from the start.
    QCOMPARE(view->currentDepartment(), m_dept.value(QStringLiteral("县发改局")));
    QCOMPARE(child<QLabel>(view.get(), "detailHeading")->text(),
             QStringLiteral("县发改局 — 128.67 points, rank 1 of 5"));

    // A month chosen before the view is shown stays chosen.
    DispatchView chosen(&m_ws, m_edits.get());
    chosen.setMonth(Month(2023, 5));
    chosen.show();
    QCOMPARE(chosen.month(), Month(2023, 5));
    QCOMPARE(child<QDateEdit>(&chosen, "month")->text(), QStringLiteral("2023-05"));
}

void TestDispatchView::rankingShowsTheHandComputedScores()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    QCOMPARE(table, child<QTableView>(view.get(), "ranking"));
    QCOMPARE(
        shownRanking(table),
        (QStringList{QStringLiteral("1 县发改局 128.67"), QStringLiteral("2 县文旅局 110.00"),
                     QStringLiteral("2 县水利局 110.00"), QStringLiteral("4 县交通运输局 104.00"),
                     QStringLiteral("5 县统计局 103.00")}));
    // 县发改局: tasks 2/6 + 1/6 + 1/6 of 10; events +5 +10 +15 −3; late −5; 6 annual tasks.
    const QString fagai = QStringLiteral("县发改局");
    QCOMPARE(cell(table, fagai, Col::TasksColumn), QStringLiteral("6.67"));
    QCOMPARE(cell(table, fagai, Col::EventsColumn), QStringLiteral("27.00"));
    QCOMPARE(cell(table, fagai, Col::LateColumn), QStringLiteral("-5.00"));
    QCOMPARE(cell(table, fagai, Col::AnnualTasksColumn), QStringLiteral("6"));
    QVERIFY(cell(table, fagai, Col::LateColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral(
                    "1 of 3 open tasks it leads were not reported by 2023-06-25: 一.（3） 任务3")));
    // 县交通运输局: suggestions +10 and inaccurate −5 are events; its lateness was recorded.
    QCOMPARE(cell(table, QStringLiteral("县交通运输局"), Col::EventsColumn),
             QStringLiteral("5.00"));
    QCOMPARE(cell(table, QStringLiteral("县交通运输局"), Col::LateColumn), QStringLiteral("-5.00"));
    QCOMPARE(cell(table, QStringLiteral("县文旅局"), Col::LateColumn), QString());
    QCOMPARE(table->model()->columnCount(), 7);
    QCOMPARE(table->model()->headerData(Col::ScoreColumn, Qt::Horizontal).toString(),
             QStringLiteral("Score"));
    QCOMPARE(table->model()->index(0, Col::ScoreColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Nothing elided: every department name fits its column.
    const int nameWidth = table->fontMetrics().horizontalAdvance(QStringLiteral("县交通运输局"));
    QVERIFY2(table->columnWidth(Col::DepartmentColumn) > nameWidth,
             qPrintable(QString::number(table->columnWidth(Col::DepartmentColumn))));

    if (const QString dir = qEnvironmentVariable("COUNTYPLAN_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(50); // layouts settle as they would on screen
        QVERIFY(view->grab().save(QDir(dir).filePath(QStringLiteral("dispatchview.png"))));
    }
}

void TestDispatchView::clickingADepartmentShowsWhereItsScoreComesFrom()
{
    auto view = shownView();
    QVERIFY(view);
    QSignalSpy selected(view.get(), &DispatchView::departmentSelected);
    QTreeView *tree = view->detailView();
    QCOMPARE(tree, child<QTreeView>(view.get(), "scoreDetail"));

    clickRow(view->rankingView(), QStringLiteral("县交通运输局"));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).value<Id>(), m_dept.value(QStringLiteral("县交通运输局")));
    QCOMPARE(treeCell(partRow(tree, ScorePart::Progress), ScoreDetailModel::DetailColumn),
             QStringLiteral("1 / 5 × 10"));
    // Its recorded late report counts; the deadline check found task 8 missing but does not deduct
    // twice.
    const QModelIndex late = partRow(tree, ScorePart::LateReport);
    QCOMPARE(tree->model()->rowCount(late), 2);
    QCOMPARE(treeCell(late, ScoreDetailModel::DetailColumn), QStringLiteral("1 of 2 counted"));

    clickRow(view->rankingView(), QStringLiteral("县发改局"));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.last().at(0).value<Id>(), m_dept.value(QStringLiteral("县发改局")));
    const QModelIndex progress = partRow(tree, ScorePart::Progress);
    QVERIFY(progress.isValid());
    QCOMPARE(treeCell(progress, ScoreDetailModel::PointsColumn), QStringLiteral("3.33"));
    QCOMPARE(treeCell(progress, ScoreDetailModel::DetailColumn), QStringLiteral("2 / 6 × 10"));
    QCOMPARE(tree->model()->rowCount(progress), 3);
    QVERIFY(tree->isExpanded(progress));
    const QModelIndex third = tree->model()->index(1, 0, progress);
    QCOMPARE(third.data().toString(), QStringLiteral("一.（3） 任务3"));
    QCOMPARE(treeCell(third, ScoreDetailModel::PointsColumn), QStringLiteral("not counted"));
    QCOMPARE(treeCell(third, ScoreDetailModel::DetailColumn), QStringLiteral("no evidence"));
    QCOMPARE(third.data(ScoreDetailModel::TaskIdRole).value<Id>(), task(3));
    QCOMPARE(treeCell(tree->model()->index(0, 0, progress), ScoreDetailModel::PointsColumn),
             QStringLiteral("1.67"));

    // The parts it has: base, the three task parts, commendation, criticism, seminars (capped),
    // exchanges, late. Adopted suggestions and inaccurate reports are worth nothing: not shown.
    QStringList parts;
    for (int r = 0; r < tree->model()->rowCount(); ++r)
        parts.append(tree->model()->index(r, 0).data().toString());
    QCOMPARE(parts, (QStringList{DispatchScoring::partName(ScorePart::Base),
                                 DispatchScoring::partName(ScorePart::Progress),
                                 DispatchScoring::partName(ScorePart::Completion),
                                 DispatchScoring::partName(ScorePart::CompletedProgress),
                                 DispatchScoring::partName(ScorePart::Commendation),
                                 DispatchScoring::partName(ScorePart::Criticism),
                                 DispatchScoring::partName(ScorePart::Seminar),
                                 DispatchScoring::partName(ScorePart::Exchange),
                                 DispatchScoring::partName(ScorePart::LateReport)}));
    QCOMPARE(treeCell(partRow(tree, ScorePart::Base), ScoreDetailModel::PointsColumn),
             QStringLiteral("100.00"));
    const QModelIndex seminar = partRow(tree, ScorePart::Seminar);
    QCOMPARE(treeCell(seminar, ScoreDetailModel::DetailColumn),
             QStringLiteral("2 of 3 counted · cap reached"));
    QCOMPARE(treeCell(tree->model()->index(2, 0, seminar), ScoreDetailModel::DetailColumn),
             QStringLiteral("monthly cap of 10 reached"));

    // A department with no tasks at all still shows its base.
    clickRow(view->rankingView(), QStringLiteral("县统计局"));
    QCOMPARE(treeCell(partRow(tree, ScorePart::Base), ScoreDetailModel::PointsColumn),
             QStringLiteral("100.00"));
    QVERIFY(!partRow(tree, ScorePart::Progress).isValid());
}

void TestDispatchView::sortingByScoreReversesTheOrder()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    clickRow(table, QStringLiteral("县水利局"));
    const QStringList byRank = shownColumn(table, Col::ScoreColumn);
    QCOMPARE(byRank, (QStringList{QStringLiteral("128.67"), QStringLiteral("110.00"),
                                  QStringLiteral("110.00"), QStringLiteral("104.00"),
                                  QStringLiteral("103.00")}));
    // The first click on Score sorts best first (as the rank does), the second click turns it
    // round.
    clickHeader(table, Col::ScoreColumn);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(Col::ScoreColumn));
    QCOMPARE(shownColumn(table, Col::ScoreColumn), byRank);
    clickHeader(table, Col::ScoreColumn);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QStringList reversed = byRank;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(shownColumn(table, Col::ScoreColumn), reversed);
    QCOMPARE(shownColumn(table, Col::DepartmentColumn).first(), QStringLiteral("县统计局"));
    QCOMPARE(shownColumn(table, Col::DepartmentColumn).last(), QStringLiteral("县发改局"));
    // Numbers sort as numbers: by Tasks, 10 (县文旅局) is above 6.67 and 4 below.
    clickHeader(table, Col::TasksColumn);
    QCOMPARE(
        shownColumn(table, Col::TasksColumn).mid(0, 3),
        (QStringList{QStringLiteral("10.00"), QStringLiteral("6.67"), QStringLiteral("4.00")}));
    // The selected department stays selected through the sorting.
    QCOMPARE(view->currentDepartment(), m_dept.value(QStringLiteral("县水利局")));
    QCOMPARE(
        table->selectionModel()->selectedRows(Col::DepartmentColumn).value(0).data().toString(),
        QStringLiteral("县水利局"));
}

void TestDispatchView::lateDepartmentsAreListed()
{
    auto view = shownView();
    QVERIFY(view);
    auto *late = child<QListWidget>(view.get(), "lateReports");
    QCOMPARE(late->count(), 2);
    QCOMPARE(late->item(0)->text(), QStringLiteral("县发改局 — 1 of 3 open tasks it leads were not "
                                                   "reported by 2023-06-25: 一.（3） 任务3"));
    QCOMPARE(late->item(1)->text(), QStringLiteral("县交通运输局 — 1 of 4 open tasks it leads were "
                                                   "not reported by 2023-06-25: 一.（8） 任务8"));
    QVERIFY(!child<QLabel>(view.get(), "reportsPending")->isVisible());

    // Clicking a late department shows its score.
    QTest::mouseClick(late->viewport(), Qt::LeftButton, {},
                      late->visualItemRect(late->item(1)).center());
    QCOMPARE(view->currentDepartment(), m_dept.value(QStringLiteral("县交通运输局")));
    QCOMPARE(child<QLabel>(view.get(), "detailHeading")->text(),
             QStringLiteral("县交通运输局 — 104.00 points, rank 4 of 5"));
}

void TestDispatchView::theNextMonthShowsItsOwnRanking()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    QTest::mouseClick(child<QToolButton>(view.get(), "nextMonth"), Qt::LeftButton);
    QCOMPARE(view->month(), Month(2023, 7));
    QCOMPARE(child<QDateEdit>(view.get(), "month")->text(), QStringLiteral("2023-07"));
    // July: 县文旅局's central commendation of 1 July; nobody reported, so the departments that
    // lead open tasks are late (县发改局: tasks 1 and 3; task 2 was completed in June, 4 in April).
    QCOMPARE(
        shownRanking(table),
        (QStringList{QStringLiteral("1 县文旅局 110.00"), QStringLiteral("2 县水利局 100.00"),
                     QStringLiteral("3 县交通运输局 95.00"), QStringLiteral("3 县发改局 95.00")}));
    auto *late = child<QListWidget>(view.get(), "lateReports");
    QCOMPARE(late->count(), 2);
    QVERIFY(late->item(0)->text().startsWith(QStringLiteral(
        "县交通运输局 — 3 of 3 open tasks it leads were not reported by 2023-07-25")));
    QVERIFY(late->item(1)->text().startsWith(
        QStringLiteral("县发改局 — 2 of 2 open tasks it leads were not reported by 2023-07-25")));
    // 县发改局 was selected in June and still is in July (the rows were reset: 县统计局 left).
    QCOMPARE(view->currentDepartment(), m_dept.value(QStringLiteral("县发改局")));
    QCOMPARE(child<QLabel>(view.get(), "detailHeading")->text(),
             QStringLiteral("县发改局 — 95.00 points, rank 3 of 4"));

    QTest::mouseClick(child<QToolButton>(view.get(), "previousMonth"), Qt::LeftButton);
    QCOMPARE(view->month(), Month(2023, 6));
    QCOMPARE(shownRanking(table).first(), QStringLiteral("1 县发改局 128.67"));
    QCOMPARE(table->model()->rowCount(), 5);
}

void TestDispatchView::aMonthNotYetDueSaysSo()
{
    auto view = shownView();
    QVERIFY(view);
    view->rankingModel()->setNow(china(7, 20));
    view->setMonth(Month(2023, 7));
    auto *pending = child<QLabel>(view.get(), "reportsPending");
    QVERIFY(pending->isVisible());
    QCOMPARE(
        pending->text(),
        QStringLiteral(
            "Reports for 2023-07 are due by 2023-07-25: until then no department counts as late."));
    QCOMPARE(child<QListWidget>(view.get(), "lateReports")->count(), 0);
    QCOMPARE(shownRanking(view->rankingView()).first(), QStringLiteral("1 县文旅局 110.00"));
    QCOMPARE(cell(view->rankingView(), QStringLiteral("县发改局"), Col::ScoreColumn),
             QStringLiteral("100.00"));
}

void TestDispatchView::anEventMovesTheScoreWithoutAnyCall()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    clickRow(table, QStringLiteral("县统计局"));
    QCOMPARE(view->detailModel()->rowCount(partRow(view->detailView(), ScorePart::Commendation)),
             2);

    DispatchEvent e;
    e.departmentId = m_dept.value(QStringLiteral("县统计局"));
    e.kind = EventKind::Commendation;
    e.level = EventLevel::Municipal;
    e.date = QDate(2023, 6, 20);
    e.note = QStringLiteral("市政府通报表扬");
    QVERIFY(m_edits->addEvent(e));
    // 103 + 3 = 106: above 县交通运输局's 104 now.
    QTRY_COMPARE(cell(table, QStringLiteral("县统计局"), Col::ScoreColumn),
                 QStringLiteral("106.00"));
    QCOMPARE(cell(table, QStringLiteral("县统计局"), Col::RankColumn), QStringLiteral("4"));
    QCOMPARE(cell(table, QStringLiteral("县交通运输局"), Col::RankColumn), QStringLiteral("5"));
    QCOMPARE(shownColumn(table, Col::DepartmentColumn).at(3), QStringLiteral("县统计局"));
    // Still selected, and its drill-down shows the new commendation.
    QCOMPARE(view->currentDepartment(), m_dept.value(QStringLiteral("县统计局")));
    QCOMPARE(
        table->selectionModel()->selectedRows(Col::DepartmentColumn).value(0).data().toString(),
        QStringLiteral("县统计局"));
    const QModelIndex commendations = partRow(view->detailView(), ScorePart::Commendation);
    QCOMPARE(view->detailModel()->rowCount(commendations), 3);
    QCOMPARE(treeCell(commendations, ScoreDetailModel::PointsColumn), QStringLiteral("6.00"));

    m_edits->undoStack()->undo();
    QTRY_COMPARE(cell(table, QStringLiteral("县统计局"), Col::ScoreColumn),
                 QStringLiteral("103.00"));
}

void TestDispatchView::rulesDialogChangesTheScoreInOneUndoStep()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    const int steps = m_edits->undoStack()->count();
    QTest::mouseClick(child<QPushButton>(view.get(), "editRules"), Qt::LeftButton);
    auto *dialog = view->findChild<DispatchRulesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    if (const QString dir = qEnvironmentVariable("COUNTYPLAN_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("dispatchrules.png"))));
    auto *cap = child<QDoubleSpinBox>(dialog, "seminarCap");
    QCOMPARE(cap->value(), 10.0);
    cap->setFocus();
    cap->selectAll();
    QTest::keyClicks(cap, QStringLiteral("20"));
    QCOMPARE(cap->value(), 20.0);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!view->findChild<DispatchRulesDialog *>()); // closed and deleted

    // The third seminar of 县发改局 now counts: 128.67 + 5.
    QTRY_COMPARE(cell(table, QStringLiteral("县发改局"), Col::ScoreColumn),
                 QStringLiteral("133.67"));
    QCOMPARE(m_edits->undoStack()->count(), steps + 1);
    QCOMPARE(DispatchRules::load(m_ws)->seminar.monthlyCap, 20.0);
    QVERIFY(child<QLabel>(view.get(), "rulesSummary")
                ->text()
                .startsWith(QStringLiteral("Rules changed from 002's")));
    QCOMPARE(
        treeCell(partRow(view->detailView(), ScorePart::Seminar), ScoreDetailModel::DetailColumn),
        QStringLiteral("3 counted"));

    m_edits->undoStack()->undo();
    QTRY_COMPARE(cell(table, QStringLiteral("县发改局"), Col::ScoreColumn),
                 QStringLiteral("128.67"));
    QVERIFY(*DispatchRules::load(m_ws) == DispatchRules());
    QVERIFY(child<QLabel>(view.get(), "rulesSummary")
                ->text()
                .startsWith(QStringLiteral("002's rules")));
}

void TestDispatchView::rulesDialogCancelChangesNothing()
{
    auto view = shownView();
    QVERIFY(view);
    const int steps = m_edits->undoStack()->count();
    DispatchRulesDialog *dialog = view->openRulesDialog();
    auto *cap = child<QDoubleSpinBox>(dialog, "seminarCap");
    cap->setFocus();
    cap->selectAll();
    QTest::keyClicks(cap, QStringLiteral("20"));
    QTest::mouseClick(child<QRadioButton>(dialog, "leadOnly"), Qt::LeftButton);
    QVERIFY(dialog->rules().leadOnly);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!view->findChild<DispatchRulesDialog *>());
    QTest::qWait(10); // a recompute, if anything had been written, would run now
    QCOMPARE(m_edits->undoStack()->count(), steps);
    QVERIFY(*DispatchRules::load(m_ws) == DispatchRules());
    QCOMPARE(m_ws.meta(QStringLiteral("dispatch_rules")), QString());
    QCOMPARE(cell(view->rankingView(), QStringLiteral("县发改局"), Col::ScoreColumn),
             QStringLiteral("128.67"));
}

void TestDispatchView::rulesDialogRestores002AndSetsTheScope()
{
    auto view = shownView();
    QVERIFY(view);
    QTableView *table = view->rankingView();
    // Only led tasks: 县发改局 leads 4 → 1/4 + 1/4 + 1/4 of 10 = 7.5 → 129.5.
    DispatchRulesDialog *dialog = view->openRulesDialog();
    QVERIFY(child<QRadioButton>(dialog, "allRoles")->isChecked());
    QTest::mouseClick(child<QRadioButton>(dialog, "leadOnly"), Qt::LeftButton);
    auto *base = child<QDoubleSpinBox>(dialog, "base");
    QCOMPARE(base->text(), QStringLiteral("100"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(cell(table, QStringLiteral("县发改局"), Col::ScoreColumn),
                 QStringLiteral("129.50"));
    QCOMPARE(cell(table, QStringLiteral("县发改局"), Col::AnnualTasksColumn), QStringLiteral("4"));
    QVERIFY(child<QLabel>(view.get(), "rulesSummary")
                ->text()
                .contains(QStringLiteral("Annual tasks: every task a department leads ·")));

    // Restore 002's rules: the dialog shows them, OK writes them back as one more step.
    const int steps = m_edits->undoStack()->count();
    dialog = view->openRulesDialog();
    QVERIFY(child<QRadioButton>(dialog, "leadOnly")->isChecked());
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(dialog, "allRoles")->isChecked());
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(cell(table, QStringLiteral("县发改局"), Col::ScoreColumn),
                 QStringLiteral("128.67"));
    QCOMPARE(m_edits->undoStack()->count(), steps + 1);
    QVERIFY(*DispatchRules::load(m_ws) == DispatchRules());
}

void TestDispatchView::activatingATaskItemEmitsItsTask()
{
    auto view = shownView();
    QVERIFY(view);
    clickRow(view->rankingView(), QStringLiteral("县发改局"));
    QSignalSpy activated(view.get(), &DispatchView::taskActivated);
    QTreeView *tree = view->detailView();
    // What a double-click delivers: press and release, then the double-click event.
    const auto doubleClick = [tree](const QModelIndex &index) {
        const QPoint at = tree->visualRect(index).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };

    const QModelIndex report =
        tree->model()->index(0, 0, partRow(tree, ScorePart::Completion)); // task 2, 已办结
    QCOMPARE(report.data().toString(), QStringLiteral("一.（2） 任务2"));
    doubleClick(report);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).value<Id>(), task(2));

    // A part and an event are no task: nothing more is activated.
    doubleClick(tree->model()->index(0, 0, partRow(tree, ScorePart::Seminar)));
    doubleClick(partRow(tree, ScorePart::Base));
    QCOMPARE(activated.count(), 1);
    // Enter on a task's report activates it too.
    tree->setFocus();
    tree->setCurrentIndex(tree->model()->index(0, 0, partRow(tree, ScorePart::Progress))); // task 1
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).value<Id>(), task(1));
}

void TestDispatchView::everyRegionAddsARegionColumn()
{
    auto view = shownView();
    QVERIFY(view);
    auto *region = child<QComboBox>(view.get(), "region");
    region->setCurrentIndex(region->findText(QStringLiteral("All regions")));
    QCOMPARE(view->regionId(), Id(0));
    QTableView *table = view->rankingView();
    QCOMPARE(table->model()->rowCount(), 6);
    QCOMPARE(table->model()->columnCount(), 8);
    QCOMPARE(table->model()->headerData(Col::RegionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Region"));
    const QStringList regions = shownColumn(table, Col::RegionColumn);
    QCOMPARE(regions.count(QStringLiteral("阳泉市 · 盂县")), 5);
    // 平定县's 县发改局 is ranked within 平定县: first there.
    const int row = int(regions.indexOf(QStringLiteral("阳泉市 · 平定县")));
    QVERIFY(row >= 0);
    QCOMPARE(table->model()->index(row, Col::RankColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(table->model()->index(row, Col::ScoreColumn).data().toString(),
             QStringLiteral("110.00"));

    region->setCurrentIndex(region->findText(QStringLiteral("阳泉市 · 盂县")));
    QCOMPARE(table->model()->columnCount(), 7);
    QCOMPARE(table->model()->rowCount(), 5);
}

QTEST_MAIN(TestDispatchView)
#include "tst_dispatchview.moc"
