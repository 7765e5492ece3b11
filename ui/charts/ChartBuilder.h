#pragma once

#include "ChartData.h"
#include "ChartTheme.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cp::ui {

// Turns chart data into a QChart: horizontal bars coloured by status (one QBarSet per status, so
// the legend names them), lines for trends, stacked score components for the ranking, status or
// score cells for the heat map. Rows are laid out top to bottom in the data's order.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cp::ui::ChartBuilder)

public:
    static QChart *build(const ChartData &data, const ChartTheme &theme);

    // The row a bar chart's category index stands for (categories run bottom to top).
    static int rowOfCategory(const ChartData &data, int category);
    // How many rows (bars, departments) the chart has.
    static int rowCount(const ChartData &data);

    // The names the sets and series carry (tests and click handling look them up by these).
    static QString expectedSeriesName();
    static QString targetSeriesName();
    static QString forecastSeriesName();
    static QString componentName(int component); // 0 base … 4 penalties
};

} // namespace cp::ui
