// Test helper for tst_workspace: opens a workspace in the real window (offscreen), sets the lead of
// the first task through the table as a planner would, reports "edited", and waits to be killed.
#include "models/TaskTableModel.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QTableView>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    cp::ui::MainWindow window;
    if (!window.openWorkspace(QString::fromLocal8Bit(argv[1]), true))
        return 1;
    window.show();
    QTableView *table = window.taskTable();
    const QModelIndex lead = table->model()->index(0, cp::ui::TaskTableModel::LeadColumn);
    if (!table->model()->setData(lead, QString::fromUtf8(argv[2])))
        return 1;
    // What the window shows now is what the planner saw as done.
    QTextStream(stdout) << "edited " << lead.data().toString() << Qt::endl;
    return app.exec();
}
