#pragma once

#include "ReportChart.h"
#include "domain/Month.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPainter;
class QPagedPaintDevice;

namespace cp {

// A column of a report table; widths are shares of the page's text width.
struct ReportColumn
{
    QString title;
    double weight = 1;
    Qt::Alignment align = Qt::AlignLeft;
};

// One row of a report table: cells, or a section heading spanning the table.
struct ReportRow
{
    QStringList cells; // a cell's paragraphs are separated by '\n'
    bool section = false;
};

// What a report says, before it is laid out: a title, lines and paragraphs, tables and charts.
struct ReportBlock
{
    enum class Kind { Title, Subtitle, Heading, Paragraph, Table, Chart, PageBreak };
    ReportBlock(Kind kind = Kind::Paragraph, QString text = {}, QList<ReportColumn> columns = {},
                QList<ReportRow> rows = {})
        : kind(kind), text(std::move(text)), columns(std::move(columns)), rows(std::move(rows))
    {}
    static ReportBlock chartOf(ReportChart chart)
    {
        ReportBlock b(Kind::Chart);
        b.chart = std::make_shared<const ReportChart>(std::move(chart));
        return b;
    }

    Kind kind = Kind::Paragraph;
    QString text;
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool compact = false;                     // a table in smaller type (many columns)
    std::shared_ptr<const ReportChart> chart; // Chart
};

struct ReportDocument
{
    QString title; // the PDF's metadata title
    QList<ReportBlock> blocks;
};

enum class PaperSize { A4, A3 };

struct ReportOptions
{
    PaperSize paper = PaperSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    std::optional<Month>
        month;  // progress as of, or the bulletin's month; default: the latest reported
    QDate date; // printed on; default: today
};

// A report laid out once into pages; paint() draws a page on a PDF writer, a printer or a
// preview alike (one paint path, as Subsurface prints its dive lists).
class ReportLayout
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportLayout)

public:
    // Layout units: 1/720 inch, so fonts get integral pixel sizes (10.5 pt = 105) on any device.
    static constexpr double UnitsPerInch = 720;

    static ReportLayout build(const ReportDocument &document, const ReportOptions &options = {});

    int pageCount() const { return int(m_pages.size()); }
    // Paper, orientation and margins: set it on the QPdfWriter or QPrinter before painting.
    QPageLayout pageLayout() const { return m_pageLayout; }
    const QString &title() const { return m_title; }

    // Draws the page with the painter's origin at the top left of the margins (a QPainter begun
    // on a paged device with pageLayout() set); scales from layout units to the device's dpi.
    void paint(QPainter *painter, int pageIndex) const;
    // Every page on a device whose page layout is already set, newPage() between them.
    Status paintAll(QPagedPaintDevice *device) const;
    // Writes the report as PDF through QSaveFile: nothing is left behind when it fails.
    Status writePdf(const QString &path) const;

    // All text of a page in drawing order (for tests and searches).
    QStringList pageText(int pageIndex) const;

    // WenQuanYi first: Qt's PDFs of Noto CJK extract as Kangxi radicals (U+2F00…), WenQuanYi's do
    // not.
    static QStringList fontFamilies();

private:
    enum class Style {
        Title,
        Subtitle,
        Heading,
        Body,
        Header,
        Section,
        Footer,
        Small,
        SmallHeader
    };
    struct Item
    {
        Item(QRectF rect = {}, QStringList lines = {}, Style style = Style::Body,
             Qt::Alignment align = Qt::AlignLeft, bool frame = false, bool shade = false)
            : rect(rect)
            , lines(std::move(lines))
            , style(style)
            , align(align)
            , frame(frame)
            , shade(shade)
        {}
        QRectF rect;       // layout units, relative to the margins' top left
        QStringList lines; // already wrapped; a chart's: what it shows (for pageText)
        Style style = Style::Body;
        Qt::Alignment align = Qt::AlignLeft;
        bool frame = false;
        bool shade = false;
        std::shared_ptr<const ReportChart> chart; // a chart's categories [first, last)
        qsizetype first = 0, last = 0;
        QString caption; // the chart's title on this page
    };
    struct Page
    {
        QList<Item> items;
    };
    class Builder;
    friend class Builder;

    struct StyleCache;
    static QFont makeFont(Style style);
    static const QFont &font(Style style);
    static const QFontMetricsF &metrics(Style style);
    static double lineHeight(Style style);

    QString m_title;
    QPageLayout m_pageLayout;
    QList<Page> m_pages;
};

} // namespace cp
