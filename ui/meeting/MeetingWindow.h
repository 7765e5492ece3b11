#pragma once

#include "charts/ChartTheme.h"
#include "meeting/MeetingDeck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace cp {
class Workspace;
}

namespace cp::ui {

class ChartView;
class MeetingOverlay;

// The dispatch meeting (调度会) on a projector: the deck's slides full screen, one at a time, in large
// type. Arrow keys, PageUp/PageDown and Space move between slides, Home/End to the first and last;
// D switches between the dark and the light theme, N shows the presenter's note, T starts or
// pauses the timer and R resets it. Clicking a bar opens its task (with the latest report and
// evidence) or department over the slide; Esc closes that, and Esc on a slide ends the meeting.
// Slides are built when first shown and kept; while one is on screen the others are built one at
// a time, the next one first.
class MeetingWindow : public QWidget
{
    Q_OBJECT

public:
    MeetingWindow(Workspace *workspace, const MeetingDeck &deck, QWidget *parent = nullptr);
    ~MeetingWindow() override;

    int slideCount() const { return int(m_deck.slides.size()); }
    int currentSlide() const { return m_current; }
    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }

    // The slide's widget (built if it was not yet), and its chart when it has one.
    QWidget *slideWidget(int index);
    ChartView *chartOf(int index);
    QString slideTitle(int index) const;

    ChartTheme::Mode theme() const { return m_theme; }
    void setTheme(ChartTheme::Mode mode);
    bool noteVisible() const;
    QString timerText() const;
    bool timerRunning() const { return m_running; }

    // The task, target or department over the current slide, as a click opens it.
    void showTask(Id taskId);
    void showDepartment(Id departmentId);
    bool overlayVisible() const;
    MeetingOverlay *overlay() const { return m_overlay; }

Q_SIGNALS:
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildSlide(const MeetingSlide &slide);
    QWidget *buildLaggards();
    void applyTheme();
    void updateHeader();
    void prepareNext();

    Workspace *m_workspace;
    MeetingDeck m_deck;
    int m_current = -1;
    ChartTheme::Mode m_theme = ChartTheme::Mode::Dark;
    double m_scale = 1.8;

    QLabel *m_title = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_note = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<int, QWidget *> m_built;
    QHash<int, ChartView *> m_charts;
    MeetingOverlay *m_overlay = nullptr;

    QTimer *m_tick = nullptr;
    QTimer *m_prepare = nullptr; // builds the slides not yet shown, one per timeout
    QElapsedTimer m_elapsed;
    qint64 m_elapsedBefore = 0; // while paused
    bool m_running = false;
};

} // namespace cp::ui
