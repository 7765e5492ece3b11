#include "Navigator.h"

#include "commands/EditActions.h"
#include "models/DepartmentTreeModel.h"
#include "models/DocumentTreeModel.h"
#include "storage/Workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTreeView>

#include <functional>

namespace cp::ui {

Navigator::Navigator(Workspace *workspace, EditActions *edits, QWidget *parent)
    : QTabWidget(parent)
    , m_workspace(workspace)
    , m_edits(edits)
    , m_documentModel(new DocumentTreeModel(workspace, this))
    , m_departmentModel(new DepartmentTreeModel(workspace, edits, this))
    , m_documents(new QTreeView)
    , m_departments(new QTreeView)
{
    setObjectName(QStringLiteral("navigator"));
    m_documents->setObjectName(QStringLiteral("documentTree"));
    m_documents->setModel(m_documentModel);
    m_documents->setUniformRowHeights(true);
    m_documents->header()->setStretchLastSection(false);
    m_documents->header()->setSectionResizeMode(DocumentTreeModel::NameColumn, QHeaderView::Stretch);
    m_documents->header()->setSectionResizeMode(DocumentTreeModel::TaskCountColumn, QHeaderView::ResizeToContents);
    m_departments->setObjectName(QStringLiteral("departmentTree"));
    m_departments->setModel(m_departmentModel);
    m_departments->setUniformRowHeights(true);
    m_departments->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_departments->setContextMenuPolicy(Qt::CustomContextMenu);
    m_departments->header()->setStretchLastSection(false);
    m_departments->header()->setSectionResizeMode(DepartmentTreeModel::NameColumn, QHeaderView::Stretch);
    m_departments->header()->setSectionResizeMode(DepartmentTreeModel::LeadColumn, QHeaderView::ResizeToContents);
    m_departments->header()->setSectionResizeMode(DepartmentTreeModel::CooperatingColumn, QHeaderView::ResizeToContents);
    m_departments->header()->setSectionResizeMode(DepartmentTreeModel::AliasesColumn, QHeaderView::Interactive);
    m_departments->header()->resizeSection(DepartmentTreeModel::AliasesColumn, 80);
    addTab(m_documents, QString());
    addTab(m_departments, QString());

    connect(m_documents->selectionModel(), &QItemSelectionModel::currentChanged, this, &Navigator::onDocumentSelection);
    connect(m_documents, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(DocumentTreeModel::KindRole).toInt() == int(DocumentTreeModel::NodeKind::Task))
            Q_EMIT taskActivated(index.data(DocumentTreeModel::IdRole).toLongLong());
    });
    // Selecting a department shows its tasks, as selecting a document shows the document's.
    connect(m_departments->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (const Id id = index.data(DepartmentTreeModel::DepartmentIdRole).toLongLong())
            Q_EMIT departmentActivated(id);
    });
    connect(m_departments, &QTreeView::customContextMenuRequested, this, &Navigator::showDepartmentMenu);
    keepExpansion(m_documents);
    keepExpansion(m_departments);
    retranslate();
}

// Rebuilt trees keep what the planner had open and selected.
void Navigator::keepExpansion(QTreeView *tree)
{
    auto *model = tree->model();
    auto *expanded = new QStringList;
    auto *current = new QString;
    connect(tree, &QObject::destroyed, this, [expanded, current] {
        delete expanded;
        delete current;
    });
    const bool documents = model == m_documentModel;
    const auto keyOf = [documents](const QModelIndex &index) {
        if (documents)
            return DocumentTreeModel::keyOf(index);
        const Id dept = index.data(DepartmentTreeModel::DepartmentIdRole).toLongLong();
        return dept ? QStringLiteral("p%1").arg(dept) : QStringLiteral("g%1").arg(index.data(DepartmentTreeModel::RegionIdRole).toLongLong());
    };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [=, this] {
        expanded->clear();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (tree->isExpanded(i)) {
                    expanded->append(keyOf(i));
                    walk(i);
                }
            }
        };
        walk(QModelIndex());
        *current = tree->currentIndex().isValid() ? keyOf(tree->currentIndex()) : QString();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [=, this] {
        if (expanded->isEmpty() && current->isEmpty()) {
            tree->expandToDepth(documents ? 2 : 0);
            return;
        }
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                const QString key = keyOf(i);
                if (expanded->contains(key)) {
                    tree->setExpanded(i, true);
                    walk(i);
                }
                if (key == *current) {
                    const QSignalBlocker block(tree->selectionModel());
                    tree->setCurrentIndex(i);
                }
            }
        };
        walk(QModelIndex());
    });
}

void Navigator::retranslate()
{
    setTabText(0, tr("Documents"));
    setTabText(1, tr("Departments"));
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void Navigator::onDocumentSelection()
{
    const QModelIndex current = m_documents->currentIndex();
    if (!current.isValid()) {
        Q_EMIT scopeChanged(0, {}, 0, {});
        return;
    }
    const auto kind = DocumentTreeModel::NodeKind(current.data(DocumentTreeModel::KindRole).toInt());
    const Id id = current.data(DocumentTreeModel::IdRole).toLongLong();
    const Id document = current.data(DocumentTreeModel::DocumentIdRole).toLongLong();
    // Everything under the node: regions under a region, sections under a section.
    QSet<Id> regions, sections;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        const auto k = DocumentTreeModel::NodeKind(parent.data(DocumentTreeModel::KindRole).toInt());
        if (k == DocumentTreeModel::NodeKind::Region)
            regions.insert(parent.data(DocumentTreeModel::IdRole).toLongLong());
        if (k == DocumentTreeModel::NodeKind::Section)
            sections.insert(parent.data(DocumentTreeModel::IdRole).toLongLong());
        for (int r = 0; r < m_documentModel->rowCount(parent); ++r)
            collect(m_documentModel->index(r, 0, parent));
    };
    switch (kind) {
    case DocumentTreeModel::NodeKind::Region:
        collect(current);
        Q_EMIT scopeChanged(id, regions, 0, {});
        break;
    case DocumentTreeModel::NodeKind::Document:
        Q_EMIT scopeChanged(0, {}, document, {});
        break;
    case DocumentTreeModel::NodeKind::Section:
        collect(current);
        Q_EMIT scopeChanged(0, {}, document, sections);
        break;
    case DocumentTreeModel::NodeKind::Task:
        Q_EMIT scopeChanged(0, {}, document, {});
        Q_EMIT taskActivated(id);
        break;
    }
}

void Navigator::selectDocument(Id documentId)
{
    const QModelIndex index = m_documentModel->indexOfDocument(documentId);
    if (index.isValid())
        m_documents->setCurrentIndex(index);
}

void Navigator::selectTask(Id taskId)
{
    const QModelIndex index = m_documentModel->indexOfTask(taskId);
    if (!index.isValid())
        return;
    const QSignalBlocker block(m_documents->selectionModel()); // the table already shows it
    m_documents->scrollTo(index);
    m_documents->setCurrentIndex(index);
}

void Navigator::selectScope(Id regionId, Id documentId, const QSet<Id> &sections)
{
    QModelIndex index;
    if (!sections.isEmpty()) {
        // The outermost section of the scope is the one that was selected.
        for (Id s : sections) {
            const QModelIndex i = m_documentModel->indexOfKey(QStringLiteral("s%1").arg(s));
            if (i.isValid() && (!index.isValid() || !sections.contains(i.parent().data(DocumentTreeModel::IdRole).toLongLong())))
                index = i;
        }
    } else if (documentId) {
        index = m_documentModel->indexOfDocument(documentId);
    } else if (regionId) {
        index = m_documentModel->indexOfKey(QStringLiteral("r%1").arg(regionId));
    }
    if (index.isValid())
        m_documents->setCurrentIndex(index);
    else
        m_documents->setCurrentIndex(QModelIndex());
}

Id Navigator::currentDocument() const
{
    const QModelIndex current = m_documents->currentIndex();
    return current.isValid() ? current.data(DocumentTreeModel::DocumentIdRole).toLongLong() : Id(0);
}

Id Navigator::currentDepartment() const
{
    const QModelIndex current = m_departments->currentIndex();
    return current.isValid() ? current.data(DepartmentTreeModel::DepartmentIdRole).toLongLong() : Id(0);
}

void Navigator::mergeCurrentDepartment()
{
    const QModelIndex current = m_departments->currentIndex();
    const Id from = currentDepartment();
    if (!from)
        return;
    const Id region = current.data(DepartmentTreeModel::RegionIdRole).toLongLong();
    QStringList names;
    QList<Id> ids;
    for (const Department &d : m_departmentModel->departmentsOf(region)) {
        if (d.id != from) {
            names.append(d.name);
            ids.append(d.id);
        }
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Department"),
                                                 tr("Merge “%1” into:").arg(current.siblingAtColumn(0).data().toString()), names, 0,
                                                 false, &ok);
    if (ok && !chosen.isEmpty()) {
        const Id into = ids.at(names.indexOf(chosen));
        // The merged-away row is gone: the planner goes on with the department it became.
        if (m_edits->mergeDepartments(from, into))
            m_departments->setCurrentIndex(m_departmentModel->indexOfDepartment(into));
    }
}

void Navigator::addNameToCurrentDepartment()
{
    const Id id = currentDepartment();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Another Name"), tr("Another way the documents write “%1”:")
                                                                                  .arg(m_departments->currentIndex().siblingAtColumn(0).data().toString()),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_edits->addAlias(id, name);
}

void Navigator::showDepartmentMenu(const QPoint &pos)
{
    const QModelIndex index = m_departments->indexAt(pos);
    const Id id = index.data(DepartmentTreeModel::DepartmentIdRole).toLongLong();
    if (!id)
        return;
    m_departments->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(tr("Show Its Tasks"), this, [this, id] { Q_EMIT departmentActivated(id); });
    menu.addAction(tr("Rename"), this, [this, index] { m_departments->edit(index.siblingAtColumn(0)); });
    menu.addAction(tr("Merge Into…"), this, &Navigator::mergeCurrentDepartment);
    menu.addAction(tr("Add Another Name…"), this, &Navigator::addNameToCurrentDepartment);
    auto dept = m_workspace->departments().get(id);
    if (dept && !dept->aliases.isEmpty()) {
        QMenu *remove = menu.addMenu(tr("Remove Another Name"));
        for (const QString &alias : dept->aliases)
            remove->addAction(alias, this, [this, id, alias] { m_edits->removeAlias(id, alias); });
    }
    menu.exec(m_departments->viewport()->mapToGlobal(pos));
}

} // namespace cp::ui
