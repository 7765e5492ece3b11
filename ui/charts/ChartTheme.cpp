#include "ChartTheme.h"

#include "report/Palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontDatabase>
#include <QLegend>

#include <cmath>

namespace cp::ui {

QStringList ChartTheme::fontFamilies()
{
    // WenQuanYi first: its glyphs extract as the characters they show (Noto CJK's come back as
    // Kangxi radicals from PDFs), and it renders on every Debian desktop with fonts-wqy-microhei.
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans SC"), QStringLiteral("Sans Serif")};
}

QFont ChartTheme::font(double points, bool bold) const
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(points * m_scale);
    font.setBold(bold);
    return font;
}

QColor ChartTheme::background() const
{
    return m_mode == Mode::Dark ? QColor(0x1e, 0x23, 0x2b) : QColor(Qt::white);
}

QColor ChartTheme::text() const
{
    return m_mode == Mode::Dark ? QColor(0xf0, 0xf2, 0xf5) : QColor(0x21, 0x21, 0x21);
}

QColor ChartTheme::mutedText() const
{
    return m_mode == Mode::Dark ? QColor(0xa8, 0xb0, 0xbb) : QColor(0x61, 0x61, 0x61);
}

QColor ChartTheme::grid() const
{
    return m_mode == Mode::Dark ? QColor(0x3a, 0x42, 0x4e) : QColor(0xe0, 0xe0, 0xe0);
}

QColor ChartTheme::targetLine() const
{
    return m_mode == Mode::Dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor ChartTheme::pathLine() const
{
    return m_mode == Mode::Dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x78, 0x90, 0x9c);
}

QColor ChartTheme::seriesColor(int index) const
{
    const QColor color = Palette::series(index);
    return m_mode == Mode::Dark ? color.lighter(150) : color;
}

void ChartTheme::apply(QChart *chart) const
{
    chart->setBackgroundBrush(background());
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text());
    chart->setTitleFont(font(13, true));
    chart->setMargins(QMargins(6, 6, 6, 6) * m_scale);
    chart->legend()->setLabelColor(text());
    chart->legend()->setFont(font(9));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text());
        axis->setLabelsFont(font(9));
        axis->setTitleBrush(mutedText());
        axis->setTitleFont(font(9));
        axis->setGridLineColor(grid());
        axis->setLinePenColor(mutedText());
        axis->setMinorGridLineColor(grid());
    }
}

QColor ChartTheme::stateColor(ProgressState state)
{
    return Palette::state(state);
}

QColor ChartTheme::stateBackground(ProgressState state)
{
    switch (state) {
    case ProgressState::Done:
        return QColor(200, 230, 201);
    case ProgressState::OnTrack:
        return QColor(187, 222, 251);
    case ProgressState::Behind:
        return QColor(255, 224, 130);
    case ProgressState::AtRisk:
        return QColor(239, 154, 154);
    case ProgressState::NotReported:
        return QColor(224, 224, 224);
    case ProgressState::NotDue:
        return {};
    }
    return {};
}

QColor ChartTheme::scoreColor(double score, double low, double high)
{
    const double t = high > low ? std::clamp((score - low) / (high - low), 0.0, 1.0) : 0.5;
    // red (0) → amber (0.5) → green (1), through HSV hue 0°…120°
    return QColor::fromHsvF(float(t * 120.0 / 360.0), 0.75f, 0.85f);
}

QuantityScale QuantityScale::forValues(double largest, const QString &unit)
{
    const double magnitude = std::abs(largest);
    if (unit == QLatin1String("%") || unit.startsWith(QChar(u'万')) || unit.startsWith(QChar(u'亿')))
        return {1, unit};
    if (magnitude >= 1e8)
        return {1e8, QStringLiteral("亿") + unit};
    if (magnitude >= 1e4)
        return {1e4, QStringLiteral("万") + unit};
    return {1, unit};
}

QString QuantityScale::format(double value) const
{
    const double x = scaled(value);
    const int decimals = std::abs(x) >= 100 ? 0 : std::abs(x) >= 10 ? 1 : 2;
    QLocale locale; // 5000万元, not 5,000万元: quantities with units are written without grouping
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(x, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text + unit;
}

} // namespace cp::ui
