// Meeting mode (调度会): the standard deck of a county's month, slides kept per workspace and
// region, the full-screen window driven by key presses (arrows, PageUp/PageDown, Home/End, D, N,
// T, R, Esc), a bar clicked open over its slide, the slide list dialog and F5 in the main window.
#include "../common/Fixtures.h"
#include "charts/ChartBuilder.h"
#include "charts/ChartView.h"
#include "meeting/MeetingDeck.h"
#include "meeting/MeetingOverlay.h"
#include "meeting/MeetingWindow.h"
#include "meeting/SlideListDialog.h"
#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"
#include "storage/Workspace.h"
#include "synthetic/SyntheticWorkspace.h"
#include "views/DispatchView.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace cp;
using namespace cp::ui;
using namespace cp::test;

namespace {

const Month kMonth(2023, 6);

QString labelText(QWidget *w, const char *name)
{
    auto *l = w->findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : QString();
}

int indexOf(const MeetingDeck &deck, MeetingSlide::Kind kind)
{
    for (int i = 0; i < deck.slides.size(); ++i)
        if (deck.slides.at(i).kind == kind)
            return i;
    return -1;
}

} // namespace

class TestMeeting : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    Id m_region = 0;

    void show(QWidget *w)
    {
        w->resize(1280, 720);
        w->show();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = temporaryPath(QStringLiteral("meeting.countyplan"));
        m_ws = std::make_unique<Workspace>();
        CP_VERIFY_OK(m_ws->open(m_path));
        SyntheticOptions options;
        options.counties = 1;
        options.tasksPerCounty = 80;
        options.months = 6;
        CP_VERIFY_OK(SyntheticWorkspace::generate(*m_ws, options));
        const auto documents = *m_ws->documents().list();
        QVERIFY(!documents.isEmpty());
        m_region = documents.first().regionId;
    }

    void init()
    {
        CP_VERIFY_OK(m_ws->setMeta(QStringLiteral("meeting_slides"), QString()));
    }

    // Overview first, one targets slide per top-level section with targets, the ranking, the
    // laggards, the trends of targets behind their path, and the heat map.
    void standardDeckCoversTheMonth()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        QCOMPARE(deck.slides.first().kind, MeetingSlide::Kind::Overview);
        QVERIFY(indexOf(deck, MeetingSlide::Kind::Ranking) > 0);
        QVERIFY(indexOf(deck, MeetingSlide::Kind::Laggards) > indexOf(deck, MeetingSlide::Kind::Ranking));
        QCOMPARE(deck.slides.last().kind, MeetingSlide::Kind::HeatMap);

        // The sections expected: those whose tasks (at any depth) have targets.
        const Id document = m_ws->documents().list()->first().id;
        const auto sections = *m_ws->documents().sections(document);
        QHash<Id, Id> parent;
        for (const Section &s : sections)
            parent.insert(s.id, s.parentId);
        QSet<Id> expected;
        for (const Task &t : *m_ws->tasks().forDocument(document)) {
            if (m_ws->metrics().forTask(t.id)->isEmpty())
                continue;
            Id top = t.sectionId;
            while (parent.value(top))
                top = parent.value(top);
            expected.insert(top);
        }
        QSet<Id> shown;
        for (const MeetingSlide &s : deck.slides)
            if (s.kind == MeetingSlide::Kind::Targets) {
                QCOMPARE(s.documentId, document);
                shown.insert(s.sectionId);
            }
        QVERIFY(expected.size() > 1);
        QCOMPARE(shown, expected);

        // Trends: at most three, each of a target behind or at risk this month.
        const DispatchRules rules = *DispatchRules::load(*m_ws);
        QHash<Id, ProgressState> states;
        for (const MetricTrack &t : *m_ws->progress().metricTracks(kMonth, m_region))
            states.insert(t.metric.id, ProgressStatus::assess(t, kMonth, rules).state);
        int trends = 0;
        for (const MeetingSlide &s : deck.slides) {
            if (s.kind != MeetingSlide::Kind::Trend)
                continue;
            ++trends;
            QVERIFY2(states.value(s.metricId) == ProgressState::Behind || states.value(s.metricId) == ProgressState::AtRisk,
                     qPrintable(ProgressStatus::name(states.value(s.metricId))));
        }
        QVERIFY(trends >= 1 && trends <= 3);
    }

    // The planner's order, titles and notes are kept per region; another region keeps the standard.
    void slidesAreSavedPerRegion()
    {
        MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        const int count = int(deck.slides.size());
        deck.slides.move(0, count - 1);
        deck.slides.first().note = QStringLiteral("先讲排名，再讲滞后事项");
        deck.slides.first().title = QStringLiteral("本月排名");
        deck.slides.removeAt(1);
        CP_VERIFY_OK(deck.save(*m_ws));

        const auto loaded = MeetingDeck::load(*m_ws, m_region, kMonth);
        CP_VERIFY_OK(loaded);
        QCOMPARE(loaded->slides, deck.slides);
        QCOMPARE(loaded->slides.size(), count - 1);
        QCOMPARE(loaded->slides.last().kind, MeetingSlide::Kind::Overview);

        const Id other = m_region + 100000;
        const auto standard = MeetingDeck::load(*m_ws, other, kMonth);
        CP_VERIFY_OK(standard);
        QCOMPARE(standard->slides.first().kind, MeetingSlide::Kind::Overview);
    }

    void keysMoveBetweenSlides()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        MeetingWindow w(m_ws.get(), deck);
        show(&w);
        const int last = w.slideCount() - 1;
        QCOMPARE(w.currentSlide(), 0);
        QCOMPARE(labelText(&w, "slideTitle"), w.slideTitle(0));
        QCOMPARE(labelText(&w, "slidePosition"), QStringLiteral("1 / %1").arg(w.slideCount()));

        QTest::keyClick(&w, Qt::Key_Right);
        QCOMPARE(w.currentSlide(), 1);
        QTest::keyClick(&w, Qt::Key_PageDown);
        QCOMPARE(w.currentSlide(), 2);
        QTest::keyClick(&w, Qt::Key_Space);
        QCOMPARE(w.currentSlide(), 3);
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.currentSlide(), 2);
        QTest::keyClick(&w, Qt::Key_PageUp);
        QCOMPARE(w.currentSlide(), 1);
        QTest::keyClick(&w, Qt::Key_End);
        QCOMPARE(w.currentSlide(), last);
        QCOMPARE(labelText(&w, "slidePosition"), QStringLiteral("%1 / %1").arg(w.slideCount()));
        QTest::keyClick(&w, Qt::Key_Right); // stays on the last slide
        QCOMPARE(w.currentSlide(), last);
        QTest::keyClick(&w, Qt::Key_Home);
        QCOMPARE(w.currentSlide(), 0);
        QTest::keyClick(&w, Qt::Key_Left);
        QCOMPARE(w.currentSlide(), 0);

        // The slide on screen is the one asked for: the ranking slide holds the ranking chart.
        const int ranking = indexOf(deck, MeetingSlide::Kind::Ranking);
        w.goTo(ranking);
        auto *stack = w.findChild<QStackedWidget *>(QStringLiteral("slides"));
        QCOMPARE(stack->currentWidget(), w.slideWidget(ranking));
        QCOMPARE(w.chartOf(ranking)->request().kind, ChartKind::Ranking);
        QCOMPARE(labelText(&w, "slideTitle"), MeetingDeck::defaultTitle(*m_ws, deck.slides.at(ranking), kMonth));
    }

    // The ranking slide ranks as `countyplan score` does (DispatchScoring), top to bottom.
    void rankingSlideMatchesTheScores()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        MeetingWindow w(m_ws.get(), deck);
        show(&w);
        ChartView *chart = w.chartOf(indexOf(deck, MeetingSlide::Kind::Ranking));
        QVERIFY(chart);
        auto scores = DispatchScoring::compute(*m_ws, kMonth, m_region);
        CP_VERIFY_OK(scores);
        std::stable_sort(scores->begin(), scores->end(), [](const DepartmentScore &a, const DepartmentScore &b) {
            return std::tuple(a.rank, a.department) < std::tuple(b.rank, b.department);
        });
        QStringList expected, shown;
        for (const DepartmentScore &s : *scores)
            expected.append(s.department);
        for (const RankingRow &r : chart->data().ranking)
            shown.append(r.score.department);
        QVERIFY(expected.size() > 5);
        QCOMPARE(shown, expected);
    }

    void themeNoteAndTimer()
    {
        MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        deck.slides[0].note = QStringLiteral("请各单位对照目标逐项汇报");
        MeetingWindow w(m_ws.get(), deck);
        show(&w);
        QCOMPARE(w.theme(), ChartTheme::Mode::Dark);
        ChartView *chart = w.chartOf(0);
        const QColor darkBackground = w.palette().color(QPalette::Window);
        QTest::keyClick(&w, Qt::Key_D);
        QCOMPARE(w.theme(), ChartTheme::Mode::Light);
        QCOMPARE(chart->theme().mode(), ChartTheme::Mode::Light);
        QVERIFY(w.palette().color(QPalette::Window) != darkBackground);
        QCOMPARE(chart->chart()->backgroundBrush().color(), ChartTheme(ChartTheme::Mode::Light).background());
        QTest::keyClick(&w, Qt::Key_D);
        QCOMPARE(w.theme(), ChartTheme::Mode::Dark);

        QVERIFY(!w.noteVisible());
        QTest::keyClick(&w, Qt::Key_N);
        QVERIFY(w.noteVisible());
        QVERIFY(labelText(&w, "presenterNote").contains(QStringLiteral("请各单位对照目标逐项汇报")));
        QTest::keyClick(&w, Qt::Key_N);
        QVERIFY(!w.noteVisible());

        QVERIFY(w.timerRunning());
        QTest::keyClick(&w, Qt::Key_T);
        QVERIFY(!w.timerRunning());
        const QString paused = w.timerText();
        QTest::qWait(1100);
        QCOMPARE(w.timerText(), paused);
        QTest::keyClick(&w, Qt::Key_R);
        QCOMPARE(w.timerText(), QStringLiteral("00:00"));
        QTest::keyClick(&w, Qt::Key_T);
        QVERIFY(w.timerRunning());
    }

    // A bar of a targets slide opens its task over the slide with the latest report; Esc returns
    // to the slide, a second Esc ends the meeting.
    void clickOpensTheTaskAndEscReturns()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        MeetingWindow w(m_ws.get(), deck);
        QSignalSpy finished(&w, &MeetingWindow::finished);
        show(&w);
        const int targets = indexOf(deck, MeetingSlide::Kind::Targets);
        w.goTo(targets);
        ChartView *chart = w.chartOf(targets);
        QVERIFY(chart && !chart->data().bars.isEmpty());
        QHorizontalStackedBarSeries *series = nullptr;
        for (QAbstractSeries *s : chart->chart()->series())
            if ((series = qobject_cast<QHorizontalStackedBarSeries *>(s)))
                break;
        QVERIFY(series);
        // The top bar is the last category.
        const int top = int(chart->data().bars.size()) - 1;
        const ProgressBar &bar = chart->data().bars.first();
        QSignalSpy metrics(chart, &ChartView::metricActivated);
        Q_EMIT series->barSets().first()->clicked(top);
        QCOMPARE(metrics.count(), 1);
        QCOMPARE(metrics.first().first().toLongLong(), bar.metricId);
        QVERIFY(w.overlayVisible());
        const Task task = *m_ws->tasks().get(bar.taskId);
        QVERIFY2(w.overlay()->heading().contains(task.title), qPrintable(w.overlay()->heading()));
        QVERIFY(!w.overlay()->body().isEmpty());

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.overlayVisible());
        QVERIFY(w.isVisible());
        QCOMPARE(w.currentSlide(), targets);
        QCOMPARE(finished.count(), 0);

        // A department on the ranking slide opens its score.
        const int ranking = indexOf(deck, MeetingSlide::Kind::Ranking);
        w.goTo(ranking);
        ChartView *rankingChart = w.chartOf(ranking);
        QSignalSpy departments(rankingChart, &ChartView::departmentActivated);
        for (QAbstractSeries *s : rankingChart->chart()->series())
            if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(s))
                Q_EMIT bars->barSets().first()->clicked(int(rankingChart->data().ranking.size()) - 1);
        QCOMPARE(departments.count(), 1);
        QCOMPARE(departments.first().first().toLongLong(), rankingChart->data().ranking.first().score.departmentId);
        QVERIFY(w.overlayVisible());
        QVERIFY(w.overlay()->heading().contains(rankingChart->data().ranking.first().score.department));

        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.overlayVisible());
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.isVisible());
        QCOMPARE(finished.count(), 1);
    }

    // The laggards slide lists the targets at risk; clicking one opens its task.
    void laggardsListTargetsAtRisk()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        MeetingWindow w(m_ws.get(), deck);
        show(&w);
        const int laggards = indexOf(deck, MeetingSlide::Kind::Laggards);
        w.goTo(laggards);
        auto *risks = w.slideWidget(laggards)->findChild<QListWidget *>(QStringLiteral("targetsAtRisk"));
        QVERIFY(risks);
        const DispatchRules rules = *DispatchRules::load(*m_ws);
        int atRisk = 0;
        for (const MetricTrack &t : *m_ws->progress().metricTracks(kMonth, m_region)) {
            const MetricAssessment a = ProgressStatus::assess(t, kMonth, rules);
            if (a.state == ProgressState::AtRisk || (a.forecastMisses && a.state != ProgressState::Done))
                ++atRisk;
        }
        QVERIFY(atRisk > 0);
        QCOMPARE(risks->count(), atRisk);
        QListWidgetItem *item = risks->item(0);
        const Id taskId = item->data(Qt::UserRole).toLongLong();
        QVERIFY(taskId);
        Q_EMIT risks->itemClicked(item);
        QVERIFY(w.overlayVisible());
        QVERIFY(w.overlay()->heading().contains(m_ws->tasks().get(taskId)->title));
    }

    // The dialog reorders and removes slides, edits a note, and OK keeps the list.
    void slideListDialogSavesTheOrder()
    {
        const MeetingDeck deck = MeetingDeck::standard(*m_ws, m_region, kMonth);
        SlideListDialog dialog(m_ws.get(), deck);
        show(&dialog);
        QListWidget *list = dialog.list();
        QCOMPARE(list->count(), deck.slides.size());
        list->setCurrentRow(0);
        dialog.findChild<QPushButton *>(QStringLiteral("moveSlideDown"))->click();
        QCOMPARE(list->currentRow(), 1);
        auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("slideNote"));
        note->setFocus();
        note->setPlainText(QStringLiteral("概况放在第二页"));
        list->setCurrentRow(int(deck.slides.size()) - 1);
        dialog.findChild<QPushButton *>(QStringLiteral("removeSlide"))->click();
        QCOMPARE(list->count(), deck.slides.size() - 1);
        dialog.accept();

        const auto saved = MeetingDeck::load(*m_ws, m_region, kMonth);
        CP_VERIFY_OK(saved);
        QCOMPARE(saved->slides.size(), deck.slides.size() - 1);
        QCOMPARE(saved->slides.at(0).kind, deck.slides.at(1).kind);
        QCOMPARE(saved->slides.at(1).kind, MeetingSlide::Kind::Overview);
        QCOMPARE(saved->slides.at(1).note, QStringLiteral("概况放在第二页"));
        QVERIFY(!saved->slides.contains(deck.slides.last()));
    }

    // F5 in the main window presents the dispatch tab's region and month full screen.
    void f5PresentsTheDispatchMonth()
    {
        MainWindow window;
        CP_VERIFY_OK(window.openWorkspace(m_path, true));
        show(&window);
        window.dispatchView()->setRegion(m_region);
        window.dispatchView()->setMonth(kMonth);
        QAction *present = window.action(QStringLiteral("presentMeeting"));
        QVERIFY(present && present->isEnabled());
        QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F5));
        present->trigger();
        MeetingWindow *meeting = window.meetingWindow();
        QVERIFY(meeting);
        QVERIFY(meeting->isVisible());
        QVERIFY(meeting->windowState() & Qt::WindowFullScreen);
        QCOMPARE(meeting->slideTitle(0), MeetingDeck::defaultTitle(*window.workspace(), MeetingSlide(), kMonth));
        QApplication::setActiveWindow(meeting);
        QTest::keyClick(meeting, Qt::Key_Escape);
        QTRY_VERIFY(!window.meetingWindow());
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        QFile::remove(m_path);
    }
};

QTEST_MAIN(TestMeeting)
#include "tst_meeting.moc"
