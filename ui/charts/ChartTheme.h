#pragma once

#include "progress/ProgressStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cp::ui {

// How charts look: the light theme for the desk and for exported images, the dark one for a
// projector; a CJK font that renders and extracts on Linux (WenQuanYi Micro Hei first, Noto Sans
// CJK after it) at sizes multiplied by a scale for large screens; and the status colours that
// tables and charts share.
class ChartTheme
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ChartTheme)

public:
    enum class Mode { Light, Dark };

    ChartTheme() = default;
    explicit ChartTheme(Mode mode, double scale = 1.0)
        : m_mode(mode)
        , m_scale(scale)
    {}

    Mode mode() const { return m_mode; }
    double scale() const { return m_scale; }

    QFont font(double points = 9, bool bold = false) const;
    QColor background() const;
    QColor text() const;
    QColor mutedText() const;
    QColor grid() const;
    QColor targetLine() const;
    QColor pathLine() const;
    // Colours of further series (trends of several targets), distinct on both backgrounds.
    QColor seriesColor(int index) const;

    // Background, title, legend and every axis of the chart in this theme.
    void apply(QChart *chart) const;

    // A status as a bar or cell is filled: Done green, OnTrack blue, Behind amber, AtRisk red,
    // NotReported grey, NotDue light grey.
    static QColor stateColor(ProgressState state);
    // The same status as a pale table background (none for NotDue).
    static QColor stateBackground(ProgressState state);
    // A dispatch score from low (red) through amber to high (green), for the heat map.
    static QColor scoreColor(double score, double low, double high);

    // The families tried in order for Chinese text.
    static QStringList fontFamilies();

private:
    Mode m_mode = Mode::Light;
    double m_scale = 1.0;
};

// How a chart shows quantities of one unit: values ≥ 1 亿 in 亿, ≥ 1 万 in 万 (15000 亩 → 1.5 万亩).
struct QuantityScale
{
    double divisor = 1;
    QString unit; // "万亩", "亿元", "座", "%"

    static QuantityScale forValues(double largest, const QString &unit);
    double scaled(double value) const { return value / divisor; }
    // The value in this scale, to three or four significant digits, with the unit: 33.6万亩.
    QString format(double value) const;
    // A value in the scale that suits it: 86.93 → 86.9个, 4 076 714 16 元 → 4.08亿元.
    static QString formatted(double value, const QString &unit) { return forValues(value, unit).format(value); }
};

} // namespace cp::ui
