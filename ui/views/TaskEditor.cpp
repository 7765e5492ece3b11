#include "TaskEditor.h"

#include "NameCompleter.h"
#include "commands/EditActions.h"
#include "models/MetricTableModel.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTextBrowser>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

// Characters of the original shown before and after a task in the source excerpt.
constexpr int kContext = 60;

QString joinNames(const QStringList &names)
{
    return names.join(QStringLiteral("、"));
}

} // namespace

TaskEditor::TaskEditor(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("taskEditor"));
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_number = new QLineEdit;
    m_title = new QLineEdit;
    m_lead = new QLineEdit;
    m_cooperating = new QLineEdit;
    for (QLineEdit *e : {m_lead, m_cooperating}) {
        auto *completer = new NameCompleter(e);
        e->setCompleter(completer);
    }
    m_hasDeadline = new QCheckBox;
    m_deadline = new QDateEdit;
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setDate(QDate(QDate::currentDate().year(), 12, 31));
    m_status = new QComboBox;
    for (TaskStatus s : allValues<TaskStatus>())
        m_status->addItem(displayName(s), QVariant::fromValue(s));
    m_text = new QPlainTextEdit;
    m_text->setMinimumHeight(90);
    m_notes = new QPlainTextEdit;
    m_notes->setMaximumHeight(70);
    m_metrics = new MetricTableModel(workspace, edits, this);
    m_metricsView = new QTableView;
    m_metricsView->setObjectName(QStringLiteral("metricsView"));
    m_metricsView->setModel(m_metrics);
    m_metricsView->verticalHeader()->setVisible(false);
    m_metricsView->horizontalHeader()->setStretchLastSection(true);
    m_metricsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_metricsView->setMinimumHeight(90);
    m_addMetric = new QPushButton;
    m_removeMetric = new QPushButton;
    m_source = new QTextBrowser;
    m_source->setObjectName(QStringLiteral("sourceView"));
    m_source->setMinimumHeight(80);

    auto *deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline, 1);
    auto *metricButtons = new QHBoxLayout;
    metricButtons->addWidget(m_addMetric);
    metricButtons->addWidget(m_removeMetric);
    metricButtons->addStretch();

    auto *form = new QFormLayout;
    const auto addRow = [&](QWidget *field) {
        auto *label = new QLabel;
        m_labels.append(label);
        form->addRow(label, field);
    };
    addRow(m_number);
    addRow(m_title);
    addRow(m_lead);
    addRow(m_cooperating);
    auto *deadlineWidget = new QWidget;
    deadlineWidget->setLayout(deadlineRow);
    deadlineRow->setContentsMargins(0, 0, 0, 0);
    addRow(deadlineWidget);
    addRow(m_status);
    addRow(m_text);
    auto *metricsBox = new QWidget;
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    metricsLayout->addWidget(m_metricsView);
    metricsLayout->addLayout(metricButtons);
    addRow(metricsBox);
    addRow(m_notes);
    addRow(m_source);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_heading);
    contentLayout->addLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (QLineEdit *e : {m_number, m_title, m_lead, m_cooperating})
        connect(e, &QLineEdit::editingFinished, this, [this, e] { commitLine(e); });
    for (QPlainTextEdit *e : {m_text, m_notes})
        e->installEventFilter(this);
    connect(m_hasDeadline, &QCheckBox::toggled, this, [this](bool on) {
        m_deadline->setEnabled(on);
        commitDeadline();
    });
    connect(m_deadline, &QDateEdit::editingFinished, this, &TaskEditor::commitDeadline);
    connect(m_status, &QComboBox::activated, this, [this] {
        if (!m_loading && m_taskId)
            m_edits->setTaskField(m_taskId, EditActions::TaskField::Status, m_status->currentData());
    });
    connect(m_addMetric, &QPushButton::clicked, this, [this] {
        Metric m;
        m.taskId = m_taskId;
        m.label = tr("New target");
        m.period = m_task.deadline.isValid() ? QString::number(m_task.deadline.year()) : QString();
        m_edits->addMetric(m);
    });
    connect(m_removeMetric, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_metricsView->currentIndex();
        if (current.isValid())
            m_edits->removeMetric(current.data(MetricTableModel::MetricIdRole).toLongLong());
    });
    connect(m_metricsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const TextSpan span{current.data(MetricTableModel::SpanStartRole).toInt(), current.data(MetricTableModel::SpanEndRole).toInt()};
        loadSource(span);
        Q_EMIT metricSelected(current.data(MetricTableModel::MetricIdRole).toLongLong(), span);
    });

    // Follow edits made elsewhere (the table, undo), leaving the field being typed in alone.
    connect(m_workspace, &Workspace::taskChanged, this, [this](Id id) {
        if (id == m_taskId)
            load();
    });
    connect(m_workspace, &Workspace::metricsChanged, this, [this](Id id) {
        if (id == m_taskId)
            loadSource({});
    });
    connect(m_workspace, &Workspace::departmentsChanged, this, [this] { load(); });
    connect(m_workspace, &Workspace::tasksChanged, this, [this] {
        if (m_taskId && !m_workspace->tasks().get(m_taskId))
            setTask(0); // deleted
        else
            load();
    });
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setTask(0); });
    retranslate();
    setTask(0);
}

TaskEditor::~TaskEditor() = default;

void TaskEditor::retranslate()
{
    const QStringList labels{tr("No."), tr("Title"), tr("Lead"), tr("Cooperating"), tr("Deadline"), tr("Status"),
                             tr("Text"), tr("Targets"), tr("Notes"), tr("Source")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_hasDeadline->setText(tr("Due by"));
    m_addMetric->setText(tr("Add Target"));
    m_removeMetric->setText(tr("Remove Target"));
    m_lead->setPlaceholderText(tr("Units that lead, separated by 、"));
    m_cooperating->setPlaceholderText(tr("Units that cooperate, separated by 、"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, displayName(m_status->itemData(i).value<TaskStatus>()));
    if (!m_taskId)
        m_heading->setText(tr("Select a task to see and edit it."));
}

void TaskEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TaskEditor::setTask(Id taskId)
{
    if (taskId != m_taskId)
        commitPending();
    m_taskId = taskId;
    m_metrics->setTask(taskId);
    setEnabled(true);
    for (QWidget *w : std::initializer_list<QWidget *>{m_number, m_title, m_lead, m_cooperating, m_hasDeadline, m_deadline, m_status,
                                                        m_text, m_notes, m_metricsView, m_addMetric, m_removeMetric})
        w->setEnabled(taskId != 0);
    updateCompleter();
    load();
}

void TaskEditor::updateCompleter()
{
    QStringList names;
    if (m_taskId) {
        auto task = m_workspace->tasks().get(m_taskId);
        auto doc = task ? m_workspace->documents().header(task->documentId) : Result<Document>(Error());
        if (doc) {
            for (const Department &d : m_workspace->departments().forRegion(doc->regionId).value_or({}))
                names << d.name << d.aliases;
        }
    }
    for (QLineEdit *e : {m_lead, m_cooperating})
        static_cast<NameCompleter *>(e->completer())->setNames(names);
}

void TaskEditor::load()
{
    m_loading = true;
    const auto setLine = [](QLineEdit *e, const QString &text) {
        if (!e->hasFocus() || !e->isModified()) {
            e->setText(text);
            e->setCursorPosition(0); // a long title shows its beginning
        }
        e->setModified(false);
    };
    const auto setPlain = [](QPlainTextEdit *e, const QString &text) {
        if (!e->hasFocus() && e->toPlainText() != text)
            e->setPlainText(text);
    };
    auto task = m_taskId ? m_workspace->tasks().get(m_taskId) : Result<Task>(Error());
    if (!task) {
        m_task = Task();
        m_heading->setText(tr("Select a task to see and edit it."));
        for (QLineEdit *e : {m_number, m_title, m_lead, m_cooperating})
            e->clear();
        m_text->clear();
        m_notes->clear();
        m_source->clear();
        m_hasDeadline->setChecked(false);
        m_loading = false;
        return;
    }
    m_task = *task;
    auto doc = m_workspace->documents().header(m_task.documentId);
    m_heading->setText(doc ? tr("%1 — %2").arg(m_task.path, doc->title) : m_task.path);
    QStringList lead, cooperating;
    for (const TaskDepartment &d : m_task.departments) {
        auto dept = m_workspace->departments().get(d.departmentId);
        (d.role == Role::Lead ? lead : cooperating).append(dept ? dept->name : QString());
    }
    setLine(m_number, m_task.number);
    setLine(m_title, m_task.title);
    setLine(m_lead, joinNames(lead));
    setLine(m_cooperating, joinNames(cooperating));
    m_hasDeadline->setChecked(m_task.deadline.isValid());
    m_deadline->setEnabled(m_task.deadline.isValid());
    m_deadline->setDate(m_task.deadline.isValid() ? m_task.deadline : QDate(doc && doc->year ? doc->year : QDate::currentDate().year(), 12, 31));
    m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(m_task.status)));
    setPlain(m_text, m_task.text);
    setPlain(m_notes, m_task.notes);
    loadSource({});
    m_loading = false;
}

// The task's words in the original document with a little context; targets' quotes marked.
void TaskEditor::loadSource(const TextSpan &strong)
{
    m_source->clear();
    if (!m_taskId || !m_task.span.isValid())
        return;
    auto doc = m_workspace->documents().get(m_task.documentId);
    if (!doc)
        return;
    const QString &original = doc->originalText;
    const int from = std::max(0, m_task.span.start - kContext);
    const int to = std::min(int(original.size()), m_task.span.end + kContext);
    QList<TextSpan> quotes;
    for (const Metric &m : m_workspace->metrics().forTask(m_taskId).value_or({})) {
        if (m.span.isValid())
            quotes.append(m.span);
    }
    QString html;
    for (int i = from; i < to; ++i) {
        const bool inTask = i >= m_task.span.start && i < m_task.span.end;
        const bool inQuote = std::any_of(quotes.begin(), quotes.end(), [&](const TextSpan &q) { return i >= q.start && i < q.end; });
        const bool inStrong = strong.isValid() && i >= strong.start && i < strong.end;
        const QString colour = inStrong ? QStringLiteral("#ffb74d") : inQuote ? QStringLiteral("#ffe082") : QString();
        QString c = QString(original.at(i)).toHtmlEscaped();
        if (c == QLatin1String("\n"))
            c = QStringLiteral("<br>");
        if (!colour.isEmpty())
            c = QStringLiteral("<span style=\"background:%1\">%2</span>").arg(colour, c);
        else if (!inTask)
            c = QStringLiteral("<span style=\"color:#888\">%1</span>").arg(c);
        html += c;
    }
    m_source->setHtml(html);
}

bool TaskEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_text || watched == m_notes)
            commitText(static_cast<QPlainTextEdit *>(watched));
    }
    return QWidget::eventFilter(watched, event);
}

void TaskEditor::commitLine(QLineEdit *edit)
{
    if (m_loading || !m_taskId || !edit->isModified())
        return;
    edit->setModified(false);
    const QStringList names = edit->text().split(QRegularExpression(QStringLiteral("[、，,；;]+")), Qt::SkipEmptyParts);
    if (edit == m_title)
        m_edits->setTaskField(m_taskId, EditActions::TaskField::Title, edit->text());
    else if (edit == m_number)
        m_edits->setTaskField(m_taskId, EditActions::TaskField::Number, edit->text());
    else if (edit == m_lead)
        m_edits->setTaskLeads(m_taskId, names);
    else if (edit == m_cooperating)
        m_edits->setTaskCooperating(m_taskId, names);
    load(); // shows what was stored (or the old value when refused)
}

void TaskEditor::commitText(QPlainTextEdit *edit)
{
    if (m_loading || !m_taskId)
        return;
    const QString text = edit->toPlainText();
    if (edit == m_text && text != m_task.text)
        m_edits->setTaskField(m_taskId, EditActions::TaskField::Text, text);
    else if (edit == m_notes && text != m_task.notes)
        m_edits->setTaskField(m_taskId, EditActions::TaskField::Notes, text);
}

void TaskEditor::commitDeadline()
{
    if (m_loading || !m_taskId)
        return;
    const QDate date = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    if (date != m_task.deadline)
        m_edits->setTaskField(m_taskId, EditActions::TaskField::Deadline, date);
}

void TaskEditor::commitPending()
{
    if (!m_taskId)
        return;
    for (QLineEdit *e : {m_number, m_title, m_lead, m_cooperating})
        commitLine(e);
    commitText(m_text);
    commitText(m_notes);
}

} // namespace cp::ui
