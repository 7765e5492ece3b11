#include "ReportDialog.h"

#include "BackgroundRead.h"
#include "ReportPreview.h"
#include "exchange/RegionNames.h"
#include "report/BulletinReport.h"
#include "report/DepartmentReport.h"
#include "report/LedgerReport.h"
#include "report/PeriodReport.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

QString aboutText(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Ledger:
        return ReportDialog::tr("Every task of the document by section, with its lead and "
                                "cooperating units, targets, latest progress and status as of the "
                                "month. Without a document, every document, each on pages of its "
                                "own.");
    case ReportKind::Bulletin:
        return ReportDialog::tr("The month's dispatch: a summary, each region's ranking with the "
                                "score's parts and a chart, where the work stands, the late "
                                "reporters and the targets furthest behind.");
    case ReportKind::Quarter:
        return ReportDialog::tr(
            "The quarter's months side by side: each department's monthly "
            "scores, their average and how its rank moved, a chart of the first "
            "departments, the late reporters and what lags behind.");
    case ReportKind::Annual:
        return ReportDialog::tr("The year's dispatched months: each department's monthly scores, "
                                "average and rank trend, the late reporters, and where the work "
                                "stands at the year's last dispatched month.");
    case ReportKind::Department:
        return ReportDialog::tr("One department's tasks with its role and latest report as of the "
                                "month, the monthly values of the targets it leads and the "
                                "evidence it sent.");
    }
    return {};
}

} // namespace

QString ReportDialog::kindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Ledger:
        return tr("Task ledger (台账)");
    case ReportKind::Bulletin:
        return tr("Monthly dispatch bulletin (调度通报)");
    case ReportKind::Quarter:
        return tr("Quarterly bulletin (季度通报)");
    case ReportKind::Annual:
        return tr("Annual summary (年度总结)");
    case ReportKind::Department:
        return tr("Department report (单位报告)");
    }
    return {};
}

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_kind(new QComboBox)
    , m_about(new QLabel)
    , m_document(new QComboBox)
    , m_region(new QComboBox)
    , m_month(new QDateEdit)
    , m_quarterYear(new QSpinBox)
    , m_quarter(new QComboBox)
    , m_year(new QSpinBox)
    , m_department(new QComboBox)
    , m_paper(new QComboBox)
{
    setWindowTitle(tr("Reports"));
    setObjectName(QStringLiteral("reportDialog"));
    for (ReportKind k : {ReportKind::Ledger, ReportKind::Bulletin, ReportKind::Quarter,
                         ReportKind::Annual, ReportKind::Department})
        m_kind->addItem(kindName(k), int(k));
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_about->setWordWrap(true);
    m_about->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_about->setMinimumHeight(m_about->fontMetrics().lineSpacing() * 3);

    m_document->setObjectName(QStringLiteral("reportDocument"));
    m_document->addItem(tr("Every document"), Id(0));
    for (const Document &d : m_workspace->documents().list().value_or({}))
        m_document->addItem(d.title, d.id);
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(40);

    m_region->setObjectName(QStringLiteral("reportRegion"));
    fillRegions();

    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setDate(QDate::currentDate());
    for (QSpinBox *year : {m_quarterYear, m_year}) {
        year->setRange(2000, 2100);
        year->setValue(QDate::currentDate().year());
    }
    m_quarterYear->setObjectName(QStringLiteral("reportQuarterYear"));
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Q%1").arg(q), q);
    auto *quarterRow = new QHBoxLayout;
    quarterRow->setContentsMargins(0, 0, 0, 0);
    quarterRow->addWidget(m_quarterYear);
    quarterRow->addWidget(m_quarter);
    quarterRow->addStretch();
    auto *quarterBox = new QWidget;
    quarterBox->setLayout(quarterRow);

    m_department->setObjectName(QStringLiteral("reportDepartment"));
    m_department->setEditable(true);
    m_department->setInsertPolicy(QComboBox::NoInsert);
    m_department->completer()->setFilterMode(Qt::MatchContains);
    m_department->completer()->setCompletionMode(QCompleter::PopupCompletion);
    fillDepartments();

    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4 landscape"), int(PaperSize::A4));
    m_paper->addItem(tr("A3 landscape"), int(PaperSize::A3));

    m_form->addRow(tr("&Report:"), m_kind);
    m_form->addRow(QString(), m_about);
    m_form->addRow(tr("&Document:"), m_document);
    m_form->addRow(tr("Re&gion:"), m_region);
    m_form->addRow(tr("&Month:"), m_month);
    m_form->addRow(tr("&Quarter:"), quarterBox);
    m_form->addRow(tr("&Year:"), m_year);
    m_form->addRow(tr("D&epartment:"), m_department);
    m_form->addRow(tr("&Paper:"), m_paper);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setDefault(true);
    QPushButton *print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("reportPrint"));
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("reportSavePdf"));
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(save, &QPushButton::clicked, this, &ReportDialog::savePdfAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateRows);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ReportDialog::fillDepartments);
    connect(m_month, &QDateEdit::dateChanged, this, [this](QDate date) {
        // The quarter and the year follow the month until they are chosen apart.
        m_quarterYear->setValue(date.year());
        m_quarter->setCurrentIndex((date.month() - 1) / 3);
        m_year->setValue(date.year());
    });
    updateRows();
}

void ReportDialog::fillRegions()
{
    const auto regions = m_workspace->regions().all().value_or({});
    const RegionNames names(regions);
    QSet<Id> withDocuments;
    for (const Document &d : m_workspace->documents().list().value_or({}))
        withDocuments.insert(d.regionId);
    m_region->clear();
    m_region->addItem(tr("Every region"), Id(0));
    for (const Region &r : regions) {
        if (withDocuments.contains(r.id))
            m_region->addItem(names.reference(r.id), r.id);
    }
}

void ReportDialog::fillDepartments()
{
    const Id region = m_region->currentData().toLongLong();
    const Id previous = m_department->currentData().toLongLong();
    const auto regions = m_workspace->regions().all().value_or({});
    const RegionNames names(regions);
    m_department->clear();
    const auto departments = region ? m_workspace->departments().forRegion(region).value_or({})
                                    : m_workspace->departments().all().value_or({});
    for (const Department &d : departments) {
        m_department->addItem(
            region ? d.name : tr("%1 — %2").arg(d.name, names.reference(d.regionId)), d.id);
    }
    const int again = m_department->findData(previous);
    m_department->setCurrentIndex(again >= 0 ? again : (m_department->count() ? 0 : -1));
}

void ReportDialog::updateRows()
{
    const ReportKind k = kind();
    m_about->setText(aboutText(k));
    m_form->setRowVisible(m_document, k == ReportKind::Ledger);
    m_form->setRowVisible(m_month, k == ReportKind::Ledger || k == ReportKind::Bulletin ||
                                       k == ReportKind::Department);
    m_form->setRowVisible(m_quarter->parentWidget(), k == ReportKind::Quarter);
    m_form->setRowVisible(m_year, k == ReportKind::Annual);
    m_form->setRowVisible(m_department, k == ReportKind::Department);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_month)))
        label->setText(k == ReportKind::Bulletin ? tr("&Month:") : tr("Progress as of &month:"));
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ReportKind ReportDialog::kind() const
{
    return ReportKind(m_kind->currentData().toInt());
}

void ReportDialog::setDocument(Id documentId)
{
    const int index = m_document->findData(documentId);
    m_document->setCurrentIndex(std::max(0, index));
}

void ReportDialog::setRegion(Id regionId)
{
    const int index = m_region->findData(regionId);
    m_region->setCurrentIndex(std::max(0, index));
}

void ReportDialog::setMonth(Month month)
{
    m_month->setDate(month.firstDay());
    m_quarterYear->setValue(month.year());
    m_quarter->setCurrentIndex((month.month() - 1) / 3);
    m_year->setValue(month.year());
}

void ReportDialog::setDepartment(Id departmentId)
{
    int index = m_department->findData(departmentId);
    if (index < 0 && departmentId) {
        setRegion(0);
        index = m_department->findData(departmentId);
    }
    if (index >= 0)
        m_department->setCurrentIndex(index);
}

void ReportDialog::setPaper(PaperSize paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.paper = PaperSize(m_paper->currentData().toInt());
    o.month = Month::of(m_month->date());
    return o;
}

std::function<Result<ReportLayout>(const Workspace &)> ReportDialog::builder() const
{
    const ReportOptions o = options();
    const Id region = m_region->currentData().toLongLong();
    const Id document = m_document->currentData().toLongLong();
    switch (kind()) {
    case ReportKind::Ledger:
        return [=](const Workspace &ws) { return LedgerReport::build(ws, document, o, region); };
    case ReportKind::Bulletin:
        return [=](const Workspace &ws) { return BulletinReport::build(ws, *o.month, region, o); };
    case ReportKind::Quarter: {
        const ReportPeriod period =
            ReportPeriod::quarter(m_quarterYear->value(), m_quarter->currentData().toInt());
        return [=](const Workspace &ws) { return PeriodReport::build(ws, period, region, o); };
    }
    case ReportKind::Annual: {
        const ReportPeriod period = ReportPeriod::year(m_year->value());
        return [=](const Workspace &ws) { return PeriodReport::build(ws, period, region, o); };
    }
    case ReportKind::Department: {
        // The name typed must be one of the list's: a department report of nobody says nothing.
        const int index = m_department->findText(m_department->currentText());
        const Id department = index >= 0 ? m_department->itemData(index).toLongLong() : 0;
        const QString typed = m_department->currentText();
        return [=](const Workspace &ws) -> Result<ReportLayout> {
            if (!department)
                return Error(typed.isEmpty()
                                 ? ReportDialog::tr("Choose the department to report on.")
                                 : ReportDialog::tr("There is no department “%1”.").arg(typed));
            return DepartmentReport::build(ws, department, o);
        };
    }
    }
    return {};
}

std::optional<Result<ReportLayout>> ReportDialog::build()
{
    return BackgroundRead::runCancellable<ReportLayout>(*m_workspace, builder(), this,
                                                        tr("Laying out the report…"));
}

Result<int> ReportDialog::savePdf(const QString &path)
{
    auto build = builder();
    return BackgroundRead::run<int>(
        *m_workspace,
        [build, path](const Workspace &ws) -> Result<int> {
            auto layout = build(ws);
            if (!layout)
                return layout.error();
            if (Status s = layout->writePdf(path); !s)
                return s.error();
            return layout->pageCount();
        },
        this, tr("Writing the PDF…"));
}

// The layout, or nothing after saying why there is none (nothing to say when it was cancelled).
std::optional<ReportLayout> ReportDialog::layoutOrExplain()
{
    auto layout = build();
    if (!layout)
        return std::nullopt;
    if (!*layout) {
        QMessageBox::warning(this, tr("The report was not made"), layout->error().message());
        return std::nullopt;
    }
    return std::move(layout)->value();
}

void ReportDialog::preview()
{
    const auto layout = layoutOrExplain();
    if (!layout)
        return;
    ReportPreview::exec(*layout, this);
}

void ReportDialog::print()
{
    const auto layout = layoutOrExplain();
    if (!layout)
        return;
    QPrinter printer(QPrinter::HighResolution);
    ReportPreview::setUp(printer, *layout);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(layout->title()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = layout->paintAll(&printer); !s)
        QMessageBox::warning(this, tr("The report was not printed"), s.error().message());
}

void ReportDialog::savePdfAs()
{
    // A file name from the report's kind and period, without characters file systems refuse.
    static const char *const stems[] = {QT_TR_NOOP("ledger"), QT_TR_NOOP("bulletin"),
                                        QT_TR_NOOP("quarterly-bulletin"),
                                        QT_TR_NOOP("annual-summary"), QT_TR_NOOP("department")};
    QString name = tr(stems[int(kind())]);
    if (kind() == ReportKind::Department)
        name += QLatin1Char('-') + m_department->currentText().section(QStringLiteral(" — "), 0, 0);
    if (kind() == ReportKind::Quarter)
        name += QStringLiteral("-%1-Q%2")
                    .arg(m_quarterYear->value())
                    .arg(m_quarter->currentData().toInt());
    else if (kind() == ReportKind::Annual)
        name += QStringLiteral("-%1").arg(m_year->value());
    else
        name += QLatin1Char('-') + Month::of(m_month->date()).toString();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("-"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Report as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto pages = savePdf(path);
    if (!pages) {
        QMessageBox::warning(this, tr("The PDF was not written"), pages.error().message());
        return;
    }
    QMessageBox::information(
        this, tr("Saved"),
        tr("%1 written: %n page(s).", nullptr, *pages).arg(QDir::toNativeSeparators(path)));
}

} // namespace cp::ui
