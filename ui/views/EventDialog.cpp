#include "EventDialog.h"

#include "commands/EditActions.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cp::ui {

namespace {

// Where an evidence entry of the list comes from: a stored file (by SHA-256) or a file to store.
constexpr int kShaRole = Qt::UserRole + 1;
constexpr int kPathRole = Qt::UserRole + 2;

bool hasLevel(EventKind kind)
{
    return kind == EventKind::Commendation || kind == EventKind::Criticism;
}

} // namespace

EventDialog::EventDialog(Workspace *workspace, EditActions *edits, Id departmentId, Month month,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    m_event.departmentId = departmentId;
    const QDate today = QDate::currentDate();
    m_event.date = std::clamp(today, month.firstDay(), month.lastDay());
    build(month);
    setWindowTitle(tr("Add Event"));
}

EventDialog::EventDialog(Workspace *workspace, EditActions *edits, const DispatchEvent &event,
                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_event(event)
{
    build(Month::of(event.date));
    setWindowTitle(tr("Change Event"));
}

EventDialog::~EventDialog() = default;

void EventDialog::build(Month month)
{
    setObjectName(QStringLiteral("eventDialog"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    for (EventKind k : allValues<EventKind>())
        m_kind->addItem(displayName(k), QVariant::fromValue(k));
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("level"));
    for (EventLevel l : {EventLevel::Central, EventLevel::Provincial, EventLevel::Municipal})
        m_level->addItem(displayName(l), QVariant::fromValue(l));
    m_date = new QDateEdit;
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(month.firstDay(), month.lastDay());
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("What happened, who issued it"));
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->setMaximumHeight(90);
    m_addFiles = new QPushButton(tr("Add Files…"));
    m_removeFile = new QPushButton(tr("Remove File"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828"));
    m_message->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_evidence, 1);
    files->addLayout(fileButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Evidence"), files);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QVariant::fromValue(m_event.kind))));
    if (m_event.level != EventLevel::None)
        m_level->setCurrentIndex(
            std::max(0, m_level->findData(QVariant::fromValue(m_event.level))));
    else
        m_level->setCurrentIndex(m_level->findData(QVariant::fromValue(EventLevel::Municipal)));
    m_date->setDate(m_event.date);
    m_note->setText(m_event.note);
    for (const QString &sha : m_event.evidence) {
        auto *item = new QListWidgetItem(m_workspace->progress()
                                             .evidenceFile(sha)
                                             .value_or(EvidenceFile{0, sha, sha.left(12), 0})
                                             .name);
        item->setData(kShaRole, sha);
        m_evidence->addItem(item);
    }
    updateLevel();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventDialog::updateLevel);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        addEvidenceFiles(QFileDialog::getOpenFileNames(this, tr("Evidence for the Event")));
    });
    connect(m_removeFile, &QPushButton::clicked, this,
            [this] { delete m_evidence->currentItem(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    connect(m_edits, &EditActions::failed, this, [this](const QString &message) {
        m_message->setText(message);
        m_message->show();
    });
}

void EventDialog::updateLevel()
{
    // Only commendations and criticism come from a level (central, provincial, municipal).
    m_level->setEnabled(hasLevel(m_kind->currentData().value<EventKind>()));
}

void EventDialog::addEvidenceFiles(const QStringList &filePaths)
{
    for (const QString &path : filePaths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName());
        item->setData(kPathRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        m_evidence->addItem(item);
    }
}

void EventDialog::accept()
{
    DispatchEvent e = m_event;
    e.kind = m_kind->currentData().value<EventKind>();
    e.level = hasLevel(e.kind) ? m_level->currentData().value<EventLevel>() : EventLevel::None;
    e.date = m_date->date();
    e.note = m_note->text().trimmed();
    e.evidence.clear();
    for (int i = 0; i < m_evidence->count(); ++i) {
        const QListWidgetItem *item = m_evidence->item(i);
        QString sha = item->data(kShaRole).toString();
        if (sha.isEmpty()) {
            const auto stored = m_edits->storeEvidence(item->data(kPathRole).toString());
            if (!stored)
                return; // failed() said why
            sha = *stored;
        }
        if (!e.evidence.contains(sha))
            e.evidence.append(sha);
    }
    const bool unchanged = e.id && e.kind == m_event.kind && e.level == m_event.level
                           && e.date == m_event.date && e.note == m_event.note
                           && e.evidence == m_event.evidence;
    if (unchanged) {
        QDialog::accept();
        return;
    }
    if (e.id) {
        if (!m_edits->updateEvent(e))
            return;
    } else {
        const auto id = m_edits->addEvent(e);
        if (!id)
            return;
        e.id = *id;
    }
    m_event = e;
    QDialog::accept();
}

} // namespace cp::ui
