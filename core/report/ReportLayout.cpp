#include "ReportLayout.h"

#include "Logging.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cp {

namespace {

constexpr double unitsPerMm = ReportLayout::UnitsPerInch / 25.4;
constexpr double cellPadX = 1.5 * unitsPerMm;
constexpr double cellPadY = 1.0 * unitsPerMm;
constexpr double footerHeight = 8 * unitsPerMm; // page numbers, inside the bottom margin's edge

// Margins in mm: GB/T 9704 gives 37/28/35/26 for portrait; a landscape ledger keeps the binding
// edge (left) wide and the others near 20 mm, as county offices print them.
QMarginsF marginsFor(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Landscape ? QMarginsF(28, 22, 20, 16)
                                                 : QMarginsF(28, 37, 26, 20);
}

QStringList wrap(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    QTextOption option;
    // Chinese breaks between any two characters; UAX #14 still keeps 、，。 off a line's start.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            lines.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    return lines;
}

} // namespace

QStringList ReportLayout::fontFamilies()
{
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("sans-serif")};
}

// A style's font and metrics, made once per thread (fonts resolve per thread in Qt).
struct ReportLayout::StyleCache
{
    static constexpr int Count = int(Style::SmallHeader) + 1;
    QFont fonts[Count];
    std::optional<QFontMetricsF> metrics[Count];
    double lineHeights[Count] = {};

    static StyleCache &get()
    {
        thread_local std::unique_ptr<StyleCache> cache;
        if (!cache) {
            cache = std::make_unique<StyleCache>();
            for (int i = 0; i < Count; ++i) {
                cache->fonts[i] = makeFont(Style(i));
                cache->metrics[i].emplace(cache->fonts[i]);
                cache->lineHeights[i] = std::ceil(cache->metrics[i]->height() * 1.3);
            }
        }
        return *cache;
    }
};

const QFont &ReportLayout::font(Style style)
{
    return StyleCache::get().fonts[int(style)];
}

const QFontMetricsF &ReportLayout::metrics(Style style)
{
    return *StyleCache::get().metrics[int(style)];
}

QFont ReportLayout::makeFont(Style style)
{
    static const bool checked =
        [] {
            if (!QFontDatabase::families().contains(fontFamilies().constFirst()))
                qCWarning(lcReport)
                    << "WenQuanYi Micro Hei is not installed; PDF text may not extract correctly";
            return true;
        }();
    Q_UNUSED(checked);
    QFont f;
    f.setFamilies(fontFamilies());
    f.setHintingPreference(QFont::PreferNoHinting);
    // Pixel sizes in layout units (1/720 inch): tenths of a point.
    switch (style) {
    case Style::Title:
        f.setPixelSize(180);
        f.setBold(true);
        break; // 小二
    case Style::Heading:
        f.setPixelSize(140);
        f.setBold(true);
        break; // 四号
    case Style::Subtitle:
        f.setPixelSize(105);
        break; // 五号
    case Style::Header:
        f.setPixelSize(100);
        f.setBold(true);
        break;
    case Style::Section:
        f.setPixelSize(105);
        f.setBold(true);
        break;
    case Style::Footer:
        f.setPixelSize(90);
        break;
    case Style::Body:
        f.setPixelSize(100);
        break;
    case Style::SmallHeader:
        f.setPixelSize(85);
        f.setBold(true);
        break;
    case Style::Small:
        f.setPixelSize(85);
        break;
    }
    return f;
}

// Flows blocks down pages: tables repeat their header on each page, rows move whole to the next
// page, and only a row taller than a page is split between its lines.
class ReportLayout::Builder
{
public:
    Builder(ReportLayout &layout, QSizeF content)
        : m_layout(layout), m_width(content.width()), m_bodyHeight(content.height() - footerHeight)
    {
        newPage();
    }

    void add(const ReportBlock &block)
    {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            addText(block.text, Style::Title, Qt::AlignHCenter, 3 * unitsPerMm, 0);
            break;
        case ReportBlock::Kind::Subtitle:
            addText(block.text, Style::Subtitle, Qt::AlignHCenter, 1 * unitsPerMm, 0);
            break;
        case ReportBlock::Kind::Heading:
            addText(block.text, Style::Heading, Qt::AlignLeft, 2 * unitsPerMm,
                    4 * lineHeight(Style::Body));
            break;
        case ReportBlock::Kind::Paragraph:
            addText(block.text, Style::Body, Qt::AlignLeft, 2 * unitsPerMm, 0);
            break;
        case ReportBlock::Kind::Table:
            addTable(block);
            break;
        case ReportBlock::Kind::Chart:
            if (block.chart)
                addChart(block.chart);
            break;
        case ReportBlock::Kind::PageBreak:
            if (m_y > 0)
                newPage();
            break;
        }
    }

    void finish()
    {
        const int count = int(m_layout.m_pages.size());
        for (int i = 0; i < count; ++i) {
            Item footer;
            footer.rect = QRectF(0, m_bodyHeight + footerHeight - lineHeight(Style::Footer),
                                 m_width, lineHeight(Style::Footer));
            footer.lines = {tr("Page %1 of %2").arg(i + 1).arg(count)};
            footer.style = Style::Footer;
            footer.align = Qt::AlignHCenter;
            m_layout.m_pages[i].items.append(footer);
        }
    }

private:
    void newPage()
    {
        m_layout.m_pages.append(Page());
        m_y = 0;
    }
    double space() const { return m_bodyHeight - m_y; }
    void place(Item item) { m_layout.m_pages.last().items.append(std::move(item)); }

    // Lines one by one, so a long paragraph continues on the next page; keepWithNext is room
    // wanted below the first line (a heading is not left alone at a page's foot).
    void addText(const QString &text, Style style, Qt::Alignment align, double spaceAfter,
                 double keepWithNext)
    {
        const double lh = lineHeight(style);
        const QStringList lines = wrap(text, font(style), m_width);
        if (m_y > 0 && space() < lh + keepWithNext)
            newPage();
        for (const QString &line : lines) {
            if (space() < lh)
                newPage();
            place(Item{QRectF(0, m_y, m_width, lh), {line}, style, align, false, false});
            m_y += lh;
        }
        m_y += spaceAfter;
    }

    void placeChart(const std::shared_ptr<const ReportChart> &chart, double height, qsizetype first,
                    qsizetype last, const QString &caption)
    {
        Item item;
        item.rect = QRectF(0, m_y, m_width, height);
        item.chart = chart;
        item.first = first;
        item.last = last;
        item.caption = caption;
        item.lines = ReportChartPainter::text(*chart, first, last, caption);
        place(std::move(item));
        m_y += height;
    }

    // A line chart moves whole to the next page; a bar chart too where it fits on one, else its
    // rows continue on the next pages under the title repeated.
    void addChart(const std::shared_ptr<const ReportChart> &chart)
    {
        const ReportChart &c = *chart;
        if (c.kind == ReportChart::Kind::Lines) {
            const double height =
                std::min(ReportChartPainter::linesHeight(c, m_width), m_bodyHeight);
            if (m_y > 0 && space() < height)
                newPage();
            placeChart(chart, height, 0, c.categories.size(), c.title);
            m_y += 3 * unitsPerMm;
            return;
        }
        const qsizetype n = c.categories.size();
        const double chrome = ReportChartPainter::barsHeight(c, m_width, 0);
        const double row = ReportChartPainter::barsHeight(c, m_width, 1) - chrome;
        const double whole = chrome + n * row;
        if (m_y > 0 && space() < whole && whole <= m_bodyHeight)
            newPage();
        qsizetype from = 0;
        do {
            qsizetype fit = qsizetype((space() - chrome) / row);
            if (fit < std::min<qsizetype>(3, n - from) && m_y > 0) {
                newPage();
                fit = qsizetype((space() - chrome) / row);
            }
            const qsizetype to = std::min(n, from + std::max<qsizetype>(1, fit));
            placeChart(chart, chrome + (to - from) * row, from, to,
                       from == 0 ? c.title : tr("%1 (continued)").arg(c.title));
            from = to;
        } while (from < n);
        m_y += 3 * unitsPerMm;
    }

    struct Laid
    {
        QList<QStringList> cells; // wrapped lines per column (one for a section row)
        int lines = 0;
        bool section = false;
    };

    void addTable(const ReportBlock &table)
    {
        double total = 0;
        for (const ReportColumn &c : table.columns)
            total += c.weight;
        QList<double> x{0}, widths;
        for (const ReportColumn &c : table.columns) {
            widths.append(m_width * c.weight / total);
            x.append(x.last() + widths.last());
        }
        const Style body = table.compact ? Style::Small : Style::Body;
        const Style header = table.compact ? Style::SmallHeader : Style::Header;
        const double lh = lineHeight(body);
        QList<QStringList> titles;
        int titleLines = 1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            titles.append(
                wrap(table.columns.at(c).title, font(header), widths.at(c) - 2 * cellPadX));
            titleLines = std::max(titleLines, int(titles.last().size()));
        }
        const double headerHeight = titleLines * lineHeight(header) + 2 * cellPadY;
        const auto placeHeader = [&] {
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                place(Item{QRectF(x.at(c), m_y, widths.at(c), headerHeight), titles.at(c), header,
                           Qt::AlignHCenter | Qt::AlignVCenter, true, true});
            m_y += headerHeight;
        };

        QList<Laid> rows;
        rows.reserve(table.rows.size());
        for (const ReportRow &row : table.rows) {
            Laid laid;
            laid.section = row.section;
            if (row.section) {
                laid.cells.append(
                    wrap(row.cells.value(0), font(Style::Section), m_width - 2 * cellPadX));
            } else {
                for (qsizetype c = 0; c < table.columns.size(); ++c)
                    laid.cells.append(
                        wrap(row.cells.value(c), font(body), widths.at(c) - 2 * cellPadX));
            }
            for (const QStringList &cell : std::as_const(laid.cells))
                laid.lines = std::max(laid.lines, int(cell.size()));
            rows.append(laid);
        }
        const auto heightOf = [&](const Laid &r, int lines) {
            return lines * (r.section ? lineHeight(Style::Section) : lh) + 2 * cellPadY;
        };

        // The header with at least one line of the first row, else the table starts on a new page.
        if (m_y > 0 && space() < headerHeight + (rows.isEmpty() ? 0 : heightOf(rows.first(), 1)))
            newPage();
        placeHeader();
        const double pageRoom = m_bodyHeight - headerHeight;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Laid &row = rows.at(i);
            const bool section = row.section;
            const double height = heightOf(row, row.lines);
            // A section heading moves with the row that follows it (or the first lines of one
            // taller than a page), so no heading is left alone at a page's foot.
            double keep = 0;
            if (section && i + 1 < rows.size()) {
                const Laid &next = rows.at(i + 1);
                keep = heightOf(next, next.lines);
                if (keep > pageRoom)
                    keep = heightOf(next, std::min(3, next.lines));
            }
            if (height <= pageRoom && space() < height + keep) {
                newPage();
                placeHeader();
            }
            int from = 0;
            while (from < row.lines) {
                const double lineH = heightOf(row, 1) - 2 * cellPadY;
                int fit = int((space() - 2 * cellPadY) / lineH);
                if (fit < std::min(3, row.lines - from)) {
                    newPage();
                    placeHeader();
                    fit = int((space() - 2 * cellPadY) / lineH);
                }
                const int to = std::min(row.lines, from + std::max(1, fit));
                const double h = heightOf(row, to - from);
                if (section) {
                    place(Item{QRectF(0, m_y, m_width, h), row.cells.first().mid(from, to - from),
                               Style::Section, Qt::AlignLeft, true, true});
                } else {
                    for (qsizetype c = 0; c < row.cells.size(); ++c)
                        place(Item{QRectF(x.at(c), m_y, widths.at(c), h),
                                   row.cells.at(c).mid(from, to - from), body,
                                   table.columns.at(c).align, true, false});
                }
                m_y += h;
                from = to;
            }
        }
        m_y += 3 * unitsPerMm;
    }

    ReportLayout &m_layout;
    double m_width;
    double m_bodyHeight;
    double m_y = 0;
};

ReportLayout ReportLayout::build(const ReportDocument &document, const ReportOptions &options)
{
    ReportLayout layout;
    layout.m_title = document.title;
    const QPageSize size(options.paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4);
    layout.m_pageLayout = QPageLayout(size, options.orientation, marginsFor(options.orientation),
                                      QPageLayout::Millimeter);
    const QRectF content = layout.m_pageLayout.paintRect(QPageLayout::Point);
    Builder builder(layout, content.size() * (UnitsPerInch / 72));
    for (const ReportBlock &block : document.blocks)
        builder.add(block);
    builder.finish();
    return layout;
}

void ReportLayout::paint(QPainter *painter, int pageIndex) const
{
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return;
    painter->save();
    const QPaintDevice *device = painter->device();
    painter->scale(device->logicalDpiX() / UnitsPerInch, device->logicalDpiY() / UnitsPerInch);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const QPen rule(QColor(0x40, 0x40, 0x40), 0.25 * unitsPerMm);
    const QPen ink(Qt::black);
    const QColor shade(0xEE, 0xEE, 0xEE);
    painter->setBrush(Qt::NoBrush);
    // Pen and font change only where an item needs another: each change is a state change in
    // the PDF's content stream, and a ledger has tens of thousands of cells.
    int currentFont = -1; // none set yet
    const QPen *currentPen = nullptr;
    const auto usePen = [&](const QPen &pen) {
        if (currentPen != &pen) {
            painter->setPen(pen);
            currentPen = &pen;
        }
    };
    for (const Item &item : m_pages.at(pageIndex).items) {
        if (item.chart) {
            ReportChartPainter::paint(painter, *item.chart, item.rect, item.first, item.last,
                                      item.caption);
            currentFont = -1;
            currentPen = nullptr;
            continue;
        }
        if (item.shade)
            painter->fillRect(item.rect, shade);
        if (item.frame) {
            usePen(rule);
            painter->drawRect(item.rect);
        }
        if (item.lines.isEmpty())
            continue;
        const QFontMetricsF &fm = metrics(item.style);
        const double lh = lineHeight(item.style);
        const double padX = item.frame ? cellPadX : 0;
        double top = item.rect.top() + (item.frame ? cellPadY : 0);
        if (item.align & Qt::AlignVCenter)
            top = item.rect.center().y() - lh * item.lines.size() / 2;
        if (currentFont != int(item.style)) {
            painter->setFont(font(item.style));
            currentFont = int(item.style);
        }
        usePen(ink);
        for (qsizetype i = 0; i < item.lines.size(); ++i) {
            const QString &line = item.lines.at(i);
            if (line.isEmpty())
                continue;
            double x = item.rect.left() + padX;
            if (item.align & Qt::AlignHCenter)
                x = item.rect.center().x() - fm.horizontalAdvance(line) / 2;
            else if (item.align & Qt::AlignRight)
                x = item.rect.right() - padX - fm.horizontalAdvance(line);
            const double baseline = top + i * lh + (lh - fm.height()) / 2 + fm.ascent();
            painter->drawText(QPointF(x, baseline), line);
        }
    }
    painter->restore();
}

double ReportLayout::lineHeight(Style style)
{
    return StyleCache::get().lineHeights[int(style)];
}

Status ReportLayout::paintAll(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return Error(tr("Cannot start painting the report"));
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !device->newPage())
            return Error(tr("Cannot start page %1 of the report").arg(i + 1));
        paint(&painter, i);
    }
    if (!painter.end())
        return Error(tr("Cannot finish painting the report"));
    return {};
}

Status ReportLayout::writePdf(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(m_pageLayout);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("CountyPlan"));
        if (Status s = paintAll(&writer); !s) {
            file.cancelWriting();
            return s.error().prefixed(shown);
        }
    }
    if (!file.commit())
        return Error(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    qCDebug(lcReport) << "wrote" << pageCount() << "pages to" << path;
    return {};
}

QStringList ReportLayout::pageText(int pageIndex) const
{
    QStringList text;
    if (pageIndex < 0 || pageIndex >= m_pages.size())
        return text;
    for (const Item &item : m_pages.at(pageIndex).items)
        text += item.lines;
    return text;
}

} // namespace cp
