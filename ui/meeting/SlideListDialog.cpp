#include "SlideListDialog.h"

#include "storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

constexpr MeetingSlide::Kind kKinds[] = {MeetingSlide::Kind::Overview, MeetingSlide::Kind::Targets, MeetingSlide::Kind::DepartmentTargets,
                                         MeetingSlide::Kind::Ranking,  MeetingSlide::Kind::Laggards, MeetingSlide::Kind::Trend,
                                         MeetingSlide::Kind::HeatMap};

} // namespace

SlideListDialog::SlideListDialog(Workspace *workspace, const MeetingDeck &deck, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_deck(deck)
{
    setObjectName(QStringLiteral("slideListDialog"));
    setWindowTitle(tr("Meeting Slides"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("slideList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("slideTitle"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("slideNote"));
    m_note->setPlaceholderText(tr("What to say on this slide"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("newSlideKind"));
    for (MeetingSlide::Kind k : kKinds)
        m_kind->addItem(MeetingDeck::kindName(k), int(k));
    m_subject = new QComboBox;
    m_subject->setObjectName(QStringLiteral("newSlideSubject"));

    // What a new slide shows: a document, a department or a target of the region.
    const auto fillSubjects = [this] {
        m_subject->clear();
        const auto kind = MeetingSlide::Kind(m_kind->currentData().toInt());
        if (kind == MeetingSlide::Kind::Targets) {
            for (const Document &d : m_workspace->documents().list().value_or({})) {
                if (d.regionId == m_deck.regionId)
                    m_subject->addItem(d.title, d.id);
            }
        } else if (kind == MeetingSlide::Kind::DepartmentTargets) {
            for (const Department &d : m_workspace->departments().forRegion(m_deck.regionId).value_or({}))
                m_subject->addItem(d.name, d.id);
        } else if (kind == MeetingSlide::Kind::Trend) {
            for (const MetricTrack &t : m_workspace->progress().metricTracks(m_deck.month, m_deck.regionId).value_or({}))
                m_subject->addItem(t.metric.label, t.metric.id);
        }
        m_subject->setEnabled(m_subject->count() > 0);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, fillSubjects);
    fillSubjects();

    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addSlide"));
    connect(add, &QPushButton::clicked, this, [this] {
        MeetingSlide s;
        s.kind = MeetingSlide::Kind(m_kind->currentData().toInt());
        const Id subject = m_subject->currentData().toLongLong();
        if (s.kind == MeetingSlide::Kind::Targets)
            s.documentId = subject;
        else if (s.kind == MeetingSlide::Kind::DepartmentTargets)
            s.departmentId = subject;
        else if (s.kind == MeetingSlide::Kind::Trend)
            s.metricId = subject;
        addSlide(s);
    });
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeSlide"));
    connect(remove, &QPushButton::clicked, this, &SlideListDialog::removeCurrent);
    auto *up = new QPushButton(tr("Move Up"));
    up->setObjectName(QStringLiteral("moveSlideUp"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    auto *down = new QPushButton(tr("Move Down"));
    down->setObjectName(QStringLiteral("moveSlideDown"));
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    connect(m_list, &QListWidget::currentRowChanged, this, &SlideListDialog::showCurrent);
    // A drag in the list reorders the deck the same way.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        QList<MeetingSlide> order;
        for (int i = 0; i < m_list->count(); ++i)
            order.append(m_deck.slides.at(m_list->item(i)->data(Qt::UserRole).toInt()));
        m_deck.slides = order;
        reload(m_list->currentRow());
    });
    connect(m_title, &QLineEdit::textEdited, this, &SlideListDialog::storeCurrent);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SlideListDialog::storeCurrent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *restore = buttons->addButton(tr("Restore the Standard Slides"), QDialogButtonBox::ResetRole);
    restore->setObjectName(QStringLiteral("restoreSlides"));
    connect(restore, &QPushButton::clicked, this, [this] {
        m_deck.slides = MeetingDeck::standard(*m_workspace, m_deck.regionId, m_deck.month).slides;
        reload(0);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SlideListDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlideListDialog::reject);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {up, down, remove})
        side->addWidget(b);
    side->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_kind);
    addRow->addWidget(m_subject, 1);
    addRow->addWidget(add);
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Note"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(listRow, 1);
    layout->addLayout(addRow);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 560);
    reload(0);
}

QString SlideListDialog::label(const MeetingSlide &slide) const
{
    return slide.title.isEmpty() ? MeetingDeck::defaultTitle(*m_workspace, slide, m_deck.month) : slide.title;
}

void SlideListDialog::reload(int select)
{
    m_loading = true;
    m_list->clear();
    for (int i = 0; i < m_deck.slides.size(); ++i) {
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(label(m_deck.slides.at(i))), m_list);
        item->setData(Qt::UserRole, i);
        item->setToolTip(MeetingDeck::kindName(m_deck.slides.at(i).kind));
    }
    m_loading = false;
    m_list->setCurrentRow(std::clamp(select, 0, int(m_deck.slides.size()) - 1));
    showCurrent();
}

void SlideListDialog::showCurrent()
{
    if (m_loading)
        return;
    const int row = m_list->currentRow();
    m_loading = true;
    const bool valid = row >= 0 && row < m_deck.slides.size();
    m_title->setEnabled(valid);
    m_note->setEnabled(valid);
    m_title->setText(valid ? m_deck.slides.at(row).title : QString());
    m_title->setPlaceholderText(valid ? MeetingDeck::defaultTitle(*m_workspace, m_deck.slides.at(row), m_deck.month) : QString());
    m_note->setPlainText(valid ? m_deck.slides.at(row).note : QString());
    m_loading = false;
}

void SlideListDialog::storeCurrent()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_deck.slides.size())
        return;
    m_deck.slides[row].title = m_title->text();
    m_deck.slides[row].note = m_note->toPlainText();
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(QStringLiteral("%1. %2").arg(row + 1).arg(label(m_deck.slides.at(row))));
}

void SlideListDialog::addSlide(const MeetingSlide &slide)
{
    const int at = m_list->currentRow() + 1;
    m_deck.slides.insert(std::clamp(at, 0, int(m_deck.slides.size())), slide);
    reload(at);
}

void SlideListDialog::moveCurrent(int direction)
{
    const int row = m_list->currentRow();
    const int to = row + direction;
    if (row < 0 || to < 0 || to >= m_deck.slides.size())
        return;
    m_deck.slides.swapItemsAt(row, to);
    reload(to);
}

void SlideListDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_deck.slides.size())
        return;
    m_deck.slides.removeAt(row);
    reload(row);
}

void SlideListDialog::accept()
{
    if (Status s = m_deck.save(*m_workspace); !s) {
        QMessageBox::warning(this, tr("The slides were not saved"), s.error().message());
        return;
    }
    QDialog::accept();
}

} // namespace cp::ui
