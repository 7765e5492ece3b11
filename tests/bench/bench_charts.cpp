// Charts and the dispatch meeting: a trend of 10 targets over 120 months and a ranking of 1 000
// departments, each built, painted to a 1600×900 image and shown in a chart view; the ranking read
// from a 35-county synthetic workspace; and switching slides in the meeting window at 1920×1080.
// Prints figures; asserts nothing about time (README, "Benchmarks"). Runs offscreen.
//
//   bench_charts [--keep DIR] [--only trend|ranking|meeting]
//   (DIR keeps the generated workspace for later runs, and the painted charts as PNG files;
//   --only runs one part, for profiling)
#include "Language.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartData.h"
#include "charts/ChartView.h"
#include "meeting/MeetingDeck.h"
#include "meeting/MeetingWindow.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>

using namespace cp;
using namespace cp::ui;

namespace {

constexpr QSize imageSize(1600, 900);
constexpr QSize projectorSize(1920, 1080);

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString figures(const QList<double> &times)
{
    return QStringLiteral("median %1 ms, max %2 ms").arg(median(times), 0, 'f', 1).arg(maximum(times), 0, 'f', 1);
}

// Runs once untimed (fonts and glyph caches are loaded on first use), then times each round.
QList<double> timed(int rounds, const std::function<void()> &work)
{
    work();
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(ms(timer));
    }
    return times;
}

// Everything the application does after a change, including painting what changed (the posted
// update requests paint the dirty regions, as on screen).
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// A presenter's pause on a slide: events (and the window's background work) go on meanwhile.
void pause(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Counts paint events of a widget and its children: the figures must include the painting.
class PaintCounter : public QObject
{
public:
    QWidget *target = nullptr;
    int paints = 0;
    std::function<void()> onFirstPaint; // called when the target's first paint begins, then cleared

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && target) {
            auto *widget = qobject_cast<QWidget *>(object);
            if (widget && (widget == target || target->isAncestorOf(widget))) {
                ++paints;
                if (onFirstPaint)
                    std::exchange(onFirstPaint, {})();
            }
        }
        return false;
    }
};

// Generates (or reuses) a synthetic workspace; the figures are only as good as its size.
QString workspace(const QString &dir, const QString &name, int counties, int tasksPerCounty)
{
    const QString path = dir + QLatin1Char('/') + name;
    if (QFile::exists(path))
        return path;
    Workspace ws;
    if (!ws.open(path))
        return {};
    SyntheticOptions options;
    options.counties = counties;
    options.tasksPerCounty = tasksPerCounty;
    QElapsedTimer timer;
    timer.start();
    auto summary = SyntheticWorkspace::generate(ws, options);
    if (!summary) {
        out() << "generating " << name << " failed: " << summary.error().message() << Qt::endl;
        return {};
    }
    out() << "generated " << name << ": " << summary->departments << " departments, " << summary->tasks << " tasks, "
          << summary->metrics << " metrics, " << summary->readings << " readings in " << ms(timer) / 1000 << " s"
          << Qt::endl;
    return path;
}

// 10 targets of one unit, each read every month for 10 years, with its path and a forecast.
ChartData trendData(int series, int months)
{
    ChartData data;
    data.request.kind = ChartKind::Trend;
    data.title = QStringLiteral("多目标趋势");
    data.subtitle = QStringLiteral("截至 2023-12");
    const Month start(2014, 1);
    for (int s = 0; s < series; ++s) {
        TrendLine line;
        line.metricId = s + 1;
        line.label = QStringLiteral("高标准农田建设%1").arg(s + 1);
        line.unit = QStringLiteral("亩");
        line.target = 150000 + 20000 * s;
        line.start = start;
        line.end = start.plus(months - 1);
        for (int m = 0; m < months; ++m) {
            const double expected = line.target * (m + 1) / months;
            line.expected.insert(start.plus(m), expected);
            // Some ahead of the path, some behind, with a monthly wobble.
            const double pace = 0.8 + 0.04 * s;
            line.readings.insert(start.plus(m), expected * pace * (1 + 0.05 * std::sin(m * 0.7 + s)));
        }
        line.forecast = line.target * (0.8 + 0.04 * s);
        line.forecastMisses = *line.forecast < line.target;
        data.trends.append(line);
    }
    return data;
}

// 1 000 departments of one region, best first, with every part of the score.
ChartData rankingData(int departments)
{
    ChartData data;
    data.request.kind = ChartKind::Ranking;
    data.request.month = Month(2023, 12);
    data.title = QStringLiteral("调度排名");
    data.subtitle = QStringLiteral("示例县 · 2023-12");
    int rank = 0;
    double previousScore = -1;
    for (int i = 0; i < departments; ++i) {
        RankingRow row;
        row.base = 60;
        row.progress = 25.0 * (departments - i) / departments;
        row.completion = (i % 7) * 1.5 * (departments - i) / departments;
        row.bonus = i % 11 == 0 ? 3 : 0;
        row.penalties = i % 13 == 0 ? -2 : 0;
        row.score.departmentId = i + 1;
        row.score.regionId = 1;
        row.score.department = QStringLiteral("县部门%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        row.score.score = std::round((row.base + row.progress + row.completion + row.bonus + row.penalties) * 100) / 100;
        data.ranking.append(row);
    }
    std::stable_sort(data.ranking.begin(), data.ranking.end(),
                     [](const RankingRow &a, const RankingRow &b) { return a.score.score > b.score.score; });
    for (int i = 0; i < data.ranking.size(); ++i) {
        RankingRow &row = data.ranking[i];
        if (row.score.score != previousScore)
            rank = i + 1;
        previousScore = row.score.score;
        row.score.rank = rank;
        if (i % 9 != 0)
            row.previousRank = std::max(1, rank + (i % 5) - 2);
    }
    return data;
}

// Builds, paints to an image and shows in a chart view: the three paths a chart takes.
void chartFigures(const QString &what, const ChartData &data, bool atDesk, const QString &keepDir, const QString &fileName)
{
    const ChartTheme theme(ChartTheme::Mode::Light, 1.0);
    constexpr int rounds = 10;

    const QList<double> build = timed(rounds, [&] { delete ChartBuilder::build(data, theme); });
    out() << QStringLiteral("%1, ChartBuilder::build: %2").arg(what, figures(build)) << Qt::endl;

    QImage image;
    const QList<double> render = timed(rounds, [&] { image = ChartView::renderImage(data, theme, imageSize); });
    out() << QStringLiteral("%1, built, laid out and painted to a %2×%3 image: %4 (target ≤ 100 ms)")
                 .arg(what)
                 .arg(imageSize.width())
                 .arg(imageSize.height())
                 .arg(figures(render))
          << Qt::endl;
    if (!keepDir.isEmpty())
        image.save(keepDir + QLatin1Char('/') + fileName);

    // A chart view of a workspace never opened: it shows the data it is given.
    Workspace none;
    {
        ChartView view(&none);
        view.setTheme(theme.mode(), theme.scale());
        view.resize(imageSize);
        view.show();
        settle();
        PaintCounter counter;
        counter.target = &view;
        qApp->installEventFilter(&counter);
        QList<double> grabbed;
        const QList<double> shown = timed(rounds, [&] {
            view.setData(data);
            settle();
        });
        const int paints = counter.paints;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const QPixmap pixmap = view.grab();
            grabbed.append(ms(timer));
        }
        qApp->removeEventFilter(&counter);
        out() << QStringLiteral("%1, shown in a %2×%3 chart view (setData, events and paint): %4 (target ≤ 100 ms); %5 paints "
                                "in %6 rounds; grab() of it then: median %7 ms")
                     .arg(what)
                     .arg(imageSize.width())
                     .arg(imageSize.height())
                     .arg(figures(shown))
                     .arg(paints)
                     .arg(rounds + 1)
                     .arg(median(grabbed), 0, 'f', 1)
              << Qt::endl;
    }
    if (!atDesk)
        return;
    // As the Charts tab shows it: in a scroll area, the view as tall as its rows need (ChartsView
    // caps it at 20 000 pixels), painted where it is visible.
    QScrollArea scroll;
    scroll.setWidgetResizable(true);
    scroll.setFrameShape(QFrame::NoFrame);
    auto *view = new ChartView(&none);
    view->setTheme(theme.mode(), theme.scale());
    scroll.setWidget(view);
    scroll.resize(imageSize);
    scroll.show();
    settle();
    PaintCounter counter;
    counter.target = view;
    qApp->installEventFilter(&counter);
    const QList<double> desk = timed(rounds, [&] {
        view->setData(data);
        view->setMinimumHeight(std::min(view->preferredHeight(), 20000));
        settle();
    });
    qApp->removeEventFilter(&counter);
    out() << QStringLiteral("%1, shown at the desk (a %2×%3 chart view in a %4×%5 scroll area): %6 (target ≤ 100 ms); %7 "
                            "paints in %8 rounds")
                 .arg(what)
                 .arg(view->width())
                 .arg(view->height())
                 .arg(imageSize.width())
                 .arg(imageSize.height())
                 .arg(figures(desk))
                 .arg(counter.paints)
                 .arg(rounds + 1)
          << Qt::endl;
    if (!keepDir.isEmpty())
        scroll.grab().save(keepDir + QLatin1Char('/') + QStringLiteral("desk-") + fileName);
}

// 1. A trend of 10 series × 120 months.
void trend(const QString &keepDir)
{
    chartFigures(QStringLiteral("trend of 10 series × 120 months"), trendData(10, 120), false, keepDir, QStringLiteral("trend.png"));
}

// 2. A ranking of 1 000 departments; then the rankings read from a 35-county workspace.
void ranking(const QString &path, const QString &keepDir)
{
    chartFigures(QStringLiteral("ranking of 1000 departments"), rankingData(1000), true, keepDir, QStringLiteral("ranking.png"));

    Workspace ws;
    if (!ws.open(path, Database::OpenMode::OpenExisting))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Month month = ChartData::defaultMonth(ws);
    // The synthetic counties have some 30 departments each: a ranking is per region, so the
    // 1 000-row chart of real scores is every county's ranking one after the other.
    ChartData all;
    QList<double> loads;
    int regions = 0, fewest = std::numeric_limits<int>::max(), most = 0;
    for (const Region &r : ws.regions().all().value_or({})) {
        ChartRequest request;
        request.kind = ChartKind::Ranking;
        request.month = month;
        request.regionId = r.id;
        QElapsedTimer timer;
        timer.start();
        auto loaded = ChartData::load(ws, request, now);
        const double time = ms(timer);
        if (!loaded) {
            out() << "reading the ranking failed: " << loaded.error().message() << Qt::endl;
            return;
        }
        if (loaded->ranking.isEmpty())
            continue;
        loads.append(time);
        ++regions;
        fewest = std::min(fewest, int(loaded->ranking.size()));
        most = std::max(most, int(loaded->ranking.size()));
        if (all.ranking.isEmpty())
            all = *loaded;
        else
            all.ranking += loaded->ranking;
    }
    out() << QStringLiteral("ranking of one county read from the workspace (ChartData::load, %1–%2 departments, %3): "
                            "%4 over %5 counties")
                 .arg(fewest)
                 .arg(most)
                 .arg(month.toString())
                 .arg(figures(loads))
                 .arg(regions)
          << Qt::endl;
    chartFigures(QStringLiteral("ranking of %1 departments' real scores (%2 counties)").arg(all.ranking.size()).arg(regions),
                 all, true, keepDir, QStringLiteral("ranking-real.png"));
}

// One slide switch: goTo(), then the events it caused until the application is idle again,
// painting the new slide among them.
struct Switch
{
    double idle = 0;           // ms until idle
    double paintStarts = -1;   // ms until the new slide began to be painted; -1: not painted
    bool afterNext = false;    // the next slide was prepared before the new one was painted
};

bool isBuilt(QStackedWidget *slides, int index)
{
    QWidget *w = slides->widget(index);
    return w && (qobject_cast<ChartView *>(w) || w->objectName() == QLatin1String("laggards"));
}

Switch switchTo(MeetingWindow &window, int index, PaintCounter &counter)
{
    auto *slides = window.findChild<QStackedWidget *>(QStringLiteral("slides"));
    Switch result;
    const bool nextBuilt = index + 1 >= window.slideCount() || isBuilt(slides, index + 1);
    QElapsedTimer timer;
    timer.start();
    window.goTo(index);
    counter.target = window.slideWidget(index); // already built by goTo()
    counter.onFirstPaint = [&] {
        result.paintStarts = ms(timer);
        result.afterNext = !nextBuilt && isBuilt(slides, index + 1);
    };
    settle();
    result.idle = ms(timer);
    counter.onFirstPaint = {};
    return result;
}

QString switchFigures(const QList<Switch> &switches, const QString &what)
{
    QList<double> idle, painted;
    int unpainted = 0, afterNext = 0;
    for (const Switch &s : switches) {
        idle.append(s.idle);
        if (s.paintStarts < 0)
            ++unpainted;
        else
            painted.append(s.paintStarts);
        afterNext += s.afterNext ? 1 : 0;
    }
    QString text = QStringLiteral("slide switch, %1 (%2 switches): until idle %3; until the slide's paint begins %4 (target ≤ 50 ms)")
                       .arg(what)
                       .arg(switches.size())
                       .arg(figures(idle), figures(painted));
    if (afterNext > 0)
        text += QStringLiteral("\n  in %1 of them the next slide was built before the new one was painted").arg(afterNext);
    if (unpainted > 0)
        text += QStringLiteral("\n  %1 switches did not paint the new slide").arg(unpainted);
    return text;
}

// 3. Switching slides of the standard deck at 1920×1080: the first visit of each slide (built
// then), stepping forward as a presenter does (the next slide is prepared meanwhile), revisits.
void meeting(const QString &path)
{
    Workspace ws;
    if (!ws.open(path, Database::OpenMode::OpenExisting))
        return;
    ChartRequest first;
    first.kind = ChartKind::Ranking; // resolves the first region with departments' tasks
    auto resolved = ChartData::load(ws, first);
    if (!resolved) {
        out() << "no region for the meeting: " << resolved.error().message() << Qt::endl;
        return;
    }
    const Id region = resolved->request.regionId;
    const Month month = resolved->request.month;
    const MeetingDeck deck = MeetingDeck::standard(ws, region, month);
    const int n = int(deck.slides.size());
    PaintCounter counter;
    qApp->installEventFilter(&counter);

    // Cold: from the last slide backwards, so each slide is built when asked for and the one
    // prepared after it is already there (slides 1 and 2 are built when the window opens).
    QList<double> open;
    QList<Switch> cold, forward, warm;
    QStringList perSlide, steps;
    {
        QElapsedTimer timer;
        timer.start();
        MeetingWindow window(&ws, deck);
        window.resize(projectorSize);
        window.show();
        settle();
        open.append(ms(timer));
        for (int i = n - 1; i >= 2; --i) {
            cold.append(switchTo(window, i, counter));
            perSlide.prepend(QStringLiteral("%1 %2 %3 ms")
                                 .arg(i + 1)
                                 .arg(MeetingDeck::kindName(deck.slides.at(i).kind))
                                 .arg(cold.last().idle, 0, 'f', 0));
        }
    }

    // Forward, as the presenter steps through a new meeting; then revisits of built slides.
    {
        QElapsedTimer timer;
        timer.start();
        MeetingWindow window(&ws, deck);
        window.resize(projectorSize);
        window.show();
        settle();
        open.append(ms(timer));
        for (int i = 1; i < n; ++i) {
            pause(i == 1 ? 0 : 600); // the slides not yet shown are built meanwhile
            forward.append(switchTo(window, i, counter));
            steps.append(QStringLiteral("%1 %2/%3").arg(i + 1).arg(forward.last().paintStarts, 0, 'f', 0).arg(forward.last().idle, 0, 'f', 0));
        }
        for (int round = 0; round < 3; ++round) {
            for (int i = 0; i < n; ++i) {
                const int index = round % 2 ? n - 1 - i : i; // back and forth
                if (index != window.currentSlide())
                    warm.append(switchTo(window, index, counter));
            }
        }
    }
    qApp->removeEventFilter(&counter);

    out() << QStringLiteral("meeting window at %1×%2, %3 slides (region %4, %5), opened and shown: %6")
                 .arg(projectorSize.width())
                 .arg(projectorSize.height())
                 .arg(n)
                 .arg(region)
                 .arg(month.toString())
                 .arg(figures(open))
          << Qt::endl;
    out() << switchFigures(cold, QStringLiteral("first visit, the slide built on request")) << Qt::endl;
    out() << "  " << perSlide.join(QStringLiteral(", ")) << Qt::endl;
    out() << switchFigures(forward, QStringLiteral("stepping forward through a new meeting, 0.6 s on each slide"))
          << Qt::endl;
    out() << "  (slide, ms until its paint begins / until idle) " << steps.join(QStringLiteral(", ")) << Qt::endl;
    out() << switchFigures(warm, QStringLiteral("revisiting built slides")) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("countyplan-bench"));
    Language::install(QStringLiteral("zh_CN"));

    QTemporaryDir temporary;
    QString dir = temporary.path();
    QString keepDir;
    const QStringList args = app.arguments();
    if (const qsizetype keep = args.indexOf(QStringLiteral("--keep")); keep > 0 && keep + 1 < args.size()) {
        dir = keepDir = args.at(keep + 1);
        QDir().mkpath(dir);
    }
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 ? args.value(onlyAt + 1) : QString();

    if (only.isEmpty() || only == QLatin1String("trend"))
        trend(keepDir);
    if (only == QLatin1String("trend"))
        return 0;
    // 35 counties × 290 tasks, the shape of a real 太行 workspace (as bench_workspace).
    const QString counties = workspace(dir, QStringLiteral("bench-35-counties.countyplan"), 35, 290);
    if (counties.isEmpty())
        return 1;
    if (only.isEmpty() || only == QLatin1String("ranking"))
        ranking(counties, keepDir);
    if (only.isEmpty() || only == QLatin1String("meeting"))
        meeting(counties);
    return 0;
}
