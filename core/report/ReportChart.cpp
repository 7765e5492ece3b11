#include "ReportChart.h"

#include "ReportLayout.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cp {

namespace {

constexpr double mm = ReportLayout::UnitsPerInch / 25.4;
constexpr double swatch = 3 * mm;
constexpr double gap = 1.5 * mm;

double lineHeight(const QFont &font, double factor)
{
    return std::ceil(QFontMetricsF(font).height() * factor);
}

double rowHeight()
{
    return lineHeight(ReportChartPainter::labelFont(), 1.12);
}

double titleHeight()
{
    return lineHeight(ReportChartPainter::titleFont(), 1.4);
}

double axisHeight()
{
    return lineHeight(ReportChartPainter::labelFont(), 1.3);
}

// A round step that divides span into about parts pieces: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double span, int parts)
{
    if (span <= 0)
        return 1;
    const double raw = span / parts;
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * magnitude;
}

struct Scale
{
    double low = 0, high = 1, step = 1;
    double x(double value, double left, double right) const
    {
        return left + (value - low) / (high - low) * (right - left);
    }
};

Scale roundedScale(double low, double high, int parts)
{
    if (!(high > low)) {
        low -= 1;
        high += 1;
    }
    Scale s;
    s.step = niceStep(high - low, parts);
    s.low = std::floor(low / s.step + 1e-9) * s.step;
    s.high = std::ceil(high / s.step - 1e-9) * s.step;
    if (s.high <= s.low)
        s.high = s.low + s.step;
    return s;
}

// Bars: from the lowest sum of negative parts (or 0) to the highest sum of positive ones.
Scale barScale(const ReportChart &chart)
{
    double low = 0, high = 0;
    for (qsizetype c = 0; c < chart.categories.size(); ++c) {
        double positive = 0, negative = 0;
        for (const ReportChart::Series &s : chart.series) {
            const double v = s.values.value(c);
            if (std::isfinite(v))
                (v >= 0 ? positive : negative) += v;
        }
        high = std::max(high, positive);
        low = std::min(low, negative);
    }
    return roundedScale(low, std::max(high, low + 1), 6);
}

// Lines: around the values, zero only where they come near it.
Scale lineScale(const ReportChart &chart)
{
    double low = std::numeric_limits<double>::max(), high = std::numeric_limits<double>::lowest();
    for (const ReportChart::Series &s : chart.series) {
        for (double v : s.values) {
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (low > high)
        return roundedScale(0, 1, 4);
    const double pad = std::max((high - low) * 0.08, std::abs(high) * 0.01);
    if (low >= 0 && low - pad < (high - low))
        low = std::max(0.0, low - pad);
    else
        low -= pad;
    return roundedScale(low, high + pad, 5);
}

QString tickText(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// The legend's entries packed in lines of width: the index of each line's first entry.
QList<qsizetype> legendLines(const ReportChart &chart, double width)
{
    const QFontMetricsF metrics(ReportChartPainter::labelFont());
    QList<qsizetype> starts;
    double x = width;
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const double w =
            swatch + gap + metrics.horizontalAdvance(chart.series.at(i).name) + 3 * gap;
        if (x + w > width && (starts.isEmpty() || x > 0)) {
            starts.append(i);
            x = 0;
        }
        x += w;
    }
    return starts;
}

} // namespace

QFont ReportChartPainter::titleFont()
{
    QFont f;
    f.setFamilies(ReportLayout::fontFamilies());
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setPixelSize(100);
    f.setBold(true);
    return f;
}

QFont ReportChartPainter::labelFont()
{
    QFont f = titleFont();
    f.setBold(false);
    f.setPixelSize(85);
    return f;
}

double ReportChartPainter::legendHeight(const ReportChart &chart, double width)
{
    // One series needs no legend: the title says what the bars are.
    if (chart.series.size() < 2)
        return 0;
    return legendLines(chart, width).size() * lineHeight(labelFont(), 1.3);
}

double ReportChartPainter::barsHeight(const ReportChart &chart, double width, qsizetype rows)
{
    return titleHeight() + legendHeight(chart, width) + rows * rowHeight() + axisHeight();
}

double ReportChartPainter::linesHeight(const ReportChart &chart, double width)
{
    return titleHeight() + legendHeight(chart, width) + std::min(55 * mm, width * 0.3) +
           axisHeight();
}

QStringList ReportChartPainter::text(const ReportChart &chart, qsizetype first, qsizetype last,
                                     const QString &title)
{
    QStringList text{title};
    if (chart.series.size() > 1) {
        for (const ReportChart::Series &s : chart.series)
            text.append(s.name);
    }
    if (chart.kind == ReportChart::Kind::Bars) {
        for (qsizetype c = first; c < last; ++c) {
            text.append(chart.categories.value(c));
            text.append(chart.valueLabels.value(c));
        }
    } else {
        text += chart.categories;
    }
    text.removeAll(QString());
    return text;
}

double ReportChartPainter::paintLegend(QPainter *painter, const ReportChart &chart,
                                       const QRectF &rect)
{
    const double height = legendHeight(chart, rect.width());
    if (height == 0)
        return 0;
    const QFont font = labelFont();
    const QFontMetricsF metrics(font);
    const double lh = lineHeight(font, 1.3);
    const QList<qsizetype> starts = legendLines(chart, rect.width());
    painter->setFont(font);
    for (qsizetype line = 0; line < starts.size(); ++line) {
        const qsizetype end = line + 1 < starts.size() ? starts.at(line + 1) : chart.series.size();
        double x = rect.left();
        const double y = rect.top() + line * lh;
        for (qsizetype i = starts.at(line); i < end; ++i) {
            const ReportChart::Series &s = chart.series.at(i);
            const QRectF box(x, y + (lh - swatch) / 2, swatch, swatch);
            if (chart.kind == ReportChart::Kind::Lines) {
                QPen pen(s.color, 0.5 * mm, s.dashed ? Qt::DashLine : Qt::SolidLine);
                painter->setPen(pen);
                painter->drawLine(QPointF(box.left(), box.center().y()),
                                  QPointF(box.right(), box.center().y()));
            } else {
                painter->fillRect(box, s.color);
            }
            painter->setPen(Qt::black);
            painter->drawText(
                QPointF(box.right() + gap, y + (lh - metrics.height()) / 2 + metrics.ascent()),
                s.name);
            x = box.right() + gap + metrics.horizontalAdvance(s.name) + 3 * gap;
        }
    }
    return height;
}

void ReportChartPainter::paint(QPainter *painter, const ReportChart &chart, const QRectF &rect,
                               qsizetype first, qsizetype last, const QString &title)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont tf = titleFont();
    const QFontMetricsF tm(tf);
    painter->setFont(tf);
    painter->setPen(Qt::black);
    const double th = titleHeight();
    painter->drawText(QPointF(rect.left(), rect.top() + (th - tm.height()) / 2 + tm.ascent()),
                      title);
    QRectF body = rect.adjusted(0, th, 0, 0);
    body.setTop(body.top() + paintLegend(painter, chart, body));
    if (chart.kind == ReportChart::Kind::Bars)
        paintBars(painter, chart, body, first, last);
    else
        paintLines(painter, chart, body);
    painter->restore();
}

void ReportChartPainter::paintBars(QPainter *painter, const ReportChart &chart, const QRectF &rect,
                                   qsizetype first, qsizetype last)
{
    const QFont font = labelFont();
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    double labelWidth = 0, valueWidth = 0;
    for (qsizetype c = first; c < last; ++c) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(chart.categories.value(c)));
        valueWidth = std::max(valueWidth, metrics.horizontalAdvance(chart.valueLabels.value(c)));
    }
    labelWidth = std::min(labelWidth + 2 * gap, rect.width() * 0.3);
    const Scale scale = barScale(chart);
    const double left = rect.left() + labelWidth;
    const double right = rect.right() - valueWidth - 2 * gap;
    const double rh = rowHeight();
    const double top = rect.top();
    const double bottom = top + (last - first) * rh;

    // Grid and tick labels first, so the bars lie over them.
    const QPen grid(QColor(0xd0, 0xd0, 0xd0), 0.1 * mm);
    for (double v = scale.low; v <= scale.high + scale.step / 2; v += scale.step) {
        const double x = scale.x(v, left, right);
        painter->setPen(std::abs(v) < scale.step / 1000 ? QPen(QColor(0x40, 0x40, 0x40), 0.2 * mm)
                                                        : grid);
        painter->drawLine(QPointF(x, top), QPointF(x, bottom));
        const QString t = tickText(v, chart.decimals);
        painter->setPen(QColor(0x40, 0x40, 0x40));
        painter->drawText(
            QPointF(x - metrics.horizontalAdvance(t) / 2,
                    bottom + (axisHeight() - metrics.height()) / 2 + metrics.ascent()),
            t);
    }
    for (qsizetype c = first; c < last; ++c) {
        const double y = top + (c - first) * rh;
        const double baseline = y + (rh - metrics.height()) / 2 + metrics.ascent();
        const QString label =
            metrics.elidedText(chart.categories.value(c), Qt::ElideRight, labelWidth - gap);
        painter->setPen(Qt::black);
        painter->drawText(QPointF(left - gap - metrics.horizontalAdvance(label), baseline), label);
        double positive = 0, negative = 0;
        for (const ReportChart::Series &s : chart.series) {
            const double v = s.values.value(c);
            if (!std::isfinite(v) || v == 0)
                continue;
            double &end = v > 0 ? positive : negative;
            const double x0 = scale.x(end, left, right);
            end += v;
            const double x1 = scale.x(end, left, right);
            painter->fillRect(QRectF(QPointF(std::min(x0, x1), y + rh * 0.15),
                                     QPointF(std::max(x0, x1), y + rh * 0.85)),
                              s.color);
        }
        const QString value = chart.valueLabels.value(c);
        if (!value.isEmpty()) {
            painter->setPen(Qt::black);
            painter->drawText(QPointF(scale.x(positive, left, right) + gap, baseline), value);
        }
    }
}

void ReportChartPainter::paintLines(QPainter *painter, const ReportChart &chart, const QRectF &rect)
{
    const QFont font = labelFont();
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const Scale scale = lineScale(chart);
    double tickWidth = 0;
    for (double v = scale.low; v <= scale.high + scale.step / 2; v += scale.step)
        tickWidth = std::max(tickWidth, metrics.horizontalAdvance(tickText(v, chart.decimals)));
    const double left = rect.left() + tickWidth + 2 * gap;
    const double right = rect.right() - gap;
    const double top = rect.top() + metrics.height() / 2;
    const double bottom = rect.bottom() - axisHeight();
    const auto y = [&](double v) {
        return bottom - (v - scale.low) / (scale.high - scale.low) * (bottom - top);
    };

    const QPen grid(QColor(0xd0, 0xd0, 0xd0), 0.1 * mm);
    for (double v = scale.low; v <= scale.high + scale.step / 2; v += scale.step) {
        painter->setPen(grid);
        painter->drawLine(QPointF(left, y(v)), QPointF(right, y(v)));
        const QString t = tickText(v, chart.decimals);
        painter->setPen(QColor(0x40, 0x40, 0x40));
        painter->drawText(QPointF(left - gap - metrics.horizontalAdvance(t),
                                  y(v) - metrics.height() / 2 + metrics.ascent()),
                          t);
    }
    painter->setPen(QPen(QColor(0x40, 0x40, 0x40), 0.2 * mm));
    painter->drawLine(QPointF(left, bottom), QPointF(right, bottom));

    const qsizetype n = chart.categories.size();
    const double step = n > 0 ? (right - left) / double(n) : 0;
    const auto x = [&](qsizetype c) { return left + step * (double(c) + 0.5); };
    // Every category's label where they fit, else every second or third one.
    double widest = 0;
    for (const QString &c : chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(c));
    const qsizetype every =
        std::max<qsizetype>(1, qsizetype(std::ceil((widest + gap) / std::max(step, 1.0))));
    painter->setPen(QColor(0x40, 0x40, 0x40));
    for (qsizetype c = 0; c < n; c += every) {
        const QString &label = chart.categories.at(c);
        painter->drawText(
            QPointF(x(c) - metrics.horizontalAdvance(label) / 2,
                    bottom + (axisHeight() - metrics.height()) / 2 + metrics.ascent()),
            label);
    }
    for (const ReportChart::Series &s : chart.series) {
        QPen pen(s.color, 0.45 * mm, s.dashed ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        QPainterPath path;
        bool open = false;
        for (qsizetype c = 0; c < n; ++c) {
            const double v = s.values.value(c, std::numeric_limits<double>::quiet_NaN());
            if (!std::isfinite(v)) {
                open = false;
                continue;
            }
            const QPointF p(x(c), y(v));
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
        }
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.color);
        for (qsizetype c = 0; c < n; ++c) {
            const double v = s.values.value(c, std::numeric_limits<double>::quiet_NaN());
            if (std::isfinite(v))
                painter->drawEllipse(QPointF(x(c), y(v)), 0.6 * mm, 0.6 * mm);
        }
    }
}

} // namespace cp
