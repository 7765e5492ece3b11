#include "ExportDialog.h"

#include "BackgroundRead.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cp::ui {

namespace {

QString contentName(ExportContent content)
{
    switch (content) {
    case ExportContent::Ledger:
        return ExportDialog::tr("Task ledger (台账)");
    case ExportContent::Tasks:
        return ExportDialog::tr("Tasks");
    case ExportContent::Metrics:
        return ExportDialog::tr("Targets");
    case ExportContent::Readings:
        return ExportDialog::tr("Readings (monthly values)");
    case ExportContent::Scores:
        return ExportDialog::tr("Dispatch scores");
    }
    return {};
}

QString aboutText(ExportContent content)
{
    switch (content) {
    case ExportContent::Ledger:
        return ExportDialog::tr("A sheet per document: its tasks under their section rows, with "
                                "units, targets, latest progress and status as of the month; the "
                                "header is frozen and repeated when printed. As CSV, the tasks.");
    case ExportContent::Tasks:
        return ExportDialog::tr("A row per task: document, section, number, text, units, targets, "
                                "progress and status as of the month.");
    case ExportContent::Metrics:
        return ExportDialog::tr("A row per target: value, unit, comparator, baseline and quote.");
    case ExportContent::Readings:
        return ExportDialog::tr("A row per reading: the target, month, value, note and reporting "
                                "department; with a month, that month's only.");
    case ExportContent::Scores:
        return ExportDialog::tr("The dispatch scores with every part, a sheet per month; with a "
                                "month, that month's only.");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout)
    , m_content(new QComboBox)
    , m_about(new QLabel)
    , m_format(new QComboBox)
    , m_document(new QComboBox)
    , m_useMonth(new QCheckBox(tr("Only or as of this month:")))
    , m_month(new QDateEdit)
{
    setWindowTitle(tr("Export Tables"));
    setObjectName(QStringLiteral("exportDialog"));
    m_content->setObjectName(QStringLiteral("exportContent"));
    for (ExportContent c : {ExportContent::Ledger, ExportContent::Tasks, ExportContent::Metrics,
                            ExportContent::Readings, ExportContent::Scores})
        m_content->addItem(contentName(c), int(c));
    m_about->setWordWrap(true);
    m_about->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_about->setMinimumHeight(m_about->fontMetrics().lineSpacing() * 3);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Excel workbook (.xlsx)"), int(Format::Xlsx));
    m_format->addItem(tr("CSV, UTF-8 (.csv)"), int(Format::Csv));
    m_document->setObjectName(QStringLiteral("exportDocument"));
    m_document->addItem(tr("Every document"), Id(0));
    for (const Document &d : m_workspace->documents().list().value_or({}))
        m_document->addItem(d.title, d.id);
    m_document->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(40);
    m_useMonth->setObjectName(QStringLiteral("exportUseMonth"));
    m_month->setObjectName(QStringLiteral("exportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setDate(QDate::currentDate());
    m_month->setEnabled(false);
    connect(m_useMonth, &QCheckBox::toggled, m_month, &QWidget::setEnabled);

    m_form->addRow(tr("&Export:"), m_content);
    m_form->addRow(QString(), m_about);
    m_form->addRow(tr("&Format:"), m_format);
    m_form->addRow(tr("&Document:"), m_document);
    m_form->addRow(m_useMonth, m_month);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportSave"));
    save->setDefault(true);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(save, &QPushButton::clicked, this, &ExportDialog::exportAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(m_content, &QComboBox::currentIndexChanged, this, &ExportDialog::updateRows);
    updateRows();
}

void ExportDialog::updateRows()
{
    const ExportContent c = ExportContent(m_content->currentData().toInt());
    m_about->setText(aboutText(c));
    m_form->setRowVisible(m_document, c != ExportContent::Scores);
    m_form->setRowVisible(m_month, c != ExportContent::Metrics);
}

void ExportDialog::setContent(ExportContent content)
{
    m_content->setCurrentIndex(m_content->findData(int(content)));
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setDocument(Id documentId)
{
    m_document->setCurrentIndex(std::max(0, m_document->findData(documentId)));
}

void ExportDialog::setMonth(std::optional<Month> month)
{
    m_useMonth->setChecked(month.has_value());
    if (month)
        m_month->setDate(month->firstDay());
}

void ExportDialog::suggestMonth(Month month)
{
    m_month->setDate(month.firstDay());
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_format->currentData().toInt());
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.content = ExportContent(m_content->currentData().toInt());
    if (r.content != ExportContent::Scores)
        r.documentId = m_document->currentData().toLongLong();
    if (m_useMonth->isChecked() && r.content != ExportContent::Metrics)
        r.month = Month::of(m_month->date());
    return r;
}

Status ExportDialog::exportTo(const QString &path)
{
    const ExportRequest r = request();
    const bool xlsx = format() == Format::Xlsx;
    auto written = BackgroundRead::run<bool>(
        *m_workspace,
        [r, xlsx, path](const Workspace &ws) -> Result<bool> {
            const Status s =
                xlsx ? TableExport::writeXlsx(ws, r, path) : TableExport::writeCsv(ws, r, path);
            if (!s)
                return s.error();
            return true;
        },
        this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    return toStatus(written);
}

void ExportDialog::exportAs()
{
    const bool xlsx = format() == Format::Xlsx;
    const ExportRequest r = request();
    QString name = TableExport::contentCode(r.content);
    if (r.month)
        name += QLatin1Char('-') + r.month->toString();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Tables"),
        QDir(folder).filePath(name + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))),
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s) {
        QMessageBox::warning(this, tr("The export was not written"), s.error().message());
        return;
    }
    QMessageBox::information(this, tr("Exported"),
                             tr("%1 written.").arg(QDir::toNativeSeparators(path)));
}

} // namespace cp::ui
