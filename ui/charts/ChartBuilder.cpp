#include "ChartBuilder.h"

#include "domain/Format.h"
#include "report/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cp::ui {

namespace {

constexpr ProgressState allStates[] = {ProgressState::Done, ProgressState::OnTrack, ProgressState::Behind,
                                       ProgressState::AtRisk, ProgressState::NotReported, ProgressState::NotDue};

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

QString titleHtml(const ChartData &data, const ChartTheme &theme)
{
    const QString subtitle = data.isEmpty() ? data.emptyText() : data.subtitle;
    return QStringLiteral("<div style=\"text-align:center\"><b>%1</b><br><span style=\"font-size:%2pt;color:%3\">%4</span></div>")
        .arg(data.title.toHtmlEscaped())
        .arg(theme.font(9).pointSizeF(), 0, 'f', 1)
        .arg(theme.mutedText().name(), subtitle.toHtmlEscaped());
}

// Categories run bottom to top in a horizontal bar chart: the first row is the last category.
QStringList reversedUnique(QStringList labels)
{
    std::reverse(labels.begin(), labels.end());
    QSet<QString> used;
    for (QString &label : labels) {
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
    }
    return labels;
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &rowLabels)
{
    // Qt Charts lays labels out as rich text: a < in a task's words must stay a character.
    QStringList escaped;
    for (const QString &label : rowLabels)
        escaped.append(label.toHtmlEscaped());
    auto *axis = new QBarCategoryAxis;
    axis->append(reversedUnique(escaped));
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment alignment, double min, double max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    return axis;
}

void attach(QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

QPen pen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::RoundCap);
    return p;
}

void buildProgress(QChart *chart, const ChartData &data, const ChartTheme &theme)
{
    const int n = int(data.bars.size());
    double largest = 100;
    for (const ProgressBar &b : data.bars)
        largest = std::max({largest, b.share, b.expectedShare.value_or(0)});
    const double axisMax = std::min(200.0, std::ceil(largest / 10.0) * 10.0);

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    for (ProgressState state : allStates) {
        if (std::none_of(data.bars.begin(), data.bars.end(), [state](const ProgressBar &b) { return b.state == state; }))
            continue;
        auto *set = new QBarSet(ProgressStatus::name(state));
        set->setColor(ChartTheme::stateColor(state));
        set->setBorderColor(ChartTheme::stateColor(state));
        set->setProperty("state", int(state));
        for (int c = 0; c < n; ++c) {
            const ProgressBar &b = data.bars.at(ChartBuilder::rowOfCategory(data, c));
            set->append(b.state == state ? std::clamp(b.share, 0.0, axisMax) : 0.0);
        }
        series->append(set);
    }
    chart->addSeries(series);

    QStringList labels;
    for (const ProgressBar &b : data.bars) {
        labels.append(ChartBuilder::tr("%1  %2 / %3 (%4)")
                          .arg(elided(b.label, 18), b.valueText, b.targetText,
                               b.value ? QLocale().toString(b.share, 'f', 0) + QLocale().percent() : QStringLiteral("—")));
    }
    QBarCategoryAxis *y = categoryAxis(chart, labels);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom, 0, axisMax, ChartBuilder::tr("Share of the way to the target (%)"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(axisMax > 120 ? 50 : 20);
    x->setLabelFormat(QStringLiteral("%.0f"));
    attach(series, x, y);

    // Where the path (序时进度) puts the month, as a marker on each bar.
    auto *expected = new QScatterSeries;
    expected->setName(ChartBuilder::expectedSeriesName());
    expected->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    expected->setMarkerSize(9 * theme.scale());
    expected->setColor(theme.text());
    expected->setBorderColor(theme.background());
    for (int c = 0; c < n; ++c) {
        const ProgressBar &b = data.bars.at(ChartBuilder::rowOfCategory(data, c));
        if (b.expectedShare)
            expected->append(std::clamp(*b.expectedShare, 0.0, axisMax), c);
    }
    if (expected->count() > 0) {
        chart->addSeries(expected);
        attach(expected, x, y);
    } else {
        delete expected;
    }

    auto *target = new QLineSeries;
    target->setName(ChartBuilder::targetSeriesName());
    target->setPen(pen(theme.targetLine(), 1.5 * theme.scale(), Qt::DashLine));
    target->append(100, -0.5);
    target->append(100, n - 0.5);
    chart->addSeries(target);
    attach(target, x, y);
}

void buildTrend(QChart *chart, const ChartData &data, const ChartTheme &theme)
{
    Month first = data.trends.first().start, last = data.trends.first().end;
    double largest = 0, smallest = 0;
    QString unit = data.trends.first().unit;
    for (const TrendLine &t : data.trends) {
        first = std::min(first, t.start);
        last = std::max(last, t.end);
        largest = std::max(largest, t.target);
        for (double v : t.readings)
            largest = std::max(largest, v), smallest = std::min(smallest, v);
        for (double v : t.expected)
            largest = std::max(largest, v), smallest = std::min(smallest, v);
        if (t.forecast)
            largest = std::max(largest, *t.forecast), smallest = std::min(smallest, *t.forecast);
        if (t.unit != unit)
            unit.clear();
    }
    const QuantityScale scale = QuantityScale::forValues(largest, unit);

    // Months on a category axis: labels fall on whole months, every month or every few.
    auto *x = new QCategoryAxis;
    const int span = last.index() - first.index();
    const int step = span <= 12 ? 1 : span <= 24 ? 2 : span <= 48 ? 6 : 12;
    for (int i = 0; i <= span; i += step)
        x->append(first.plus(i).toString(), i);
    x->setStartValue(0);
    x->setRange(0, std::max(1, span));
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(ChartBuilder::tr("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    const auto at = [first](Month m) { return qreal(m.index() - first.index()); };
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, scale.scaled(smallest), scale.scaled(largest) * 1.08,
                              scale.unit.isEmpty() ? ChartBuilder::tr("Value") : ChartBuilder::tr("Value (%1)").arg(scale.unit));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g"));

    const bool single = data.trends.size() == 1;
    for (int i = 0; i < data.trends.size(); ++i) {
        const TrendLine &t = data.trends.at(i);
        const QColor color = theme.seriesColor(i);
        const QString prefix = single ? QString() : t.label + QStringLiteral(" · ");

        auto *path = new QLineSeries;
        path->setName(prefix + ChartBuilder::expectedSeriesName());
        path->setPen(pen(single ? theme.pathLine() : color.lighter(130), 1.5 * theme.scale(), Qt::DotLine));
        for (auto it = t.expected.begin(); it != t.expected.end(); ++it)
            path->append(at(it.key()), scale.scaled(it.value()));

        auto *target = new QLineSeries;
        target->setName(prefix + ChartBuilder::targetSeriesName() + QLatin1Char(' ') + formatQuantity(t.target, t.unit));
        target->setPen(pen(single ? theme.targetLine() : color, 1.5 * theme.scale(), Qt::DashDotLine));
        target->append(at(t.start), scale.scaled(t.target));
        target->append(at(t.end), scale.scaled(t.target));

        auto *actual = new QLineSeries;
        actual->setName(single ? ChartBuilder::tr("Reported") : t.label);
        actual->setPen(pen(color, 2.5 * theme.scale()));
        actual->setPointsVisible(t.readings.size() <= 36);
        actual->setProperty("metricId", t.metricId);
        for (auto it = t.readings.begin(); it != t.readings.end(); ++it)
            actual->append(at(it.key()), scale.scaled(it.value()));

        for (QLineSeries *s : {path, target, actual}) {
            if (s->count() == 0 && s != actual) {
                delete s;
                continue;
            }
            chart->addSeries(s);
            attach(s, x, y);
        }
        if (t.forecast && !t.readings.isEmpty()) {
            auto *forecast = new QLineSeries;
            forecast->setName(prefix + ChartBuilder::forecastSeriesName());
            forecast->setPen(pen(t.forecastMisses ? theme.targetLine() : color, 2 * theme.scale(), Qt::DashLine));
            const auto lastReading = std::prev(t.readings.end());
            forecast->append(at(lastReading.key()), scale.scaled(lastReading.value()));
            forecast->append(at(t.end), scale.scaled(*t.forecast));
            chart->addSeries(forecast);
            attach(forecast, x, y);
        }
    }
    // Several targets: the legend names each target's readings; paths, targets and forecasts
    // are told apart by their line style.
    if (!single) {
        const auto series = chart->series();
        for (QAbstractSeries *s : series)
            if (!s->property("metricId").isValid())
                for (QLegendMarker *marker : chart->legend()->markers(s))
                    marker->setVisible(false);
    }
}

QColor componentColor(int component)
{
    return Palette::scoreGroup(ScoreGroup(component));
}

QString rankChange(const RankingRow &row)
{
    if (!row.previousRank)
        return ChartBuilder::tr("new");
    const int change = *row.previousRank - row.score.rank;
    if (change > 0)
        return QStringLiteral("↑%1").arg(change);
    if (change < 0)
        return QStringLiteral("↓%1").arg(-change);
    return QStringLiteral("=");
}

void buildRanking(QChart *chart, const ChartData &data, const ChartTheme &)
{
    const int n = int(data.ranking.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    double low = 0, high = 0;
    for (int component = 0; component < 5; ++component) {
        auto *set = new QBarSet(ChartBuilder::componentName(component));
        set->setColor(componentColor(component));
        set->setBorderColor(componentColor(component));
        for (int c = 0; c < n; ++c) {
            const RankingRow &r = data.ranking.at(ChartBuilder::rowOfCategory(data, c));
            const double parts[] = {r.base, r.progress, r.completion, r.bonus, r.penalties};
            set->append(parts[component]);
        }
        series->append(set);
    }
    for (const RankingRow &r : data.ranking) {
        high = std::max(high, r.base + r.progress + r.completion + r.bonus);
        low = std::min(low, r.penalties);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const RankingRow &r : data.ranking) {
        labels.append(ChartBuilder::tr("%1. %2  %3  %4")
                          .arg(r.score.rank)
                          .arg(elided(r.score.department, 14), QLocale().toString(r.score.score, 'f', 2), rankChange(r)));
    }
    QBarCategoryAxis *y = categoryAxis(chart, labels);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom, std::floor(low / 10) * 10, std::ceil(std::max(10.0, high * 1.02) / 10) * 10,
                              ChartBuilder::tr("Points"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(x->max() - x->min() > 100 ? 20 : 10);
    x->setLabelFormat(QStringLiteral("%.0f"));
    attach(series, x, y);
}

void buildHeatMap(QChart *chart, const ChartData &data, const ChartTheme &theme)
{
    const int rows = int(data.heat.size());
    const int columns = int(data.months.size());
    auto *x = new QCategoryAxis;
    for (int i = 0; i < columns; ++i)
        x->append(data.months.at(i).toString(), i + 0.5);
    x->setStartValue(-0.5);
    x->setRange(-0.5, columns - 0.5);
    x->setGridLineVisible(false);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(x, Qt::AlignBottom);
    auto *y = new QCategoryAxis;
    QSet<QString> used;
    for (int r = rows - 1; r >= 0; --r) {
        QString label = elided(data.heat.at(r).department, 14).toHtmlEscaped();
        while (used.contains(label))
            label += QChar(0x200B);
        used.insert(label);
        y->append(label, rows - 1 - r + 0.5);
    }
    y->setStartValue(-0.5);
    y->setRange(-0.5, rows - 0.5);
    y->setGridLineVisible(false);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart->addAxis(y, Qt::AlignLeft);

    // One scatter series per colour, its markers squares that fill their cells.
    QList<QScatterSeries *> cells;
    auto addSeries = [&](const QString &name, const QColor &color) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        s->setColor(color);
        s->setBorderColor(theme.background());
        cells.append(s);
        return s;
    };
    if (data.request.scoreHeatMap) {
        double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
        for (const HeatRow &r : data.heat)
            for (const HeatCell &c : r.cells)
                if (c.score)
                    low = std::min(low, *c.score), high = std::max(high, *c.score);
        if (low > high)
            low = high = 0;
        constexpr int buckets = 5;
        const double step = high > low ? (high - low) / buckets : 1;
        QList<QScatterSeries *> series;
        for (int b = 0; b < buckets; ++b) {
            const double from = low + b * step, to = b == buckets - 1 ? high : low + (b + 1) * step;
            series.append(addSeries(QStringLiteral("%1–%2").arg(QLocale().toString(from, 'f', 1), QLocale().toString(to, 'f', 1)),
                                    ChartTheme::scoreColor((from + to) / 2, low, high)));
        }
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                if (const auto score = data.heat.at(r).cells.at(c).score)
                    series[std::clamp(int((*score - low) / step), 0, buckets - 1)]->append(c, rows - 1 - r);
    } else {
        QHash<int, QScatterSeries *> byState;
        for (ProgressState state : allStates)
            byState.insert(int(state), addSeries(ProgressStatus::name(state), ChartTheme::stateColor(state)));
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                if (const auto state = data.heat.at(r).cells.at(c).state)
                    byState.value(int(*state))->append(c, rows - 1 - r);
    }
    for (QScatterSeries *s : std::as_const(cells)) {
        if (s->count() == 0) {
            delete s;
            continue;
        }
        chart->addSeries(s);
        attach(s, x, y);
    }
    // Markers are sized in pixels: keep them the size of a cell as the plot area changes.
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, rows, columns](const QRectF &area) {
        const qreal side = std::max<qreal>(2.0, std::min(area.width() / std::max(1, columns), area.height() / std::max(1, rows)) - 1);
        const auto series = chart->series();
        for (QAbstractSeries *s : series)
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                scatter->setMarkerSize(side);
    });
}

void buildOverview(QChart *chart, const ChartData &data, const ChartTheme &)
{
    const int n = int(data.overview.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    int largest = 1;
    for (const OverviewRow &r : data.overview)
        largest = std::max(largest, r.total);
    for (ProgressState state : allStates) {
        if (std::none_of(data.overview.begin(), data.overview.end(), [state](const OverviewRow &r) { return r.tasks.value(state) > 0; }))
            continue;
        auto *set = new QBarSet(ProgressStatus::name(state));
        set->setColor(ChartTheme::stateColor(state));
        set->setBorderColor(ChartTheme::stateColor(state));
        set->setProperty("state", int(state));
        for (int c = 0; c < n; ++c)
            set->append(data.overview.at(ChartBuilder::rowOfCategory(data, c)).tasks.value(state));
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels;
    for (const OverviewRow &r : data.overview)
        labels.append(ChartBuilder::tr("%1  %2/%3 done").arg(elided(r.label, 16)).arg(r.done).arg(r.total));
    QBarCategoryAxis *y = categoryAxis(chart, labels);
    QValueAxis *x = valueAxis(chart, Qt::AlignBottom, 0, largest, ChartBuilder::tr("Tasks"));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    attach(series, x, y);
}

} // namespace

QChart *ChartBuilder::build(const ChartData &data, const ChartTheme &theme)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(titleHtml(data, theme));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!data.isEmpty()) {
        switch (data.request.kind) {
        case ChartKind::Progress:
            buildProgress(chart, data, theme);
            break;
        case ChartKind::Trend:
            buildTrend(chart, data, theme);
            break;
        case ChartKind::Ranking:
            buildRanking(chart, data, theme);
            break;
        case ChartKind::HeatMap:
            buildHeatMap(chart, data, theme);
            break;
        case ChartKind::Overview:
            buildOverview(chart, data, theme);
            break;
        }
    }
    chart->legend()->setVisible(!data.isEmpty());
    theme.apply(chart);
    if (data.request.kind == ChartKind::Trend) // room for the last month's label
        chart->setMargins(QMargins(6, 6, 36, 6) * theme.scale());
    return chart;
}

int ChartBuilder::rowCount(const ChartData &data)
{
    switch (data.request.kind) {
    case ChartKind::Progress:
        return int(data.bars.size());
    case ChartKind::Trend:
        return int(data.trends.size());
    case ChartKind::Ranking:
        return int(data.ranking.size());
    case ChartKind::HeatMap:
        return int(data.heat.size());
    case ChartKind::Overview:
        return int(data.overview.size());
    }
    return 0;
}

int ChartBuilder::rowOfCategory(const ChartData &data, int category)
{
    return rowCount(data) - 1 - category;
}

QString ChartBuilder::expectedSeriesName()
{
    return tr("Expected by now (序时进度)");
}

QString ChartBuilder::targetSeriesName()
{
    return tr("Target");
}

QString ChartBuilder::forecastSeriesName()
{
    return tr("Forecast by the trend");
}

QString ChartBuilder::componentName(int component)
{
    return DispatchScoring::groupName(ScoreGroup(component));
}

} // namespace cp::ui
