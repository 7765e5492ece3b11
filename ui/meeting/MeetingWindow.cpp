#include "MeetingWindow.h"

#include "MeetingOverlay.h"
#include "charts/ChartView.h"
#include "domain/Format.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressSnapshot.h"
#include "storage/Workspace.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

namespace {

QLabel *label(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    return l;
}

} // namespace

MeetingWindow::MeetingWindow(Workspace *workspace, const MeetingDeck &deck, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_deck(deck)
{
    setObjectName(QStringLiteral("meetingWindow"));
    setWindowTitle(tr("Dispatch Meeting"));
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    QFont cjk = font(); // the charts' CJK face for the whole deck
    cjk.setFamilies(ChartTheme::fontFamilies());
    setFont(cjk);
    m_title = label(QStringLiteral("slideTitle"));
    m_title->setWordWrap(true);
    m_position = label(QStringLiteral("slidePosition"));
    m_clock = label(QStringLiteral("meetingClock"));
    m_note = label(QStringLiteral("presenterNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("slides"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_position);
    header->addSpacing(24);
    header->addWidget(m_clock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_note);
    m_overlay = new MeetingOverlay(m_workspace, this);
    m_overlay->hide();

    m_prepare = new QTimer(this);
    m_prepare->setSingleShot(true);
    connect(m_prepare, &QTimer::timeout, this, &MeetingWindow::prepareNext);
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MeetingWindow::updateHeader);
    m_elapsed.start();
    m_running = true;
    m_tick->start();

    for (int i = 0; i < slideCount(); ++i)
        m_stack->addWidget(new QWidget); // placeholders until shown
    applyTheme();
    goTo(0);
}

MeetingWindow::~MeetingWindow() = default;

QString MeetingWindow::slideTitle(int index) const
{
    if (index < 0 || index >= slideCount())
        return {};
    const MeetingSlide &s = m_deck.slides.at(index);
    return s.title.isEmpty() ? MeetingDeck::defaultTitle(*m_workspace, s, m_deck.month) : s.title;
}

QWidget *MeetingWindow::slideWidget(int index)
{
    if (index < 0 || index >= slideCount())
        return nullptr;
    if (QWidget *built = m_built.value(index))
        return built;
    QWidget *slide = buildSlide(m_deck.slides.at(index));
    QWidget *placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, slide);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_built.insert(index, slide);
    if (auto *chart = qobject_cast<ChartView *>(slide))
        m_charts.insert(index, chart);
    return slide;
}

ChartView *MeetingWindow::chartOf(int index)
{
    slideWidget(index);
    return m_charts.value(index);
}

QWidget *MeetingWindow::buildSlide(const MeetingSlide &slide)
{
    if (slide.kind == MeetingSlide::Kind::Laggards)
        return buildLaggards();
    ChartRequest request;
    request.month = m_deck.month;
    request.regionId = m_deck.regionId;
    request.documentId = slide.documentId;
    request.sectionId = slide.sectionId;
    request.departmentId = slide.departmentId;
    if (slide.metricId)
        request.metricIds = {slide.metricId};
    switch (slide.kind) {
    case MeetingSlide::Kind::Overview:
        request.kind = ChartKind::Overview;
        break;
    case MeetingSlide::Kind::Targets:
    case MeetingSlide::Kind::DepartmentTargets:
        request.kind = ChartKind::Progress;
        break;
    case MeetingSlide::Kind::Ranking:
        request.kind = ChartKind::Ranking;
        break;
    case MeetingSlide::Kind::Trend:
        request.kind = ChartKind::Trend;
        break;
    case MeetingSlide::Kind::HeatMap:
        request.kind = ChartKind::HeatMap;
        break;
    case MeetingSlide::Kind::Laggards:
        break;
    }
    auto *chart = new ChartView(m_workspace);
    chart->setFocusPolicy(Qt::NoFocus); // the keys move between slides
    chart->setTheme(m_theme, m_scale);
    chart->setRequest(request);
    connect(chart, &ChartView::taskActivated, this, &MeetingWindow::showTask);
    connect(chart, &ChartView::metricActivated, this, [this](Id metricId) {
        if (auto metric = m_workspace->metrics().get(metricId))
            showTask(metric->taskId);
    });
    connect(chart, &ChartView::departmentActivated, this, &MeetingWindow::showDepartment);
    return chart;
}

// Who is late with the month's report, and which targets are at risk or will miss by the trend.
QWidget *MeetingWindow::buildLaggards()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("laggards"));
    auto *late = new QListWidget;
    late->setObjectName(QStringLiteral("lateDepartments"));
    auto *risks = new QListWidget;
    risks->setObjectName(QStringLiteral("targetsAtRisk"));
    for (QListWidget *list : {late, risks}) {
        list->setFocusPolicy(Qt::NoFocus);
        list->setWordWrap(true);
    }
    for (const DepartmentScore &s : DispatchScoring::compute(*m_workspace, m_deck.month, m_deck.regionId).value_or({})) {
        if (!s.late)
            continue;
        const ScoreComponent &c = s.component(ScorePart::LateReport);
        auto *item = new QListWidgetItem(c.items.isEmpty() ? s.department : QStringLiteral("%1 — %2").arg(s.department, c.items.first().text), late);
        item->setData(Qt::UserRole, s.departmentId);
    }
    if (late->count() == 0)
        late->addItem(tr("Every department reported on time."));
    const ProgressSnapshot snapshot = ProgressSnapshot::load(*m_workspace, m_deck.month, m_deck.regionId).value_or(ProgressSnapshot());
    for (const ProgressSnapshot::Target *t : snapshot.laggingTargets()) {
        const MetricAssessment &a = t->assessment;
        const Metric &metric = t->track.metric;
        QString text = tr("%1: %2 of %3").arg(metric.label, a.value ? QuantityScale::formatted(*a.value, metric.unit) : tr("not reported"),
                                              formatTarget(metric));
        if (a.forecast && a.forecastMisses)
            text += QLatin1Char(' ') + tr("— by the trend %1 at the end").arg(QuantityScale::formatted(*a.forecast, metric.unit));
        auto *item = new QListWidgetItem(text, risks);
        item->setData(Qt::UserRole, metric.taskId);
    }
    if (risks->count() == 0)
        risks->addItem(tr("No target is at risk."));
    connect(late, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const Id id = item->data(Qt::UserRole).toLongLong())
            showDepartment(id);
    });
    connect(risks, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const Id id = item->data(Qt::UserRole).toLongLong())
            showTask(id);
    });
    auto *lateTitle = new QLabel(tr("Reports late this month"));
    auto *riskTitle = new QLabel(tr("Targets at risk or missing by the trend"));
    for (QLabel *l : {lateTitle, riskTitle})
        l->setObjectName(QStringLiteral("laggardsHeading"));
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    left->addWidget(lateTitle);
    left->addWidget(late, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(riskTitle);
    right->addWidget(risks, 1);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    QFont f = font();
    f.setPointSizeF(QFont().pointSizeF() * m_scale);
    page->setFont(f);
    return page;
}

void MeetingWindow::goTo(int index)
{
    if (slideCount() == 0 || index < 0 || index >= slideCount() || index == m_current)
        return;
    m_overlay->hide();
    m_current = index;
    m_stack->setCurrentWidget(slideWidget(index));
    updateHeader();
    // The other slides are built one at a time while this one is on screen, the next one first,
    // so a jump (End, a slide number) finds its slide ready too.
    m_prepare->start(250);
}

void MeetingWindow::prepareNext()
{
    for (int step = 1; step < slideCount(); ++step) {
        const int index = (m_current + step) % slideCount();
        if (!m_built.contains(index)) {
            slideWidget(index);
            m_prepare->start(100);
            return;
        }
    }
}

void MeetingWindow::updateHeader()
{
    m_title->setText(slideTitle(m_current));
    m_position->setText(tr("%1 / %2").arg(m_current + 1).arg(slideCount()));
    m_clock->setText(timerText());
    const QString note = m_current >= 0 ? m_deck.slides.at(m_current).note : QString();
    m_note->setText(note.isEmpty() ? tr("(no note for this slide)") : note);
}

QString MeetingWindow::timerText() const
{
    const qint64 seconds = (m_elapsedBefore + (m_running ? m_elapsed.elapsed() : 0)) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool MeetingWindow::noteVisible() const
{
    return !m_note->isHidden();
}

void MeetingWindow::setTheme(ChartTheme::Mode mode)
{
    m_theme = mode;
    applyTheme();
}

void MeetingWindow::applyTheme()
{
    const ChartTheme theme(m_theme, m_scale);
    QPalette p = palette();
    const QColor background = theme.background();
    const QColor text = theme.text();
    for (auto role : {QPalette::Window, QPalette::Base})
        p.setColor(role, background);
    for (auto role : {QPalette::WindowText, QPalette::Text})
        p.setColor(role, text);
    setPalette(p);
    QFont big = font();
    big.setPointSizeF(QFont().pointSizeF() * m_scale * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    QFont normal = font();
    normal.setPointSizeF(QFont().pointSizeF() * m_scale);
    for (QLabel *l : {m_position, m_clock, m_note})
        l->setFont(normal);
    m_overlay->setScale(m_scale);
    for (ChartView *chart : std::as_const(m_charts))
        chart->setTheme(m_theme, m_scale);
}

void MeetingWindow::showTask(Id taskId)
{
    m_overlay->showTask(taskId, m_deck.month);
    m_overlay->setGeometry(m_stack->geometry().adjusted(40, 20, -40, -20));
    m_overlay->show();
    m_overlay->raise();
}

void MeetingWindow::showDepartment(Id departmentId)
{
    m_overlay->showDepartment(departmentId, m_deck.regionId, m_deck.month);
    m_overlay->setGeometry(m_stack->geometry().adjusted(40, 20, -40, -20));
    m_overlay->show();
    m_overlay->raise();
}

bool MeetingWindow::overlayVisible() const
{
    return !m_overlay->isHidden();
}

void MeetingWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (overlayVisible())
            m_overlay->hide();
        else
            close();
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        goTo(0);
        return;
    case Qt::Key_End:
        goTo(slideCount() - 1);
        return;
    case Qt::Key_D:
        setTheme(m_theme == ChartTheme::Mode::Dark ? ChartTheme::Mode::Light : ChartTheme::Mode::Dark);
        return;
    case Qt::Key_N:
        m_note->setVisible(m_note->isHidden());
        return;
    case Qt::Key_T:
        if (m_running) {
            m_elapsedBefore += m_elapsed.elapsed();
            m_running = false;
        } else {
            m_elapsed.restart();
            m_running = true;
        }
        updateHeader();
        return;
    case Qt::Key_R:
        m_elapsedBefore = 0;
        m_elapsed.restart();
        updateHeader();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MeetingWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (overlayVisible())
        m_overlay->setGeometry(m_stack->geometry().adjusted(40, 20, -40, -20));
}

void MeetingWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT finished();
    QWidget::closeEvent(event);
}

} // namespace cp::ui
