// The planner's workspace window: edits through the table and the editor are undoable and stored
// at once, departments merge and unmerge, search and filters find what a planner looks for, the
// keyboard works, and nothing shown as done is lost when the program is killed.
#include "../common/Fixtures.h"
#include "Language.h"
#include "commands/EditActions.h"
#include "importing/ReferenceDocuments.h"
#include "models/DepartmentTreeModel.h"
#include "models/ProblemsModel.h"
#include "models/TaskFilterModel.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"
#include "views/Navigator.h"
#include "views/TaskEditor.h"
#include "views/TaskListView.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace cp;
using namespace cp::ui;

namespace {

// A fresh copy of the reference workspace for each test.
QString referenceWorkspace(const QString &name)
{
    const QString path = test::temporaryPath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Workspace ws;
    if (!ws.open(path) || !ReferenceDocuments::importInto(ws))
        return {};
    return path;
}

int sqlCount(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

QString leadOf(Workspace &ws, Id taskId)
{
    QSqlQuery q(ws.database().connection());
    q.prepare(QStringLiteral("SELECT group_concat(d.name, '、') FROM task_departments td JOIN departments d "
                             "ON d.id = td.department_id WHERE td.task_id = ? AND td.role = 'lead'"));
    q.addBindValue(taskId);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

// Types text as a planner's input method delivers it: Chinese arrives committed, not as key presses.
void type(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void editingTheLeadInTheTableIsStoredAndUndone();
    void editingInTheEditorIsStoredAndUndone();
    void clickingATargetHighlightsItsQuote();
    void mergingDepartmentsMovesTasksAndUndoes();
    void searchFindsSimplifiedAndTraditionalAlike();
    void filteringByDepartmentShowsItsTasks();
    void filtersCombineAndSaveAsViews();
    void keyboardAddsDeletesMovesAndUndoes();
    void splittingAndMergingTasks();
    void problemsAreListedNotFixed();
    void aKilledProgramLosesNothingShownAsDone();
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("countyplan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workspace"));
}

void TestWorkspace::init()
{
    QSettings().clear();
    Language::install(QStringLiteral("en"));
}

void TestWorkspace::editingTheLeadInTheTableIsStoredAndUndone()
{
    const QString path = referenceWorkspace(QStringLiteral("lead.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    QTableView *table = w.taskTable();
    // 000's first task: 县发改局 leads.
    const QModelIndex leadCell = table->model()->index(0, TaskTableModel::LeadColumn);
    const Id taskId = leadCell.data(TaskTableModel::TaskIdRole).toLongLong();
    QCOMPARE(leadCell.data().toString(), QStringLiteral("县发改局"));
    Workspace probe;
    CP_VERIFY_OK(probe.open(path, Database::OpenMode::OpenExisting));
    QCOMPARE(leadOf(probe, taskId), QStringLiteral("县发改局"));

    // Edit the cell as a planner does: F2, type, Enter.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::LeadColumn));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    type(editor, QStringLiteral("县交通局"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(0, TaskTableModel::LeadColumn).data().toString(), QStringLiteral("县交通运输局"));
    // Written at once, seen by another connection; 县发改局 now cooperates no more (it was the lead).
    QCOMPARE(leadOf(probe, taskId), QStringLiteral("县交通运输局"));
    QCOMPARE(w.edits()->undoStack()->count(), 1);
    const auto audit = probe.audit().forEntity(QStringLiteral("task"), taskId).value_or({});
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.last().field, QStringLiteral("departments"));

    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(leadOf(probe, taskId), QStringLiteral("县发改局"));
    QCOMPARE(table->model()->index(0, TaskTableModel::LeadColumn).data().toString(), QStringLiteral("县发改局"));
    w.action(QStringLiteral("redo"))->trigger();
    QCOMPARE(leadOf(probe, taskId), QStringLiteral("县交通运输局"));
}

void TestWorkspace::editingInTheEditorIsStoredAndUndone()
{
    const QString path = referenceWorkspace(QStringLiteral("editor.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    w.taskTable()->setCurrentIndex(w.taskTable()->model()->index(1, TaskTableModel::TitleColumn));
    TaskEditor *editor = w.taskEditor();
    const Id taskId = editor->taskId();
    QVERIFY(taskId);
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("积极申报创建国家乡村振兴示范县、全国农村改革试验区"));
    editor->titleEdit()->setFocus();
    editor->titleEdit()->selectAll();
    type(editor->titleEdit(), QStringLiteral("申报国家乡村振兴示范县"));
    QTest::keyClick(editor->titleEdit(), Qt::Key_Return);
    QCOMPARE(w.workspace()->tasks().get(taskId)->title, QStringLiteral("申报国家乡村振兴示范县"));
    QCOMPARE(w.taskTable()->model()->index(1, TaskTableModel::TitleColumn).data().toString(), QStringLiteral("申报国家乡村振兴示范县"));
    // Cooperating units typed as the documents write them.
    editor->cooperatingEdit()->setFocus();
    editor->cooperatingEdit()->setText(QStringLiteral("县发展和改革局、县文旅局"));
    editor->cooperatingEdit()->setModified(true);
    QTest::keyClick(editor->cooperatingEdit(), Qt::Key_Return);
    QCOMPARE(w.taskTable()->model()->index(1, TaskTableModel::CooperatingColumn).data().toString(), QStringLiteral("县发改局、县文旅局"));
    // Status and deadline.
    editor->deadlineCheck()->setChecked(true);
    QVERIFY(w.workspace()->tasks().get(taskId)->deadline.isValid());
    QCOMPARE(w.edits()->undoStack()->count(), 3);
    for (int i = 0; i < 3; ++i)
        w.action(QStringLiteral("undo"))->trigger();
    const Task back = *w.workspace()->tasks().get(taskId);
    QCOMPARE(back.title, QStringLiteral("积极申报创建国家乡村振兴示范县、全国农村改革试验区"));
    QVERIFY(!back.deadline.isValid());
    QCOMPARE(back.departments.size(), 1);
}

// The editor's source excerpt marks every target's quote; clicking a target marks its quote
// strongly, and the document view shows the same words as current.
void TestWorkspace::clickingATargetHighlightsItsQuote()
{
    const QString path = referenceWorkspace(QStringLiteral("quote.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // 000's 二.（四）: 新建5G基站160座以上.
    TaskTableModel *tasks = w.taskModel();
    Id taskId = 0;
    for (int r = 0; r < tasks->rowCount() && !taskId; ++r)
        if (tasks->row(r).task.title == QStringLiteral("新建5G基站160座以上"))
            taskId = tasks->row(r).task.id;
    QVERIFY(taskId);
    w.selectTask(taskId);
    TaskEditor *editor = w.taskEditor();
    QCOMPARE(editor->taskId(), taskId);
    auto *source = editor->findChild<QTextBrowser *>(QStringLiteral("sourceView"));
    QVERIFY(source);
    // Text by background colour, in document order.
    const auto marked = [&](const QColor &colour) {
        QString text;
        for (QTextBlock b = source->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().background().color() == colour)
                    text += it.fragment().text();
        return text;
    };
    QVERIFY(source->toPlainText().contains(QStringLiteral("（四）新建5G基站160座以上。实施“千兆光网”升级行动")));
    QCOMPARE(marked(QColor(QStringLiteral("#ffe082"))), QStringLiteral("新建5G基站160座以上"));
    QCOMPARE(marked(QColor(QStringLiteral("#ffb74d"))), QString());

    auto *metrics = editor->findChild<QTableView *>(QStringLiteral("metricsView"));
    QVERIFY(metrics);
    QCOMPARE(metrics->model()->rowCount(), 1);
    const QRect cell = metrics->visualRect(metrics->model()->index(0, 0));
    QTest::mouseClick(metrics->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(marked(QColor(QStringLiteral("#ffb74d"))), QStringLiteral("新建5G基站160座以上"));
}

void TestWorkspace::mergingDepartmentsMovesTasksAndUndoes()
{
    const QString path = referenceWorkspace(QStringLiteral("merge.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    Workspace &ws = *w.workspace();
    const Id yuxian = ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    const Id culture = *ws.departments().resolve(yuxian, QStringLiteral("县文联"));
    const Id tourism = *ws.departments().resolve(yuxian, QStringLiteral("县文旅局"));
    const int before = sqlCount(ws, QStringLiteral("SELECT count(*) FROM task_departments WHERE department_id = %1").arg(tourism));
    // The planner had 县发改局 selected in the registry; it stays selected through merge and undo.
    QTreeView *registryView = w.navigator()->departmentTree();
    const Id fagai = *ws.departments().resolve(yuxian, QStringLiteral("县发改局"));
    registryView->setCurrentIndex(w.navigator()->departmentModel()->indexOfDepartment(fagai));
    const auto unitsOf44 = [&] {
        TaskTableModel *tasks = w.taskModel();
        for (int r = 0; r < tasks->rowCount(); ++r)
            if (tasks->row(r).regionId == yuxian && tasks->row(r).task.path == QStringLiteral("四.（四）"))
                return tasks->row(r).lead + QStringLiteral("|") + tasks->row(r).cooperating;
        return QString();
    };
    QCOMPARE(unitsOf44(), QStringLiteral("县委宣传部|县文旅局、县文联"));
    QVERIFY(w.edits()->mergeDepartments(culture, tourism));
    QCOMPARE(registryView->currentIndex().data(DepartmentTreeModel::DepartmentIdRole).toLongLong(), fagai);
    QCOMPARE(unitsOf44(), QStringLiteral("县委宣传部|县文旅局"));
    QVERIFY(!ws.departments().get(culture));
    QCOMPARE(*ws.departments().resolve(yuxian, QStringLiteral("县文联")), tourism);
    // The registry tab shows 30 departments for 盂县 and the other name.
    DepartmentTreeModel *registry = w.navigator()->departmentModel();
    const QModelIndex row = registry->indexOfDepartment(tourism);
    QCOMPARE(row.siblingAtColumn(DepartmentTreeModel::AliasesColumn).data().toString(), QStringLiteral("县文联"));
    QCOMPARE(registry->rowCount(row.parent()), 30);
    // Both were on 四.（四）, so that task keeps one link.
    QCOMPARE(sqlCount(ws, QStringLiteral("SELECT count(*) FROM task_departments WHERE department_id = %1").arg(tourism)), before);

    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(ws.departments().get(culture)->name, QStringLiteral("县文联"));
    QCOMPARE(registry->rowCount(registry->indexOfDepartment(tourism).parent()), 31);
    QCOMPARE(registryView->currentIndex().data(DepartmentTreeModel::DepartmentIdRole).toLongLong(), fagai);
    QCOMPARE(unitsOf44(), QStringLiteral("县委宣传部|县文旅局、县文联"));
    QCOMPARE(registry->indexOfDepartment(culture).siblingAtColumn(DepartmentTreeModel::CooperatingColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(sqlCount(ws, QStringLiteral("SELECT count(*) FROM task_departments WHERE department_id = %1").arg(culture)), 1);
}

void TestWorkspace::searchFindsSimplifiedAndTraditionalAlike()
{
    const QString path = referenceWorkspace(QStringLiteral("search.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    w.navigator()->selectScope(0, 0, {}); // all documents
    QTableView *table = w.taskTable();
    TaskFilterModel *filter = w.taskList()->filterModel();
    QLineEdit *search = w.taskList()->searchEdit();
    const auto titles = [&] {
        QStringList t;
        for (int r = 0; r < filter->rowCount(); ++r)
            t.append(filter->index(r, TaskTableModel::TitleColumn).data().toString());
        return t;
    };
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.action(QStringLiteral("find"))->trigger();
    QTRY_COMPARE(QApplication::focusWidget(), search);
    // Typing Simplified finds 003's Traditional text.
    type(search, QStringLiteral("壶关"));
    QVERIFY(filter->rowCount() > 0);
    {
        // 003 writes 壺關; 001 also names 壶关县 in Simplified. Both must be found.
        QSet<QString> found;
        for (int r = 0; r < filter->rowCount(); ++r)
            found.insert(w.workspace()->documents().header(filter->index(r, 0).data(TaskTableModel::DocumentIdRole).toLongLong())->key);
        QVERIFY(found.contains(QStringLiteral("003_f97876cf5fb3a18d")));
        QCOMPARE(found, (QSet<QString>{QStringLiteral("001_6c3ae5bf29131331"), QStringLiteral("003_f97876cf5fb3a18d")}));
    }
    // Typing Traditional finds Simplified text in the other documents.
    search->clear();
    type(search, QStringLiteral("發展"));
    QSet<QString> keys;
    for (int r = 0; r < filter->rowCount(); ++r)
        keys.insert(w.workspace()->documents().header(filter->index(r, 0).data(TaskTableModel::DocumentIdRole).toLongLong())->key);
    QVERIFY(keys.contains(QStringLiteral("000_50bff88673248aef")));
    QVERIFY(keys.contains(QStringLiteral("004_c1523eebc76e8d4e")));
    // Departments (with their other names) and target labels are searched too.
    search->clear();
    type(search, QStringLiteral("县交通局"));
    QVERIFY(titles().contains(QStringLiteral("推进县域商业体系建设行动，完善县乡村商业网点和物流配送网络"))); // 县交通运输局 there
    search->clear();
    type(search, QStringLiteral("富硒基地规模"));
    QCOMPARE(titles(), QStringList{QStringLiteral("做精做强特优现代农业")});
    // Two words: both must be found.
    search->clear();
    type(search, QStringLiteral("5G 160"));
    QCOMPARE(filter->rowCount(), 2);
    Q_UNUSED(table);
}

void TestWorkspace::filteringByDepartmentShowsItsTasks()
{
    const QString path = referenceWorkspace(QStringLiteral("filter.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    w.navigator()->selectScope(0, 0, {});
    Workspace &ws = *w.workspace();
    TaskFilterModel *filter = w.taskList()->filterModel();
    QComboBox *departments = w.taskList()->departmentBox();
    for (const Department &d : ws.departments().all().value_or({})) {
        if (d.name != QStringLiteral("县农业农村局") && d.name != QStringLiteral("省发展改革委"))
            continue;
        departments->setCurrentIndex(departments->findData(d.id));
        QCOMPARE(filter->rowCount(),
                 sqlCount(ws, QStringLiteral("SELECT count(*) FROM task_departments WHERE department_id = %1").arg(d.id)));
        QTest::mouseClick(w.taskList()->leadOnlyCheck(), Qt::LeftButton);
        QCOMPARE(filter->rowCount(), sqlCount(ws, QStringLiteral("SELECT count(*) FROM task_departments WHERE department_id = %1 "
                                                                 "AND role = 'lead'")
                                                      .arg(d.id)));
        QTest::mouseClick(w.taskList()->leadOnlyCheck(), Qt::LeftButton);
        // Every row shown names the department.
        for (int r = 0; r < filter->rowCount(); ++r) {
            const QString units = filter->index(r, TaskTableModel::LeadColumn).data().toString() + QStringLiteral("、")
                                  + filter->index(r, TaskTableModel::CooperatingColumn).data().toString();
            QVERIFY2(units.split(QStringLiteral("、")).contains(d.name), qPrintable(units));
        }
    }

    // Clicking a department in the registry shows its tasks even when a document of another
    // region was selected: 省发展改革委 (山西省) while 盂县's first document is shown.
    departments->setCurrentIndex(0);
    w.selectDocument(ws.documents().list().value_or({}).value(0).id);
    QCOMPARE(w.workspace()->regions().get(ws.documents().header(w.currentDocument())->regionId)->name, QStringLiteral("盂县"));
    w.navigator()->setCurrentIndex(1);
    QTreeView *registry = w.navigator()->departmentTree();
    QModelIndex province;
    for (int r = 0; r < registry->model()->rowCount(); ++r)
        if (registry->model()->index(r, 0).data().toString().startsWith(QStringLiteral("山西省")))
            province = registry->model()->index(r, 0);
    QVERIFY(province.isValid());
    registry->expand(province);
    QModelIndex fagai;
    for (int r = 0; r < registry->model()->rowCount(province); ++r)
        if (registry->model()->index(r, 0, province).data().toString() == QStringLiteral("省发展改革委"))
            fagai = registry->model()->index(r, 0, province);
    QVERIFY(fagai.isValid());
    registry->scrollTo(fagai);
    QTest::mouseClick(registry->viewport(), Qt::LeftButton, {}, registry->visualRect(fagai).center());
    QCOMPARE(departments->currentData().toLongLong(), fagai.data(DepartmentTreeModel::DepartmentIdRole).toLongLong());
    QCOMPARE(filter->rowCount(), 17); // leads 2, cooperates on 15
}

void TestWorkspace::filtersCombineAndSaveAsViews()
{
    const QString path = referenceWorkspace(QStringLiteral("views.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    Workspace &ws = *w.workspace();
    const Id d004 = *ws.documents().findByKey(QStringLiteral("004_c1523eebc76e8d4e"));
    w.selectDocument(d004);
    TaskFilterModel *filter = w.taskList()->filterModel();
    QCOMPARE(filter->rowCount(), 38);
    TaskFilter f = filter->filter();
    f.hasMetrics = true;
    w.taskList()->applyView(f);
    const int withTargets = filter->rowCount();
    QCOMPARE(withTargets, sqlCount(ws, QStringLiteral("SELECT count(DISTINCT t.id) FROM tasks t JOIN metrics m ON m.task_id = t.id "
                                                      "WHERE t.document_id = %1")
                                           .arg(d004)));
    f.noLead = true;
    w.taskList()->applyView(f);
    QCOMPARE(filter->rowCount(), 1); // 一.（二） 目标任务: targets, no units
    QVERIFY(w.taskList()->saveView(QStringLiteral("无牵头的目标")));
    // A new window on the same workspace offers the view, and it restores the scope and filters.
    MainWindow again;
    CP_VERIFY_OK(again.openWorkspace(path, true));
    QCOMPARE(again.taskList()->viewNames(), QStringList{QStringLiteral("无牵头的目标")});
    auto *views = again.taskList()->findChild<QComboBox *>(QStringLiteral("views"));
    QVERIFY(views);
    views->setCurrentIndex(views->findText(QStringLiteral("无牵头的目标")));
    Q_EMIT views->activated(views->currentIndex());
    QCOMPARE(again.taskList()->filterModel()->rowCount(), 1);
    QCOMPARE(again.taskList()->filter().documentId, d004);
}

void TestWorkspace::keyboardAddsDeletesMovesAndUndoes()
{
    const QString path = referenceWorkspace(QStringLiteral("keys.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Workspace &ws = *w.workspace();
    const Id d000 = *ws.documents().findByKey(QStringLiteral("000_50bff88673248aef"));
    QTableView *table = w.taskTable();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, TaskTableModel::TitleColumn));
    const Id first = w.currentTask();
    const Id second = table->model()->index(1, 0).data(TaskTableModel::TaskIdRole).toLongLong();

    // Ctrl+N: a new task after the current one, in its section.
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 27);
    const Id added = w.currentTask();
    QVERIFY(added != first);
    QCOMPARE(ws.tasks().get(added)->position, 1);
    QCOMPARE(ws.tasks().get(added)->sectionId, ws.tasks().get(first)->sectionId);

    // Delete removes it (the table has focus), Ctrl+Z brings it back with the same id.
    table->setFocus();
    w.selectTask(added);
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 26);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 27);
    QVERIFY(ws.tasks().get(added));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 26);

    // Alt+Down moves the first task below the second; Ctrl+Shift+Z redoes after an undo.
    w.selectTask(first);
    QTest::keyClick(&w, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(ws.tasks().forDocument(d000)->at(0).id, second);
    QCOMPARE(ws.tasks().forDocument(d000)->at(1).id, first);
    QCOMPARE(w.currentTask(), first);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(ws.tasks().forDocument(d000)->at(0).id, first);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(ws.tasks().forDocument(d000)->at(0).id, second);
    // Every action shows its shortcut in the menus.
    QCOMPARE(w.action(QStringLiteral("newTask"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(w.action(QStringLiteral("moveUp"))->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
    QCOMPARE(w.action(QStringLiteral("editCell"))->shortcut(), QKeySequence(Qt::Key_F2));
    QCOMPARE(w.action(QStringLiteral("find"))->shortcut(), QKeySequence(QKeySequence::Find));
}

void TestWorkspace::splittingAndMergingTasks()
{
    const QString path = referenceWorkspace(QStringLiteral("split.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    Workspace &ws = *w.workspace();
    const Id d000 = *ws.documents().findByKey(QStringLiteral("000_50bff88673248aef"));
    Task task;
    for (const Task &t : *ws.tasks().forDocument(d000)) {
        if (t.path == QStringLiteral("三.（一）"))
            task = t;
    }
    QVERIFY(task.id);
    QCOMPARE(ws.metrics().forTask(task.id)->size(), 5);
    // Split before 今年，富硒产业基地数量…: the last four targets go with the second part.
    const int at = int(task.text.indexOf(QStringLiteral("要建链核")));
    auto tail = w.edits()->splitTask(task.id, at);
    QVERIFY(tail);
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 27);
    QCOMPARE(ws.metrics().forTask(task.id)->size(), 1);
    QCOMPARE(ws.metrics().forTask(*tail)->size(), 4);
    QCOMPARE(ws.tasks().get(*tail)->departments, task.departments);
    // Undo restores the one task; merging the split parts again gives its text back.
    w.action(QStringLiteral("undo"))->trigger();
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 26);
    QCOMPARE(ws.metrics().forTask(task.id)->size(), 5);
    QCOMPARE(ws.tasks().get(task.id)->text, task.text);
    w.action(QStringLiteral("redo"))->trigger();
    QVERIFY(w.edits()->mergeTasks(task.id, *tail));
    QCOMPARE(ws.tasks().countForDocument(d000).value_or(-1), 26);
    QCOMPARE(ws.metrics().forTask(task.id)->size(), 5);
}

void TestWorkspace::problemsAreListedNotFixed()
{
    const QString path = referenceWorkspace(QStringLiteral("problems.countyplan"));
    MainWindow w;
    CP_VERIFY_OK(w.openWorkspace(path, true));
    Workspace &ws = *w.workspace();
    ProblemsModel *problems = w.problems();
    problems->refresh();
    const int noLead = int(std::count_if(problems->problems().begin(), problems->problems().end(),
                                         [](const ProblemsModel::Problem &p) { return p.kind == ProblemsModel::NoLead; }));
    QCOMPARE(noLead, sqlCount(ws, QStringLiteral("SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM task_departments td "
                                                 "WHERE td.task_id = t.id AND td.role = 'lead')")));
    // A ≥ target set below its baseline is reported, and stays as the planner set it.
    const Id d000 = *ws.documents().findByKey(QStringLiteral("000_50bff88673248aef"));
    Metric m = ws.metrics().forDocument(d000)->at(3); // 富硒基地规模 ≥15000 from 8000
    QCOMPARE(m.label, QStringLiteral("富硒基地规模"));
    m.value = 5000;
    QVERIFY(w.edits()->updateMetric(m));
    problems->refresh();
    QVERIFY(std::any_of(problems->problems().begin(), problems->problems().end(), [&](const ProblemsModel::Problem &p) {
        return p.kind == ProblemsModel::BelowBaseline && p.metricId == m.id;
    }));
    QCOMPARE(ws.metrics().get(m.id)->value, 5000.0);
    m.unit.clear();
    QVERIFY(w.edits()->updateMetric(m));
    problems->refresh();
    QVERIFY(std::any_of(problems->problems().begin(), problems->problems().end(),
                        [&](const ProblemsModel::Problem &p) { return p.kind == ProblemsModel::NoUnit && p.metricId == m.id; }));
}

void TestWorkspace::aKilledProgramLosesNothingShownAsDone()
{
    const QString path = referenceWorkspace(QStringLiteral("killed.countyplan"));
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(COUNTYPLAN_CRASH_HELPER), {path, QStringLiteral("县工信局")});
    QVERIFY(helper.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(helper.canReadLine() || helper.state() == QProcess::NotRunning, 60000);
    const QString line = QString::fromUtf8(helper.readLine()).trimmed();
    QCOMPARE(line, QStringLiteral("edited 县工信局"));
    helper.kill(); // SIGKILL: no chance to close anything
    QVERIFY(helper.waitForFinished());
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    Workspace reopened;
    CP_VERIFY_OK(reopened.open(path, Database::OpenMode::OpenExisting));
    const Id d000 = *reopened.documents().findByKey(QStringLiteral("000_50bff88673248aef"));
    const Task first = reopened.tasks().forDocument(d000)->first();
    QCOMPARE(leadOf(reopened, first.id), QStringLiteral("县工信局"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
