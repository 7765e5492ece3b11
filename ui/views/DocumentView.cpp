#include "DocumentView.h"

#include "storage/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace cp::ui {

namespace {

// Light enough for black text in light themes; two task tints so neighbouring tasks are told apart.
const QColor kTaskTint(0xE3, 0xEE, 0xFA);
const QColor kTaskTintAlternate(0xE6, 0xF4, 0xE1);
const QColor kMetricTint(0xFF, 0xE4, 0xA8);
const QColor kMetricUnderline(0xB2, 0x6A, 0x00);
const QColor kCurrentTint(0xFF, 0xC9, 0x6B);
const QColor kCurrentOutline(0xD9, 0x6C, 0x00);

bool contains(const TextSpan &outer, const TextSpan &inner)
{
    return outer.isValid() && inner.isValid() && outer.start <= inner.start && inner.end <= outer.end;
}

template<typename Item>
const Item *findById(const QList<Item> &items, Id id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(), [&](const Item &i) { return i.id == id; });
    return id != 0 && it != items.cend() ? &*it : nullptr;
}

// How many of the sorted values are below value.
int countBelow(const QList<int> &sorted, int value)
{
    return int(std::lower_bound(sorted.cbegin(), sorted.cend(), value) - sorted.cbegin());
}

template<typename Item>
QList<TextSpan> validSpans(const QList<Item> &items)
{
    QList<TextSpan> spans;
    for (const Item &item : items)
        if (item.span.isValid())
            spans.append(item.span);
    return spans;
}

} // namespace

DocumentView::DocumentView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_addTask(new QAction(this))
    , m_addMetric(new QAction(this))
{
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->viewport()->installEventFilter(this);
    // A long current task title must not widen the view.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_addTask->setObjectName(QStringLiteral("addTaskFromSelection"));
    m_addMetric->setObjectName(QStringLiteral("addMetricFromSelection"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    connect(m_text, &QPlainTextEdit::selectionChanged, this, &DocumentView::updateActions);
    connect(m_text, &QWidget::customContextMenuRequested, this, &DocumentView::showContextMenu);
    connect(m_addTask, &QAction::triggered, this, [this] {
        if (const TextSpan span = selectedSpan(); span.length() > 0)
            Q_EMIT addTaskRequested(m_documentId, span);
    });
    connect(m_addMetric, &QAction::triggered, this, [this] {
        const TextSpan span = selectedSpan();
        if (const Task *task = taskContaining(span); task && span.length() > 0)
            Q_EMIT addMetricRequested(task->id, span);
    });

    connect(m_workspace, &Workspace::opened, this, [this] { setDocument(0); });
    connect(m_workspace, &Workspace::aboutToClose, this, [this] { setDocument(0); });
    connect(m_workspace, &Workspace::documentsChanged, this, &DocumentView::reload);
    connect(m_workspace, &Workspace::tasksChanged, this, [this](Id documentId) {
        if (m_documentId != 0 && documentId == m_documentId)
            reloadMarks();
    });
    // Only this document's tasks matter; 0 stands for "any task".
    const auto reloadIfShown = [this](Id taskId) {
        if (taskId == 0 || findById(m_tasks, taskId))
            reloadMarks();
    };
    connect(m_workspace, &Workspace::taskChanged, this, reloadIfShown);
    connect(m_workspace, &Workspace::metricsChanged, this, reloadIfShown);
    retranslate();
}

DocumentView::~DocumentView() = default;

void DocumentView::setDocument(Id documentId)
{
    if (documentId != m_documentId) {
        m_documentId = documentId;
        m_originalText.clear();
        m_text->clear();
        m_current = {};
        m_currentTask = m_currentMetric = 0;
    }
    reload();
}

void DocumentView::showTask(Id taskId)
{
    if (m_activating)
        return;
    if (!findById(m_tasks, taskId) && m_workspace->isOpen()) {
        if (const auto task = m_workspace->tasks().get(taskId); task && task->documentId != m_documentId)
            setDocument(task->documentId);
    }
    if (const Task *task = findById(m_tasks, taskId)) {
        const TextSpan span = task->span;
        setCurrent(taskId, 0, span);
        scrollTo(span);
    }
}

void DocumentView::showSpan(const TextSpan &span)
{
    if (m_activating)
        return;
    const auto hasSpan = [&](const auto &item) { return item.span == span; };
    const auto metric = std::find_if(m_metrics.cbegin(), m_metrics.cend(), hasSpan);
    const auto task = std::find_if(m_tasks.cbegin(), m_tasks.cend(), hasSpan);
    if (metric != m_metrics.cend())
        setCurrent(0, metric->id, span);
    else
        setCurrent(task != m_tasks.cend() ? task->id : 0, 0, span);
    scrollTo(span);
}

QList<TextSpan> DocumentView::taskSpans() const
{
    return validSpans(m_tasks);
}

QList<TextSpan> DocumentView::metricSpans() const
{
    return validSpans(m_metrics);
}

void DocumentView::reload()
{
    m_loadError.clear();
    QString text;
    if (m_documentId != 0 && m_workspace->isOpen()) {
        if (auto document = m_workspace->documents().get(m_documentId))
            text = document->originalText;
        else
            m_loadError = document.error().message();
    }
    if (text != m_originalText) {
        const int scroll = m_text->verticalScrollBar()->value();
        m_originalText = text;
        m_crlfIndices.clear();
        m_crlfPositions.clear();
        // QTextDocument turns "\r\n" into one block separator; remember where, to map spans.
        const QString crlf = QStringLiteral("\r\n");
        for (qsizetype i = text.indexOf(crlf); i >= 0; i = text.indexOf(crlf, i + 2)) {
            m_crlfPositions.append(int(i) - int(m_crlfIndices.size()));
            m_crlfIndices.append(int(i));
        }
        m_text->setPlainText(text);
        m_text->verticalScrollBar()->setValue(scroll);
    }
    reloadMarks();
}

void DocumentView::reloadMarks()
{
    m_tasks.clear();
    m_metrics.clear();
    if (m_documentId != 0 && m_loadError.isEmpty() && m_workspace->isOpen()) {
        auto tasks = m_workspace->tasks().forDocument(m_documentId);
        auto metrics = m_workspace->metrics().forDocument(m_documentId);
        m_tasks = tasks.value_or({});
        m_metrics = metrics.value_or({});
        m_loadError = !tasks ? tasks.error().message() : !metrics ? metrics.error().message() : QString();
    }
    // A current task or quote follows its item's new span, and stops being current when it is gone.
    if (m_currentTask != 0 || m_currentMetric != 0) {
        const Task *task = findById(m_tasks, m_currentTask);
        const Metric *metric = findById(m_metrics, m_currentMetric);
        m_currentTask = task ? task->id : 0;
        m_currentMetric = metric ? metric->id : 0;
        m_current = metric ? metric->span : task ? task->span : TextSpan{};
    }
    applyMarks();
    updateActions();
    updateStatus();
}

void DocumentView::applyMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    const auto mark = [&](const TextSpan &span, const QTextCharFormat &format) {
        if (span.length() > 0)
            marks.append({viewCursor(span), format});
    };
    QTextCharFormat taskFormats[2];
    taskFormats[0].setBackground(kTaskTint);
    taskFormats[1].setBackground(kTaskTintAlternate);
    QTextCharFormat metricFormat;
    metricFormat.setBackground(kMetricTint);
    metricFormat.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    metricFormat.setUnderlineColor(kMetricUnderline);
    QTextCharFormat currentFormat = m_currentMetric != 0 ? metricFormat : QTextCharFormat();
    currentFormat.setBackground(kCurrentTint);
    // Extra selections draw OutlinePen around their region: a frame around the current item.
    currentFormat.setProperty(QTextFormat::OutlinePen, QPen(kCurrentOutline, 1));

    for (qsizetype i = 0; i < m_tasks.size(); ++i)
        mark(m_tasks.at(i).span, taskFormats[i % 2]);
    // Later selections paint over earlier ones: a current task stays under its quotes' marks.
    if (m_currentMetric == 0)
        mark(m_current, currentFormat);
    for (const Metric &m : std::as_const(m_metrics))
        mark(m.span, metricFormat);
    if (m_currentMetric != 0)
        mark(m_current, currentFormat);
    m_text->setExtraSelections(marks);
}

void DocumentView::retranslate()
{
    m_addTask->setText(tr("Add Task from Selection"));
    m_addMetric->setText(tr("Add Metric from Selection"));
    updateStatus();
}

void DocumentView::updateActions()
{
    const TextSpan span = selectedSpan();
    m_addTask->setEnabled(span.length() > 0);
    m_addMetric->setEnabled(span.length() > 0 && taskContaining(span) != nullptr);
}

void DocumentView::updateStatus()
{
    if (!m_loadError.isEmpty() || m_documentId == 0) {
        m_status->setText(m_loadError);
        m_status->setToolTip(m_loadError);
        return;
    }
    QStringList parts{tr("%n task(s) marked", nullptr, int(m_tasks.size())),
                      tr("%n target(s) marked", nullptr, int(m_metrics.size()))};
    const Metric *metric = findById(m_metrics, m_currentMetric);
    if (const Task *task = findById(m_tasks, metric ? metric->taskId : m_currentTask); metric && task)
        parts.append(tr("Target “%1” of task %2").arg(metric->label, task->path));
    else if (task)
        parts.append(tr("Task %1 %2").arg(task->path, task->title));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setToolTip(m_status->text());
}

void DocumentView::setCurrent(Id taskId, Id metricId, const TextSpan &span)
{
    m_currentTask = taskId;
    m_currentMetric = metricId;
    m_current = span;
    applyMarks();
    updateStatus();
}

void DocumentView::scrollTo(const TextSpan &span)
{
    if (!span.isValid())
        return;
    // Showing the end first, then the start, keeps as much of the span on screen as fits.
    QTextCursor cursor = viewCursor(span);
    const int start = cursor.selectionStart();
    cursor.setPosition(cursor.selectionEnd());
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(start);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void DocumentView::activateAt(const QPoint &viewportPos)
{
    // cursorForPosition gives the nearest gap between characters; the one clicked is left or right of it.
    const QTextCursor gap = m_text->cursorForPosition(viewportPos);
    const QRect rect = m_text->cursorRect(gap);
    const bool leftOfGap = viewportPos.y() < rect.top()
                           || (viewportPos.y() <= rect.bottom() && viewportPos.x() < rect.left());
    const int index = toOriginal(gap.position() - (leftOfGap && gap.position() > 0 ? 1 : 0));
    const TextSpan clicked{index, index + 1};

    const auto metric = std::find_if(m_metrics.cbegin(), m_metrics.cend(),
                                     [&](const Metric &m) { return contains(m.span, clicked); });
    const QScopedValueRollback<bool> activating(m_activating, true);
    if (metric != m_metrics.cend()) {
        const Id id = metric->id;
        setCurrent(0, id, metric->span);
        Q_EMIT metricActivated(id);
    } else if (const Task *task = taskContaining(clicked)) {
        const Id id = task->id;
        setCurrent(id, 0, task->span);
        Q_EMIT taskActivated(id);
    }
}

void DocumentView::showContextMenu(const QPoint &viewportPos)
{
    // The standard menu keeps Copy and Select All; ours follow.
    std::unique_ptr<QMenu> menu(m_text->createStandardContextMenu());
    menu->addSeparator();
    menu->addAction(m_addTask);
    menu->addAction(m_addMetric);
    menu->exec(m_text->viewport()->mapToGlobal(viewportPos));
}

TextSpan DocumentView::selectedSpan() const
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection() || m_documentId == 0)
        return {};
    int start = toOriginal(cursor.selectionStart());
    int end = std::min(toOriginal(cursor.selectionEnd()), int(m_originalText.size()));
    while (start < end && m_originalText.at(start).isSpace())
        ++start;
    while (end > start && m_originalText.at(end - 1).isSpace())
        --end;
    return {start, end};
}

const Task *DocumentView::taskContaining(const TextSpan &span) const
{
    for (const Task &t : m_tasks)
        if (contains(t.span, span))
            return &t;
    return nullptr;
}

QTextCursor DocumentView::viewCursor(const TextSpan &span) const
{
    // Spans past the end (a damaged row) are cut to the text rather than refused.
    const int last = m_text->document()->characterCount() - 1;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(toView(span.start), 0, last));
    cursor.setPosition(std::clamp(toView(span.end), 0, last), QTextCursor::KeepAnchor);
    return cursor;
}

int DocumentView::toView(int index) const
{
    // Every "\r\n" before the index is one character shorter in the view.
    return index - countBelow(m_crlfIndices, index);
}

int DocumentView::toOriginal(int position) const
{
    return position + countBelow(m_crlfPositions, position);
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        // A drag or a double click selects text; only a plain click activates.
        if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection())
            activateAt(mouse->position().toPoint());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cp::ui
