#include "EditCommand.h"

namespace cp::ui {

Status EditCommand::execute()
{
    Status s = forward();
    m_executed = s.ok();
    return s;
}

void EditCommand::redo()
{
    if (m_executed) {
        m_executed = false; // QUndoStack::push redoes what execute() already did
        return;
    }
    report(forward());
}

void EditCommand::undo()
{
    report(backward());
}

void EditCommand::report(const Status &status)
{
    if (status)
        return;
    // The workspace refused (it changed underneath, or the disk failed): this step can no
    // longer be replayed; the stack drops it and the window says why.
    setObsolete(true);
    if (m_reporter)
        m_reporter(status.error());
}

Status MergeDepartmentsCommand::forward()
{
    auto merge = m_editor.mergeDepartments(m_from, m_into);
    if (!merge)
        return merge.error();
    m_merge = *merge;
    return {};
}

Status MergeDepartmentsCommand::backward()
{
    return m_merge ? m_editor.unmergeDepartments(*m_merge) : Status();
}

} // namespace cp::ui
