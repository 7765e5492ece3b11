#pragma once

#include "meeting/MeetingDeck.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cp {
class Workspace;
}

namespace cp::ui {

// The meeting's slides for a region: their order (Move Up/Down), which are shown (Add/Remove),
// each one's title and presenter note. OK keeps the list in the workspace; Restore gives back the
// standard deck.
class SlideListDialog : public QDialog
{
    Q_OBJECT

public:
    SlideListDialog(Workspace *workspace, const MeetingDeck &deck, QWidget *parent = nullptr);

    MeetingDeck deck() const { return m_deck; }
    QListWidget *list() const { return m_list; }
    // Adds a slide after the current one and selects it.
    void addSlide(const MeetingSlide &slide);
    void moveCurrent(int direction);
    void removeCurrent();

    void accept() override;

private:
    void reload(int select);
    void showCurrent();
    void storeCurrent();
    QString label(const MeetingSlide &slide) const;

    Workspace *m_workspace;
    MeetingDeck m_deck;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_subject = nullptr;
    bool m_loading = false;
};

} // namespace cp::ui
