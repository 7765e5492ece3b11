#include "DispatchView.h"

#include "DispatchRulesDialog.h"
#include "charts/ChartData.h"
#include "models/DispatchRankingModel.h"
#include "models/ScoreDetailModel.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

namespace {

QString points(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// Wraps long items of the first column (a late report names every task it missed) at the column's
// width, which QTreeView does not tell its delegate when it asks for a row's height.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != 0)
            return QStyledItemDelegate::sizeHint(option,
                                                 index); // sized to their contents, unwrapped
        int depth = 1;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(
            0, 0, std::max(m_tree->header()->sectionSize(0) - depth * m_tree->indentation(), 1), 1);
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_tree;
};

} // namespace

DispatchView::DispatchView(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_model(new DispatchRankingModel(workspace, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_detailModel(new ScoreDetailModel(this))
    , m_previous(new QToolButton)
    , m_month(new QDateEdit)
    , m_next(new QToolButton)
    , m_regionLabel(new QLabel)
    , m_region(new QComboBox)
    , m_editRules(new QPushButton)
    , m_summary(new QLabel)
    , m_ranking(new QTableView)
    , m_lateHeading(new QLabel)
    , m_late(new QListWidget)
    , m_pending(new QLabel)
    , m_detailHeading(new QLabel)
    , m_detail(new QTreeView)
{
    setObjectName(QStringLiteral("dispatchView"));
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_next->setArrowType(Qt::RightArrow);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    m_month->setDate(m_model->month().firstDay());
    m_region->setObjectName(QStringLiteral("region"));
    m_region->setMinimumContentsLength(12);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionLabel->setBuddy(m_region);
    m_editRules->setObjectName(QStringLiteral("editRules"));
    m_summary->setObjectName(QStringLiteral("rulesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DispatchRankingModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->setModel(m_proxy);
    m_ranking->setSortingEnabled(true);
    m_ranking->sortByColumn(DispatchRankingModel::RankColumn, Qt::AscendingOrder);
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->setWordWrap(false);
    m_ranking->setAlternatingRowColors(true);
    m_ranking->verticalHeader()->setVisible(false);
    m_ranking->verticalHeader()->setDefaultSectionSize(m_ranking->fontMetrics().height() + 8);
    m_ranking->horizontalHeader()->setSectionResizeMode(DispatchRankingModel::DepartmentColumn,
                                                        QHeaderView::Stretch);
    m_ranking->horizontalHeader()->setHighlightSections(false);

    m_lateHeading->setBuddy(m_late);
    m_late->setObjectName(QStringLiteral("lateReports"));
    m_late->setWordWrap(true);
    m_late->setMaximumHeight(m_late->fontMetrics().height() * 6 + 8);
    m_pending->setObjectName(QStringLiteral("reportsPending"));
    m_pending->setWordWrap(true);

    QFont headingFont = m_detailHeading->font();
    headingFont.setBold(true);
    m_detailHeading->setFont(headingFont);
    m_detailHeading->setObjectName(QStringLiteral("detailHeading"));
    m_detailHeading->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("scoreDetail"));
    m_detail->setModel(m_detailModel);
    m_detail->setAlternatingRowColors(true);
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setWordWrap(true);
    m_detail->setItemDelegate(new WrappingDelegate(m_detail));
    // Row heights follow the width the text wraps in.
    connect(m_detail->header(), &QHeaderView::sectionResized, m_detail, &QTreeView::doItemsLayout,
            Qt::QueuedConnection);
    m_detail->header()->setStretchLastSection(false);
    m_detail->header()->setSectionResizeMode(ScoreDetailModel::ItemColumn, QHeaderView::Stretch);
    m_detail->header()->setSectionResizeMode(ScoreDetailModel::PointsColumn,
                                             QHeaderView::ResizeToContents);
    m_detail->header()->setSectionResizeMode(ScoreDetailModel::DetailColumn,
                                             QHeaderView::ResizeToContents);

    // Month and region, then the rules in force; the month's ranking and late departments on the
    // left, where the selected department's score comes from on the right.
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_month);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_regionLabel);
    bar->addWidget(m_region);
    bar->addStretch(1);
    bar->addWidget(m_editRules);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ranking, 1);
    leftLayout->addWidget(m_lateHeading);
    leftLayout->addWidget(m_late);
    leftLayout->addWidget(m_pending);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailHeading);
    rightLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_previous, &QToolButton::clicked, this, [this] { setMonth(month().plus(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { setMonth(month().plus(1)); });
    connect(m_month, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_updating)
            setMonth(Month::of(date));
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            m_model->setRegion(m_region->itemData(index).toLongLong());
    });
    connect(m_editRules, &QPushButton::clicked, this, &DispatchView::openRulesDialog);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ranking->resizeColumnsToContents();
        m_ranking->horizontalHeader()->setSectionResizeMode(DispatchRankingModel::DepartmentColumn,
                                                            QHeaderView::Stretch);
    });
    connect(m_model, &DispatchRankingModel::computed, this, &DispatchView::onComputed);
    connect(m_ranking->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DispatchView::onCurrentRowChanged);
    connect(m_detail, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const Id task = index.data(ScoreDetailModel::TaskIdRole).toLongLong())
            Q_EMIT taskActivated(task);
    });
    connect(m_late, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        selectDepartment(item->data(DispatchRankingModel::DepartmentIdRole).toLongLong());
    });
    connect(m_workspace, &Workspace::opened, this, [this] {
        reloadRegions();
        showDefaults();
    });
    connect(m_workspace, &Workspace::documentsChanged, this, &DispatchView::reloadRegions);
    connect(m_workspace, &Workspace::departmentsChanged, this, &DispatchView::reloadRegions);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        m_updating = true;
        m_region->clear();
        m_updating = false;
    });

    retranslate();
    if (m_workspace->isOpen()) {
        reloadRegions();
        showDefaults();
    }
}

DispatchView::~DispatchView() = default;

void DispatchView::retranslate()
{
    m_previous->setToolTip(tr("Previous month"));
    m_next->setToolTip(tr("Next month"));
    m_regionLabel->setText(tr("&Region:"));
    m_editRules->setText(tr("Dispatch Rules…"));
    m_editRules->setToolTip(
        tr("Base, points, caps and the report deadline of the monthly dispatch"));
    const int all = m_region->findData(Id(0));
    if (all >= 0)
        m_region->setItemText(all, tr("All regions"));
    updateSummary();
    updateLate();
    showDetail();
}

void DispatchView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_workspace->isOpen())
            m_model->recompute(); // the explanations are worded when computed
    }
    QWidget::changeEvent(event);
}

Month DispatchView::month() const
{
    return m_model->month();
}

void DispatchView::setMonth(Month month)
{
    m_monthPending = false;
    m_updating = true;
    m_month->setDate(month.firstDay());
    m_updating = false;
    m_model->setMonth(month);
}

Id DispatchView::regionId() const
{
    return m_model->regionId();
}

void DispatchView::setRegion(Id regionId)
{
    m_updating = true;
    m_region->setCurrentIndex(m_region->findData(regionId));
    m_updating = false;
    m_model->setRegion(regionId);
}

void DispatchView::reloadRegions()
{
    const bool chosen = m_region->count() > 0;
    m_updating = true;
    m_region->clear();
    if (m_workspace->isOpen()) {
        const QList<Region> regions = m_workspace->regions().all().value_or({});
        QHash<Id, QString> names;
        for (const Region &r : regions)
            names.insert(r.id, r.name);
        QSet<Id> withDepartments;
        for (const Department &d : m_workspace->departments().all().value_or({}))
            withDepartments.insert(d.regionId);
        for (const Region &r : regions) {
            if (withDepartments.contains(r.id))
                m_region->addItem(
                    r.parentId ? names.value(r.parentId) + QStringLiteral(" · ") + r.name : r.name,
                    r.id);
        }
        if (m_region->count() > 1)
            m_region->addItem(tr("All regions"), Id(0));
    }
    const int current = m_region->findData(m_model->regionId());
    m_region->setCurrentIndex(current);
    m_updating = false;
    // The region shown has gone (or none was chosen yet): the default one.
    if (chosen && current < 0 && m_region->count() > 0)
        setRegion(defaultRegion());
}

Id DispatchView::defaultRegion() const
{
    for (int i = 0; i < m_region->count(); ++i) {
        const Id region = m_region->itemData(i).toLongLong();
        if (!region)
            continue;
        const auto counts = m_workspace->departments().taskCounts(region).value_or({});
        if (std::any_of(counts.begin(), counts.end(),
                        [](const DepartmentTaskCount &c) { return c.lead + c.cooperating > 0; }))
            return region;
    }
    return m_region->count() > 0 ? m_region->itemData(0).toLongLong() : Id(0);
}

Month DispatchView::latestReportedMonth() const
{
    return ChartData::defaultMonth(*m_workspace);
}

void DispatchView::showDefaults()
{
    setRegion(defaultRegion());
    setMonth(latestReportedMonth());
}

void DispatchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_monthPending)
        setMonth(latestReportedMonth());
}

DispatchRulesDialog *DispatchView::openRulesDialog()
{
    auto *dialog = new DispatchRulesDialog(m_workspace, m_edits, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DispatchView::selectDepartment(Id departmentId)
{
    const int row = m_model->rowOfDepartment(departmentId);
    if (row < 0)
        return;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, DispatchRankingModel::DepartmentColumn));
    m_ranking->setCurrentIndex(index);
    m_ranking->scrollTo(index);
}

// A reset loses the view's selection: the department selected before is selected again, or the
// first one when it is not ranked any more.
void DispatchView::onComputed()
{
    m_updating = true;
    const int row = m_model->rowOfDepartment(m_department);
    const QModelIndex wanted =
        row >= 0
            ? m_proxy->mapFromSource(m_model->index(row, DispatchRankingModel::DepartmentColumn))
            : m_proxy->index(0, DispatchRankingModel::DepartmentColumn);
    if (wanted.isValid() && m_ranking->currentIndex().row() != wanted.row())
        m_ranking->setCurrentIndex(wanted);
    if (wanted.isValid() &&
        !m_ranking->selectionModel()->isRowSelected(wanted.row(), QModelIndex()))
        m_ranking->selectionModel()->select(wanted, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_updating = false;
    const Id selected = wanted.data(DispatchRankingModel::DepartmentIdRole).toLongLong();
    const bool changed = selected != m_department;
    m_department = selected;
    m_ranking->horizontalHeader()->viewport()->update();
    showDetail();
    updateLate();
    updateSummary();
    if (changed)
        Q_EMIT departmentSelected(selected);
}

void DispatchView::onCurrentRowChanged()
{
    if (m_updating)
        return;
    const Id selected =
        m_ranking->currentIndex().data(DispatchRankingModel::DepartmentIdRole).toLongLong();
    if (selected == m_department)
        return;
    m_department = selected;
    showDetail();
    Q_EMIT departmentSelected(selected);
}

void DispatchView::showDetail()
{
    const DepartmentScore *score = m_model->score(m_department);
    if (!score) {
        m_detailModel->clear();
        m_detailHeading->setText(tr("Select a department to see where its score comes from."));
        return;
    }
    const auto ranked =
        std::count_if(m_model->scores().begin(), m_model->scores().end(),
                      [score](const DepartmentScore &s) { return s.regionId == score->regionId; });
    m_detailHeading->setText(tr("%1 — %2 points, rank %3 of %4")
                                 .arg(score->department, points(score->score),
                                      QLocale().toString(score->rank),
                                      QLocale().toString(qlonglong(ranked))));
    m_detailModel->setScore(*score);
    m_detail->expandAll();
}

void DispatchView::updateSummary()
{
    if (!m_model->errorString().isEmpty()) {
        m_summary->setText(m_model->errorString());
        return;
    }
    const DispatchRules &rules = m_model->rules();
    QStringList parts;
    parts.append(rules == DispatchRules() ? tr("002's rules") : tr("Rules changed from 002's"));
    parts.append(rules.leadOnly
                     ? tr("Annual tasks: every task a department leads")
                     : tr("Annual tasks: every task a department leads or cooperates on"));
    parts.append(rules.evidenceRequired ? tr("a task report counts only with evidence")
                                        : tr("a task report counts without evidence"));
    parts.append(tr("reports due by day %1 of the month").arg(rules.reportDeadlineDay));
    if (!rules.automaticLate)
        parts.append(tr("a report is late only when recorded"));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void DispatchView::updateLate()
{
    m_late->clear();
    QList<const DepartmentScore *> late;
    for (const DepartmentScore &s : m_model->scores()) {
        if (s.late)
            late.append(&s);
    }
    std::sort(late.begin(), late.end(), [](const DepartmentScore *a, const DepartmentScore *b) {
        return a->regionId != b->regionId ? a->regionId < b->regionId
               : a->rank != b->rank       ? a->rank < b->rank
                                          : a->department < b->department;
    });
    for (const DepartmentScore *s : std::as_const(late)) {
        // What the deadline check found; where lateness was only recorded as an event, that event.
        QStringList found, recorded;
        for (const ScoreItem &item : s->component(ScorePart::LateReport).items) {
            if (item.eventId)
                recorded.append(tr("late report recorded: %1").arg(item.text));
            else
                found.append(item.text);
        }
        const QString why = (found.isEmpty() ? recorded : found).join(QStringLiteral("；"));
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(s->department, why), m_late);
        item->setData(DispatchRankingModel::DepartmentIdRole, s->departmentId);
        item->setToolTip(item->text());
    }
    m_lateHeading->setText(tr("Late reports: %n department(s)", nullptr, int(late.size())));
    m_pending->setVisible(m_model->reportsPending());
    m_pending->setText(
        tr("Reports for %1 are due by %2: until then no department counts as late.")
            .arg(month().toString(), m_model->reportDeadline().date().toString(Qt::ISODate)));
}

} // namespace cp::ui
