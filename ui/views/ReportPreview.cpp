#include "ReportPreview.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace cp::ui {

void ReportPreview::setUp(QPrinter &printer, const ReportLayout &layout)
{
    printer.setPageLayout(layout.pageLayout());
    printer.setDocName(layout.title());
    printer.setCreator(QStringLiteral("CountyPlan"));
}

void ReportPreview::exec(const ReportLayout &layout, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer, layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(layout.title());
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&layout](QPrinter *target) { layout.paintAll(target); });
    dialog.resize(1100, 800);
    dialog.exec();
}

} // namespace cp::ui
