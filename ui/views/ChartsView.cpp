#include "ChartsView.h"

#include "charts/ChartView.h"
#include "domain/Format.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

constexpr ChartKind kinds[] = {ChartKind::Progress, ChartKind::Trend, ChartKind::Ranking, ChartKind::HeatMap, ChartKind::Overview};

void selectData(QComboBox *box, const QVariant &value)
{
    const int row = box->findData(value);
    box->setCurrentIndex(row >= 0 ? row : 0);
}

} // namespace

ChartsView::ChartsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chart(new ChartView(workspace))
    , m_scroll(new QScrollArea)
    , m_kind(new QComboBox)
    , m_region(new QComboBox)
    , m_document(new QComboBox)
    , m_department(new QComboBox)
    , m_target(new QComboBox)
    , m_heatMode(new QComboBox)
    , m_month(new QDateEdit)
    , m_regionLabel(new QLabel)
    , m_documentLabel(new QLabel)
    , m_departmentLabel(new QLabel)
    , m_targetLabel(new QLabel)
    , m_monthLabel(new QLabel)
{
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_region->setObjectName(QStringLiteral("region"));
    m_document->setObjectName(QStringLiteral("document"));
    m_department->setObjectName(QStringLiteral("department"));
    m_target->setObjectName(QStringLiteral("target"));
    m_heatMode->setObjectName(QStringLiteral("heatMode"));
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    for (QComboBox *box : {m_region, m_document, m_department, m_target})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_region->setMinimumContentsLength(8);
    m_document->setMinimumContentsLength(12);
    m_department->setMinimumContentsLength(8);
    m_target->setMinimumContentsLength(14);
    for (ChartKind k : kinds)
        m_kind->addItem(QString(), int(k));
    m_heatMode->addItem(QString(), true);
    m_heatMode->addItem(QString(), false);
    m_regionLabel->setBuddy(m_region);
    m_documentLabel->setBuddy(m_document);
    m_departmentLabel->setBuddy(m_department);
    m_targetLabel->setBuddy(m_target);
    m_monthLabel->setBuddy(m_month);

    // A tool bar: what does not fit a narrow window goes into its overflow menu.
    auto *bar = new QToolBar;
    bar->setObjectName(QStringLiteral("chartBar"));
    const auto add = [this, bar](QWidget *w) { m_barActions.insert(w, bar->addWidget(w)); };
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_regionLabel, m_region, m_monthLabel, m_month, m_documentLabel, m_document,
                                                       m_departmentLabel, m_department, m_targetLabel, m_target, m_heatMode})
        add(w);
    bar->addSeparator();
    // Copy and Save are also in the chart's context menu.
    auto *image = new QToolButton;
    image->setObjectName(QStringLiteral("imageMenu"));
    image->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(image);
    QAction *copy = menu->addAction(QString());
    copy->setObjectName(QStringLiteral("copyChart"));
    QAction *save = menu->addAction(QString());
    save->setObjectName(QStringLiteral("saveChart"));
    image->setMenu(menu);
    auto *present = new QToolButton;
    present->setObjectName(QStringLiteral("present"));
    for (QToolButton *b : {image, present}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        add(b);
    }

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_chart);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_scroll, 1);

    connect(copy, &QAction::triggered, m_chart, &ChartView::copyImage);
    connect(save, &QAction::triggered, m_chart, &ChartView::saveImageAs);
    connect(present, &QToolButton::clicked, this, &ChartsView::presentRequested);
    connect(m_chart, &ChartView::rebuilt, this, &ChartsView::fitChart);
    connect(m_chart, &ChartView::metricActivated, this, &ChartsView::metricActivated);
    connect(m_chart, &ChartView::departmentActivated, this, &ChartsView::departmentActivated);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        apply();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        reloadScope();
        apply();
    });
    connect(m_document, &QComboBox::currentIndexChanged, this, [this] {
        reloadTargets();
        apply();
    });
    for (QComboBox *box : {m_department, m_target, m_heatMode})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartsView::apply);
    connect(m_month, &QDateEdit::dateChanged, this, &ChartsView::apply);
    connect(workspace, &Workspace::opened, this, [this] {
        m_defaultsShown = false;
        reloadRegions();
        if (isVisible())
            showEvent(nullptr);
    });
    connect(workspace, &Workspace::documentsChanged, this, &ChartsView::reloadRegions);
    connect(workspace, &Workspace::departmentsChanged, this, &ChartsView::reloadScope);

    retranslate();
    updateVisibility();
}

void ChartsView::retranslate()
{
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ChartData::kindName(ChartKind(m_kind->itemData(i).toInt())));
    m_heatMode->setItemText(0, tr("Scores"));
    m_heatMode->setItemText(1, tr("Statuses"));
    m_regionLabel->setText(tr("&Region:"));
    m_documentLabel->setText(tr("D&ocument:"));
    m_departmentLabel->setText(tr("De&partment:"));
    m_targetLabel->setText(tr("&Target:"));
    m_monthLabel->setText(tr("&Month:"));
    findChild<QToolButton *>(QStringLiteral("imageMenu"))->setText(tr("Image"));
    findChild<QAction *>(QStringLiteral("copyChart"))->setText(tr("&Copy Image"));
    findChild<QAction *>(QStringLiteral("saveChart"))->setText(tr("&Save Image As…"));
    auto *present = findChild<QToolButton *>(QStringLiteral("present"));
    present->setText(tr("Present (F5)"));
    present->setToolTip(tr("Show the meeting slides full screen"));
    if (m_document->count() > 0)
        m_document->setItemText(0, tr("All documents"));
    if (m_department->count() > 0)
        m_department->setItemText(0, tr("All departments"));
    m_chart->refresh();
}

void ChartsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsView::showEvent(QShowEvent *event)
{
    if (!m_defaultsShown && m_workspace->isOpen()) {
        m_defaultsShown = true;
        const QSignalBlocker blocker(m_month);
        m_month->setDate(ChartData::defaultMonth(*m_workspace).firstDay());
        apply();
    }
    if (event)
        QWidget::showEvent(event);
}

void ChartsView::reloadRegions()
{
    const Id current = m_region->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        if (m_workspace->isOpen()) {
            const auto regions = m_workspace->regions().all().value_or({});
            const auto documents = m_workspace->documents().list().value_or({});
            for (const Region &r : regions) {
                if (std::none_of(documents.begin(), documents.end(), [&r](const Document &d) { return d.regionId == r.id; }))
                    continue;
                m_region->addItem(r.name, r.id);
            }
        }
        // The region whose departments lead most tasks first: that is whose dispatch is run here.
        Id busiest = 0;
        int most = -1;
        for (int i = 0; i < m_region->count() && !current; ++i) {
            int lead = 0;
            for (const DepartmentTaskCount &c : m_workspace->departments().taskCounts(m_region->itemData(i).toLongLong()).value_or({}))
                lead += c.lead;
            if (lead > most)
                most = lead, busiest = m_region->itemData(i).toLongLong();
        }
        selectData(m_region, current ? current : busiest);
    }
    reloadScope();
}

void ChartsView::reloadScope()
{
    m_updating = true;
    const Id region = m_region->currentData().toLongLong();
    const Id document = m_document->currentData().toLongLong();
    const Id department = m_department->currentData().toLongLong();
    m_document->clear();
    m_department->clear();
    m_document->addItem(tr("All documents"), Id(0));
    m_department->addItem(tr("All departments"), Id(0));
    if (m_workspace->isOpen() && region) {
        for (const Document &d : m_workspace->documents().list().value_or({}))
            if (d.regionId == region)
                m_document->addItem(d.title, d.id);
        const auto counts = m_workspace->departments().taskCounts(region).value_or({});
        for (const Department &d : m_workspace->departments().forRegion(region).value_or({}))
            if (counts.value(d.id).lead > 0)
                m_department->addItem(d.name, d.id);
    }
    selectData(m_document, document);
    selectData(m_department, department);
    m_updating = false;
    reloadTargets();
}

void ChartsView::reloadTargets()
{
    const bool updating = m_updating;
    m_updating = true;
    const Id current = m_target->currentData().toLongLong();
    m_target->clear();
    const Id document = m_document->currentData().toLongLong();
    const Id region = m_region->currentData().toLongLong();
    if (m_workspace->isOpen() && (document || region)) {
        const auto metrics = document ? m_workspace->metrics().forDocument(document) : m_workspace->metrics().forRegion(region);
        for (const Metric &m : metrics.value_or({}))
            m_target->addItem(QStringLiteral("%1 %2").arg(m.label, formatTarget(m)), m.id);
    }
    selectData(m_target, current);
    m_updating = updating;
}

void ChartsView::updateVisibility()
{
    const auto kind = ChartKind(m_kind->currentData().toInt());
    const bool documents = kind == ChartKind::Progress || kind == ChartKind::Overview || kind == ChartKind::Trend;
    const auto show = [this](QWidget *w, bool visible) { m_barActions.value(w)->setVisible(visible); };
    show(m_documentLabel, documents);
    show(m_document, documents);
    show(m_departmentLabel, kind == ChartKind::Progress);
    show(m_department, kind == ChartKind::Progress);
    show(m_targetLabel, kind == ChartKind::Trend);
    show(m_target, kind == ChartKind::Trend);
    show(m_heatMode, kind == ChartKind::HeatMap);
}

ChartRequest ChartsView::request() const
{
    ChartRequest r;
    r.kind = ChartKind(m_kind->currentData().toInt());
    r.month = Month::of(m_month->date());
    r.regionId = m_region->currentData().toLongLong();
    if (r.kind == ChartKind::Progress || r.kind == ChartKind::Overview || r.kind == ChartKind::Trend)
        r.documentId = m_document->currentData().toLongLong();
    if (r.kind == ChartKind::Progress)
        r.departmentId = m_department->currentData().toLongLong();
    if (r.kind == ChartKind::Trend && m_target->currentData().toLongLong())
        r.metricIds = {m_target->currentData().toLongLong()};
    r.scoreHeatMap = m_heatMode->currentData().toBool();
    return r;
}

void ChartsView::showRequest(const ChartRequest &request)
{
    m_updating = true;
    selectData(m_kind, int(request.kind));
    updateVisibility();
    if (request.regionId)
        selectData(m_region, request.regionId);
    reloadScope();
    m_updating = true;
    selectData(m_document, request.documentId);
    reloadTargets();
    m_updating = true;
    selectData(m_department, request.departmentId);
    if (!request.metricIds.isEmpty())
        selectData(m_target, request.metricIds.first());
    selectData(m_heatMode, request.scoreHeatMap);
    if (request.month != Month()) {
        const QSignalBlocker blocker(m_month);
        m_month->setDate(request.month.firstDay());
        m_defaultsShown = true;
    }
    m_updating = false;
    apply();
}

void ChartsView::apply()
{
    if (m_updating || !m_workspace->isOpen())
        return;
    m_chart->setRequest(request());
}

void ChartsView::fitChart()
{
    // As tall as the rows need, at least the visible area.
    m_chart->setMinimumHeight(std::min(m_chart->preferredHeight(), 20000));
}

} // namespace cp::ui
