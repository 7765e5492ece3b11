#include "Screenshot.h"

#include <QCoreApplication>
#include <QWidget>

namespace cp::ui {

QImage renderWidget(QWidget *widget, const QSize &size)
{
    widget->resize(size);
    widget->show();
    // Two rounds: layouts settle, then deferred resizes (header sections, splitters) apply.
    for (int i = 0; i < 2; ++i)
        QCoreApplication::processEvents();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    widget->render(&image);
    return image;
}

} // namespace cp::ui
