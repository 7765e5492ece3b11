#pragma once

#include "domain/Types.h"

#include <QSet>
#include <QTabWidget>

class QTreeView;

namespace cp {
class Workspace;
}

namespace cp::ui {

class DepartmentTreeModel;
class DocumentTreeModel;
class EditActions;

// The left side of the window: the documents (region → document → section → task, with task
// counts) and the department registry of each region (lead / cooperating counts, other names;
// rename, merge, add and remove other names from the context menu — all undoable).
class Navigator : public QTabWidget
{
    Q_OBJECT

public:
    Navigator(Workspace *workspace, EditActions *edits, QWidget *parent = nullptr);

    QTreeView *documentTree() const { return m_documents; }
    QTreeView *departmentTree() const { return m_departments; }
    DocumentTreeModel *documentModel() const { return m_documentModel; }
    DepartmentTreeModel *departmentModel() const { return m_departmentModel; }

    void selectDocument(Id documentId);
    void selectTask(Id taskId);
    // Selects the node a saved view's scope names (a section, a document, a region).
    void selectScope(Id regionId, Id documentId, const QSet<Id> &sections);
    Id currentDocument() const;
    Id currentDepartment() const;

    // Asks for a department of the same region and merges the current one into it.
    void mergeCurrentDepartment();
    void addNameToCurrentDepartment();

Q_SIGNALS:
    // What the selection covers: a region and the regions under it, a document, sections.
    void scopeChanged(cp::Id regionId, const QSet<cp::Id> &regions, cp::Id documentId, const QSet<cp::Id> &sections);
    void taskActivated(cp::Id taskId);
    // Show the tasks of a department (double-click in the registry).
    void departmentActivated(cp::Id departmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDocumentSelection();
    void showDepartmentMenu(const QPoint &pos);
    void keepExpansion(QTreeView *tree);
    void retranslate();

    Workspace *m_workspace;
    EditActions *m_edits;
    DocumentTreeModel *m_documentModel;
    DepartmentTreeModel *m_departmentModel;
    QTreeView *m_documents;
    QTreeView *m_departments;
};

} // namespace cp::ui
