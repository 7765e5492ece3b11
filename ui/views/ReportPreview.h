#pragma once

#include "report/ReportLayout.h"

class QWidget;
class QPrinter;

namespace cp::ui {

// A report in Qt's print preview: the pages are painted by the same ReportLayout::paint() that
// writes the PDF, on the preview and then on the printer chosen (or a PDF file) from it.
class ReportPreview
{
public:
    // Window-modal; returns when the dialog is closed.
    static void exec(const ReportLayout &layout, QWidget *parent);
    // The printer set up for the layout's paper, orientation and margins.
    static void setUp(QPrinter &printer, const ReportLayout &layout);
};

} // namespace cp::ui
