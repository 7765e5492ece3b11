#pragma once

#include "domain/Result.h"
#include "domain/Types.h"
#include "storage/DepartmentRepository.h"
#include "storage/WorkspaceEditor.h"

#include <QUndoCommand>

#include <functional>

namespace cp::ui {

// An undoable change of a workspace. EditActions runs it once before pushing it, so a change
// storage refuses never enters the undo stack; the stack's first redo() then does nothing.
// Undo and redo write to the workspace at once (WorkspaceEditor: one transaction each).
class EditCommand : public QUndoCommand
{
public:
    using Reporter = std::function<void(const Error &)>;

    explicit EditCommand(const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
    {}

    Status execute();
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }

    void redo() final;
    void undo() final;

protected:
    virtual Status forward() = 0;
    virtual Status backward() = 0;

private:
    void report(const Status &status);

    Reporter m_reporter;
    bool m_executed = false;
};

// "Change one field" for any value: a task, a metric, a department's name. apply(from, to)
// writes `to` knowing the stored value is `from`.
template<typename T>
class ChangeCommand : public EditCommand
{
public:
    using Apply = std::function<Status(const T &from, const T &to)>;

    ChangeCommand(const QString &text, T before, T after, Apply apply)
        : EditCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {}

protected:
    Status forward() override { return m_apply(m_before, m_after); }
    Status backward() override { return m_apply(m_after, m_before); }

private:
    T m_before;
    T m_after;
    Apply m_apply;
};

// Adds something whose removal yields a snapshot (a task, a metric): forward inserts, backward removes.
template<typename Item, typename Snapshot>
class InsertCommand : public EditCommand
{
public:
    using Insert = std::function<Result<Item>(const Item &)>;
    using Remove = std::function<Result<Snapshot>(Id)>;
    using Restore = std::function<Status(const Snapshot &)>;

    InsertCommand(const QString &text, Item item, Insert insert, Remove remove, Restore restore)
        : EditCommand(text)
        , m_item(std::move(item))
        , m_insert(std::move(insert))
        , m_remove(std::move(remove))
        , m_restore(std::move(restore))
    {}

    Id storedId() const { return m_item.id; }

protected:
    Status forward() override
    {
        if (m_snapshot)
            return m_restore(*m_snapshot); // the same row, the same id, on redo
        auto stored = m_insert(m_item);
        if (!stored)
            return stored.error();
        m_item = *stored;
        return {};
    }
    Status backward() override
    {
        auto snapshot = m_remove(m_item.id);
        if (!snapshot)
            return snapshot.error();
        m_snapshot = *snapshot;
        return {};
    }

private:
    Item m_item;
    std::optional<Snapshot> m_snapshot;
    Insert m_insert;
    Remove m_remove;
    Restore m_restore;
};

// Removes something and restores it exactly on undo.
template<typename Snapshot>
class RemoveCommand : public EditCommand
{
public:
    using Remove = std::function<Result<Snapshot>(Id)>;
    using Restore = std::function<Status(const Snapshot &)>;

    RemoveCommand(const QString &text, Id id, Remove remove, Restore restore)
        : EditCommand(text)
        , m_id(id)
        , m_remove(std::move(remove))
        , m_restore(std::move(restore))
    {}

protected:
    Status forward() override
    {
        auto snapshot = m_remove(m_id);
        if (!snapshot)
            return snapshot.error();
        m_snapshot = *snapshot;
        return {};
    }
    Status backward() override { return m_snapshot ? m_restore(*m_snapshot) : Status(); }

private:
    Id m_id;
    std::optional<Snapshot> m_snapshot;
    Remove m_remove;
    Restore m_restore;
};

// Merges one department into another; undo restores both exactly.
class MergeDepartmentsCommand : public EditCommand
{
public:
    MergeDepartmentsCommand(const QString &text, WorkspaceEditor editor, Id from, Id into)
        : EditCommand(text)
        , m_editor(std::move(editor))
        , m_from(from)
        , m_into(into)
    {}

protected:
    Status forward() override;
    Status backward() override;

private:
    WorkspaceEditor m_editor;
    Id m_from;
    Id m_into;
    std::optional<DepartmentMerge> m_merge;
};

// Creates a department; redo after undo brings back the same id, so later steps still name it.
class AddDepartmentCommand : public EditCommand
{
public:
    AddDepartmentCommand(const QString &text, WorkspaceEditor editor, Id regionId, QString name)
        : EditCommand(text)
        , m_editor(std::move(editor))
        , m_regionId(regionId)
        , m_name(std::move(name))
    {}
    Id storedId() const { return m_id; }

protected:
    Status forward() override
    {
        auto id = m_editor.addDepartment(m_regionId, m_name, m_id);
        if (!id)
            return id.error();
        m_id = *id;
        return {};
    }
    Status backward() override { return m_editor.removeDepartment(m_id); }

private:
    WorkspaceEditor m_editor;
    Id m_regionId;
    QString m_name;
    Id m_id = 0;
};

// A command whose forward and backward are given as functions (swaps, alias changes).
class FunctionCommand : public EditCommand
{
public:
    FunctionCommand(const QString &text, std::function<Status()> forward, std::function<Status()> backward)
        : EditCommand(text)
        , m_forward(std::move(forward))
        , m_backward(std::move(backward))
    {}

protected:
    Status forward() override { return m_forward(); }
    Status backward() override { return m_backward(); }

private:
    std::function<Status()> m_forward;
    std::function<Status()> m_backward;
};

} // namespace cp::ui
