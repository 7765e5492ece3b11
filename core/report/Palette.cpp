#include "Palette.h"

#include <iterator>

namespace cp::Palette {

QColor state(ProgressState state)
{
    switch (state) {
    case ProgressState::Done:
        return QColor(0x43, 0xa0, 0x47);
    case ProgressState::OnTrack:
        return QColor(0x1e, 0x88, 0xe5);
    case ProgressState::Behind:
        return QColor(0xff, 0xb3, 0x00);
    case ProgressState::AtRisk:
        return QColor(0xe5, 0x39, 0x35);
    case ProgressState::NotReported:
        return QColor(0x9e, 0x9e, 0x9e);
    case ProgressState::NotDue:
        return QColor(0xcf, 0xd8, 0xdc);
    }
    return {};
}

QColor scoreGroup(ScoreGroup group)
{
    static const QColor colors[ScoreGroupCount] = {
        QColor(0x90, 0xa4, 0xae), QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
        QColor(0x8e, 0x24, 0xaa), QColor(0xe5, 0x39, 0x35)};
    return colors[int(group)];
}

QColor series(int index)
{
    static const QColor colors[] = {QColor(0x15, 0x65, 0xc0), QColor(0x2e, 0x7d, 0x32),
                                    QColor(0xef, 0x6c, 0x00), QColor(0x6a, 0x1b, 0x9a),
                                    QColor(0x00, 0x83, 0x8f), QColor(0xad, 0x14, 0x57),
                                    QColor(0x55, 0x8b, 0x2f), QColor(0x45, 0x5a, 0x64),
                                    QColor(0xf9, 0xa8, 0x25), QColor(0x4e, 0x34, 0x2e)};
    return colors[(index % int(std::size(colors)) + int(std::size(colors))) %
                  int(std::size(colors))];
}

} // namespace cp::Palette
