#include "EditActions.h"

#include "EditCommand.h"
#include "importing/ChineseScript.h"
#include "importing/DepartmentNames.h"
#include "importing/DocumentParser.h"
#include "importing/MetricExtractor.h"
#include "importing/Numbering.h"
#include "importing/UnitBlockParser.h"
#include "storage/Workspace.h"

#include <QUndoStack>

#include <algorithm>

namespace cp::ui {

EditActions::EditActions(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(new QUndoStack(this))
    , m_editor(*workspace)
    , m_progress(*workspace)
{
    // Another workspace, another history.
    connect(m_workspace, &Workspace::opened, m_stack, &QUndoStack::clear);
    connect(m_workspace, &Workspace::aboutToClose, m_stack, &QUndoStack::clear);
}

EditActions::~EditActions() = default;

bool EditActions::fail(const Error &error)
{
    Q_EMIT failed(error.message());
    return false;
}

bool EditActions::run(EditCommand *command)
{
    command->setReporter([this](const Error &e) { Q_EMIT failed(e.message()); });
    if (Status s = command->execute(); !s) {
        delete command;
        return fail(s.error());
    }
    m_stack->push(command);
    return true;
}

bool EditActions::runMacro(const QString &text, const std::function<bool()> &steps)
{
    const int before = m_stack->index();
    m_stack->beginMacro(text);
    const bool ok = steps();
    m_stack->endMacro();
    if (!ok && m_stack->index() > before) {
        m_stack->undo(); // take back the steps that were done; the next edit discards them
    }
    return ok;
}

// ---- tasks ---------------------------------------------------------------------------------

bool EditActions::taskChangesNothing(const Task &a, const Task &b)
{
    return a.number == b.number && a.title == b.title && a.text == b.text && a.deadline == b.deadline
           && a.status == b.status && a.notes == b.notes;
}

bool EditActions::setTaskField(Id taskId, TaskField field, const QVariant &value)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error());
    Task after = *task;
    QString what;
    switch (field) {
    case TaskField::Number:
        after.number = value.toString().trimmed();
        what = tr("Change number of %1");
        break;
    case TaskField::Title:
        after.title = value.toString().trimmed();
        what = tr("Change title of %1");
        break;
    case TaskField::Text:
        after.text = value.toString();
        what = tr("Change text of %1");
        break;
    case TaskField::Deadline:
        after.deadline = value.toDate();
        what = tr("Change deadline of %1");
        break;
    case TaskField::Status:
        after.status = value.value<TaskStatus>();
        what = tr("Change status of %1");
        break;
    case TaskField::Notes:
        after.notes = value.toString();
        what = tr("Change notes of %1");
        break;
    }
    if (field == TaskField::Title && after.title.isEmpty())
        return fail(Error(tr("a task needs a title")));
    if (field == TaskField::Number && after.number.isEmpty())
        return fail(Error(tr("a task needs a number")));
    if (taskChangesNothing(*task, after))
        return true;
    WorkspaceEditor editor = m_editor;
    return run(new ChangeCommand<Task>(what.arg(task->path), *task, after,
                                       [editor](const Task &from, const Task &to) mutable { return editor.updateTask(from, to); }));
}

bool EditActions::setTaskDepartments(Id taskId, const QList<TaskDepartment> &departments)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error());
    if (task->departments == departments)
        return true;
    WorkspaceEditor editor = m_editor;
    return run(new ChangeCommand<QList<TaskDepartment>>(
        tr("Change departments of %1").arg(task->path), task->departments, departments,
        [editor, taskId](const QList<TaskDepartment> &from, const QList<TaskDepartment> &to) mutable {
            return editor.setTaskDepartments(taskId, from, to);
        }));
}

Id EditActions::findDepartment(Id regionId, const QString &name) const
{
    if (const Id exact = m_workspace->departments().resolve(regionId, name).value_or(0))
        return exact;
    const QString key = DepartmentNames::canonicalKey(name);
    for (const Department &d : m_workspace->departments().forRegion(regionId).value_or({})) {
        if (DepartmentNames::canonicalKey(d.name) == key)
            return d.id;
        for (const QString &alias : d.aliases) {
            if (DepartmentNames::canonicalKey(alias) == key)
                return d.id;
        }
    }
    return 0;
}

bool EditActions::setRole(Id taskId, Role role, const QStringList &names)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error());
    auto document = m_workspace->documents().header(task->documentId);
    if (!document)
        return fail(document.error());
    QStringList cleaned;
    for (const QString &name : names) {
        const QString c = DepartmentNames::clean(name);
        if (!c.isEmpty() && !cleaned.contains(c))
            cleaned.append(c);
    }
    const QString text = role == Role::Lead ? tr("Change lead of %1").arg(task->path)
                                            : tr("Change cooperating units of %1").arg(task->path);
    return runMacro(text, [&]() -> bool {
        QList<TaskDepartment> named;
        for (const QString &name : cleaned) {
            Id id = findDepartment(document->regionId, name);
            if (!id) {
                // A unit this region does not know yet becomes a department, in the same step.
                auto *add = new AddDepartmentCommand(tr("Add department %1").arg(name), m_editor, document->regionId, name);
                if (!run(add))
                    return false;
                id = add->storedId();
            }
            if (std::none_of(named.begin(), named.end(), [&](const TaskDepartment &d) { return d.departmentId == id; }))
                named.append({id, role});
        }
        // The other role keeps its units, except those now named in this one; leads come first.
        QList<TaskDepartment> after = role == Role::Lead ? named : QList<TaskDepartment>();
        for (const TaskDepartment &d : task->departments) {
            const bool renamed = std::any_of(named.begin(), named.end(), [&](const TaskDepartment &n) { return n.departmentId == d.departmentId; });
            if (d.role != role && !renamed)
                after.append(d);
        }
        if (role == Role::Cooperating)
            after += named;
        return setTaskDepartments(taskId, after);
    });
}

bool EditActions::setTaskLeads(Id taskId, const QStringList &names)
{
    return setRole(taskId, Role::Lead, names);
}

bool EditActions::setTaskCooperating(Id taskId, const QStringList &names)
{
    return setRole(taskId, Role::Cooperating, names);
}

Id EditActions::addTaskCommand(const Task &task)
{
    WorkspaceEditor editor = m_editor;
    auto *command = new InsertCommand<Task, TaskSnapshot>(
        tr("Add task %1").arg(task.path), task, [editor](const Task &t) mutable { return editor.insertTask(t); },
        [editor](Id id) mutable { return editor.removeTask(id); },
        [editor](const TaskSnapshot &s) mutable { return editor.restoreTask(s); });
    if (!run(command))
        return 0;
    return command->storedId();
}

std::optional<Id> EditActions::addTask(Id documentId, Id afterTaskId, const QString &title)
{
    auto tasks = m_workspace->tasks().forDocument(documentId);
    if (!tasks)
        return fail(tasks.error()), std::nullopt;
    Task task;
    task.documentId = documentId;
    task.position = int(tasks->size());
    for (const Task &t : *tasks) {
        if (t.id == afterTaskId) {
            task.position = t.position + 1;
            task.sectionId = t.sectionId;
        }
    }
    if (!afterTaskId && !tasks->isEmpty())
        task.sectionId = tasks->last().sectionId;
    QString sectionPath;
    for (const Section &s : m_workspace->documents().sections(documentId).value_or({})) {
        if (s.id == task.sectionId)
            sectionPath = s.path;
    }
    task.number = tr("(new)");
    task.path = sectionPath.isEmpty() ? task.number : sectionPath + QLatin1Char('.') + task.number;
    task.title = title.isEmpty() ? tr("New task") : title;
    task.text = task.title;
    const Id id = addTaskCommand(task);
    return id ? std::optional<Id>(id) : std::nullopt;
}

std::optional<Id> EditActions::addTaskFromSpan(Id documentId, const TextSpan &span)
{
    auto document = m_workspace->documents().get(documentId);
    if (!document)
        return fail(document.error()), std::nullopt;
    if (!span.isValid() || span.end > document->originalText.size() || span.length() == 0)
        return fail(Error(tr("select the words of the task in the document first"))), std::nullopt;
    QString text = document->originalText.mid(span.start, span.length()).trimmed();
    std::optional<UnitAssignment> units;
    if (auto block = UnitBlockParser::findTrailing(ChineseScript::toSimplifiedSameLength(text))) {
        units = block->units;
        text = text.left(block->start).trimmed();
    }
    const auto numbering = NumberingParser::parse(ChineseScript::fold(text));
    Task task;
    task.documentId = documentId;
    task.span = span;
    // Place it where its words are: before the first task that starts after them.
    auto tasks = m_workspace->tasks().forDocument(documentId).value_or({});
    task.position = int(tasks.size());
    for (const Task &t : tasks) {
        if (t.span.isValid() && t.span.start > span.start) {
            task.position = t.position;
            break;
        }
    }
    QString sectionPath;
    for (const Section &s : m_workspace->documents().sections(documentId).value_or({})) {
        if (s.span.isValid() && s.span.start <= span.start && span.start < s.span.end) {
            task.sectionId = s.id; // the deepest section that holds it comes last
            sectionPath = s.path;
        }
    }
    task.number = numbering ? numbering->written : tr("(new)");
    if (numbering)
        text = text.mid(numbering->length).trimmed();
    const QString normalized = numbering ? numbering->normalized : task.number;
    task.path = sectionPath.isEmpty() ? normalized : sectionPath + QLatin1Char('.') + normalized;
    task.text = text;
    task.title = DocumentParser::titleOf(text);
    if (task.title.isEmpty())
        return fail(Error(tr("select the words of the task in the document first"))), std::nullopt;

    Id newId = 0;
    const bool ok = runMacro(tr("Add task %1 from the document").arg(task.path), [&]() -> bool {
        newId = addTaskCommand(task);
        if (!newId)
            return false;
        if (units && !units->lead.isEmpty() && !setTaskLeads(newId, units->lead))
            return false;
        if (units && !units->cooperating.isEmpty() && !setTaskCooperating(newId, units->cooperating))
            return false;
        // The targets in the selected words, quoted exactly.
        const qsizetype offset = document->originalText.indexOf(text, span.start);
        int position = 0;
        for (const ExtractedMetric &e : MetricExtractor::extract(text, document->year)) {
            Metric m;
            m.taskId = newId;
            m.position = position++;
            m.label = e.label;
            m.value = e.value;
            m.valueMax = e.valueMax;
            m.unit = e.unit;
            m.comparator = e.comparator;
            m.baseline = e.baseline;
            m.kind = e.kind;
            m.period = e.period;
            m.quote = text.mid(e.start, e.end - e.start);
            if (offset >= 0)
                m.span = TextSpan{int(offset + e.start), int(offset + e.end)};
            if (!addMetricCommand(m))
                return false;
        }
        return true;
    });
    return ok ? std::optional<Id>(newId) : std::nullopt;
}

bool EditActions::removeTasks(const QList<Id> &taskIds)
{
    if (taskIds.isEmpty())
        return true;
    WorkspaceEditor editor = m_editor;
    const auto remove = [&](Id id) {
        auto task = m_workspace->tasks().get(id);
        if (!task)
            return fail(task.error());
        return run(new RemoveCommand<TaskSnapshot>(
            tr("Delete task %1").arg(task->path), id, [editor](Id i) mutable { return editor.removeTask(i); },
            [editor](const TaskSnapshot &s) mutable { return editor.restoreTask(s); }));
    };
    if (taskIds.size() == 1)
        return remove(taskIds.first());
    return runMacro(tr("Delete %n task(s)", nullptr, int(taskIds.size())), [&]() -> bool {
        for (Id id : taskIds) {
            if (!remove(id))
                return false;
        }
        return true;
    });
}

bool EditActions::moveTask(Id taskId, int direction)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error());
    const QList<Task> tasks = m_workspace->tasks().forDocument(task->documentId).value_or({});
    const auto it = std::find_if(tasks.begin(), tasks.end(), [&](const Task &t) { return t.id == taskId; });
    const qsizetype index = it - tasks.begin();
    const qsizetype other = index + (direction < 0 ? -1 : 1);
    if (other < 0 || other >= tasks.size())
        return false; // already first or last: nothing to do, nothing wrong
    const Id neighbour = tasks.at(other).id;
    WorkspaceEditor editor = m_editor;
    return run(new FunctionCommand(
        direction < 0 ? tr("Move %1 up").arg(task->path) : tr("Move %1 down").arg(task->path),
        [editor, taskId, neighbour]() mutable { return editor.swapTasks(taskId, neighbour); },
        [editor, taskId, neighbour]() mutable { return editor.swapTasks(taskId, neighbour); }));
}

std::optional<Id> EditActions::splitTask(Id taskId, int textPosition)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error()), std::nullopt;
    const QString first = task->text.left(textPosition).trimmed();
    const QString second = task->text.mid(textPosition).trimmed();
    if (first.isEmpty() || second.isEmpty())
        return fail(Error(tr("split a task inside its text, not at its start or end"))), std::nullopt;
    auto document = m_workspace->documents().get(task->documentId);
    if (!document)
        return fail(document.error()), std::nullopt;

    Task head = *task;
    head.text = first;
    head.title = DocumentParser::titleOf(first);
    Task tail;
    tail.documentId = task->documentId;
    tail.sectionId = task->sectionId;
    tail.position = task->position + 1;
    tail.number = task->number + QStringLiteral("之二");
    tail.path = task->path + QStringLiteral("之二");
    tail.text = second;
    tail.title = DocumentParser::titleOf(second);
    tail.deadline = task->deadline;
    tail.status = task->status;
    // Where the second part's words are found in the original, the spans follow them.
    const qsizetype at = task->span.isValid() ? document->originalText.indexOf(second.left(20), task->span.start) : -1;
    if (at >= 0 && at < task->span.end) {
        tail.span = TextSpan{int(at), task->span.end};
        head.span = TextSpan{task->span.start, int(at)};
    } else {
        tail.span = task->span;
    }
    const QList<Metric> metrics = m_workspace->metrics().forTask(taskId).value_or({});
    Id tailId = 0;
    const bool ok = runMacro(tr("Split %1").arg(task->path), [&]() -> bool {
        WorkspaceEditor editor = m_editor;
        if (!run(new ChangeCommand<Task>(tr("Change text of %1").arg(task->path), *task, head,
                                         [editor](const Task &from, const Task &to) mutable { return editor.updateTask(from, to); })))
            return false;
        tailId = addTaskCommand(tail);
        if (!tailId || !setTaskDepartments(tailId, task->departments))
            return false;
        // Targets quoted in the second part go with it.
        int position = 0;
        for (const Metric &m : metrics) {
            const bool inTail = tail.span.isValid() && m.span.isValid() && tail.span != task->span
                                    ? m.span.start >= tail.span.start
                                    : second.contains(m.quote) && !first.contains(m.quote);
            if (!inTail)
                continue;
            Metric moved = m;
            moved.taskId = tailId;
            moved.position = position++;
            if (!updateMetric(moved))
                return false;
        }
        return true;
    });
    return ok ? std::optional<Id>(tailId) : std::nullopt;
}

bool EditActions::mergeTasks(Id firstId, Id secondId)
{
    auto first = m_workspace->tasks().get(firstId);
    auto second = m_workspace->tasks().get(secondId);
    if (!first || !second)
        return fail(!first ? first.error() : second.error());
    if (first->documentId != second->documentId)
        return fail(Error(tr("only tasks of one document can be merged")));
    if (!m_workspace->progress().reportsForTask(secondId).value_or({}).isEmpty())
        return fail(Error(tr("%1 has progress reports; merging would lose them").arg(second->path)));
    Task merged = *first;
    merged.text = first->text + QLatin1Char('\n') + second->text;
    if (first->span.isValid() && second->span.isValid())
        merged.span = TextSpan{std::min(first->span.start, second->span.start), std::max(first->span.end, second->span.end)};
    QList<TaskDepartment> departments = first->departments;
    for (const TaskDepartment &d : second->departments) {
        const auto same = std::find_if(departments.begin(), departments.end(), [&](const TaskDepartment &x) { return x.departmentId == d.departmentId; });
        if (same == departments.end())
            departments.append(d);
        else if (d.role == Role::Lead)
            same->role = Role::Lead;
    }
    std::stable_sort(departments.begin(), departments.end(), [](const TaskDepartment &a, const TaskDepartment &b) {
        return a.role == Role::Lead && b.role != Role::Lead;
    });
    const QList<Metric> firstMetrics = m_workspace->metrics().forTask(firstId).value_or({});
    const QList<Metric> secondMetrics = m_workspace->metrics().forTask(secondId).value_or({});
    return runMacro(tr("Merge %1 into %2").arg(second->path, first->path), [&]() -> bool {
        WorkspaceEditor editor = m_editor;
        if (!run(new ChangeCommand<Task>(tr("Change text of %1").arg(first->path), *first, merged,
                                         [editor](const Task &from, const Task &to) mutable { return editor.updateTask(from, to); })))
            return false;
        if (!setTaskDepartments(firstId, departments))
            return false;
        int position = int(firstMetrics.size());
        for (const Metric &m : secondMetrics) {
            Metric moved = m;
            moved.taskId = firstId;
            moved.position = position++;
            if (!updateMetric(moved))
                return false;
        }
        return removeTasks({secondId});
    });
}

// ---- metrics -------------------------------------------------------------------------------

bool EditActions::updateMetric(const Metric &after)
{
    auto before = m_workspace->metrics().get(after.id);
    if (!before)
        return fail(before.error());
    if (after.label.trimmed().isEmpty())
        return fail(Error(tr("a target needs a label: what is measured")));
    if (after.valueMax && *after.valueMax < after.value)
        return fail(Error(tr("the upper end of a range cannot be below its start")));
    WorkspaceEditor editor = m_editor;
    return run(new ChangeCommand<Metric>(tr("Change target %1").arg(before->label), *before, after,
                                         [editor](const Metric &from, const Metric &to) mutable { return editor.updateMetric(from, to); }));
}

Id EditActions::addMetricCommand(const Metric &metric)
{
    WorkspaceEditor editor = m_editor;
    auto *command = new InsertCommand<Metric, MetricSnapshot>(
        tr("Add target %1").arg(metric.label), metric, [editor](const Metric &m) mutable { return editor.insertMetric(m); },
        [editor](Id id) mutable { return editor.removeMetric(id); },
        [editor](const MetricSnapshot &s) mutable { return editor.restoreMetric(s); });
    if (!run(command))
        return 0;
    return command->storedId();
}

std::optional<Id> EditActions::addMetric(const Metric &metric)
{
    if (metric.label.trimmed().isEmpty())
        return fail(Error(tr("a target needs a label: what is measured"))), std::nullopt;
    Metric m = metric;
    m.position = int(m_workspace->metrics().forTask(m.taskId).value_or({}).size());
    const Id id = addMetricCommand(m);
    return id ? std::optional<Id>(id) : std::nullopt;
}

std::optional<Id> EditActions::addMetricFromSpan(Id taskId, const TextSpan &span)
{
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return fail(task.error()), std::nullopt;
    auto document = m_workspace->documents().get(task->documentId);
    if (!document)
        return fail(document.error()), std::nullopt;
    if (!span.isValid() || span.length() == 0 || span.end > document->originalText.size())
        return fail(Error(tr("select the words of the target in the document first"))), std::nullopt;
    const QString quote = document->originalText.mid(span.start, span.length());
    Metric m;
    m.taskId = taskId;
    m.quote = quote;
    m.span = span;
    m.period = document->year ? QString::number(document->year) : QString();
    const QList<ExtractedMetric> found = MetricExtractor::extract(quote, document->year);
    if (!found.isEmpty()) {
        const ExtractedMetric &e = found.first();
        m.label = e.label;
        m.value = e.value;
        m.valueMax = e.valueMax;
        m.unit = e.unit;
        m.comparator = e.comparator;
        m.baseline = e.baseline;
        m.kind = e.kind;
        m.period = e.period;
        m.quote = quote.mid(e.start, e.end - e.start);
        m.span = TextSpan{int(span.start + e.start), int(span.start + e.end)};
    } else {
        // Nothing the reader recognises: the words become the label; the value is the planner's to set.
        m.label = ChineseScript::toSimplifiedSameLength(quote).trimmed().left(40);
    }
    return addMetric(m);
}

bool EditActions::removeMetric(Id metricId)
{
    auto metric = m_workspace->metrics().get(metricId);
    if (!metric)
        return fail(metric.error());
    WorkspaceEditor editor = m_editor;
    return run(new RemoveCommand<MetricSnapshot>(
        tr("Delete target %1").arg(metric->label), metricId, [editor](Id id) mutable { return editor.removeMetric(id); },
        [editor](const MetricSnapshot &s) mutable { return editor.restoreMetric(s); }));
}

// ---- departments ---------------------------------------------------------------------------

std::optional<Id> EditActions::addDepartment(Id regionId, const QString &name)
{
    const QString clean = DepartmentNames::clean(name);
    if (clean.isEmpty())
        return fail(Error(tr("a department needs a name"))), std::nullopt;
    auto *command = new AddDepartmentCommand(tr("Add department %1").arg(clean), m_editor, regionId, clean);
    if (!run(command))
        return std::nullopt;
    return command->storedId();
}

bool EditActions::renameDepartment(Id departmentId, const QString &name)
{
    auto dept = m_workspace->departments().get(departmentId);
    if (!dept)
        return fail(dept.error());
    const QString clean = DepartmentNames::clean(name);
    if (clean == dept->name)
        return true;
    WorkspaceEditor editor = m_editor;
    return run(new ChangeCommand<QString>(tr("Rename %1 to %2").arg(dept->name, clean), dept->name, clean,
                                          [editor, departmentId](const QString &from, const QString &to) mutable {
                                              return editor.renameDepartment(departmentId, from, to);
                                          }));
}

bool EditActions::mergeDepartments(Id from, Id into)
{
    auto a = m_workspace->departments().get(from);
    auto b = m_workspace->departments().get(into);
    if (!a || !b)
        return fail(!a ? a.error() : b.error());
    return run(new MergeDepartmentsCommand(tr("Merge %1 into %2").arg(a->name, b->name), m_editor, from, into));
}

bool EditActions::addAlias(Id departmentId, const QString &alias)
{
    const QString clean = DepartmentNames::clean(alias);
    if (clean.isEmpty())
        return fail(Error(tr("an empty department name")));
    WorkspaceEditor editor = m_editor;
    return run(new FunctionCommand(
        tr("Add the name %1").arg(clean), [editor, departmentId, clean]() mutable { return editor.addAlias(departmentId, clean); },
        [editor, departmentId, clean]() mutable { return editor.removeAlias(departmentId, clean); }));
}

bool EditActions::removeAlias(Id departmentId, const QString &alias)
{
    WorkspaceEditor editor = m_editor;
    return run(new FunctionCommand(
        tr("Remove the name %1").arg(alias), [editor, departmentId, alias]() mutable { return editor.removeAlias(departmentId, alias); },
        [editor, departmentId, alias]() mutable { return editor.addAlias(departmentId, alias); }));
}

} // namespace cp::ui
