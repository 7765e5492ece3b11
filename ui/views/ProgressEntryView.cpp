#include "ProgressEntryView.h"

#include "EventDialog.h"
#include "PlanDialog.h"
#include "commands/EditActions.h"
#include "models/EventListModel.h"
#include "models/ReadingEntryModel.h"
#include "models/ReportEntryModel.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

// A table whose Tab and Backtab go from one editable cell to the next, row after row, and leave
// the table after the last.
class EntryTable : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        const QModelIndex current = currentIndex();
        if ((action != MoveNext && action != MovePrevious) || !model() || !current.isValid())
            return QTableView::moveCursor(action, modifiers);
        const int columns = model()->columnCount(), cells = model()->rowCount() * columns;
        const int step = action == MoveNext ? 1 : -1;
        for (int at = current.row() * columns + current.column() + step; at >= 0 && at < cells;
             at += step) {
            const QModelIndex next = model()->index(at / columns, at % columns);
            if (!isColumnHidden(next.column()) && (next.flags() & Qt::ItemIsEditable))
                return next;
        }
        return {};
    }
};

// The report status from a list, with "—" to take the report back.
class ReportStatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() != ReportEntryModel::StatusColumn)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *box = new QComboBox(parent);
        box->addItem(QStringLiteral("—"), ReportEntryModel::NoReport);
        box->setItemData(0, ProgressEntryView::tr("No report for this month"), Qt::ToolTipRole);
        for (TaskStatus s : allValues<TaskStatus>())
            box->addItem(displayName(s), int(s));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole).toInt())));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

ProgressEntryView::ProgressEntryView(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_month(Month::of(QDate::currentDate()))
{
    setObjectName(QStringLiteral("progressEntry"));
    m_reports = new ReportEntryModel(workspace, edits, this);
    m_readings = new ReadingEntryModel(workspace, edits, this);
    m_events = new EventListModel(workspace, this);

    m_departmentLabel = new QLabel;
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_departmentLabel->setBuddy(m_department);
    m_monthLabel = new QLabel;
    m_monthEdit = new QDateEdit;
    m_monthEdit->setObjectName(QStringLiteral("month"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setMinimumDate(QDate(2000, 1, 1));
    m_monthEdit->setDate(m_month.firstDay());
    m_monthLabel->setBuddy(m_monthEdit);
    m_deadline = new QLabel;
    m_deadline->setObjectName(QStringLiteral("deadline"));

    const auto table = [](const QString &name, QAbstractItemModel *model) {
        auto *view = new EntryTable;
        view->setObjectName(name);
        view->setModel(model);
        view->verticalHeader()->setVisible(false);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                              | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        view->setWordWrap(false);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        return view;
    };
    m_reportsView = table(QStringLiteral("reports"), m_reports);
    m_reportsView->setItemDelegate(new ReportStatusDelegate(m_reportsView));
    m_readingsView = table(QStringLiteral("readings"), m_readings);
    for (QTableView *view : {m_reportsView, m_readingsView}) {
        // Files dropped on a row become its evidence (the models take the drop).
        view->setDragDropMode(QAbstractItemView::DropOnly);
        view->setDragDropOverwriteMode(true);
        view->viewport()->setAcceptDrops(true);
    }
    m_eventsView = table(QStringLiteral("events"), m_events);
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_eventsView->setTabKeyNavigation(false);

    QHeaderView *header = m_reportsView->horizontalHeader();
    header->resizeSection(ReportEntryModel::NumberColumn, 80);
    header->resizeSection(ReportEntryModel::TaskColumn, 260);
    header->resizeSection(ReportEntryModel::RoleColumn, 90);
    header->resizeSection(ReportEntryModel::LastMonthColumn, 120);
    header->resizeSection(ReportEntryModel::StatusColumn, 140);
    header->setSectionResizeMode(ReportEntryModel::NarrativeColumn, QHeaderView::Stretch);
    header->resizeSection(ReportEntryModel::EvidenceColumn, 80);
    header->setSectionResizeMode(ReportEntryModel::SubmittedColumn, QHeaderView::ResizeToContents);
    header = m_readingsView->horizontalHeader();
    header->resizeSection(ReadingEntryModel::NumberColumn, 80);
    header->resizeSection(ReadingEntryModel::TargetColumn, 150);
    header->setSectionResizeMode(ReadingEntryModel::GoalColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ReadingEntryModel::ExpectedColumn, 130);
    header->resizeSection(ReadingEntryModel::ValueColumn, 100);
    header->resizeSection(ReadingEntryModel::StatusColumn, 100);
    header->resizeSection(ReadingEntryModel::ForecastColumn, 90);
    header->setSectionResizeMode(ReadingEntryModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(ReadingEntryModel::EvidenceColumn, 80);
    header = m_eventsView->horizontalHeader();
    header->setSectionResizeMode(EventListModel::DateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(EventListModel::KindColumn, 170);
    header->resizeSection(EventListModel::LevelColumn, 100);
    header->setSectionResizeMode(EventListModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(EventListModel::EvidenceColumn, 80);

    m_reportsHeading = new QLabel;
    m_readingsHeading = new QLabel;
    m_eventsHeading = new QLabel;
    for (QLabel *heading : {m_reportsHeading, m_readingsHeading, m_eventsHeading}) {
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
    }
    m_addEvent = new QPushButton;
    m_addEvent->setObjectName(QStringLiteral("addEvent"));
    m_removeEvent = new QPushButton;
    m_removeEvent->setObjectName(QStringLiteral("removeEvent"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_departmentLabel);
    top->addWidget(m_department);
    top->addSpacing(12);
    top->addWidget(m_monthLabel);
    top->addWidget(m_monthEdit);
    top->addSpacing(12);
    top->addWidget(m_deadline, 1);

    const auto section = [](QLabel *heading, QWidget *view, QLayout *extra = nullptr) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 4, 0, 0);
        layout->addWidget(heading);
        layout->addWidget(view, 1);
        if (extra)
            layout->addLayout(extra);
        return box;
    };
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_addEvent);
    eventButtons->addWidget(m_removeEvent);
    eventButtons->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(section(m_reportsHeading, m_reportsView));
    splitter->addWidget(section(m_readingsHeading, m_readingsView));
    splitter->addWidget(section(m_eventsHeading, m_eventsView, eventButtons));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_department, &QComboBox::currentIndexChanged, this, [this](int index) {
        setDepartment(index >= 0 ? m_department->itemData(index).toLongLong() : 0);
    });
    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (Month::of(date) != m_month)
            setMonth(Month::of(date));
    });
    connect(m_reportsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showEvidenceMenu(m_reportsView, m_reports, pos); });
    connect(m_readingsView, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showEvidenceMenu(m_readingsView, m_readings, pos); });
    connect(m_eventsView, &QWidget::customContextMenuRequested, this,
            &ProgressEntryView::showEventMenu);
    connect(m_eventsView, &QAbstractItemView::activated, this, &ProgressEntryView::editEvent);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProgressEntryView::updateButtons);
    connect(m_events, &QAbstractItemModel::modelReset, this, &ProgressEntryView::updateButtons);
    connect(m_events, &QAbstractItemModel::rowsRemoved, this, &ProgressEntryView::updateButtons);
    connect(m_addEvent, &QPushButton::clicked, this, &ProgressEntryView::addEvent);
    connect(m_removeEvent, &QPushButton::clicked, this, &ProgressEntryView::removeEvent);

    connect(m_edits, &EditActions::failed, this, [this](const QString &message) {
        if (isVisible())
            showMessage(message);
    });
    // A step done or undone: the last refusal is old news.
    connect(m_edits->undoStack(), &QUndoStack::indexChanged, this,
            [this] { showMessage(QString()); });
    connect(m_workspace, &Workspace::departmentsChanged, this, [this](Id regionId) {
        if (regionId == m_regionId)
            reloadDepartments();
    });
    connect(m_workspace, &Workspace::tasksChanged, this, &ProgressEntryView::reloadDepartments);
    connect(m_workspace, &Workspace::documentsChanged, this, &ProgressEntryView::reloadDepartments);
    connect(m_workspace, &Workspace::dispatchRulesChanged, this,
            &ProgressEntryView::updateDeadline);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        m_regionId = 0;
        m_departmentId = 0;
        const QSignalBlocker blocker(m_department);
        m_department->clear();
        updateDeadline();
        updateButtons();
    });
    retranslate();
    updateButtons();
}

ProgressEntryView::~ProgressEntryView() = default;

void ProgressEntryView::retranslate()
{
    m_departmentLabel->setText(tr("&Department"));
    m_monthLabel->setText(tr("&Month"));
    m_reportsHeading->setText(tr("Task reports"));
    m_reportsHeading->setToolTip(tr("Drop files on a row to attach them as evidence"));
    m_readingsHeading->setText(tr("Targets"));
    m_readingsHeading->setToolTip(tr("The value each target reached by the end of the month"));
    m_eventsHeading->setText(tr("Dispatch events"));
    m_addEvent->setText(tr("Add Event…"));
    m_removeEvent->setText(tr("Remove Event"));
    m_reports->retranslate();
    m_readings->retranslate();
    m_events->retranslate();
    reloadDepartments();
    updateDeadline();
}

void ProgressEntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProgressEntryView::setRegion(Id regionId)
{
    m_regionId = regionId;
    reloadDepartments();
    applyScope();
}

void ProgressEntryView::setMonth(Month month)
{
    const bool changed = month != m_month;
    m_month = month;
    {
        const QSignalBlocker blocker(m_monthEdit);
        m_monthEdit->setDate(month.firstDay());
    }
    reloadDepartments(); // another year has other annual tasks
    applyScope();
    if (changed)
        Q_EMIT monthChanged(month);
}

void ProgressEntryView::setDepartment(Id departmentId)
{
    const bool changed = departmentId != m_departmentId;
    m_departmentId = departmentId;
    {
        const QSignalBlocker blocker(m_department);
        m_department->setCurrentIndex(m_department->findData(departmentId));
    }
    applyScope();
    if (changed)
        Q_EMIT departmentChanged(departmentId);
}

void ProgressEntryView::reloadDepartments()
{
    QHash<Id, DepartmentTaskCount> counts;
    for (const Task &t : ReportEntryModel::annualTasks(*m_workspace, m_regionId, m_month.year())) {
        for (const TaskDepartment &d : t.departments)
            ++(d.role == Role::Lead ? counts[d.departmentId].lead
                                    : counts[d.departmentId].cooperating);
    }
    {
        const QSignalBlocker blocker(m_department);
        m_department->clear();
        const QList<Department> departments =
            m_workspace->isOpen() && m_regionId
                ? m_workspace->departments().forRegion(m_regionId).value_or({})
                : QList<Department>();
        const QLocale locale;
        for (const Department &d : departments) {
            const auto count = counts.constFind(d.id);
            if (count == counts.constEnd())
                continue;
            m_department->addItem(d.name, d.id);
            m_department->setItemData(
                m_department->count() - 1,
                tr("Leads %1 and cooperates on %2 of the tasks of %3")
                    .arg(locale.toString(count->lead), locale.toString(count->cooperating))
                    .arg(m_month.year()),
                Qt::ToolTipRole);
        }
        int index = m_department->findData(m_departmentId);
        if (index < 0 && m_department->count() > 0)
            index = 0;
        m_department->setCurrentIndex(index);
    }
    const Id chosen =
        m_department->currentIndex() >= 0 ? m_department->currentData().toLongLong() : 0;
    if (chosen != m_departmentId) {
        m_departmentId = chosen;
        applyScope();
        Q_EMIT departmentChanged(chosen);
    }
}

void ProgressEntryView::applyScope()
{
    m_reports->setScope(m_regionId, m_departmentId, m_month);
    m_readings->setScope(m_regionId, m_departmentId, m_month);
    m_events->setScope(m_regionId, m_departmentId, m_month);
    updateDeadline();
    updateButtons();
}

void ProgressEntryView::updateDeadline()
{
    if (!m_regionId) {
        m_deadline->clear();
        return;
    }
    m_deadline->setText(
        tr("Reports for %1 are due by %2")
            .arg(m_month.toString(), m_reports->deadline().date().toString(Qt::ISODate)));
}

void ProgressEntryView::updateButtons()
{
    m_addEvent->setEnabled(m_departmentId != 0);
    m_removeEvent->setEnabled(m_eventsView->selectionModel()->hasSelection());
}

void ProgressEntryView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

template<typename Model>
void ProgressEntryView::showEvidenceMenu(QTableView *table, Model *model, const QPoint &pos)
{
    const QPersistentModelIndex index = table->indexAt(pos);
    if (!index.isValid())
        return;
    const QList<EvidenceFile> files = model->evidence(index.row());
    QMenu menu(this);
    QAction *attach = menu.addAction(tr("Attach Evidence…"), this, [this, model, index] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach Evidence"));
        if (!paths.isEmpty() && index.isValid())
            model->attachEvidence(index.row(), paths);
    });
    attach->setObjectName(QStringLiteral("attachEvidence"));
    QMenu *open = menu.addMenu(tr("Open Evidence"));
    open->menuAction()->setObjectName(QStringLiteral("openEvidence"));
    QMenu *remove = menu.addMenu(tr("Remove Evidence"));
    remove->menuAction()->setObjectName(QStringLiteral("removeEvidence"));
    for (const EvidenceFile &f : files) {
        open->addAction(f.name, this, [this, sha = f.sha256] { openEvidence(sha); });
        remove->addAction(f.name, this, [model, index, sha = f.sha256] {
            if (index.isValid())
                model->removeEvidence(index.row(), sha);
        });
    }
    open->setEnabled(!files.isEmpty());
    remove->setEnabled(!files.isEmpty());
    if (table == m_readingsView) {
        menu.addSeparator();
        QAction *plan = menu.addAction(tr("Monthly Plan…"), this, [this, index] {
            if (index.isValid())
                openPlan(m_readings->metricId(index.row()));
        });
        plan->setObjectName(QStringLiteral("monthlyPlan"));
    }
    menu.exec(table->viewport()->mapToGlobal(pos));
}

PlanDialog *ProgressEntryView::openPlan(Id metricId)
{
    auto *dialog = new PlanDialog(m_workspace, m_edits, metricId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ProgressEntryView::showEventMenu(const QPoint &pos)
{
    const QModelIndex index = m_eventsView->indexAt(pos);
    if (!index.isValid())
        return;
    const DispatchEvent event = m_events->event(index.row());
    QMenu menu(this);
    menu.addAction(tr("Change Event…"), this, [this, index] { editEvent(index); })
        ->setObjectName(QStringLiteral("changeEvent"));
    QMenu *open = menu.addMenu(tr("Open Evidence"));
    open->menuAction()->setObjectName(QStringLiteral("openEvidence"));
    for (const QString &sha : event.evidence) {
        const EvidenceFile file = m_workspace->progress().evidenceFile(sha).value_or(
            EvidenceFile{0, sha, sha.left(12), 0});
        open->addAction(file.name, this, [this, sha] { openEvidence(sha); });
    }
    open->setEnabled(!event.evidence.isEmpty());
    menu.addAction(tr("Remove Event"), this, [this, id = event.id] { m_edits->removeEvent(id); })
        ->setObjectName(QStringLiteral("removeEvent"));
    menu.exec(m_eventsView->viewport()->mapToGlobal(pos));
}

QString ProgressEntryView::exportEvidence(const QString &sha256)
{
    auto file = m_workspace->progress().evidenceFile(sha256);
    if (!file) {
        Q_EMIT m_edits->failed(file.error().message());
        return {};
    }
    auto data = m_workspace->progress().evidenceData(sha256);
    if (!data) {
        Q_EMIT m_edits->failed(data.error().message());
        return {};
    }
    if (!m_exportDir)
        m_exportDir = std::make_unique<QTemporaryDir>();
    // One folder per content, so two files of one name do not overwrite each other; the stored
    // name loses any folders it came with.
    const QString folder = m_exportDir->filePath(sha256.left(16));
    QString name = QFileInfo(file->name).fileName();
    if (name.isEmpty())
        name = sha256;
    const QString path = QDir(folder).filePath(name);
    if (!m_exportDir->isValid() || !QDir().mkpath(folder)) {
        Q_EMIT m_edits->failed(tr("cannot make a temporary folder for “%1”").arg(name));
        return {};
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size() || !out.commit()) {
        Q_EMIT m_edits->failed(
            tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return {};
    }
    return path;
}

void ProgressEntryView::openEvidence(const QString &sha256)
{
    const QString path = exportEvidence(sha256);
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT m_edits->failed(
            tr("No program is set up to open “%1”").arg(QFileInfo(path).fileName()));
}

void ProgressEntryView::addEvent()
{
    if (!m_departmentId)
        return;
    auto *dialog = new EventDialog(m_workspace, m_edits, m_departmentId, m_month, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int row = m_events->rowOfEvent(dialog->eventId());
        if (row >= 0)
            m_eventsView->selectRow(row);
    });
    dialog->open();
}

void ProgressEntryView::editEvent(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    auto *dialog = new EventDialog(m_workspace, m_edits, m_events->event(index.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ProgressEntryView::removeEvent()
{
    const QModelIndex current = m_eventsView->currentIndex();
    if (current.isValid() && m_eventsView->selectionModel()->hasSelection())
        m_edits->removeEvent(m_events->event(current.row()).id);
}

} // namespace cp::ui
