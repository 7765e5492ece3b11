// The sheets of a report packet, laid out with libxlsxwriter: what a department reads and fills in.
#include "PacketWorkbook.h"

#include "PacketFormat.h"
#include "ReportPackets.h"
#include "XlsxReader.h"
#include "domain/Format.h"

#include <QLocale>
#include <QVariant>

#include <cmath>

namespace cp::packet {

namespace {

// Where the path of expected progress is, to a precision a planner reads: whole units from 100
// up, hundredths below.
double rounded(double value)
{
    const double r = std::abs(value) >= 100 ? std::round(value) : std::round(value * 100) / 100;
    return r == 0 ? 0 : r;
}

QString columnLetter(int column)
{
    return xlsxCellReference(0, column).chopped(1);
}

// The document's title without the region's name in front: 太行革命老区振兴发展2023年工作任务.
QString shortTitle(const Document &document, const QString &regionName)
{
    QString title = document.title;
    if (!regionName.isEmpty() && title.startsWith(regionName) &&
        title.size() > regionName.size() + 4)
        title.remove(0, regionName.size());
    return title;
}

QString evidenceNames(const QStringList &shas, const MonthData &data)
{
    QStringList names;
    for (const QString &sha : shas)
        names.append(data.evidenceNames.value(sha, sha));
    return names.join(QStringLiteral("、"));
}

// The cell writes of one worksheet; the first error is kept and the rest are skipped.
class SheetWriter
{
public:
    explicit SheetWriter(lxw_worksheet *sheet) : m_sheet(sheet) {}

    lxw_error error() const { return m_error; }

    void text(int row, int column, const QString &text, lxw_format *format)
    {
        if (text.isEmpty())
            check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
        else
            check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column),
                                         text.toUtf8().constData(), format));
    }
    void number(int row, int column, std::optional<double> value, lxw_format *format)
    {
        if (value)
            check(
                worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), *value, format));
        else
            check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
    }
    void column(int column, double width, bool hidden = false)
    {
        lxw_row_col_options options{};
        options.hidden = hidden ? 1 : 0;
        check(worksheet_set_column_opt(m_sheet, lxw_col_t(column), lxw_col_t(column), width,
                                       nullptr, &options));
    }
    void validate(int firstRow, int lastRow, int column, lxw_data_validation *validation)
    {
        check(worksheet_data_validation_range(m_sheet, lxw_row_t(firstRow), lxw_col_t(column),
                                              lxw_row_t(lastRow), lxw_col_t(column), validation));
    }
    // Everything locked but the cells written with an unlocked format; columns and rows may still
    // be widened to read long text.
    void protect()
    {
        lxw_protection options{};
        options.format_columns = 1;
        options.format_rows = 1;
        worksheet_protect(m_sheet, nullptr, &options);
    }

private:
    void check(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

    lxw_worksheet *m_sheet;
    lxw_error m_error = LXW_NO_ERROR;
};

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *heading = nullptr;
    lxw_format *paragraph = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;   // locked, wrapped
    lxw_format *number = nullptr; // locked
    lxw_format *fill = nullptr;   // unlocked, wrapped: the cells to fill in
    lxw_format *fillNumber = nullptr;

    explicit Formats(lxw_workbook *workbook)
    {
        title = workbook_add_format(workbook);
        format_set_bold(title);
        format_set_font_size(title, 14);
        format_set_text_wrap(title);
        heading = workbook_add_format(workbook);
        format_set_bold(heading);
        paragraph = workbook_add_format(workbook);
        format_set_text_wrap(paragraph);
        format_set_align(paragraph, LXW_ALIGN_VERTICAL_TOP);
        header = workbook_add_format(workbook);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xD9D9D9);
        format_set_border(header, LXW_BORDER_THIN);
        text = workbook_add_format(workbook);
        format_set_text_wrap(text);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(text, LXW_BORDER_THIN);
        number = workbook_add_format(workbook);
        format_set_align(number, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(number, LXW_BORDER_THIN);
        fill = workbook_add_format(workbook);
        format_set_unlocked(fill);
        format_set_text_wrap(fill);
        format_set_align(fill, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(fill, LXW_BORDER_THIN);
        format_set_bg_color(fill, 0xFFF2CC);
        fillNumber = workbook_add_format(workbook);
        format_set_unlocked(fillNumber);
        format_set_align(fillNumber, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(fillNumber, LXW_BORDER_THIN);
        format_set_bg_color(fillNumber, 0xFFF2CC);
    }
};

// Builds one packet's workbook. The strings libxlsxwriter keeps pointers to live as long as this.
class PacketBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cp::ReportPackets)

public:
    PacketBuilder(lxw_workbook *workbook, const PacketContent &content, const MonthData &data)
        : m_workbook(workbook), m_content(content), m_data(data), m_formats(workbook)
    {}

    lxw_error build()
    {
        const QString tasksSheet = tr("Tasks");
        const QString targetsSheet = tr("Targets");
        const lxw_error errors[] = {instructions(tasksSheet, targetsSheet), tasks(tasksSheet),
                                    targets(targetsSheet), meta(tasksSheet, targetsSheet)};
        for (lxw_error e : errors) {
            if (e != LXW_NO_ERROR)
                return e;
        }
        return LXW_NO_ERROR;
    }

private:
    lxw_worksheet *addSheet(const QString &name)
    {
        return workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    }

    char *keep(const QString &text)
    {
        m_strings.append(text.toUtf8());
        return m_strings.last().data();
    }

    lxw_error instructions(const QString &tasksSheet, const QString &targetsSheet)
    {
        lxw_worksheet *sheet = addSheet(tr("Instructions"));
        if (!sheet)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        SheetWriter w(sheet);
        w.column(0, 110);
        const QString status = columnLetter(ReportPackets::TaskStatusColumn);
        const QString narrative = columnLetter(ReportPackets::TaskNarrativeColumn);
        const QString evidence = columnLetter(ReportPackets::TaskEvidenceColumn);
        const QString value = columnLetter(ReportPackets::TargetValueColumn);
        const QString valueEvidence = columnLetter(ReportPackets::TargetEvidenceColumn);
        int row = 0;
        w.text(row++, 0,
               tr("%1 %2 %3 monthly report")
                   .arg(m_content.region, m_content.department.name, m_data.month.toString()),
               m_formats.title);
        w.text(row++, 0,
               tr("Send it back by %1.")
                   .arg(QLocale().toString(m_data.deadline.date(), QLocale::LongFormat)),
               m_formats.heading);
        ++row;
        w.text(row++, 0, tr("How to fill it in"), m_formats.heading);
        const QString steps[] = {
            tr("1. On the sheet “%1”, choose this month's status of each task from the list in "
               "column %2.")
                .arg(tasksSheet, status),
            tr("2. In column %1, write what was done this month; in column %2, list the evidence "
               "files by name, separated by 、 or ;.")
                .arg(narrative, evidence),
            tr("3. On the sheet “%1”, give in column %2 the value each target reached by the end "
               "of the month, as a number in the unit shown; add a note and evidence file names "
               "if there are any (column %3).")
                .arg(targetsSheet, value, valueEvidence),
            tr("4. Send the evidence files in the same folder as this packet, named exactly as "
               "listed."),
            tr("5. Leave a row empty when there is nothing to report on it. Only the yellow cells "
               "can be changed."),
        };
        for (const QString &step : steps)
            w.text(row++, 0, step, m_formats.paragraph);
        ++row;
        w.text(row++, 0, tr("What each status means"), m_formats.heading);
        const std::pair<TaskStatus, QString> meanings[] = {
            {TaskStatus::NotStarted, tr("the work has not begun.")},
            {TaskStatus::InProgress, tr("the work is under way but has no results yet.")},
            {TaskStatus::Achieved,
             tr("the work has produced results or real effects this month; with evidence it counts "
                "for the progress score.")},
            {TaskStatus::Completed,
             tr("the task is finished; with evidence it counts for the completion score.")},
        };
        for (const auto &[s, meaning] : meanings)
            w.text(row++, 0, QStringLiteral("%1: %2").arg(displayName(s), meaning),
                   m_formats.paragraph);
        w.protect();
        return w.error();
    }

    lxw_error tasks(const QString &name)
    {
        lxw_worksheet *sheet = addSheet(name);
        if (!sheet)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        SheetWriter w(sheet);
        const std::pair<QString, double> columns[] = {
            {tr("Task id"), 8},
            {tr("Document"), 22},
            {tr("No."), 12},
            {tr("Task"), 44},
            {tr("Role"), 8},
            {tr("Last month's status"), 14},
            {tr("This month's status"), 18},
            {tr("What was done"), 44},
            {tr("Evidence files"), 26},
        };
        for (int c = 0; c < ReportPackets::TaskColumnCount; ++c) {
            w.column(c, columns[c].second, c == ReportPackets::TaskIdColumn);
            w.text(0, c, columns[c].first, m_formats.header);
        }
        const QString regionName = m_content.region.section(QLatin1Char('/'), -1);
        int row = ReportPackets::kHeaderRows;
        for (const TaskRow &t : m_content.tasks) {
            const auto key = std::pair(t.task.id, m_content.department.id);
            const auto report = m_data.reports.constFind(key);
            const auto last = m_data.lastReports.constFind(key);
            const bool reported = report != m_data.reports.constEnd();
            w.number(row, ReportPackets::TaskIdColumn, double(t.task.id), m_formats.number);
            w.text(row, ReportPackets::TaskDocumentColumn,
                   shortTitle(m_data.documents.value(t.task.documentId), regionName),
                   m_formats.text);
            w.text(row, ReportPackets::TaskNumberColumn, t.task.path, m_formats.text);
            w.text(row, ReportPackets::TaskTitleColumn, t.task.title, m_formats.text);
            w.text(row, ReportPackets::TaskRoleColumn, displayName(t.role), m_formats.text);
            w.text(row, ReportPackets::TaskLastStatusColumn,
                   last != m_data.lastReports.constEnd() ? displayName(last->status) : QString(),
                   m_formats.text);
            w.text(row, ReportPackets::TaskStatusColumn,
                   reported ? displayName(report->status) : QString(), m_formats.fill);
            w.text(row, ReportPackets::TaskNarrativeColumn,
                   reported ? report->narrative : QString(), m_formats.fill);
            w.text(row, ReportPackets::TaskEvidenceColumn,
                   reported ? evidenceNames(report->evidence, m_data) : QString(), m_formats.fill);
            ++row;
        }
        if (row > ReportPackets::kHeaderRows) {
            lxw_data_validation list{};
            QList<char *> names;
            for (TaskStatus s : allValues<TaskStatus>())
                names.append(keep(displayName(s)));
            names.append(nullptr);
            list.validate = LXW_VALIDATION_TYPE_LIST;
            list.value_list = names.data();
            list.error_title = keep(tr("Not a status"));
            list.error_message = keep(tr("Choose a status from the list."));
            w.validate(ReportPackets::kHeaderRows, row - 1, ReportPackets::TaskStatusColumn, &list);
        }
        worksheet_freeze_panes(sheet, ReportPackets::kHeaderRows, 0);
        w.protect();
        return w.error();
    }

    lxw_error targets(const QString &name)
    {
        lxw_worksheet *sheet = addSheet(name);
        if (!sheet)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        SheetWriter w(sheet);
        const std::pair<QString, double> columns[] = {
            {tr("Target id"), 8},
            {tr("No."), 12},
            {tr("Target"), 30},
            {tr("Unit"), 8},
            {tr("Goal"), 20},
            {tr("Expected by the end of the month"), 16},
            {tr("Last month's value"), 14},
            {tr("This month's value"), 16},
            {tr("Note"), 32},
            {tr("Evidence files"), 26},
        };
        for (int c = 0; c < ReportPackets::TargetColumnCount; ++c) {
            w.column(c, columns[c].second, c == ReportPackets::TargetIdColumn);
            w.text(0, c, columns[c].first, m_formats.header);
        }
        lxw_data_validation level{}, ratio{}, growth{};
        level.validate = ratio.validate = growth.validate = LXW_VALIDATION_TYPE_DECIMAL;
        level.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
        level.value_number = 0;
        ratio.criteria = growth.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        ratio.minimum_number = 0;
        ratio.maximum_number = 100;
        growth.minimum_number = -1e12; // any number a growth rate can be
        growth.maximum_number = 1e12;
        level.error_title = ratio.error_title = growth.error_title = keep(tr("Not a value"));
        level.error_message = keep(tr("Give a number of at least 0, in the unit shown."));
        ratio.error_message = keep(tr("Give a percentage between 0 and 100."));
        growth.error_message = keep(tr("Give the growth as a number of percent."));

        int row = ReportPackets::kHeaderRows;
        for (const Metric &m : m_content.metrics) {
            const auto reading = m_data.readings.constFind(m.id);
            const bool read = reading != m_data.readings.constEnd();
            const MetricAssessment a = m_data.assessments.value(m.id);
            w.number(row, ReportPackets::TargetIdColumn, double(m.id), m_formats.number);
            w.text(row, ReportPackets::TargetNumberColumn, m_data.taskPaths.value(m.taskId),
                   m_formats.text);
            w.text(row, ReportPackets::TargetLabelColumn, m.label, m_formats.text);
            w.text(row, ReportPackets::TargetUnitColumn, m.unit, m_formats.text);
            w.text(row, ReportPackets::TargetGoalColumn, formatTarget(m), m_formats.text);
            w.number(row, ReportPackets::TargetExpectedColumn,
                     a.expected ? std::optional(rounded(*a.expected)) : std::nullopt,
                     m_formats.number);
            w.number(row, ReportPackets::TargetLastValueColumn, m_data.lastValues.value(m.id),
                     m_formats.number);
            w.number(row, ReportPackets::TargetValueColumn,
                     read ? std::optional(reading->value) : std::nullopt, m_formats.fillNumber);
            w.text(row, ReportPackets::TargetNoteColumn, read ? reading->note : QString(),
                   m_formats.fill);
            w.text(row, ReportPackets::TargetEvidenceColumn,
                   read ? evidenceNames(reading->evidence, m_data) : QString(), m_formats.fill);
            ++row;
        }
        // One rule per run of rows of one kind of target.
        for (int first = 0; first < m_content.metrics.size();) {
            const MetricKind kind = m_content.metrics.at(first).kind;
            int last = first;
            while (last + 1 < m_content.metrics.size() &&
                   m_content.metrics.at(last + 1).kind == kind)
                ++last;
            w.validate(ReportPackets::kHeaderRows + first, ReportPackets::kHeaderRows + last,
                       ReportPackets::TargetValueColumn,
                       kind == MetricKind::RatioPct    ? &ratio
                       : kind == MetricKind::GrowthPct ? &growth
                                                       : &level);
            first = last + 1;
        }
        worksheet_freeze_panes(sheet, ReportPackets::kHeaderRows, 0);
        w.protect();
        return w.error();
    }

    lxw_error meta(const QString &tasksSheet, const QString &targetsSheet)
    {
        lxw_worksheet *sheet = addSheet(ReportPackets::metaSheetName());
        if (!sheet)
            return LXW_ERROR_MEMORY_MALLOC_FAILED;
        SheetWriter w(sheet);
        w.column(0, 16);
        w.column(1, 40);
        const std::pair<QString, QVariant> rows[] = {
            {packet::kFormat, packet::kFormatName},
            {packet::kVersion, ReportPackets::kFormatVersion},
            {packet::kWorkspace, m_data.workspaceId},
            {packet::kMonth, m_data.month.toString()},
            {packet::kRegion, m_content.region},
            {packet::kRegionId, m_content.department.regionId},
            {packet::kDepartmentId, m_content.department.id},
            {packet::kDepartment, m_content.department.name},
            {packet::kTasksSheet, tasksSheet},
            {packet::kTargetsSheet, targetsSheet},
            {packet::kWrittenAt, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        int row = 0;
        for (const auto &[key, value] : rows) {
            w.text(row, 0, key, nullptr);
            if (value.typeId() == QMetaType::QString)
                w.text(row, 1, value.toString(), nullptr);
            else
                w.number(row, 1, value.toDouble(), nullptr);
            ++row;
        }
        w.protect();
        worksheet_hide(sheet);
        return w.error();
    }

    lxw_workbook *m_workbook;
    const PacketContent &m_content;
    const MonthData &m_data;
    Formats m_formats;
    QList<QByteArray> m_strings;
};

} // namespace

lxw_error buildWorkbook(lxw_workbook *workbook, const PacketContent &content, const MonthData &data)
{
    return PacketBuilder(workbook, content, data).build();
}

} // namespace cp::packet
