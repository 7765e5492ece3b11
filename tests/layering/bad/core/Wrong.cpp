// A core file that reaches for widgets: the layering check must stop the build.
#include <QtWidgets/QWidget>
