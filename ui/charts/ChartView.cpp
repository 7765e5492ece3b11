#include "ChartView.h"

#include "ChartBuilder.h"
#include "storage/Workspace.h"

#include <QBarSet>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QImageWriter>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QScatterSeries>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace cp::ui {

namespace {

// Lays a chart out at a size in its own scene and paints it: images and SVG come out the same
// whatever size the view on screen has.
void paintChart(const ChartData &data, const ChartTheme &theme, QPainter *painter, const QSize &size)
{
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::build(data, theme);
    scene.addItem(chart); // the scene deletes it
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.render(painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace

ChartView::ChartView(Workspace *workspace, QWidget *parent)
    : QChartView(parent)
    , m_workspace(workspace)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
        else
            m_timer.start(); // stays stale until shown; cheap to retry
    });
    for (auto signal : {&Workspace::progressChanged, &Workspace::documentsChanged, &Workspace::opened,
                        &Workspace::dispatchRulesChanged})
        connect(workspace, signal, this, &ChartView::scheduleRefresh);
    connect(workspace, &Workspace::tasksChanged, this, &ChartView::scheduleRefresh);
    connect(workspace, &Workspace::departmentsChanged, this, &ChartView::scheduleRefresh);
    connect(workspace, &Workspace::metricsChanged, this, &ChartView::scheduleRefresh);
}

void ChartView::scheduleRefresh()
{
    m_timer.start();
}

void ChartView::setRequest(const ChartRequest &request)
{
    m_request = request;
    refresh();
}

void ChartView::setTheme(ChartTheme::Mode mode, double scale)
{
    m_theme = ChartTheme(mode, scale);
    setBackgroundBrush(m_theme.background());
    rebuild();
}

void ChartView::setNow(const QDateTime &now)
{
    m_now = now;
}

void ChartView::refresh()
{
    m_timer.stop();
    if (!m_workspace->isOpen()) {
        m_data = ChartData();
        m_data.request = m_request;
        m_error.clear();
        rebuild();
        return;
    }
    auto loaded = ChartData::load(*m_workspace, m_request, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    if (loaded) {
        m_data = std::move(*loaded);
        m_error.clear();
    } else {
        m_data = ChartData();
        m_data.request = m_request;
        m_data.title = ChartData::kindName(m_request.kind);
        m_error = loaded.error().message();
    }
    rebuild();
}

void ChartView::setData(const ChartData &data)
{
    m_timer.stop();
    m_request = data.request;
    m_data = data;
    m_error.clear();
    rebuild();
}

void ChartView::rebuild()
{
    QChart *old = chart();
    QChart *built = ChartBuilder::build(m_data, m_theme);
    if (!m_error.isEmpty())
        built->setTitle(QStringLiteral("<b>%1</b><br>%2").arg(m_data.title.toHtmlEscaped(), m_error.toHtmlEscaped()));
    setChart(built);
    delete old; // setChart() gives the previous chart back to us
    // The scene polishes a new chart when it first paints it, and the legend then lays itself out
    // again and the chart is painted twice: polish and lay out a shown chart before it is painted.
    if (isVisible() && updatesEnabled()) {
        setUpdatesEnabled(false);
        QCoreApplication::sendPostedEvents(scene(), QEvent::MetaCall);
        if (built->layout())
            built->layout()->activate();
        QCoreApplication::sendPostedEvents(built->legend(), QEvent::LayoutRequest);
        setUpdatesEnabled(true);
    }
    connectClicks();
    Q_EMIT rebuilt();
}

void ChartView::connectClicks()
{
    const auto series = chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                connect(set, &QBarSet::clicked, this, [this](int category) {
                    const int row = ChartBuilder::rowOfCategory(m_data, category);
                    if (m_data.request.kind == ChartKind::Progress && row >= 0 && row < m_data.bars.size())
                        Q_EMIT metricActivated(m_data.bars.at(row).metricId);
                    else if (m_data.request.kind == ChartKind::Ranking && row >= 0 && row < m_data.ranking.size())
                        Q_EMIT departmentActivated(m_data.ranking.at(row).score.departmentId);
                });
            }
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && m_data.request.kind == ChartKind::HeatMap) {
            connect(scatter, &QScatterSeries::clicked, this, [this](const QPointF &point) {
                const int row = int(m_data.heat.size()) - 1 - qRound(point.y());
                if (row >= 0 && row < m_data.heat.size())
                    Q_EMIT departmentActivated(m_data.heat.at(row).departmentId);
            });
        } else if (auto *line = qobject_cast<QLineSeries *>(s); line && line->property("metricId").isValid()) {
            const Id metricId = line->property("metricId").toLongLong();
            connect(line, &QLineSeries::clicked, this, [this, metricId] { Q_EMIT metricActivated(metricId); });
        }
    }
}

int ChartView::preferredHeight() const
{
    const int rows = ChartBuilder::rowCount(m_data);
    // Qt Charts drops a category label that does not fit its row with some padding.
    const double line = QFontMetricsF(m_theme.font(9)).height() * 1.3 + 12;
    const int chrome = int(180 * m_theme.scale());
    if (m_data.request.kind == ChartKind::Trend)
        return int(420 * m_theme.scale());
    return chrome + int(std::max(rows, 3) * line);
}

QImage ChartView::renderImage(const QSize &size) const
{
    return renderImage(m_data, m_theme, size);
}

QImage ChartView::renderImage(const ChartData &data, const ChartTheme &theme, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.background());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(data, theme, &painter, size);
    return image;
}

QByteArray ChartView::svg(const QSize &size) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(m_data.title);
    generator.setDescription(m_data.subtitle);
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(m_data, m_theme, &painter, size);
    painter.end();
    return buffer.data();
}

Status ChartView::saveImage(const QString &path, const QSize &size) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("svg")) {
        bytes = svg(size);
    } else {
        if (!QImageWriter::supportedImageFormats().contains(suffix.toLatin1()))
            return Error(tr("%1: cannot write images of type “%2”; use .png or .svg").arg(path, suffix));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!renderImage(size).save(&buffer, suffix.toLatin1().constData()))
            return Error(tr("%1: the image could not be encoded").arg(path));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(tr("%1: %2").arg(path, file.errorString()));
    return {};
}

void ChartView::copyImage()
{
    QGuiApplication::clipboard()->setImage(renderImage(size()));
}

void ChartView::saveImageAs()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_data.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), documents + QLatin1Char('/') + name + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    const QSize imageSize = size().width() >= 400 ? size() * 2 : QSize(1600, std::max(900, preferredHeight() * 2));
    if (Status saved = saveImage(path, imageSize); !saved)
        QMessageBox::warning(this, tr("Save Chart"), saved.error().message());
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy Image"), this, &ChartView::copyImage);
    menu.addAction(tr("&Save Image As…"), this, &ChartView::saveImageAs);
    menu.exec(event->globalPos());
}

} // namespace cp::ui
