#pragma once

#include <QString>
#include <QStringList>

namespace cp {

// The named works a task acts on — roads by their code (国道239, G207) and projects by their
// name (龙华口调水工程, 太行一号旅游公路, 上社抽水蓄能电站) — so that the same work in two documents
// of one region can be linked. A work merely mentioned as context (依托…旅游公路等交通干线) or a
// national programme in quotes (“四好农村路”) does not count.
class WorkNames
{
public:
    // Names found in Simplified text, each once, in order.
    static QStringList of(const QString &text);
};

} // namespace cp
