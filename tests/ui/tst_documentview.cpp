// The document view shows a policy document verbatim with what the importer recognised marked on it.
#include "../common/Fixtures.h"
#include "importing/Importer.h"
#include "importing/ReferenceDocuments.h"
#include "storage/Workspace.h"
#include "views/DocumentView.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace cp;
using namespace cp::ui;

namespace {

const QString kDocument000 = QStringLiteral("000_50bff88673248aef");
const QString kDocument003 = QStringLiteral("003_f97876cf5fb3a18d");

// Where a click lands on the character at a view position: the middle of its glyph.
QPoint characterPoint(QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    const QRect left = edit->cursorRect(cursor);
    cursor.setPosition(position + 1);
    const QRect right = edit->cursorRect(cursor);
    const int end = right.top() == left.top() ? right.left() : left.left() + 4;
    return {(left.left() + end) / 2, left.center().y()};
}

// Where a click puts the text cursor at a view position: the gap before the character.
QPoint gapPoint(QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    const QRect rect = edit->cursorRect(cursor);
    return {rect.left(), rect.center().y()};
}

void click(QPlainTextEdit *edit, const QPoint &at, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, modifiers, at);
}

// The view shows "\r\n" as one line break.
int viewPosition(const QString &text, int index)
{
    return index - int(text.left(index).count(QStringLiteral("\r\n")));
}

TextSpan spanOf(const QTextCursor &cursor)
{
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

QList<TextSpan> spansOf(const QList<Task> &tasks)
{
    QList<TextSpan> out;
    for (const Task &t : tasks)
        out.append(t.span);
    return out;
}

QList<TextSpan> spansOf(const QList<Metric> &metrics)
{
    QList<TextSpan> out;
    for (const Metric &m : metrics)
        out.append(m.span);
    return out;
}

QAction *action(DocumentView &view, const char *name)
{
    return view.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestDocumentView : public QObject
{
    Q_OBJECT

private:
    Workspace m_ws;
    Id m_000 = 0;
    Document m_document;
    QList<Task> m_tasks;
    QList<Metric> m_metrics;

    // Document 000's task at a path; an empty task (id 0) when there is none.
    Task task(const QString &path) const
    {
        const auto it = std::find_if(m_tasks.cbegin(), m_tasks.cend(), [&](const Task &t) { return t.path == path; });
        return it != m_tasks.cend() ? *it : Task();
    }
    // A view showing the document, small enough to scroll.
    std::unique_ptr<DocumentView> shownView(Workspace &ws, Id documentId)
    {
        auto view = std::make_unique<DocumentView>(&ws);
        view->resize(520, 360);
        view->show();
        view->setDocument(documentId);
        return view;
    }

private Q_SLOTS:
    void initTestCase();
    void showsTheTextVerbatimWithTasksAndTargetsMarked();
    void clickingAQuoteActivatesItsMetric();
    void clickingATaskActivatesIt();
    void clickingUnmarkedTextActivatesNothing();
    void ignoresTheWindowShowingAClickBack();
    void offersAddTaskAndAddMetricForASelection();
    void offersNoMetricForASelectionAcrossTwoTasks();
    void contextMenuKeepsCopyAndOffersTheAdditions();
    void followsANewMetricAndKeepsTheScrollPosition();
    void showTaskScrollsToIt();
    void showSpanMakesAQuoteCurrent();
    void showsATraditionalDocumentVerbatim();
    void keepsPositionsRightInACrLfDocument();
    void clearsWithoutADocument();
};

void TestDocumentView::initTestCase()
{
    CP_VERIFY_OK(m_ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(ReferenceDocuments::importInto(m_ws));
    m_000 = m_ws.documents().findByKey(kDocument000).value_or(0);
    QVERIFY(m_000 != 0);
    m_document = *m_ws.documents().get(m_000);
    m_tasks = *m_ws.tasks().forDocument(m_000);
    m_metrics = *m_ws.metrics().forDocument(m_000);
    QCOMPARE(m_tasks.size(), 26);
    QCOMPARE(m_metrics.size(), 6);
}

void TestDocumentView::showsTheTextVerbatimWithTasksAndTargetsMarked()
{
    const auto view = shownView(m_ws, m_000);
    QPlainTextEdit *text = view->textView();
    QVERIFY(text->isReadOnly());
    QCOMPARE(text->toPlainText(), m_document.originalText);
    QCOMPARE(view->taskSpans(), spansOf(m_tasks));
    QCOMPARE(view->metricSpans(), spansOf(m_metrics));

    // Task spans shaded in two alternating tints; quotes tinted and underlined on top of them.
    QList<TextSpan> shaded;
    QList<QColor> tints;
    QList<TextSpan> underlined;
    for (const QTextEdit::ExtraSelection &mark : text->extraSelections()) {
        if (mark.format.underlineStyle() == QTextCharFormat::SingleUnderline)
            underlined.append(spanOf(mark.cursor));
        else
            shaded.append(spanOf(mark.cursor));
        if (mark.format.underlineStyle() != QTextCharFormat::SingleUnderline)
            tints.append(mark.format.background().color());
    }
    QCOMPARE(shaded, spansOf(m_tasks));
    QCOMPARE(underlined, spansOf(m_metrics));
    for (qsizetype i = 1; i < tints.size(); ++i)
        QVERIFY2(tints.at(i) != tints.at(i - 1), qPrintable(QString::number(i)));
    QCOMPARE(tints.at(0), tints.at(2));

    const QString status = view->findChild<QLabel *>()->text();
    QVERIFY2(status.contains(QStringLiteral("26 task")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("6 target")), qPrintable(status));
}

void TestDocumentView::clickingAQuoteActivatesItsMetric()
{
    const auto view = shownView(m_ws, m_000);
    const Metric &metric = m_metrics.at(0);
    QCOMPARE(metric.quote, QStringLiteral("新建5G基站160座以上"));
    view->showTask(metric.taskId);
    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    QSignalSpy taskSpy(view.get(), &DocumentView::taskActivated);

    // The last character of the quote, 上, then the first, 新.
    for (int index : {metric.span.end - 1, metric.span.start}) {
        click(view->textView(), characterPoint(view->textView(), index));
        QCOMPARE(metricSpy.size(), 1);
        QCOMPARE(metricSpy.takeFirst().at(0).value<Id>(), metric.id);
    }
    QCOMPARE(taskSpy.size(), 0);
    QCOMPARE(view->currentSpan(), metric.span);

    // The current quote is drawn last, outlined, over its task's and its own tint.
    const QTextEdit::ExtraSelection current = view->textView()->extraSelections().constLast();
    QCOMPARE(spanOf(current.cursor), metric.span);
    QVERIFY(current.format.hasProperty(QTextFormat::OutlinePen));
    QVERIFY(view->findChild<QLabel *>()->text().contains(QStringLiteral("新建5G基站")));

    // The character just before the quote belongs to its task only.
    click(view->textView(), characterPoint(view->textView(), metric.span.start - 1));
    QCOMPARE(metricSpy.size(), 0);
    QCOMPARE(taskSpy.size(), 1);
    QCOMPARE(taskSpy.at(0).at(0).value<Id>(), metric.taskId);
}

void TestDocumentView::clickingATaskActivatesIt()
{
    const auto view = shownView(m_ws, m_000);
    const Task water = task(QStringLiteral("二.（二）"));
    QVERIFY(water.title.contains(QStringLiteral("龙华口调水工程")));
    view->showTask(water.id);
    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    QSignalSpy taskSpy(view.get(), &DocumentView::taskActivated);
    const int index = int(m_document.originalText.indexOf(QStringLiteral("龙华口"), water.span.start));
    QVERIFY(index > water.span.start);

    click(view->textView(), characterPoint(view->textView(), index));
    QCOMPARE(taskSpy.size(), 1);
    QCOMPARE(taskSpy.at(0).at(0).value<Id>(), water.id);
    QCOMPARE(metricSpy.size(), 0);
    QCOMPARE(view->currentSpan(), water.span);
    QVERIFY(view->findChild<QLabel *>()->text().contains(QStringLiteral("二.（二）")));
}

void TestDocumentView::clickingUnmarkedTextActivatesNothing()
{
    const auto view = shownView(m_ws, m_000);
    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    QSignalSpy taskSpy(view.get(), &DocumentView::taskActivated);
    QVERIFY(m_tasks.at(0).span.start > 3); // 附件1 and the title come before the first task
    click(view->textView(), characterPoint(view->textView(), 2));
    QCOMPARE(taskSpy.size() + metricSpy.size(), 0);
    QVERIFY(!view->currentSpan().isValid());
}

void TestDocumentView::ignoresTheWindowShowingAClickBack()
{
    const auto view = shownView(m_ws, m_000);
    view->resize(520, 120);
    const Metric &output = m_metrics.constLast(); // at the end of the long task 三.（一）
    view->showSpan(output.span);
    QScrollBar *scroll = view->textView()->verticalScrollBar();
    const int place = scroll->value();
    QTextCursor taskStart(view->textView()->document());
    taskStart.setPosition(task(QStringLiteral("三.（一）")).span.start);
    QVERIFY(view->textView()->cursorRect(taskStart).top() < 0); // showing the task would scroll

    // What MainWindow does: select the activated task, which shows it in this view again.
    const auto echo = connect(view.get(), &DocumentView::metricActivated, this, [&](Id id) {
        const Id taskId = m_ws.metrics().get(id)->taskId;
        view->showTask(taskId);
        view->showSpan(task(QStringLiteral("三.（一）")).span);
    });
    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    click(view->textView(), characterPoint(view->textView(), output.span.start + 2));
    disconnect(echo);
    QCOMPARE(metricSpy.size(), 1);
    QCOMPARE(view->currentSpan(), output.span);
    QCOMPARE(scroll->value(), place);

    // Outside a click's handling the same call does show the task.
    view->showTask(output.taskId);
    QCOMPARE(view->currentSpan(), task(QStringLiteral("三.（一）")).span);
    QVERIFY(scroll->value() < place);
}

void TestDocumentView::offersAddTaskAndAddMetricForASelection()
{
    const auto view = shownView(m_ws, m_000);
    const Task network = task(QStringLiteral("二.（四）"));
    view->showTask(network.id);
    QAction *addTask = action(*view, "addTaskFromSelection");
    QAction *addMetric = action(*view, "addMetricFromSelection");
    QVERIFY(addTask && addMetric);
    QVERIFY(!addTask->isEnabled());

    // Click before the selection's first character, shift-click before the character after it.
    const TextSpan selected{network.span.start + 20, network.span.start + 30};
    QPlainTextEdit *text = view->textView();
    QSignalSpy taskSpy(view.get(), &DocumentView::taskActivated);
    click(text, gapPoint(text, selected.start));
    click(text, gapPoint(text, selected.end), Qt::ShiftModifier);
    QCOMPARE(spanOf(text->textCursor()), selected);
    QCOMPARE(taskSpy.size(), 1); // the plain click only; a release with a selection activates nothing
    QVERIFY(addTask->isEnabled());
    QVERIFY(addMetric->isEnabled());

    QSignalSpy addTaskSpy(view.get(), &DocumentView::addTaskRequested);
    QSignalSpy addMetricSpy(view.get(), &DocumentView::addMetricRequested);
    addTask->trigger();
    QCOMPARE(addTaskSpy.size(), 1);
    QCOMPARE(addTaskSpy.at(0).at(0).value<Id>(), m_000);
    QCOMPARE(addTaskSpy.at(0).at(1).value<TextSpan>(), selected);
    addMetric->trigger();
    QCOMPARE(addMetricSpy.size(), 1);
    QCOMPARE(addMetricSpy.at(0).at(0).value<Id>(), network.id);
    QCOMPARE(addMetricSpy.at(0).at(1).value<TextSpan>(), selected);
}

void TestDocumentView::offersNoMetricForASelectionAcrossTwoTasks()
{
    const auto view = shownView(m_ws, m_000);
    const Task first = task(QStringLiteral("二.（二）"));
    const Task second = task(QStringLiteral("二.（三）"));
    QTextCursor cursor(view->textView()->document());
    cursor.setPosition(first.span.end - 5);
    cursor.setPosition(second.span.start + 5, QTextCursor::KeepAnchor);
    view->textView()->setTextCursor(cursor);

    QAction *addTask = action(*view, "addTaskFromSelection");
    QAction *addMetric = action(*view, "addMetricFromSelection");
    QVERIFY(addTask->isEnabled());
    QVERIFY(!addMetric->isEnabled());
    QSignalSpy addTaskSpy(view.get(), &DocumentView::addTaskRequested);
    QSignalSpy addMetricSpy(view.get(), &DocumentView::addMetricRequested);
    addMetric->trigger();
    addTask->trigger();
    QCOMPARE(addMetricSpy.size(), 0);
    QCOMPARE(addTaskSpy.size(), 1);
    QCOMPARE(addTaskSpy.at(0).at(1).value<TextSpan>(), (TextSpan{first.span.end - 5, second.span.start + 5}));
}

void TestDocumentView::contextMenuKeepsCopyAndOffersTheAdditions()
{
    const auto view = shownView(m_ws, m_000);
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    const Task network = task(QStringLiteral("二.（四）"));
    view->showTask(network.id);
    QTextCursor cursor(view->textView()->document());
    cursor.setPosition(network.span.start + 3);
    cursor.setPosition(network.span.start + 9, QTextCursor::KeepAnchor);
    view->textView()->setTextCursor(cursor);

    // The menu and its standard actions are gone once it closes: note what it offered while open.
    QStringList offered;
    QStringList enabled;
    QTimer::singleShot(0, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *a : menu->actions()) {
                offered.append(a->objectName());
                if (a->isEnabled())
                    enabled.append(a->objectName());
            }
            menu->close();
        }
    });
    QWidget *viewport = view->textView()->viewport();
    const QPoint at = characterPoint(view->textView(), network.span.start + 5);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);

    QVERIFY2(enabled.contains(QStringLiteral("edit-copy")), qPrintable(offered.join(u',')));
    QVERIFY(enabled.contains(QStringLiteral("addTaskFromSelection")));
    QVERIFY(enabled.contains(QStringLiteral("addMetricFromSelection")));
}

void TestDocumentView::followsANewMetricAndKeepsTheScrollPosition()
{
    Workspace ws; // its own, so the added metric stays out of the other tests
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    CP_VERIFY_OK(ReferenceDocuments::importInto(ws));
    const Id documentId = ws.documents().findByKey(kDocument000).value_or(0);
    const auto view = shownView(ws, documentId);
    const Task fusion = task(QStringLiteral("三.（二）"));
    view->showTask(fusion.id);
    const int scroll = view->textView()->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    Metric metric;
    metric.taskId = fusion.id;
    metric.position = 1;
    metric.label = QStringLiteral("乡村旅游");
    metric.span = {fusion.span.start + 10, fusion.span.start + 16};
    metric.quote = m_document.originalText.mid(metric.span.start, metric.span.length());
    metric.period = QStringLiteral("2023");
    const auto id = ws.metrics().insert(metric);
    CP_VERIFY_OK(id);
    Q_EMIT ws.metricsChanged(fusion.id);

    QCOMPARE(view->metricSpans(), spansOf(m_metrics) << metric.span);
    QCOMPARE(view->textView()->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->currentSpan(), fusion.span);
    QVERIFY(view->findChild<QLabel *>()->text().contains(QStringLiteral("7 target")));
    const auto marks = view->textView()->extraSelections();
    QVERIFY(std::any_of(marks.cbegin(), marks.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return spanOf(s.cursor) == metric.span && s.format.underlineStyle() == QTextCharFormat::SingleUnderline;
    }));

    // Reloading after a document change keeps the place and the current task.
    Q_EMIT ws.documentsChanged();
    QCOMPARE(view->textView()->verticalScrollBar()->value(), scroll);
    QCOMPARE(view->currentSpan(), fusion.span);
}

void TestDocumentView::showTaskScrollsToIt()
{
    const auto view = shownView(m_ws, m_000);
    QScrollBar *scroll = view->textView()->verticalScrollBar();
    QCOMPARE(scroll->value(), 0);
    const Task &last = m_tasks.constLast();
    QCOMPARE(last.path, QStringLiteral("六.（三）"));
    view->showTask(last.id);
    QVERIFY(scroll->value() > 0);
    QCOMPARE(view->currentSpan(), last.span);
    QTextCursor start(view->textView()->document());
    start.setPosition(last.span.start);
    QVERIFY(view->textView()->viewport()->rect().contains(view->textView()->cursorRect(start)));
    QVERIFY(view->findChild<QLabel *>()->text().contains(QStringLiteral("六.（三）")));

    view->showTask(m_tasks.constFirst().id);
    QCOMPARE(view->currentSpan(), m_tasks.constFirst().span);
    QVERIFY(scroll->value() < 40);
}

void TestDocumentView::showSpanMakesAQuoteCurrent()
{
    const auto view = shownView(m_ws, m_000);
    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    const Metric &output = m_metrics.constLast();
    view->showSpan(output.span);
    QCOMPARE(view->currentSpan(), output.span);
    QCOMPARE(metricSpy.size(), 0); // showing is not activating
    QVERIFY(view->findChild<QLabel *>()->text().contains(output.label));
    QCOMPARE(spanOf(view->textView()->extraSelections().constLast().cursor), output.span);
}

void TestDocumentView::showsATraditionalDocumentVerbatim()
{
    const Id id = m_ws.documents().findByKey(kDocument003).value_or(0);
    const Document document = *m_ws.documents().get(id);
    QVERIFY(document.originalText.contains(QStringLiteral("壺關縣")));
    const auto view = shownView(m_ws, id);
    QCOMPARE(view->textView()->toPlainText(), document.originalText);
    QCOMPARE(view->taskSpans(), spansOf(*m_ws.tasks().forDocument(id)));
    const QList<Metric> metrics = *m_ws.metrics().forDocument(id);
    QCOMPARE(view->metricSpans(), spansOf(metrics));
    for (const QTextEdit::ExtraSelection &mark : view->textView()->extraSelections())
        if (mark.format.underlineStyle() == QTextCharFormat::SingleUnderline)
            QVERIFY(std::any_of(metrics.cbegin(), metrics.cend(),
                                [&](const Metric &m) { return m.quote == mark.cursor.selectedText(); }));
}

void TestDocumentView::keepsPositionsRightInACrLfDocument()
{
    const QString source = QStringLiteral(
        "关于印发《太谷区2023年乡村振兴重点任务》的通知\r\n\r\n太政发〔2023〕12号\r\n\r\n"
        "各乡（镇）人民政府，区直各有关单位：\r\n\r\n一、稳定粮食生产\r\n\r\n（一）抓好粮食生产。\r\n"
        "1.粮食产量达到3.2亿斤左右。[牵头单位:区发改局(粮食局);责任单位:区农业农村局、区财政局]\r\n"
        "2.建设高标准农田3-5万亩。[牵头单位:区农业农村局;责任单位:区自然资源局]\r\n");
    Workspace ws;
    CP_VERIFY_OK(ws.open(QStringLiteral(":memory:")));
    const auto report = Importer(ws).importBytes(source.toUtf8(), QStringLiteral("taigu_crlf.txt"));
    CP_VERIFY_OK(report);
    const QString original = ws.documents().get(report->documentId)->originalText;
    QCOMPARE(original, source);
    const QList<Metric> metrics = *ws.metrics().forDocument(report->documentId);
    const auto farmland = std::find_if(metrics.cbegin(), metrics.cend(), [](const Metric &m) {
        return m.quote.contains(QStringLiteral("高标准农田"));
    });
    QVERIFY(farmland != metrics.cend());
    QCOMPARE(original.mid(farmland->span.start, farmland->span.length()), farmland->quote);

    const auto view = shownView(ws, report->documentId);
    QPlainTextEdit *text = view->textView();
    QCOMPARE(text->toPlainText(), QString(original).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QCOMPARE(view->metricSpans(), spansOf(metrics));
    QCOMPARE(view->taskSpans(), spansOf(*ws.tasks().forDocument(report->documentId)));
    const QList<QTextEdit::ExtraSelection> marks = text->extraSelections();
    const auto mark = std::find_if(marks.cbegin(), marks.cend(), [&](const QTextEdit::ExtraSelection &s) {
        return s.cursor.selectionStart() == viewPosition(original, farmland->span.start);
    });
    QVERIFY(mark != marks.cend());
    QCOMPARE(mark->cursor.selectedText(), farmland->quote);

    QSignalSpy metricSpy(view.get(), &DocumentView::metricActivated);
    click(text, characterPoint(text, viewPosition(original, farmland->span.end - 1)));
    QCOMPARE(metricSpy.size(), 1);
    QCOMPARE(metricSpy.at(0).at(0).value<Id>(), farmland->id);

    // A selection made in the view comes back as a span of the original text.
    const int start = int(original.indexOf(QStringLiteral("粮食产量")));
    const TextSpan selected{start, start + 4};
    click(text, gapPoint(text, viewPosition(original, selected.start)));
    click(text, gapPoint(text, viewPosition(original, selected.end)), Qt::ShiftModifier);
    QSignalSpy addMetricSpy(view.get(), &DocumentView::addMetricRequested);
    action(*view, "addMetricFromSelection")->trigger();
    QCOMPARE(addMetricSpy.size(), 1);
    QCOMPARE(addMetricSpy.at(0).at(1).value<TextSpan>(), selected);
    QCOMPARE(original.mid(selected.start, 4), QStringLiteral("粮食产量"));

    ws.close(); // a closed workspace leaves nothing on screen
    QCOMPARE(view->documentId(), Id(0));
    QVERIFY(text->toPlainText().isEmpty());
}

void TestDocumentView::clearsWithoutADocument()
{
    const auto view = shownView(m_ws, m_000);
    view->showTask(m_tasks.at(3).id);
    view->setDocument(0);
    QVERIFY(view->textView()->toPlainText().isEmpty());
    QVERIFY(view->taskSpans().isEmpty());
    QVERIFY(view->metricSpans().isEmpty());
    QVERIFY(view->textView()->extraSelections().isEmpty());
    QVERIFY(!view->currentSpan().isValid());
    QVERIFY(view->findChild<QLabel *>()->text().isEmpty());
    QVERIFY(!action(*view, "addTaskFromSelection")->isEnabled());
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
