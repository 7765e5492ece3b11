#pragma once

#include "domain/Month.h"
#include "domain/Types.h"
#include "report/ReportLayout.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cp {
class Workspace;
}

namespace cp::ui {

enum class ReportKind { Ledger, Bulletin, Quarter, Annual, Department };

// File → Reports…: one of the printable reports — a task ledger, the month's dispatch bulletin,
// a quarterly bulletin, the annual summary or a department's report — with what it needs (the
// document, region, month, quarter, year or department) and the paper, shown in the print
// preview, printed, or saved as PDF. The report is built off the GUI thread.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportDialog(Workspace *workspace, QWidget *parent = nullptr);

    void setKind(ReportKind kind);
    ReportKind kind() const;
    void setDocument(Id documentId); // 0: every document
    void setRegion(Id regionId);     // 0: every region
    void setMonth(Month month);      // also picks the month's quarter and year
    void setDepartment(Id departmentId);
    void setPaper(PaperSize paper);

    // The report as chosen; an error says what is missing (a department) or what failed.
    std::optional<Result<ReportLayout>> build(); // nothing when cancelled
    // Writes the report chosen as PDF (off the GUI thread); returns its page count.
    Result<int> savePdf(const QString &path);

    static QString kindName(ReportKind kind);

public Q_SLOTS:
    void preview();
    void print();
    void savePdfAs();

private:
    void fillRegions();
    void fillDepartments();
    void updateRows();
    ReportOptions options() const;
    std::function<Result<ReportLayout>(const Workspace &)> builder() const;
    std::optional<ReportLayout> layoutOrExplain();

    Workspace *m_workspace;
    QFormLayout *m_form;
    QComboBox *m_kind;
    QLabel *m_about;
    QComboBox *m_document;
    QComboBox *m_region;
    QDateEdit *m_month;
    QSpinBox *m_quarterYear;
    QComboBox *m_quarter;
    QSpinBox *m_year;
    QComboBox *m_department;
    QComboBox *m_paper;
    QPushButton *m_preview;
};

} // namespace cp::ui
