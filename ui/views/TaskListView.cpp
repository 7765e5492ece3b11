#include "TaskListView.h"

#include "TaskItemDelegate.h"
#include "commands/EditActions.h"
#include "models/TaskTableModel.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

const QString kViewsKey = QStringLiteral("views");

} // namespace

TaskListView::TaskListView(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_tasks(new TaskTableModel(workspace, edits, this))
    , m_filter(new TaskFilterModel(this))
    , m_table(new QTableView)
    , m_search(new QLineEdit)
    , m_department(new QComboBox)
    , m_leadOnly(new QCheckBox)
    , m_status(new QComboBox)
    , m_hasTargets(new QCheckBox)
    , m_noLead(new QCheckBox)
    , m_dueCheck(new QCheckBox)
    , m_dueDate(new QDateEdit)
    , m_views(new QComboBox)
    , m_saveView(new QToolButton)
    , m_deleteView(new QToolButton)
    , m_clear(new QToolButton)
    , m_count(new QLabel)
{
    m_filter->setTaskModel(m_tasks);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setMinimumContentsLength(10);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dueDate->setDate(QDate(QDate::currentDate().year(), 12, 31));
    m_dueDate->setEnabled(false);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setMinimumContentsLength(8);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new TaskItemDelegate(workspace, m_filter, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TaskTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setColumnHidden(TaskTableModel::DocumentColumn, true);
    const QList<std::pair<int, int>> widths{{TaskTableModel::DocumentColumn, 200}, {TaskTableModel::NumberColumn, 90},
                                            {TaskTableModel::TitleColumn, 340}, {TaskTableModel::LeadColumn, 140},
                                            {TaskTableModel::CooperatingColumn, 200}, {TaskTableModel::TargetsColumn, 240},
                                            {TaskTableModel::DeadlineColumn, 90}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    // First row: what the planner types and the views they keep; second row: the filters.
    m_search->setMinimumWidth(200);
    auto *searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 3);
    searchBar->addWidget(m_views, 1);
    searchBar->addWidget(m_saveView);
    searchBar->addWidget(m_deleteView);
    searchBar->addWidget(m_clear);
    searchBar->addWidget(m_count);
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_department, 2);
    filterBar->addWidget(m_leadOnly);
    filterBar->addWidget(m_status, 1);
    filterBar->addWidget(m_hasTargets);
    filterBar->addWidget(m_noLead);
    filterBar->addWidget(m_dueCheck);
    filterBar->addWidget(m_dueDate);
    filterBar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchBar);
    layout->addLayout(filterBar);
    layout->addWidget(m_table);

    connect(m_search, &QLineEdit::textChanged, this, &TaskListView::updateFilter);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TaskListView::updateFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TaskListView::updateFilter);
    for (QCheckBox *c : {m_leadOnly, m_hasTargets, m_noLead, m_dueCheck})
        connect(c, &QCheckBox::toggled, this, &TaskListView::updateFilter);
    connect(m_dueCheck, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);
    connect(m_dueDate, &QDateEdit::dateChanged, this, &TaskListView::updateFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] { applyView(TaskFilter()); });
    connect(m_saveView, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save View"), tr("Name of this view:"), QLineEdit::Normal,
                                                   m_views->currentIndex() > 0 ? m_views->currentText() : QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveView(name.trimmed());
    });
    connect(m_deleteView, &QToolButton::clicked, this, [this] {
        if (m_views->currentIndex() <= 0)
            return;
        QJsonObject views = storedViews();
        views.remove(m_views->currentText());
        m_workspace->setMeta(kViewsKey, QString::fromUtf8(QJsonDocument(views).toJson(QJsonDocument::Compact)));
        reloadViews();
    });
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const TaskFilter f = TaskFilter::fromJson(storedViews().value(m_views->itemText(index)).toObject());
        applyView(f);
        Q_EMIT scopeRequested(f);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TaskListView::showColumnMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentTaskChanged(currentTaskId()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TaskListView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TaskListView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TaskListView::updateCount);
    connect(m_filter, &TaskFilterModel::filterChanged, this, &TaskListView::updateCount);
    connect(m_workspace, &Workspace::opened, this, [this] {
        reloadDepartments();
        reloadViews();
    });
    connect(m_workspace, &Workspace::departmentsChanged, this, &TaskListView::reloadDepartments);
    connect(m_workspace, &Workspace::documentsChanged, this, &TaskListView::reloadDepartments);
    retranslate();
    if (m_workspace->isOpen()) {
        reloadDepartments();
        reloadViews();
    }
    updateCount();
}

TaskListView::~TaskListView() = default;

void TaskListView::retranslate()
{
    m_updating = true;
    m_search->setPlaceholderText(tr("Search tasks, units and targets (Ctrl+F)"));
    m_leadOnly->setText(tr("Leads"));
    m_leadOnly->setToolTip(tr("Only tasks the department leads, not those it cooperates on"));
    const int status = m_status->currentIndex();
    m_status->clear();
    m_status->addItem(tr("Any status"));
    for (TaskStatus s : allValues<TaskStatus>())
        m_status->addItem(displayName(s), QVariant::fromValue(s));
    m_status->setCurrentIndex(std::max(0, status));
    m_hasTargets->setText(tr("With targets"));
    m_noLead->setText(tr("No lead"));
    m_dueCheck->setText(tr("Due before"));
    m_saveView->setText(tr("Save View…"));
    m_deleteView->setText(tr("Delete View"));
    m_clear->setText(tr("Clear Filters"));
    if (m_views->count() > 0)
        m_views->setItemText(0, tr("Saved views"));
    if (m_department->count() > 0)
        m_department->setItemText(0, tr("All departments"));
    m_updating = false;
    updateCount();
}

void TaskListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskListView::reloadDepartments()
{
    m_updating = true;
    const Id current = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), Id(0));
    if (m_workspace->isOpen()) {
        QHash<Id, QString> regions;
        for (const Region &r : m_workspace->regions().all().value_or({}))
            regions.insert(r.id, r.name);
        for (const Department &d : m_workspace->departments().all().value_or({}))
            m_department->addItem(QStringLiteral("%1 · %2").arg(regions.value(d.regionId), d.name), d.id);
    }
    m_department->setCurrentIndex(std::max(0, m_department->findData(current)));
    m_updating = false;
    updateFilter();
}

QJsonObject TaskListView::storedViews() const
{
    return QJsonDocument::fromJson(m_workspace->meta(kViewsKey).toUtf8()).object();
}

void TaskListView::reloadViews()
{
    const QString current = m_views->currentText();
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    if (m_workspace->isOpen()) {
        for (const QString &name : storedViews().keys())
            m_views->addItem(name);
    }
    m_views->setCurrentIndex(std::max(0, m_views->findText(current)));
}

QStringList TaskListView::viewNames() const
{
    return storedViews().keys();
}

bool TaskListView::saveView(const QString &name)
{
    QJsonObject views = storedViews();
    views.insert(name, m_filter->filter().toJson());
    if (Status s = m_workspace->setMeta(kViewsKey, QString::fromUtf8(QJsonDocument(views).toJson(QJsonDocument::Compact))); !s) {
        Q_EMIT m_edits->failed(s.error().message());
        return false;
    }
    reloadViews();
    m_views->setCurrentIndex(m_views->findText(name));
    return true;
}

void TaskListView::applyView(const TaskFilter &f)
{
    m_updating = true;
    m_search->setText(f.search);
    m_department->setCurrentIndex(std::max(0, m_department->findData(f.departmentId)));
    m_leadOnly->setChecked(f.leadOnly);
    m_status->setCurrentIndex(f.status ? std::max(0, m_status->findData(QVariant::fromValue(*f.status))) : 0);
    m_hasTargets->setChecked(f.hasMetrics);
    m_noLead->setChecked(f.noLead);
    m_dueCheck->setChecked(f.deadlineBefore.isValid());
    if (f.deadlineBefore.isValid())
        m_dueDate->setDate(f.deadlineBefore);
    m_scopeRegion = f.regionId;
    m_scopeDocument = f.documentId;
    m_scopeSections = f.sectionIds;
    m_updating = false;
    updateFilter();
}

void TaskListView::setScope(Id regionId, const QSet<Id> &regions, Id documentId, const QSet<Id> &sections)
{
    m_scopeRegion = regionId;
    m_scopeRegions = regions;
    m_scopeDocument = documentId;
    m_scopeSections = sections;
    m_filter->setRegionScope(regions);
    m_table->setColumnHidden(TaskTableModel::DocumentColumn, documentId != 0);
    updateFilter();
}

void TaskListView::updateFilter()
{
    if (m_updating)
        return;
    TaskFilter f;
    f.search = m_search->text();
    f.regionId = m_scopeRegion;
    f.documentId = m_scopeDocument;
    f.sectionIds = m_scopeSections;
    f.departmentId = m_department->currentData().toLongLong();
    f.leadOnly = f.departmentId && m_leadOnly->isChecked();
    if (m_status->currentIndex() > 0)
        f.status = m_status->currentData().value<TaskStatus>();
    f.hasMetrics = m_hasTargets->isChecked();
    f.noLead = m_noLead->isChecked();
    if (m_dueCheck->isChecked())
        f.deadlineBefore = m_dueDate->date();
    m_filter->setFilter(f);
}

void TaskListView::updateCount()
{
    m_count->setText(tr("%1 of %n task(s)", nullptr, m_tasks->rowCount()).arg(m_filter->rowCount()));
}

void TaskListView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < TaskTableModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_tasks->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void TaskListView::selectTask(Id taskId)
{
    const int row = m_tasks->rowOfTask(taskId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_tasks->index(row, TaskTableModel::TitleColumn));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

Id TaskListView::currentTaskId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TaskTableModel::TaskIdRole).toLongLong() : Id(0);
}

QList<Id> TaskListView::selectedTaskIds() const
{
    QList<Id> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(i.data(TaskTableModel::TaskIdRole).toLongLong());
    if (ids.isEmpty() && currentTaskId())
        ids.append(currentTaskId());
    return ids;
}

void TaskListView::saveSettings() const
{
    QSettings().setValue(QStringLiteral("TaskList/columns"), m_table->horizontalHeader()->saveState());
}

void TaskListView::restoreSettings()
{
    m_table->horizontalHeader()->restoreState(QSettings().value(QStringLiteral("TaskList/columns")).toByteArray());
}

} // namespace cp::ui
