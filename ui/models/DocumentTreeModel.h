#pragma once

#include "domain/Types.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace cp {
class Workspace;
}

namespace cp::ui {

// The navigator: region → document → section → task, with the number of tasks under each node.
// A task's label follows its edits in place; a document whose tasks change is rebuilt.
class DocumentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Region, Document, Section, Task };
    enum Column { NameColumn, TaskCountColumn, ColumnCount };
    enum DataRole { KindRole = Qt::UserRole + 1, IdRole, DocumentIdRole };

    explicit DocumentTreeModel(Workspace *workspace, QObject *parent = nullptr);
    ~DocumentTreeModel() override;

    // Rebuilds the tree from the workspace (documents or sections were added or removed).
    void reload();

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfDocument(Id documentId) const;
    QModelIndex indexOfTask(Id taskId) const;
    QModelIndex firstDocument() const;
    // A stable key of a node ("d12", "s40", "t301"), to keep expansion across rebuilds.
    static QString keyOf(const QModelIndex &index);
    QModelIndex indexOfKey(const QString &key) const;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Region;
        Id id = 0;
        Id documentId = 0;
        QString label;
        QString toolTip;
        int taskCount = 0;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;

        Node *add(std::unique_ptr<Node> child);
    };

    Node *nodeOf(const QModelIndex &index) const;
    const Node *find(const Node *from, const std::function<bool(const Node *)> &match) const;
    QModelIndex indexOf(const Node *node) const;
    void build();
    void updateTask(Id taskId);

    Workspace *m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<Id, Node *> m_taskNodes;
};

} // namespace cp::ui
