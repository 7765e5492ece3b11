// The department's monthly entry form: reports, readings, evidence and events typed, dropped and
// clicked in as a department's clerk would, each one undoable step that storage holds at once.
#include "../common/Fixtures.h"
#include "commands/EditActions.h"
#include "models/EventListModel.h"
#include "models/ReadingEntryModel.h"
#include "models/ReportEntryModel.h"
#include "progress/DispatchScore.h"
#include "storage/Workspace.h"
#include "views/EventDialog.h"
#include "views/PlanDialog.h"
#include "views/ProgressEntryView.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace cp;
using namespace cp::ui;

class TestProgressEntry : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    std::unique_ptr<EditActions> m_edits;
    std::unique_ptr<ProgressEntryView> m_view;
    Id m_yuxian = 0, m_jiaotong = 0, m_nongye = 0, m_fagai = 0;
    Id m_task5g = 0, m_taskSelenium = 0, m_metric5g = 0;
    QTemporaryDir m_files;

    QTableView *reportsView() const { return m_view->reportsView(); }
    QTableView *readingsView() const { return m_view->readingsView(); }
    QString text(QTableView *view, int row, int column) const
    {
        return view->model()->index(row, column).data().toString();
    }
    std::optional<TaskReport> storedReport(Id task, Id department, const QString &period) const;
    std::optional<Reading> storedReading(Id metric, const QString &period) const;
    // Picks a department as a user does: opens the list and clicks the name.
    void chooseDepartment(const QString &name);
    // Opens the cell's editor with F2 and types into it, then Enter.
    void typeInto(QTableView *view, const QModelIndex &index, const QString &typed);
    QString writeFile(const QString &name, const QByteArray &bytes);
    // A file dragged from the file manager onto the table at the row: enter, move, drop.
    bool dropFile(QTableView *view, int row, const QString &path);

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheDepartmentsAndTheirTasks();
    void statusIsChosenThroughTheDelegate();
    void tabMovesAcrossEditableColumns();
    void readingsAreTypedRefusedAndCleared();
    void aMonthlyPlanMovesTheExpectedValue();
    void droppedFilesBecomeEvidence();
    void eventsAreAddedAndRemoved();
    void lateReportsAreRed();
    void rowsFollowTheWorkspace();
};

std::optional<TaskReport> TestProgressEntry::storedReport(Id task, Id department,
                                                          const QString &period) const
{
    const Id id = m_ws.progress().findReport(task, department, period).value_or(0);
    if (!id)
        return std::nullopt;
    return *m_ws.progress().report(id);
}

std::optional<Reading> TestProgressEntry::storedReading(Id metric, const QString &period) const
{
    const Id id = m_ws.progress().findReading(metric, period).value_or(0);
    if (!id)
        return std::nullopt;
    return *m_ws.progress().reading(id);
}

void TestProgressEntry::chooseDepartment(const QString &name)
{
    QComboBox *box = m_view->findChild<QComboBox *>(QStringLiteral("department"));
    QVERIFY(box);
    const int at = box->findText(name);
    QVERIFY2(at >= 0, qPrintable(name));
    box->showPopup();
    QAbstractItemView *list = box->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex item = list->model()->index(at, box->modelColumn(), list->rootIndex());
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(box->currentText(), name);
}

void TestProgressEntry::typeInto(QTableView *view, const QModelIndex &index, const QString &typed)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY(editor);
    editor->selectAll();
    if (typed.isEmpty())
        QTest::keyClick(editor, Qt::Key_Backspace);
    else
        QTest::keyClicks(editor, typed);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index)); // committed and closed
}

QString TestProgressEntry::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

bool TestProgressEntry::dropFile(QTableView *view, int row, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = view->visualRect(view->model()->index(row, 1)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(view->viewport(), &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    move.ignore();
    QApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    QApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

void TestProgressEntry::init()
{
    QVERIFY(m_files.isValid());
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(test::buildSampleWorkspace(m_ws));
    m_yuxian = m_ws.regions().findByName(QStringLiteral("盂县"))->first().id;
    m_jiaotong = *m_ws.departments().resolve(m_yuxian, QStringLiteral("县交通运输局"));
    m_nongye = *m_ws.departments().resolve(m_yuxian, QStringLiteral("县农业农村局"));
    m_fagai = *m_ws.departments().resolve(m_yuxian, QStringLiteral("县发展和改革局"));
    const QList<Task> tasks = *m_ws.tasks().all();
    m_task5g = tasks.at(0).id;
    m_taskSelenium = tasks.at(1).id;
    m_metric5g = m_ws.metrics().forTask(m_task5g)->first().id;

    m_edits = std::make_unique<EditActions>(&m_ws);
    m_view = std::make_unique<ProgressEntryView>(&m_ws, m_edits.get());
    m_view->resize(1280, 860);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setRegion(m_yuxian);
    // The month as a user picks it, in the month field.
    m_view->monthEdit()->setDate(QDate(2023, 7, 1));
    QCOMPARE(m_view->month(), Month(2023, 7));
    chooseDepartment(QStringLiteral("县交通运输局"));
    QCOMPARE(m_view->departmentId(), m_jiaotong);
}

void TestProgressEntry::cleanup()
{
    m_view.reset();
    m_edits.reset();
    m_ws.close();
}

void TestProgressEntry::listsTheDepartmentsAndTheirTasks()
{
    QComboBox *box = m_view->departmentBox();
    QStringList names;
    for (int i = 0; i < box->count(); ++i)
        names.append(box->itemText(i));
    names.sort();
    // 盂县's units with tasks in 2023; 城区's 区发改局 is another county's.
    QCOMPARE(names, (QStringList{QStringLiteral("县交通运输局"), QStringLiteral("县农业农村局"),
                                 QStringLiteral("县发展和改革局")}));
    QCOMPARE(
        box->itemData(box->findText(QStringLiteral("县农业农村局")), Qt::ToolTipRole).toString(),
        QStringLiteral("Leads 1 and cooperates on 1 of the tasks of 2023"));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("deadline"))->text(),
             QStringLiteral("Reports for 2023-07 are due by 2023-07-25"));

    QTableView *reports = reportsView();
    QCOMPARE(reports->model()->rowCount(), 1);
    QCOMPARE(text(reports, 0, ReportEntryModel::NumberColumn), QStringLiteral("一.（一）"));
    QCOMPARE(text(reports, 0, ReportEntryModel::TaskColumn),
             QStringLiteral("新建5G基站160座以上。"));
    QCOMPARE(text(reports, 0, ReportEntryModel::RoleColumn), QStringLiteral("Lead"));
    QCOMPARE(text(reports, 0, ReportEntryModel::LastMonthColumn),
             QStringLiteral("Results achieved")); // June's report
    QCOMPARE(text(reports, 0, ReportEntryModel::StatusColumn), QStringLiteral("—"));
    QCOMPARE(readingsView()->model()->rowCount(), 1);
    QCOMPARE(text(readingsView(), 0, ReadingEntryModel::TargetColumn),
             QStringLiteral("新建5G基站"));
    QCOMPARE(text(readingsView(), 0, ReadingEntryModel::GoalColumn), QStringLiteral("≥160 座"));

    // 县农业农村局 leads 一.（二） and cooperates on 一.（一）: the lead task comes first.
    chooseDepartment(QStringLiteral("县农业农村局"));
    QCOMPARE(reports->model()->rowCount(), 2);
    QCOMPARE(text(reports, 0, ReportEntryModel::NumberColumn), QStringLiteral("一.（二）"));
    QCOMPARE(text(reports, 0, ReportEntryModel::RoleColumn), QStringLiteral("Lead"));
    QCOMPARE(text(reports, 1, ReportEntryModel::NumberColumn), QStringLiteral("一.（一）"));
    QCOMPARE(text(reports, 1, ReportEntryModel::RoleColumn), QStringLiteral("Cooperating"));
    QCOMPARE(text(reports, 1, ReportEntryModel::LastMonthColumn),
             QString()); // it reported nothing in June
    // Its targets: 富硒基地规模 (产值增长 is a growth rate of the same task).
    QCOMPARE(readingsView()->model()->rowCount(), 2);
    QCOMPARE(text(readingsView(), 0, ReadingEntryModel::TargetColumn),
             QStringLiteral("富硒基地规模"));
    QCOMPARE(text(readingsView(), 1, ReadingEntryModel::TargetColumn), QStringLiteral("产值增长"));

    // Another year: no annual tasks, no departments, nothing to report.
    m_view->monthEdit()->setDate(QDate(2024, 3, 1));
    QCOMPARE(box->count(), 0);
    QCOMPARE(m_view->departmentId(), Id(0));
    QCOMPARE(reports->model()->rowCount(), 0);
    QVERIFY(!m_view->findChild<QPushButton *>(QStringLiteral("addEvent"))->isEnabled());
}

void TestProgressEntry::statusIsChosenThroughTheDelegate()
{
    QTableView *view = reportsView();
    const QModelIndex status = view->model()->index(0, ReportEntryModel::StatusColumn);
    view->setFocus();
    view->setCurrentIndex(status);
    QTest::keyClick(view, Qt::Key_F2);
    auto *box = qobject_cast<QComboBox *>(view->indexWidget(status));
    QVERIFY(box);
    QStringList offered;
    for (int i = 0; i < box->count(); ++i)
        offered.append(box->itemText(i));
    QCOMPARE(offered,
             (QStringList{QStringLiteral("—"), QStringLiteral("Not started"),
                          QStringLiteral("In progress"), QStringLiteral("Results achieved"),
                          QStringLiteral("Completed")}));
    QCOMPARE(box->currentText(), QStringLiteral("—"));
    box->setCurrentIndex(box->findText(QStringLiteral("Results achieved")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07")));
    const TaskReport stored = *storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"));
    QCOMPARE(stored.status, TaskStatus::Achieved);
    QVERIFY(stored.submittedAt >= before
            && stored.submittedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(text(view, 0, ReportEntryModel::StatusColumn), QStringLiteral("Results achieved"));
    QCOMPARE(text(view, 0, ReportEntryModel::SubmittedColumn),
             QLocale().toString(stored.submittedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_edits->undoStack()->count(), 1);

    // The narrative is typed straight into its cell.
    const QModelIndex narrative = view->model()->index(0, ReportEntryModel::NarrativeColumn);
    view->setCurrentIndex(narrative);
    QTest::keyClick(view, '1');
    auto *line = qobject_cast<QLineEdit *>(view->indexWidget(narrative));
    QVERIFY(line);
    QCOMPARE(line->text(), QStringLiteral("1"));
    QTest::keyClicks(line, QStringLiteral("20 sites built"));
    QTest::keyClick(line, Qt::Key_Return);
    QTRY_COMPARE(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->narrative,
                 QStringLiteral("120 sites built"));
    QCOMPARE(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->submittedAt,
             stored.submittedAt);

    // "—" takes the report back; undo brings each step back.
    view->setCurrentIndex(status);
    QTest::keyClick(view, Qt::Key_F2);
    box = qobject_cast<QComboBox *>(view->indexWidget(status));
    QVERIFY(box);
    QCOMPARE(box->currentText(), QStringLiteral("Results achieved"));
    box->setCurrentIndex(0);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07")));
    QCOMPARE(text(view, 0, ReportEntryModel::StatusColumn), QStringLiteral("—"));
    QCOMPARE(m_edits->undoStack()->count(), 3);
    m_edits->undoStack()->undo();
    QCOMPARE(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->narrative,
             QStringLiteral("120 sites built"));
    QCOMPARE(text(view, 0, ReportEntryModel::NarrativeColumn), QStringLiteral("120 sites built"));
    m_edits->undoStack()->undo();
    QCOMPARE(text(view, 0, ReportEntryModel::NarrativeColumn), QString());
    QCOMPARE(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->status,
             TaskStatus::Achieved);
    m_edits->undoStack()->undo();
    QVERIFY(!storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07")));
    QCOMPARE(text(view, 0, ReportEntryModel::StatusColumn), QStringLiteral("—"));

    // A narrative without a status is refused, and says so.
    QSignalSpy failed(m_edits.get(), &EditActions::failed);
    QVERIFY(!view->model()->setData(view->model()->index(0, ReportEntryModel::NarrativeColumn),
                                    QStringLiteral("text")));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("message"))->text(),
             QStringLiteral("Choose the status of 一.（一） before writing about it"));
}

void TestProgressEntry::tabMovesAcrossEditableColumns()
{
    chooseDepartment(QStringLiteral("县农业农村局"));
    QTableView *view = reportsView();
    QCOMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, ReportEntryModel::StatusColumn));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), view->model()->index(0, ReportEntryModel::NarrativeColumn));
    QTest::keyClick(
        view,
        Qt::Key_Tab); // over Evidence, Submitted and the next row's No., Task, Role, Last month
    QCOMPARE(view->currentIndex(), view->model()->index(1, ReportEntryModel::StatusColumn));
    QTest::keyClick(view, Qt::Key_Backtab);
    QCOMPARE(view->currentIndex(), view->model()->index(0, ReportEntryModel::NarrativeColumn));
    // After the last editable cell Tab leaves the table for the targets.
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, ReportEntryModel::NarrativeColumn));
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), readingsView());
    QVERIFY(!view->indexWidget(view->currentIndex()));

    // From an open editor Tab commits and moves on to the next editable cell.
    QTableView *readings = readingsView();
    QVERIFY(m_edits->setReading(
        readings->model()->index(0, 0).data(ReadingEntryModel::MetricIdRole).toLongLong(),
        Month(2023, 7), 10000));
    const QModelIndex value = readings->model()->index(0, ReadingEntryModel::ValueColumn);
    readings->setFocus();
    readings->setCurrentIndex(value);
    QTest::keyClick(readings, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(readings->indexWidget(value));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("12000"));
    QTest::keyClick(editor, Qt::Key_Tab);
    QTRY_COMPARE(readings->currentIndex(),
                 readings->model()->index(0, ReadingEntryModel::NoteColumn));
    QCOMPARE(text(readings, 0, ReadingEntryModel::ValueColumn), QLocale().toString(12000));
}

void TestProgressEntry::readingsAreTypedRefusedAndCleared()
{
    QTableView *view = readingsView();
    const QModelIndex value = view->model()->index(0, ReadingEntryModel::ValueColumn);
    QCOMPARE(value.data(ReadingEntryModel::MetricIdRole).toLongLong(), m_metric5g);
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn),
             QStringLiteral("96.5")); // the sample's July reading
    QCOMPARE(text(view, 0, ReadingEntryModel::ExpectedColumn),
             QStringLiteral("93.33")); // 160 × 7/12

    typeInto(view, value, QStringLiteral("120"));
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 120.0);
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->departmentId, m_jiaotong);
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QStringLiteral("120"));
    QCOMPARE(text(view, 0, ReadingEntryModel::StatusColumn), QStringLiteral("On track"));
    QCOMPARE(text(view, 0, ReadingEntryModel::ExpectedColumn), QStringLiteral("93.33"));
    const QColor onTrack = view->model()
                               ->index(0, ReadingEntryModel::StatusColumn)
                               .data(Qt::BackgroundRole)
                               .value<QColor>();
    QVERIFY2(onTrack.blue() > onTrack.red() + 40 && onTrack.blue() > onTrack.green(),
             qPrintable(onTrack.name())); // blue
    // June 80, July 120: the year ends well past 160.
    QVERIFY(!view->model()
                 ->index(0, ReadingEntryModel::ForecastColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("will miss")));
    QCOMPARE(m_edits->undoStack()->count(), 1);

    // 50 in July after 80 in June: far below the path, and the trend misses the target.
    typeInto(view, value, QStringLiteral("50"));
    QCOMPARE(text(view, 0, ReadingEntryModel::StatusColumn), QStringLiteral("At risk"));
    const QColor atRisk = view->model()
                              ->index(0, ReadingEntryModel::StatusColumn)
                              .data(Qt::BackgroundRole)
                              .value<QColor>();
    QVERIFY2(atRisk.red() > atRisk.green() + 40 && atRisk.red() > atRisk.blue() + 40,
             qPrintable(atRisk.name())); // red
    QVERIFY(view->model()
                ->index(0, ReadingEntryModel::ForecastColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("will miss")));
    typeInto(view, value, QStringLiteral("80"));
    QCOMPARE(text(view, 0, ReadingEntryModel::StatusColumn),
             QStringLiteral("Behind")); // 80 ≥ 0.8 × 93.3
    QCOMPARE(m_edits->undoStack()->count(), 3);

    // Text that is no number is refused with a message, and nothing is stored.
    QSignalSpy failed(m_edits.get(), &EditActions::failed);
    typeInto(view, value, QStringLiteral("abc"));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("“abc” is not a number")));
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("message"))->isVisible());
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("message"))->text(),
             failed.first().first().toString());
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 80.0);
    QCOMPARE(m_edits->undoStack()->count(), 3);
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QStringLiteral("80"));

    // Clearing the cell removes the reading.
    typeInto(view, value, QString());
    QVERIFY(!storedReading(m_metric5g, QStringLiteral("2023-07")));
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QString());
    QCOMPARE(text(view, 0, ReadingEntryModel::StatusColumn), QStringLiteral("Not reported"));
    const QColor grey = view->model()
                            ->index(0, ReadingEntryModel::StatusColumn)
                            .data(Qt::BackgroundRole)
                            .value<QColor>();
    QCOMPARE(grey.saturation(), 0);
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("message"))
                 ->isVisible()); // a step done: the refusal is old news

    // Undo brings each step back.
    m_edits->undoStack()->undo();
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 80.0);
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QStringLiteral("80"));
    m_edits->undoStack()->undo();
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QStringLiteral("50"));
    m_edits->undoStack()->undo();
    QCOMPARE(text(view, 0, ReadingEntryModel::StatusColumn), QStringLiteral("On track"));
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 120.0);
    m_edits->undoStack()->undo();
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 96.5);
    QCOMPARE(text(view, 0, ReadingEntryModel::ValueColumn), QStringLiteral("96.5"));

    // A note belongs to a reading.
    const QModelIndex note = view->model()->index(0, ReadingEntryModel::NoteColumn);
    typeInto(view, note, QStringLiteral("per the tower company"));
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->note,
             QStringLiteral("per the tower company"));
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 96.5);
}

void TestProgressEntry::droppedFilesBecomeEvidence()
{
    QVERIFY(m_edits->setReport(m_task5g, m_jiaotong, Month(2023, 7), TaskStatus::InProgress,
                               QStringLiteral("施工中")));
    const QByteArray bytes("minutes of the 5G site meeting\n\0\x01\x02", 34);
    const QString path = writeFile(QStringLiteral("会议纪要.pdf"), bytes);
    QVERIFY(!path.isEmpty());
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const int steps = m_edits->undoStack()->count();

    QVERIFY(dropFile(reportsView(), 0, path));
    TaskReport report = *storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"));
    QCOMPARE(report.evidence, QStringList{sha});
    QCOMPARE(report.narrative, QStringLiteral("施工中"));
    QCOMPARE(m_edits->undoStack()->count(), steps + 1);
    const QModelIndex evidence = reportsView()->model()->index(0, ReportEntryModel::EvidenceColumn);
    QVERIFY(evidence.data().toString().startsWith(QStringLiteral("1 file")));
    QCOMPARE(evidence.data(Qt::ToolTipRole).toString(), QStringLiteral("会议纪要.pdf"));

    // Opened evidence is the same bytes under the same name.
    const QString exported = m_view->exportEvidence(sha);
    QCOMPARE(QFileInfo(exported).fileName(), QStringLiteral("会议纪要.pdf"));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QVERIFY(m_view->exportEvidence(QString(64, QLatin1Char('0'))).isEmpty());

    // The same drop on the target's row: its July reading gets it too.
    QVERIFY(dropFile(readingsView(), 0, path));
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->evidence, QStringList{sha});
    QCOMPARE(storedReading(m_metric5g, QStringLiteral("2023-07"))->value, 96.5);

    // The context menu removes it again.
    QStringList offered;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            offered.append(a->objectName());
            if (a->objectName() == QLatin1String("removeEvidence") && a->menu()
                && !a->menu()->actions().isEmpty()) {
                offered.append(a->menu()->actions().first()->text());
                a->menu()->actions().first()->trigger();
            }
        }
        menu->close();
    });
    const QPoint at = reportsView()->visualRect(evidence).center();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, at,
                                reportsView()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(reportsView()->viewport(), &menuEvent);
    QCOMPARE(offered,
             (QStringList{QStringLiteral("attachEvidence"), QStringLiteral("openEvidence"),
                          QStringLiteral("removeEvidence"), QStringLiteral("会议纪要.pdf")}));
    QVERIFY(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->evidence.isEmpty());
    QCOMPARE(evidence.data().toString(), QString());
    m_edits->undoStack()->undo();
    QCOMPARE(storedReport(m_task5g, m_jiaotong, QStringLiteral("2023-07"))->evidence,
             QStringList{sha});

    // A row with nothing reported takes no evidence: the status comes first.
    chooseDepartment(QStringLiteral("县农业农村局"));
    QSignalSpy failed(m_edits.get(), &EditActions::failed);
    QVERIFY(!dropFile(reportsView(), 0, path));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!storedReport(m_taskSelenium, m_nongye, QStringLiteral("2023-07")));
}

void TestProgressEntry::eventsAreAddedAndRemoved()
{
    QTableView *events = m_view->eventsView();
    QCOMPARE(events->objectName(), QStringLiteral("events"));
    QCOMPARE(events->model()->rowCount(), 0);
    auto *add = m_view->findChild<QPushButton *>(QStringLiteral("addEvent"));
    auto *remove = m_view->findChild<QPushButton *>(QStringLiteral("removeEvent"));
    QVERIFY(add->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    EventDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_view->findChild<EventDialog *>()) && dialog->isVisible());

    // A date within the month; a level only where one applies.
    QCOMPARE(dialog->dateEdit()->minimumDate(), QDate(2023, 7, 1));
    QCOMPARE(dialog->dateEdit()->maximumDate(), QDate(2023, 7, 31));
    dialog->kindBox()->setCurrentIndex(
        dialog->kindBox()->findText(QStringLiteral("Seminar or publicity")));
    QVERIFY(!dialog->levelBox()->isEnabled());
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findText(QStringLiteral("Commendation")));
    QVERIFY(dialog->levelBox()->isEnabled());
    dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findText(QStringLiteral("Provincial")));
    dialog->dateEdit()->setDate(QDate(2023, 7, 10));
    QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Provincial notice No. 12"));
    const QString path = writeFile(QStringLiteral("notice.jpg"), QByteArray("JPEG notice"));
    dialog->addEvidenceFiles({path});
    QCOMPARE(dialog->evidenceList()->count(), 1);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<EventDialog *>());

    const QList<DispatchEvent> stored = *m_ws.progress().eventsForMonth(Month(2023, 7), m_yuxian);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().departmentId, m_jiaotong);
    QCOMPARE(stored.first().kind, EventKind::Commendation);
    QCOMPARE(stored.first().level, EventLevel::Provincial);
    QCOMPARE(stored.first().date, QDate(2023, 7, 10));
    QCOMPARE(stored.first().note, QStringLiteral("Provincial notice No. 12"));
    QCOMPARE(*m_ws.progress().evidenceData(stored.first().evidence.value(0)),
             QByteArray("JPEG notice"));
    QCOMPARE(events->model()->rowCount(), 1);
    QCOMPARE(text(events, 0, EventListModel::DateColumn),
             QLocale().toString(QDate(2023, 7, 10), QLocale::ShortFormat));
    QCOMPARE(text(events, 0, EventListModel::KindColumn), QStringLiteral("Commendation"));
    QCOMPARE(text(events, 0, EventListModel::LevelColumn), QStringLiteral("Provincial"));
    QCOMPARE(text(events, 0, EventListModel::NoteColumn),
             QStringLiteral("Provincial notice No. 12"));
    QVERIFY(text(events, 0, EventListModel::EvidenceColumn).startsWith(QStringLiteral("1 file")));

    // Enter on an event opens it again to change it.
    events->setFocus();
    events->setCurrentIndex(events->model()->index(0, EventListModel::NoteColumn));
    QTest::keyClick(events, Qt::Key_Return);
    QTRY_VERIFY((dialog = m_view->findChild<EventDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->kindBox()->currentText(), QStringLiteral("Commendation"));
    QCOMPARE(dialog->levelBox()->currentText(), QStringLiteral("Provincial"));
    QCOMPARE(dialog->evidenceList()->item(0)->text(), QStringLiteral("notice.jpg"));
    dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findText(QStringLiteral("Municipal")));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_view->findChild<EventDialog *>());
    QCOMPARE(m_ws.progress().event(stored.first().id)->level, EventLevel::Municipal);
    QCOMPARE(m_ws.progress().event(stored.first().id)->evidence, stored.first().evidence);
    QCOMPARE(text(events, 0, EventListModel::LevelColumn), QStringLiteral("Municipal"));

    // Remove Event takes the selected one away; undo puts it back.
    QVERIFY(remove->isEnabled()); // the new event is selected
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_ws.progress().eventsForMonth(Month(2023, 7), m_yuxian)->isEmpty());
    QCOMPARE(events->model()->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
    m_edits->undoStack()->undo();
    QCOMPARE(events->model()->rowCount(), 1);
    QCOMPARE(m_ws.progress().eventsForMonth(Month(2023, 7), m_yuxian)->size(), 1);

    // 县发展和改革局's June commendation is its own, not 县交通运输局's.
    m_view->setMonth(Month(2023, 6));
    QCOMPARE(events->model()->rowCount(), 0);
    chooseDepartment(QStringLiteral("县发展和改革局"));
    QCOMPARE(events->model()->rowCount(), 1);
    QCOMPARE(text(events, 0, EventListModel::NoteColumn), QStringLiteral("省级表扬"));
}

void TestProgressEntry::lateReportsAreRed()
{
    QTableView *view = reportsView();
    const QModelIndex submitted = view->model()->index(0, ReportEntryModel::SubmittedColumn);
    const auto isRed = [](const QVariant &v) {
        const QColor c = v.value<QColor>();
        return c.isValid() && (c.hue() <= 10 || c.hue() >= 350) && c.saturation() > 150;
    };
    const QTimeZone china(8 * 3600);
    // On the 25th, China time: in time.
    QVERIFY(m_edits->setReport(m_task5g, m_jiaotong, Month(2023, 7), TaskStatus::InProgress,
                               QString(), {}, QDateTime(QDate(2023, 7, 25), QTime(23, 0), china)));
    QVERIFY(!isRed(submitted.data(Qt::ForegroundRole)));
    QCOMPARE(submitted.data(Qt::ToolTipRole).toString(), QString());
    // The 26th: late.
    m_edits->undoStack()->undo();
    QVERIFY(m_edits->setReport(m_task5g, m_jiaotong, Month(2023, 7), TaskStatus::InProgress,
                               QString(), {}, QDateTime(QDate(2023, 7, 26), QTime(8, 30), china)));
    QVERIFY(isRed(submitted.data(Qt::ForegroundRole)));
    QCOMPARE(submitted.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Late: reports for 2023-07 were due by 2023-07-25"));
    QVERIFY(submitted.data(ReportEntryModel::LateRole).toBool());

    // June's report came on 2023-06-25 00:00 China time: in time.
    m_view->monthEdit()->setDate(QDate(2023, 6, 1));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("deadline"))->text(),
             QStringLiteral("Reports for 2023-06 are due by 2023-06-25"));
    QCOMPARE(text(view, 0, ReportEntryModel::StatusColumn), QStringLiteral("Results achieved"));
    QVERIFY(!isRed(
        view->model()->index(0, ReportEntryModel::SubmittedColumn).data(Qt::ForegroundRole)));
    // A later deadline day in the rules moves the deadline.
    DispatchRules rules;
    rules.reportDeadlineDay = 20;
    QVERIFY(m_edits->setDispatchRules(rules));
    QVERIFY(
        isRed(view->model()->index(0, ReportEntryModel::SubmittedColumn).data(Qt::ForegroundRole)));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("deadline"))->text(),
             QStringLiteral("Reports for 2023-06 are due by 2023-06-20"));
}

void TestProgressEntry::rowsFollowTheWorkspace()
{
    chooseDepartment(QStringLiteral("县农业农村局"));
    QAbstractItemModel *reports = reportsView()->model();
    QAbstractItemModel *readings = readingsView()->model();
    QSignalSpy reportCells(reports, &QAbstractItemModel::dataChanged);
    QSignalSpy reportResets(reports, &QAbstractItemModel::modelReset);
    QSignalSpy readingCells(readings, &QAbstractItemModel::dataChanged);
    QSignalSpy readingResets(readings, &QAbstractItemModel::modelReset);

    // A report on the second row announces that row alone, from Status to Submitted.
    QVERIFY(m_edits->setReport(m_task5g, m_nongye, Month(2023, 7), TaskStatus::Completed));
    QCOMPARE(reportCells.size(), 1);
    const auto topLeft = reportCells.first().at(0).value<QModelIndex>(),
               bottomRight = reportCells.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), int(ReportEntryModel::StatusColumn));
    QCOMPARE(bottomRight.column(), int(ReportEntryModel::SubmittedColumn));
    QCOMPARE(readingCells.size(), 0); // a report moves no reading

    // A reading of 富硒基地规模 changes its row, not 产值增长's.
    QVERIFY(m_edits->setReading(m_ws.metrics().forTask(m_taskSelenium)->first().id, Month(2023, 7),
                                11000));
    QCOMPARE(readingCells.size(), 1);
    QCOMPARE(readingCells.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(readingCells.first().at(1).value<QModelIndex>().row(), 0);
    QCOMPARE(reportCells.size(), 1);
    QCOMPARE(reportResets.size() + readingResets.size(), 0);

    // A renamed task shows its new title.
    QVERIFY(m_edits->setTaskField(m_taskSelenium, EditActions::TaskField::Title,
                                  QStringLiteral("富硒基地扩面")));
    QCOMPARE(reports->index(0, ReportEntryModel::TaskColumn).data().toString(),
             QStringLiteral("富硒基地扩面"));

    // Closing the workspace empties the form.
    m_ws.close();
    QCOMPARE(reports->rowCount(), 0);
    QCOMPARE(readings->rowCount(), 0);
    QCOMPARE(m_view->eventsView()->model()->rowCount(), 0);
    QCOMPARE(m_view->departmentBox()->count(), 0);
}

// The readings' context menu opens the target's monthly plan; a plan replaces pro-rata in the
// Expected column, in one undo step.
void TestProgressEntry::aMonthlyPlanMovesTheExpectedValue()
{
    QTableView *view = readingsView();
    QCOMPARE(text(view, 0, ReadingEntryModel::ExpectedColumn), QStringLiteral("93.33"));
    PlanDialog *dialog = m_view->openPlan(m_metric5g);
    QVERIFY(dialog);
    QCOMPARE(dialog->field(Month(2023, 6))->placeholderText(), QStringLiteral("80")); // pro-rata: 160 × 6/12
    QVERIFY(!dialog->field(Month(2024, 1)));
    dialog->field(Month(2023, 6))->setText(QStringLiteral("90"));
    dialog->field(Month(2023, 12))->setText(QStringLiteral("abc"));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused: says why and stays open
    QVERIFY(m_ws.progress().plan(m_metric5g)->isEmpty());
    dialog->field(Month(2023, 12))->setText(QStringLiteral("160"));
    QPointer<PlanDialog> open(dialog);
    dialog->accept();
    QTRY_VERIFY(!open || !open->isVisible());
    QCOMPARE(*m_ws.progress().plan(m_metric5g), (QMap<Month, double>{{Month(2023, 6), 90}, {Month(2023, 12), 160}}));
    // July lies a sixth of the way from June's 90 to December's 160.
    QCOMPARE(text(view, 0, ReadingEntryModel::ExpectedColumn), QStringLiteral("101.67"));
    m_edits->undoStack()->undo();
    QCOMPARE(text(view, 0, ReadingEntryModel::ExpectedColumn), QStringLiteral("93.33"));
}

QTEST_MAIN(TestProgressEntry)
#include "tst_progressentry.moc"
