#pragma once

#include "progress/DispatchScore.h"
#include "progress/ProgressStatus.h"

#include <QColor>

namespace cp {

// The colours of statuses, score groups and series, shared by the charts on screen and the
// printed reports so a colour means the same on both.
namespace Palette {

QColor state(ProgressState state);   // done green, on track blue, behind amber, at risk red …
QColor scoreGroup(ScoreGroup group); // base grey, progress blue, completion green …
QColor series(int index);            // ten distinct colours for lines, then again

} // namespace Palette

} // namespace cp
