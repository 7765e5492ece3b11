#include "DocumentTreeModel.h"

#include "storage/Workspace.h"

#include <QHash>
#include <functional>
#include <QLocale>

namespace cp::ui {

DocumentTreeModel::Node *DocumentTreeModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

DocumentTreeModel::DocumentTreeModel(Workspace *workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
    , m_root(std::make_unique<Node>())
{
    connect(m_workspace, &Workspace::documentsChanged, this, &DocumentTreeModel::reload);
    connect(m_workspace, &Workspace::tasksChanged, this, &DocumentTreeModel::reload);
    connect(m_workspace, &Workspace::taskChanged, this, &DocumentTreeModel::updateTask);
    connect(m_workspace, &Workspace::opened, this, &DocumentTreeModel::reload);
    connect(m_workspace, &Workspace::aboutToClose, this, [this] {
        beginResetModel();
        m_root = std::make_unique<Node>();
        endResetModel();
    });
    if (m_workspace->isOpen())
        build();
}

DocumentTreeModel::~DocumentTreeModel() = default;

void DocumentTreeModel::reload()
{
    beginResetModel();
    build();
    endResetModel();
}

void DocumentTreeModel::build()
{
    m_root = std::make_unique<Node>();
    m_taskNodes.clear();
    if (!m_workspace->isOpen())
        return;
    auto regions = m_workspace->regions().all();
    auto documents = m_workspace->documents().list();
    auto documentCounts = m_workspace->tasks().countsByDocument();
    if (!regions || !documents || !documentCounts)
        return;

    // Regions that hold documents, with their ancestors, in hierarchy order.
    QHash<Id, Region> regionById;
    for (const Region &r : *regions)
        regionById.insert(r.id, r);
    QHash<Id, Node *> regionNodes;
    std::function<Node *(Id)> regionNode = [&](Id id) -> Node * {
        if (Node *n = regionNodes.value(id))
            return n;
        const Region r = regionById.value(id);
        Node *parent = r.parentId ? regionNode(r.parentId) : m_root.get();
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Region;
        node->id = id;
        node->label = r.name;
        node->toolTip = displayName(r.level);
        Node *added = parent->add(std::move(node));
        regionNodes.insert(id, added);
        return added;
    };

    for (const Document &d : *documents) {
        Node *region = regionNode(d.regionId);
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Document;
        node->id = d.id;
        node->documentId = d.id;
        node->label = d.title;
        node->toolTip = d.docNumber.isEmpty() ? d.title : d.title + QLatin1Char('\n') + d.docNumber;
        node->taskCount = documentCounts->value(d.id);
        Node *docNode = region->add(std::move(node));
        for (Node *n = region; n && n != m_root.get(); n = n->parent)
            n->taskCount += docNode->taskCount;

        auto sections = m_workspace->documents().sections(d.id);
        auto sectionCounts = m_workspace->tasks().countsBySection(d.id);
        if (!sections || !sectionCounts)
            continue;
        QHash<Id, Node *> sectionNodes;
        const QList<Task> tasks = m_workspace->tasks().forDocument(d.id).value_or({});
        for (const Section &s : *sections) {
            Node *parent = s.parentId ? sectionNodes.value(s.parentId, docNode) : docNode;
            auto sn = std::make_unique<Node>();
            sn->kind = NodeKind::Section;
            sn->id = s.id;
            sn->documentId = d.id;
            sn->label = s.number + s.title;
            sn->toolTip = sn->label;
            sn->taskCount = sectionCounts->value(s.id);
            Node *added = parent->add(std::move(sn));
            sectionNodes.insert(s.id, added);
            for (Node *n = parent; n && n != docNode; n = n->parent)
                n->taskCount += added->taskCount;
        }
        for (const Task &t : tasks) {
            Node *parent = sectionNodes.value(t.sectionId, docNode);
            auto tn = std::make_unique<Node>();
            tn->kind = NodeKind::Task;
            tn->id = t.id;
            tn->documentId = d.id;
            tn->label = t.path + QLatin1Char(' ') + t.title;
            tn->toolTip = t.text;
            m_taskNodes.insert(t.id, parent->add(std::move(tn)));
        }
    }
}

void DocumentTreeModel::updateTask(Id taskId)
{
    Node *n = m_taskNodes.value(taskId);
    if (!n)
        return;
    auto task = m_workspace->tasks().get(taskId);
    if (!task)
        return;
    n->label = task->path + QLatin1Char(' ') + task->title;
    n->toolTip = task->text;
    const QModelIndex i = indexOf(n);
    Q_EMIT dataChanged(i, i.siblingAtColumn(ColumnCount - 1));
}

QModelIndex DocumentTreeModel::indexOfTask(Id taskId) const
{
    return indexOf(m_taskNodes.value(taskId));
}

QString DocumentTreeModel::keyOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    static const char kinds[] = {'r', 'd', 's', 't'};
    return QStringLiteral("%1%2").arg(QLatin1Char(kinds[index.data(KindRole).toInt()])).arg(index.data(IdRole).toLongLong());
}

QModelIndex DocumentTreeModel::indexOfKey(const QString &key) const
{
    if (key.size() < 2)
        return {};
    static const QString kinds = QStringLiteral("rdst");
    const int kind = int(kinds.indexOf(key.at(0)));
    const Id id = key.mid(1).toLongLong();
    if (kind == int(NodeKind::Task))
        return indexOfTask(id);
    return indexOf(find(m_root.get(), [&](const Node *n) { return int(n->kind) == kind && n->id == id; }));
}

DocumentTreeModel::Node *DocumentTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DocumentTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex DocumentTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()) || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[row].get());
}

QModelIndex DocumentTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int DocumentTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int DocumentTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DocumentTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return n->label;
        return n->kind == NodeKind::Task ? QVariant() : QVariant(QLocale().toString(n->taskCount));
    case Qt::ToolTipRole:
        return n->toolTip;
    case Qt::TextAlignmentRole:
        if (index.column() == TaskCountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case DocumentIdRole:
        return n->documentId;
    default:
        return {};
    }
}

QVariant DocumentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Document") : tr("Tasks");
}

const DocumentTreeModel::Node *DocumentTreeModel::find(const Node *from, const std::function<bool(const Node *)> &match) const
{
    if (match(from))
        return from;
    for (const auto &c : from->children) {
        if (const Node *f = find(c.get(), match))
            return f;
    }
    return nullptr;
}

QModelIndex DocumentTreeModel::indexOfDocument(Id documentId) const
{
    return indexOf(find(m_root.get(), [&](const Node *n) { return n->kind == NodeKind::Document && n->id == documentId; }));
}

QModelIndex DocumentTreeModel::firstDocument() const
{
    return indexOf(find(m_root.get(), [](const Node *n) { return n->kind == NodeKind::Document; }));
}

} // namespace cp::ui
