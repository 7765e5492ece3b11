// MainWindow: what its menu actions do (the window itself is in MainWindow.cpp).
#include "MainWindow.h"

#include "DispatchView.h"
#include "Navigator.h"
#include "BackgroundRead.h"
#include "ExportDialog.h"
#include "ReportDialog.h"
#include "ReportPreview.h"
#include "meeting/MeetingWindow.h"
#include "report/BulletinReport.h"
#include "report/LedgerReport.h"
#include "meeting/SlideListDialog.h"
#include "TaskEditor.h"
#include "TaskListView.h"
#include "commands/EditActions.h"
#include "exchange/JsonExchange.h"
#include "exchange/ReportPackets.h"
#include "importing/Importer.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTreeView>
#include <QSaveFile>
#include <QStatusBar>
#include <QTableView>

namespace cp::ui {

void MainWindow::newTask()
{
    const Id document = currentDocument();
    if (!document)
        return;
    if (auto id = m_edits->addTask(document, currentTask())) {
        selectTask(*id);
        m_editor->titleEdit()->setFocus();
        m_editor->titleEdit()->selectAll();
    }
}

void MainWindow::deleteTasks()
{
    const QList<Id> ids = m_taskList->selectedTaskIds();
    if (ids.isEmpty())
        return;
    // The row after the deleted ones keeps the planner's place.
    const int row = m_taskList->table()->currentIndex().row();
    if (m_edits->removeTasks(ids)) {
        const QModelIndex next = m_taskList->filterModel()->index(std::min(row, m_taskList->filterModel()->rowCount() - 1), TaskTableModel::TitleColumn);
        if (next.isValid())
            m_taskList->table()->setCurrentIndex(next);
        statusBar()->showMessage(tr("Deleted %n task(s); Undo brings them back.", nullptr, int(ids.size())), 5000);
    }
}

void MainWindow::moveTask(int direction)
{
    const Id id = currentTask();
    if (id && m_edits->moveTask(id, direction))
        m_taskList->selectTask(id);
}

void MainWindow::splitTask()
{
    const Id id = currentTask();
    if (!id)
        return;
    const int cursor = m_editor->textEdit()->textCursor().position();
    if (auto tail = m_edits->splitTask(id, cursor))
        selectTask(*tail);
}

void MainWindow::mergeWithNext()
{
    const Id id = currentTask();
    auto task = m_workspace->tasks().get(id);
    if (!task)
        return;
    const QList<Task> tasks = m_workspace->tasks().forDocument(task->documentId).value_or({});
    for (qsizetype i = 0; i + 1 < tasks.size(); ++i) {
        if (tasks.at(i).id == id) {
            if (m_edits->mergeTasks(id, tasks.at(i + 1).id))
                m_taskList->selectTask(id);
            return;
        }
    }
}

void MainWindow::importDocuments()
{
    if (!m_workspace->isOpen())
        return;
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Documents"), QDir::homePath(),
                                                            tr("Text documents (*.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    QProgressDialog progress(tr("Importing documents…"), tr("Stop"), 0, int(files.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Importer importer(*m_workspace);
    QStringList lines;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress.wasCanceled())
            break;
        progress.setValue(int(i));
        auto report = importer.importFile(files.at(i));
        if (!report) {
            lines.append(report.error().message());
            continue;
        }
        lines.append(tr("%1: %n task(s)", nullptr, report->tasks).arg(report->file) + QStringLiteral(", ")
                     + tr("%n target(s)", nullptr, report->metrics));
        for (const QString &w : report->warnings)
            lines.append(QStringLiteral("    ") + w);
    }
    progress.setValue(int(files.size()));
    Q_EMIT m_workspace->documentsChanged();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import Documents"), lines.join(QLatin1Char('\n')), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

void MainWindow::exportJson()
{
    if (!m_workspace->isOpen())
        return;
    const QString suggested = QFileInfo(m_workspace->path()).completeBaseName() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as JSON"), suggested, tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto json = JsonExchange::exportWorkspace(*m_workspace);
    QGuiApplication::restoreOverrideCursor();
    if (!json) {
        showError(tr("Export failed"), json.error().message());
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        showError(tr("Export failed"), tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

Result<QList<PacketFile>> MainWindow::writePackets(const QString &directory)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = ReportPackets::write(*m_workspace, m_dispatchView->month(), directory, m_dispatchView->regionId());
    QGuiApplication::restoreOverrideCursor();
    if (written)
        statusBar()->showMessage(tr("Wrote %n report packet(s) for %1 into %2", nullptr, int(written->size()))
                                     .arg(m_dispatchView->month().toString(), QDir::toNativeSeparators(directory)),
                                 10000);
    return written;
}

void MainWindow::writePacketsDialog()
{
    if (!m_workspace->isOpen())
        return;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Folder for the %1 Report Packets").arg(m_dispatchView->month().toString()),
                                                                QDir::homePath());
    if (directory.isEmpty())
        return;
    if (auto written = writePackets(directory); !written)
        showError(tr("The report packets were not written"), written.error().message());
}

Result<CollectResult> MainWindow::collectPackets(const QStringList &paths)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = ReportPackets::collect(*m_workspace, paths, QDateTime::currentDateTimeUtc());
    QGuiApplication::restoreOverrideCursor();
    if (result && result->problems.isEmpty())
        statusBar()->showMessage(tr("Packets collected: %1 · reports stored: %2 · values stored: %3 · rows unchanged: %4")
                                     .arg(result->packets)
                                     .arg(result->reports)
                                     .arg(result->readings)
                                     .arg(result->unchanged),
                                 10000);
    return result;
}

void MainWindow::collectPacketsDialog()
{
    if (!m_workspace->isOpen())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Collect Report Packets"), QDir::homePath(), tr("Report packets (*.xlsx)"));
    if (paths.isEmpty())
        return;
    auto result = collectPackets(paths);
    if (!result) {
        showError(tr("The report packets were not collected"), result.error().message());
        return;
    }
    if (!result->problems.isEmpty()) {
        QStringList lines;
        for (const PacketProblem &p : result->problems)
            lines.append(p.text());
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The report packets were not collected"),
                                    tr("%n problem(s) found in the packets; nothing was stored. Correct them and collect again.",
                                       nullptr, int(result->problems.size())),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("packetProblems"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
}

void MainWindow::loadJson()
{
    const QString source = QFileDialog::getOpenFileName(this, tr("Load JSON"), QDir::homePath(), tr("JSON files (*.json)"));
    if (source.isEmpty())
        return;
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot load the file"), in.errorString());
        return;
    }
    const QByteArray json = in.readAll();
    const QString target = QFileDialog::getSaveFileName(this, tr("New Workspace for the JSON"),
                                                        QFileInfo(source).absolutePath() + QLatin1Char('/')
                                                            + QFileInfo(source).completeBaseName() + QStringLiteral(".countyplan"),
                                                        tr("CountyPlan workspaces (*.countyplan);;All files (*)"), nullptr,
                                                        QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        showError(tr("Cannot load the file"), tr("“%1” already exists; choose a new file").arg(QDir::toNativeSeparators(target)));
        return;
    }
    Status status;
    {
        Workspace fresh;
        status = fresh.open(target);
        if (status)
            status = JsonExchange::load(fresh, json);
    }
    if (!status) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(target + suffix);
        showError(tr("Cannot load the file"), status.error().prefixed(QFileInfo(source).fileName()).message());
        return;
    }
    if (Status s = openWorkspace(target); !s)
        showError(tr("Cannot open the workspace"), s.error().message());
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About CountyPlan"),
        tr("<h3>CountyPlan %1</h3>"
           "<p>县域规划台账 — the county planner's ledger: imports policy documents into tasks, "
           "departments and targets, tracks monthly progress and the dispatch (调度) scores, "
           "and prints the reports.</p>"
           "<p>Workspace: %2<br>Built with Qt %3.</p>")
            .arg(QStringLiteral(COUNTYPLAN_VERSION),
                 m_workspace->isOpen() ? QDir::toNativeSeparators(m_workspace->path()).toHtmlEscaped() : tr("none"),
                 QString::fromLatin1(qVersion())));
}

MeetingWindow *MainWindow::meetingWindow() const
{
    return m_meeting;
}

void MainWindow::presentMeeting()
{
    if (!m_workspace->isOpen())
        return;
    if (m_meeting) {
        m_meeting->activateWindow();
        return;
    }
    const Id region = m_dispatchView->regionId();
    if (!region) {
        showError(tr("Present the Meeting"), tr("Choose one region in the Dispatch tab: a meeting ranks the departments of one region."));
        return;
    }
    auto deck = MeetingDeck::load(*m_workspace, region, m_dispatchView->month());
    if (!deck) {
        showError(tr("Present the Meeting"), deck.error().message());
        return;
    }
    m_meeting = new MeetingWindow(m_workspace, *deck);
    m_meeting->setAttribute(Qt::WA_DeleteOnClose);
    // A task opened over a slide can be followed up in the table once the meeting ends.
    connect(m_meeting, &MeetingWindow::finished, this, [this] { activateWindow(); });
    m_meeting->showFullScreen();
    m_meeting->activateWindow();
}

void MainWindow::editMeetingSlides()
{
    if (!m_workspace->isOpen())
        return;
    const Id region = m_dispatchView->regionId();
    if (!region) {
        showError(tr("Meeting Slides"), tr("Choose one region in the Dispatch tab: a meeting ranks the departments of one region."));
        return;
    }
    auto deck = MeetingDeck::load(*m_workspace, region, m_dispatchView->month());
    if (!deck) {
        showError(tr("Meeting Slides"), deck.error().message());
        return;
    }
    auto *dialog = new SlideListDialog(m_workspace, *deck, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

ReportDialog *MainWindow::openReports(std::optional<ReportKind> kind)
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *dialog = new ReportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRegion(m_dispatchView->regionId());
    dialog->setMonth(m_dispatchView->month());
    dialog->setDocument(currentDocument());
    // The department chosen in the registry, while the registry is what the navigator shows.
    const Id department = m_navigator->departmentTree()->isVisibleTo(m_navigator)
                              ? m_navigator->currentDepartment()
                              : Id(0);
    if (department)
        dialog->setDepartment(department);
    // What is in front of the planner decides which report comes first.
    if (!kind)
        kind = department                                   ? ReportKind::Department
               : m_center->currentWidget() == m_dispatchView ? ReportKind::Bulletin
                                                             : ReportKind::Ledger;
    dialog->setKind(*kind);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

ExportDialog *MainWindow::openExportTables()
{
    if (!m_workspace->isOpen())
        return nullptr;
    auto *dialog = new ExportDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDocument(currentDocument());
    dialog->suggestMonth(m_dispatchView->month());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void MainWindow::printLedger()
{
    if (!m_workspace->isOpen())
        return;
    Id document = currentDocument();
    if (!document) {
        const auto documents = m_workspace->documents().list().value_or({});
        if (documents.isEmpty())
            return;
        document = documents.first().id;
    }
    ReportOptions options;
    options.month = m_dispatchView->month();
    const auto layout = BackgroundRead::runCancellable<ReportLayout>(
        *m_workspace,
        [document, options](const Workspace &ws) {
            return LedgerReport::build(ws, document, options);
        },
        this, tr("Laying out the ledger…"));
    if (!layout) // cancelled
        return;
    if (!*layout)
        return showError(tr("Print the Ledger"), layout->error().message());
    ReportPreview::exec(**layout, this);
}

void MainWindow::printBulletin()
{
    if (!m_workspace->isOpen())
        return;
    ReportOptions options;
    options.month = m_dispatchView->month();
    const Month month = m_dispatchView->month();
    const Id region = m_dispatchView->regionId();
    const auto layout = BackgroundRead::runCancellable<ReportLayout>(
        *m_workspace,
        [month, region, options](const Workspace &ws) {
            return BulletinReport::build(ws, month, region, options);
        },
        this, tr("Laying out the bulletin…"));
    if (!layout) // cancelled
        return;
    if (!*layout)
        return showError(tr("Print the Dispatch Bulletin"), layout->error().message());
    ReportPreview::exec(**layout, this);
}

} // namespace cp::ui
