#pragma once

#include <QImage>
#include <QSize>

class QWidget;

namespace cp::ui {

// Lays the widget out at the given size, shows it (also on the offscreen platform) and
// renders it into an image, so a window can be looked at without a display.
QImage renderWidget(QWidget *widget, const QSize &size);

} // namespace cp::ui
