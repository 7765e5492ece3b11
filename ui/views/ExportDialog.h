#pragma once

#include "domain/Month.h"
#include "domain/Types.h"
#include "exchange/TableExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace cp {
class Workspace;
}

namespace cp::ui {

// File → Export Tables…: the ledger, tasks, targets, readings or dispatch scores as XLSX (to open
// in Excel, WPS or LibreOffice) or CSV (UTF-8 with BOM), for one document or all, for a month or
// all months. The file is written off the GUI thread, whole or not at all.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Xlsx, Csv };

    explicit ExportDialog(Workspace *workspace, QWidget *parent = nullptr);

    void setContent(ExportContent content);
    void setFormat(Format format);
    void setDocument(Id documentId); // 0: every document
    void setMonth(std::optional<Month> month);
    // The month offered when the planner ticks "only or as of this month".
    void suggestMonth(Month month);

    ExportRequest request() const;
    Format format() const;
    // Writes the export as chosen to path (off the GUI thread).
    Status exportTo(const QString &path);

public Q_SLOTS:
    void exportAs();

private:
    void updateRows();

    Workspace *m_workspace;
    QFormLayout *m_form;
    QComboBox *m_content;
    QLabel *m_about;
    QComboBox *m_format;
    QComboBox *m_document;
    QCheckBox *m_useMonth;
    QDateEdit *m_month;
};

} // namespace cp::ui
