#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace cp {

// A chart in a printed report, drawn with QPainter as lines, rectangles and text, so that it is
// vector graphics in the PDF and its labels stay text. Bars: a row per category, top to bottom,
// the series stacked (negative values left of zero); lines: the categories along the bottom
// (months), a line per series.
struct ReportChart
{
    enum class Kind { Bars, Lines };
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values; // one per category; NaN: no value (a gap in a line)
        bool dashed = false;
    };

    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QStringList valueLabels; // bars: written after each bar (its score, its count)
    QList<Series> series;
    int decimals = 0; // of the value axis' labels
};

// Measures and paints report charts in the report's layout units (1/720 inch), in the report's
// fonts; ReportLayout places them on pages, splitting bar charts between rows.
class ReportChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportChartPainter)

public:
    // A bar chart's height for rows of categories; a line chart's whole height.
    static double barsHeight(const ReportChart &chart, double width, qsizetype rows);
    static double linesHeight(const ReportChart &chart, double width);
    // The chart's categories [first, last) in rect; title is shown above them.
    static void paint(QPainter *painter, const ReportChart &chart, const QRectF &rect,
                      qsizetype first, qsizetype last, const QString &title);
    // The text the part shows, in drawing order (for tests and searches).
    static QStringList text(const ReportChart &chart, qsizetype first, qsizetype last,
                            const QString &title);

    static QFont titleFont();
    static QFont labelFont();

private:
    static double legendHeight(const ReportChart &chart, double width);
    static double paintLegend(QPainter *painter, const ReportChart &chart, const QRectF &rect);
    static void paintBars(QPainter *painter, const ReportChart &chart, const QRectF &rect,
                          qsizetype first, qsizetype last);
    static void paintLines(QPainter *painter, const ReportChart &chart, const QRectF &rect);
};

} // namespace cp
