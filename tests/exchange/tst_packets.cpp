// Monthly report packets: written per department, filled in as Excel would save them, collected
// back; every malformed packet refused naming file, sheet and cell, with nothing stored.
#include "../common/Fixtures.h"
#include "exchange/PacketFormat.h"
#include "exchange/ReportPackets.h"
#include "exchange/XlsxReader.h"
#include "exchange/ZipArchive.h"
#include "importing/ReferenceDocuments.h"
#include "progress/DispatchScore.h"
#include "storage/ProgressEditor.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <xlsxwriter.h>

using namespace cp;

namespace {

const Month kJune(2023, 6);
const QString kTasks = QStringLiteral("Tasks");
const QString kTargets = QStringLiteral("Targets");

XlsxCell textCell(const QString &text)
{
    XlsxCell c;
    c.type = XlsxCell::Type::Text;
    c.text = text;
    return c;
}

XlsxCell numberCell(double value)
{
    XlsxCell c;
    c.type = XlsxCell::Type::Number;
    c.number = value;
    c.text = QString::number(value, 'g', 17);
    return c;
}

// A change to one cell of a packet, as a department makes it in Excel; an Empty cell clears it.
struct Edit
{
    QString sheet;
    int row = 0;
    int column = 0;
    XlsxCell cell;
};

// Writes the workbook at `from` again to `to` with libxlsxwriter, cell by cell with the edits
// applied, as a spreadsheet program saves a filled-in packet (sheet order and hidden state kept).
bool rewrite(const QString &from, const QString &to, const QList<Edit> &edits)
{
    auto book = XlsxWorkbook::read(from);
    if (!book)
        return false;
    QList<std::pair<XlsxSheet, QMap<std::pair<int, int>, XlsxCell>>> sheets;
    for (const XlsxSheet &s : book->sheets()) {
        QMap<std::pair<int, int>, XlsxCell> cells;
        for (int r = 0; r < s.rowCount(); ++r) {
            for (int c = 0; c < s.columnCount(); ++c) {
                if (!s.cell(r, c).isEmpty())
                    cells.insert({r, c}, s.cell(r, c));
            }
        }
        sheets.append({s, cells});
    }
    for (const Edit &e : edits) {
        for (auto &[sheet, cells] : sheets) {
            if (sheet.name != e.sheet)
                continue;
            if (e.cell.isEmpty())
                cells.remove({e.row, e.column});
            else
                cells.insert({e.row, e.column}, e.cell);
        }
    }
    lxw_workbook *workbook = workbook_new(QFile::encodeName(to).constData());
    for (const auto &[sheet, cells] : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(workbook, sheet.name.toUtf8().constData());
        for (auto it = cells.constBegin(); it != cells.constEnd(); ++it) {
            const auto row = lxw_row_t(it.key().first);
            const auto col = lxw_col_t(it.key().second);
            switch (it->type) {
            case XlsxCell::Type::Number:
                worksheet_write_number(ws, row, col, it->number, nullptr);
                break;
            case XlsxCell::Type::Boolean:
                worksheet_write_boolean(ws, row, col, int(it->number), nullptr);
                break;
            default:
                worksheet_write_string(ws, row, col, it->text.toUtf8().constData(), nullptr);
                break;
            }
        }
        if (sheet.hidden)
            worksheet_hide(ws);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The 0-based row of the sheet whose column A holds the id; -1 when none does.
int rowOf(const XlsxSheet &sheet, Id id)
{
    for (int r = ReportPackets::kHeaderRows; r < sheet.rowCount(); ++r) {
        if (sheet.cell(r, 0).type == XlsxCell::Type::Number && Id(sheet.cell(r, 0).number) == id)
            return r;
    }
    return -1;
}

QStringList rowTexts(const XlsxSheet &sheet, int row)
{
    QStringList cells;
    for (int c = 0; c < sheet.columnCount(); ++c)
        cells.append(sheet.cell(row, c).text);
    return cells;
}

int auditCount(Workspace &ws)
{
    QSqlQuery q(ws.database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    q.next();
    return q.value(0).toInt();
}

QString packetName(const QString &department, const QString &region = QStringLiteral("盂县"))
{
    return ReportPackets::fileName(kJune, region, department);
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The ids a test needs from the reference workspace.
struct Reference
{
    Id yuxian = 0, yangcheng = 0;
    Id gongxin = 0, fagai = 0, shuili = 0; // 县工信局, 县发改局, 县水利局
    Id station = 0;                        // task 新建5G基站160座以上, led by 县工信局
    Id stationMetric = 0;                  // its target 新建5G基站 ≥160 座
    Id waterTask = 0;                      // a task of 县水利局 alone
};

class TestPackets : public QObject
{
    Q_OBJECT

private:
    // A new workspace holding the reference documents, and the ids the tests use.
    bool openReference(Workspace &ws, const QString &name)
    {
        if (!ws.open(m_dir.filePath(name)) || !ReferenceDocuments::importInto(ws))
            return false;
        auto regions = ws.regions().all();
        if (!regions)
            return false;
        for (const Region &r : *regions) {
            if (r.name == QStringLiteral("盂县"))
                m_ref.yuxian = r.id;
            if (r.name == QStringLiteral("阳城县"))
                m_ref.yangcheng = r.id;
        }
        m_ref.gongxin =
            ws.departments().resolve(m_ref.yuxian, QStringLiteral("县工信局")).value_or(0);
        m_ref.fagai =
            ws.departments().resolve(m_ref.yuxian, QStringLiteral("县发改局")).value_or(0);
        m_ref.shuili =
            ws.departments().resolve(m_ref.yuxian, QStringLiteral("县水利局")).value_or(0);
        for (const Task &t : ws.tasks().all().value_or({})) {
            if (t.title == QStringLiteral("新建5G基站160座以上"))
                m_ref.station = t.id;
            if (t.departments == QList<TaskDepartment>{{m_ref.shuili, Role::Lead}} &&
                !m_ref.waterTask)
                m_ref.waterTask = t.id;
        }
        for (const Metric &m : ws.metrics().forTask(m_ref.station).value_or({}))
            m_ref.stationMetric = m.id;
        return m_ref.gongxin && m_ref.fagai && m_ref.station && m_ref.stationMetric &&
               m_ref.waterTask;
    }

    // Progress to prefill: 县工信局 reported 新建5G基站 in May and June, and read 60 in May.
    bool addProgress(Workspace &ws)
    {
        ProgressEditor editor(ws);
        auto photo =
            editor.storeEvidence(QStringLiteral("照片.jpg"), QByteArray("\xFF\xD8 jpeg", 7));
        TaskReport may{0,
                       m_ref.station,
                       m_ref.gongxin,
                       QStringLiteral("2023-05"),
                       TaskStatus::InProgress,
                       QStringLiteral("选址"),
                       QDateTime(QDate(2023, 5, 20), QTime(9, 0), Qt::UTC),
                       {}};
        TaskReport june{0,
                        m_ref.station,
                        m_ref.gongxin,
                        QStringLiteral("2023-06"),
                        TaskStatus::Achieved,
                        QStringLiteral("完成80座"),
                        QDateTime(QDate(2023, 6, 20), QTime(9, 0), Qt::UTC),
                        {photo.value_or({})}};
        Reading reading{0,
                        m_ref.stationMetric,
                        QStringLiteral("2023-05"),
                        60,
                        QString(),
                        m_ref.gongxin,
                        QDateTime(QDate(2023, 5, 20), QTime(9, 0), Qt::UTC),
                        {}};
        return photo && editor.addReport(may) && editor.addReport(june) &&
               editor.addReading(reading);
    }

    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(COUNTYPLAN_BINARY), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_dir;
    Reference m_ref;
    // For the malformed packets: a workspace with progress and its 盂县 and 阳城县 packets.
    Workspace m_ws;
    QString m_yuxianPackets, m_yangchengPackets;

private Q_SLOTS:
    void initTestCase();
    void parsesStatusesAndNamesFiles();
    void writesOnePacketPerDepartment();
    void collectsFilledPacketsOnce();
    void refusesMalformedPackets_data();
    void refusesMalformedPackets();
    void listsEveryProblemAndStoresNothing();
    void commandLineWritesAndCollects();
};

void TestPackets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(openReference(m_ws, QStringLiteral("malformed.countyplan")));
    QVERIFY(addProgress(m_ws));
    m_yuxianPackets = m_dir.filePath(QStringLiteral("yuxian"));
    m_yangchengPackets = m_dir.filePath(QStringLiteral("yangcheng"));
    CP_VERIFY_OK(ReportPackets::write(m_ws, kJune, m_yuxianPackets, m_ref.yuxian));
    CP_VERIFY_OK(ReportPackets::write(m_ws, kJune, m_yangchengPackets, m_ref.yangcheng));
}

void TestPackets::parsesStatusesAndNamesFiles()
{
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral(" 推进中 ")), TaskStatus::InProgress);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("有成果或实际成效")), TaskStatus::Achieved);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("已办结")), TaskStatus::Completed);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("未启动")), TaskStatus::NotStarted);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("results ACHIEVED")), TaskStatus::Achieved);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("In_Progress")), TaskStatus::InProgress);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("completed\n")), TaskStatus::Completed);
    QCOMPARE(ReportPackets::parseStatus(QStringLiteral("进行中")), std::nullopt);
    QCOMPARE(ReportPackets::parseStatus(QString()), std::nullopt);

    QCOMPARE(ReportPackets::splitEvidenceNames(
                 QStringLiteral(" 照片.jpg、验收单.pdf;纪要.docx； 照片.jpg ")),
             QStringList({QStringLiteral("照片.jpg"), QStringLiteral("验收单.pdf"),
                          QStringLiteral("纪要.docx")}));
    QCOMPARE(ReportPackets::fileName(kJune, QStringLiteral("盂县"), QStringLiteral("县发改局")),
             QStringLiteral("2023-06 盂县 县发改局.xlsx"));
    QCOMPARE(
        ReportPackets::fileName(kJune, QStringLiteral("阳泉市/城区"), QStringLiteral("区发改局")),
        QStringLiteral("2023-06 阳泉市_城区 区发改局.xlsx"));
    QCOMPARE(
        ReportPackets::fileName(kJune, QStringLiteral("盂县"), QStringLiteral("县\"文旅\"局:*?")),
        QStringLiteral("2023-06 盂县 县_文旅_局___.xlsx"));
}

void TestPackets::writesOnePacketPerDepartment()
{
    Workspace ws;
    QVERIFY(openReference(ws, QStringLiteral("write.countyplan")));
    QVERIFY(addProgress(ws));
    const QString dir = m_dir.filePath(QStringLiteral("written"));
    QElapsedTimer timer;
    timer.start();
    auto files = ReportPackets::write(ws, kJune, dir, m_ref.yuxian);
    const qint64 elapsed = timer.elapsed();
    CP_VERIFY_OK(files);
    qInfo("wrote %lld packets of 盂县 in %lld ms", qint64(files->size()), elapsed);

    // One packet per department with tasks in 2023's documents: the dispatch's annual tasks.
    auto input = ws.progress().dispatchInput(kJune, m_ref.yuxian);
    CP_VERIFY_OK(input);
    QSet<Id> concerned;
    for (const DispatchInput::Assignment &a : input->assignments)
        concerned.insert(a.departmentId);
    QCOMPARE(files->size(), 31);
    QCOMPARE(files->size(), qsizetype(concerned.size()));
    for (const PacketFile &f : *files) {
        QVERIFY(concerned.contains(f.departmentId));
        QCOMPARE(f.path, QDir(dir).filePath(packetName(f.department)));
        QVERIFY(QFile::exists(f.path));
    }
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 31); // no .part left behind

    const QString path = QDir(dir).filePath(packetName(QStringLiteral("县工信局")));
    const auto info = std::find_if(files->begin(), files->end(),
                                   [&](const PacketFile &f) { return f.path == path; });
    QVERIFY(info != files->end());
    auto book = XlsxWorkbook::read(path);
    CP_VERIFY_OK(book);
    QStringList names;
    QList<bool> hidden;
    for (const XlsxSheet &s : book->sheets()) {
        names.append(s.name);
        hidden.append(s.hidden);
    }
    QCOMPARE(names, QStringList({QStringLiteral("Instructions"), kTasks, kTargets,
                                 QStringLiteral("countyplan")}));
    QCOMPARE(hidden, QList<bool>({false, false, false, true}));

    const XlsxSheet &instructions = *book->sheet(QStringLiteral("Instructions"));
    QCOMPARE(instructions.cell(0, 0).text, QStringLiteral("盂县 县工信局 2023-06 monthly report"));
    QVERIFY(instructions.cell(1, 0).text.contains(
        QLocale().toString(QDate(2023, 6, 25), QLocale::LongFormat)));

    // Tasks: the header, then the tasks it leads and those it cooperates on, in document order.
    const XlsxSheet &tasks = *book->sheet(kTasks);
    QCOMPARE(
        rowTexts(tasks, 0),
        QStringList({QStringLiteral("Task id"), QStringLiteral("Document"), QStringLiteral("No."),
                     QStringLiteral("Task"), QStringLiteral("Role"),
                     QStringLiteral("Last month's status"), QStringLiteral("This month's status"),
                     QStringLiteral("What was done"), QStringLiteral("Evidence files")}));
    QList<Task> lead, cooperating;
    for (const Document &d : ws.documents().list().value_or({})) {
        if (d.regionId != m_ref.yuxian || d.year != 2023)
            continue;
        for (const Task &t : ws.tasks().forDocument(d.id).value_or({})) {
            for (const TaskDepartment &td : t.departments) {
                if (td.departmentId == m_ref.gongxin)
                    (td.role == Role::Lead ? lead : cooperating).append(t);
            }
        }
    }
    const QList<Task> expected = lead + cooperating;
    QCOMPARE(info->tasks, int(expected.size()));
    QCOMPARE(info->tasks, 10);
    QCOMPARE(tasks.rowCount(), 1 + expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(tasks.cell(1 + i, ReportPackets::TaskIdColumn).number, double(expected.at(i).id));
        QCOMPARE(tasks.cell(1 + i, ReportPackets::TaskNumberColumn).text, expected.at(i).path);
        QCOMPARE(tasks.cell(1 + i, ReportPackets::TaskTitleColumn).text, expected.at(i).title);
        QCOMPARE(tasks.cell(1 + i, ReportPackets::TaskRoleColumn).text,
                 i < lead.size() ? QStringLiteral("Lead") : QStringLiteral("Cooperating"));
    }
    const int station = rowOf(tasks, m_ref.station);
    QCOMPARE(station, 1);
    QCOMPARE(tasks.cell(station, ReportPackets::TaskDocumentColumn).text,
             QStringLiteral("太行革命老区振兴发展2023年工作任务"));
    QCOMPARE(tasks.cell(station, ReportPackets::TaskLastStatusColumn).text,
             QStringLiteral("In progress"));
    QCOMPARE(tasks.cell(station, ReportPackets::TaskStatusColumn).text,
             QStringLiteral("Results achieved"));
    QCOMPARE(tasks.cell(station, ReportPackets::TaskNarrativeColumn).text,
             QStringLiteral("完成80座"));
    QCOMPARE(tasks.cell(station, ReportPackets::TaskEvidenceColumn).text,
             QStringLiteral("照片.jpg"));
    QVERIFY(tasks.cell(2, ReportPackets::TaskStatusColumn).isEmpty());

    // Targets of the tasks it leads: 新建5G基站 ≥160 座 is expected at 160 × 6/12 = 80 by June.
    const XlsxSheet &targets = *book->sheet(kTargets);
    QCOMPARE(targets.cell(0, ReportPackets::TargetExpectedColumn).text,
             QStringLiteral("Expected by the end of the month"));
    QCOMPARE(info->targets, 3);
    QCOMPARE(targets.rowCount(), 1 + 3);
    const int metric = rowOf(targets, m_ref.stationMetric);
    QCOMPARE(metric, 1);
    QCOMPARE(targets.cell(metric, ReportPackets::TargetNumberColumn).text,
             QStringLiteral("二.（四）"));
    QCOMPARE(targets.cell(metric, ReportPackets::TargetLabelColumn).text,
             QStringLiteral("新建5G基站"));
    QCOMPARE(targets.cell(metric, ReportPackets::TargetUnitColumn).text, QStringLiteral("座"));
    QCOMPARE(targets.cell(metric, ReportPackets::TargetGoalColumn).text, QStringLiteral("≥160 座"));
    QCOMPARE(targets.cell(metric, ReportPackets::TargetExpectedColumn).number, 80.0);
    QCOMPARE(targets.cell(metric, ReportPackets::TargetLastValueColumn).number, 60.0);
    QVERIFY(targets.cell(metric, ReportPackets::TargetValueColumn).isEmpty());

    // What the packet is, for the collector.
    const XlsxSheet &meta = *book->sheet(QStringLiteral("countyplan"));
    QStringList keys;
    QHash<QString, XlsxCell> values;
    for (int r = 0; r < meta.rowCount(); ++r) {
        keys.append(meta.cell(r, 0).text);
        values.insert(meta.cell(r, 0).text, meta.cell(r, 1));
    }
    QCOMPARE(keys, QStringList({QStringLiteral("format"), QStringLiteral("version"),
                                QStringLiteral("workspace"), QStringLiteral("month"),
                                QStringLiteral("region"), QStringLiteral("region_id"),
                                QStringLiteral("department_id"), QStringLiteral("department"),
                                QStringLiteral("tasks_sheet"), QStringLiteral("targets_sheet"),
                                QStringLiteral("written_at")}));
    QCOMPARE(values.value(packet::kFormat).text, QStringLiteral("countyplan-packet"));
    QCOMPARE(values.value(packet::kVersion).number, 1.0);
    QCOMPARE(values.value(packet::kWorkspace).text, ws.meta(QStringLiteral("workspace_id")));
    QVERIFY(!QUuid::fromString(values.value(packet::kWorkspace).text).isNull());
    QCOMPARE(values.value(packet::kMonth).text, QStringLiteral("2023-06"));
    QCOMPARE(values.value(packet::kRegion).text, QStringLiteral("盂县"));
    QCOMPARE(values.value(packet::kRegionId).number, double(m_ref.yuxian));
    QCOMPARE(values.value(packet::kDepartmentId).number, double(m_ref.gongxin));
    QCOMPARE(values.value(packet::kDepartment).text, QStringLiteral("县工信局"));
    QCOMPARE(values.value(packet::kTasksSheet).text, kTasks);
    QCOMPARE(values.value(packet::kTargetsSheet).text, kTargets);
    QVERIFY(QDateTime::fromString(values.value(packet::kWrittenAt).text, Qt::ISODate).isValid());

    // The XML Excel reads: the sheet hidden, the rest locked but the cells to fill.
    ZipArchive zip;
    QVERIFY(zip.open(readFile(path)));
    QHash<QString, QByteArray> parts;
    for (const ZipArchive::Entry &e : zip.entries())
        parts.insert(e.name, zip.read(e).value_or({}));
    QVERIFY(parts.value(QStringLiteral("xl/workbook.xml"))
                .contains(R"(<sheet name="countyplan" sheetId="4" state="hidden")"));
    const QByteArray tasksXml = parts.value(QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY(tasksXml.contains(
        R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"));
    QVERIFY(tasksXml.contains(
        R"(<col min="1" max="1" width="8.7109375" hidden="1" customWidth="1"/>)"));
    QVERIFY(tasksXml.contains("<sheetProtection sheet=\"1\""));
    QVERIFY(tasksXml.contains(
        R"(sqref="G2:G11"><formula1>"Not started,In progress,Results achieved,Completed"</formula1>)"));
    const QByteArray targetsXml = parts.value(QStringLiteral("xl/worksheets/sheet3.xml"));
    QVERIFY(targetsXml.contains(R"(<dataValidation type="decimal" operator="greaterThanOrEqual")"));
    QVERIFY(targetsXml.contains(R"(sqref="H2:H4"><formula1>0</formula1>)"));
    QVERIFY(parts.value(QStringLiteral("xl/styles.xml")).contains("<protection locked=\"0\"/>"));

    // Ratios are checked between 0 and 100 (阳城县's 主要农作物耕种收综合机械化率 79% and others).
    int ratioRules = 0;
    for (const QFileInfo &f : QDir(m_yangchengPackets).entryInfoList({QStringLiteral("*.xlsx")})) {
        ZipArchive other;
        QVERIFY(other.open(readFile(f.filePath())));
        for (const ZipArchive::Entry &e : other.entries()) {
            if (e.name == QLatin1String("xl/worksheets/sheet3.xml"))
                ratioRules += int(other.read(e).value_or({}).count(
                    R"(<formula1>0</formula1><formula2>100</formula2>)"));
        }
    }
    QVERIFY(ratioRules > 0);
}

void TestPackets::collectsFilledPacketsOnce()
{
    Workspace ws;
    QVERIFY(openReference(ws, QStringLiteral("collect.countyplan")));
    QVERIFY(addProgress(ws));
    const QString dir = m_dir.filePath(QStringLiteral("collect"));
    auto files = ReportPackets::write(ws, kJune, dir, m_ref.yuxian);
    CP_VERIFY_OK(files);

    // 县发改局 reports on three tasks it leads and one it cooperates on.
    const QString fagai = QDir(dir).filePath(packetName(QStringLiteral("县发改局")));
    auto book = XlsxWorkbook::read(fagai);
    CP_VERIFY_OK(book);
    const XlsxSheet &tasks = *book->sheet(kTasks);
    QList<Id> ids;
    for (int r = 1; r < tasks.rowCount(); ++r)
        ids.append(Id(tasks.cell(r, ReportPackets::TaskIdColumn).number));
    QCOMPARE(tasks.cell(4, ReportPackets::TaskRoleColumn).text, QStringLiteral("Lead"));
    QCOMPARE(tasks.cell(6, ReportPackets::TaskRoleColumn).text, QStringLiteral("Cooperating"));
    const int g = ReportPackets::TaskStatusColumn, h = ReportPackets::TaskNarrativeColumn,
              i = ReportPackets::TaskEvidenceColumn;
    QVERIFY(rewrite(fagai, fagai,
                    {{kTasks, 1, g, textCell(QStringLiteral("有成果或实际成效"))},
                     {kTasks, 1, h, textCell(QStringLiteral("以工代赈项目吸纳就业120人"))},
                     {kTasks, 1, i, textCell(QStringLiteral("进展照片.jpg"))},
                     {kTasks, 2, g, textCell(QStringLiteral(" Results achieved "))},
                     {kTasks, 2, h, textCell(QStringLiteral("新增网点6个"))},
                     {kTasks, 2, i, textCell(QStringLiteral("进展照片.jpg；验收单.pdf"))},
                     {kTasks, 4, g, textCell(QStringLiteral("completed"))},
                     {kTasks, 4, i, textCell(QStringLiteral("验收单.pdf"))},
                     {kTasks, 6, g, textCell(QStringLiteral("推进中"))}}));
    const QByteArray photo("\x89PNG progress photo", 19), receipt("%PDF-1.4 receipt");
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("进展照片.jpg")), photo));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("验收单.pdf")), receipt));

    // 县工信局 leaves its prefilled report as it was and reads 新建5G基站 at 85.
    const QString gongxin = QDir(dir).filePath(packetName(QStringLiteral("县工信局")));
    const int v = ReportPackets::TargetValueColumn;
    QVERIFY(rewrite(
        gongxin, gongxin,
        {{kTargets, 1, v, numberCell(85)},
         {kTargets, 1, ReportPackets::TargetNoteColumn, textCell(QStringLiteral("截至6月底"))},
         {kTargets, 1, ReportPackets::TargetEvidenceColumn,
          textCell(QStringLiteral("进展照片.jpg"))}}));

    QStringList paths;
    for (const PacketFile &f : *files)
        paths.append(f.path);
    const QDateTime received(QDate(2023, 6, 24), QTime(10, 0), QTimeZone(8 * 3600));
    QElapsedTimer timer;
    timer.start();
    auto result = ReportPackets::collect(ws, paths, received);
    const qint64 elapsed = timer.elapsed();
    CP_VERIFY_OK(result);
    qInfo("collected %lld packets of 盂县 in %lld ms", qint64(paths.size()), elapsed);
    QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.value(0).text()));
    QCOMPARE(result->packets, 31);
    QCOMPARE(result->reports, 4);
    QCOMPARE(result->readings, 1);
    QCOMPARE(result->evidenceFiles, 2);
    QCOMPARE(result->unchanged, 1); // 县工信局's June report

    const auto stored = [&](Id task, Id department) {
        auto id = ws.progress().findReport(task, department, QStringLiteral("2023-06"));
        return id && *id ? ws.progress().report(*id).value_or({}) : TaskReport();
    };
    const auto evidence = [&](const QStringList &shas) {
        QList<QByteArray> data;
        for (const QString &sha : shas)
            data.append(ws.progress().evidenceData(sha).value_or({}));
        return data;
    };
    const TaskReport first = stored(ids.at(0), m_ref.fagai);
    QCOMPARE(first.status, TaskStatus::Achieved);
    QCOMPARE(first.narrative, QStringLiteral("以工代赈项目吸纳就业120人"));
    QCOMPARE(first.submittedAt, received);
    QCOMPARE(evidence(first.evidence), QList<QByteArray>({photo}));
    const TaskReport second = stored(ids.at(1), m_ref.fagai);
    QCOMPARE(second.status, TaskStatus::Achieved);
    QCOMPARE(evidence(second.evidence), QList<QByteArray>({photo, receipt}));
    const TaskReport completed = stored(ids.at(3), m_ref.fagai);
    QCOMPARE(completed.status, TaskStatus::Completed);
    QCOMPARE(completed.narrative, QString());
    QCOMPARE(evidence(completed.evidence), QList<QByteArray>({receipt}));
    const TaskReport cooperating = stored(ids.at(5), m_ref.fagai);
    QCOMPARE(cooperating.status, TaskStatus::InProgress);
    QCOMPARE(cooperating.departmentId, m_ref.fagai);
    QVERIFY(cooperating.evidence.isEmpty());
    QCOMPARE(stored(ids.at(2), m_ref.fagai).id, Id(0)); // left empty
    const TaskReport kept = stored(m_ref.station, m_ref.gongxin);
    QCOMPARE(kept.narrative, QStringLiteral("完成80座"));
    QCOMPARE(kept.submittedAt,
             QDateTime(QDate(2023, 6, 20), QTime(9, 0), Qt::UTC)); // not rewritten

    auto readingId = ws.progress().findReading(m_ref.stationMetric, QStringLiteral("2023-06"));
    CP_VERIFY_OK(readingId);
    const Reading reading = ws.progress().reading(*readingId).value_or({});
    QCOMPARE(reading.value, 85.0);
    QCOMPARE(reading.note, QStringLiteral("截至6月底"));
    QCOMPARE(reading.departmentId, m_ref.gongxin);
    QCOMPARE(reading.recordedAt, received);
    QCOMPARE(evidence(reading.evidence), QList<QByteArray>({photo}));

    // The same packets again: every filled row is unchanged, nothing is written.
    const QString counts = test::tableCounts(ws);
    const int audit = auditCount(ws);
    result = ReportPackets::collect(ws, paths, received.addDays(1));
    CP_VERIFY_OK(result);
    QVERIFY(result->problems.isEmpty());
    QCOMPARE(result->reports, 0);
    QCOMPARE(result->readings, 0);
    QCOMPARE(result->evidenceFiles, 0);
    QCOMPARE(result->unchanged, 6);
    QCOMPARE(test::tableCounts(ws), counts);
    QCOMPARE(auditCount(ws), audit);
    QCOMPARE(stored(ids.at(0), m_ref.fagai).submittedAt, received);

    // June's dispatch counts the reports with evidence: 2 results and 1 completion of 13 tasks.
    auto scores = DispatchScoring::compute(ws, kJune, m_ref.yuxian,
                                           QDateTime(QDate(2023, 7, 1), QTime(0, 0), Qt::UTC));
    CP_VERIFY_OK(scores);
    const auto score = std::find_if(scores->begin(), scores->end(), [&](const DepartmentScore &s) {
        return s.departmentId == m_ref.fagai;
    });
    QVERIFY(score != scores->end());
    QCOMPARE(score->annualTasks, int(ids.size()));
    QCOMPARE(score->annualTasks, 13);
    QCOMPARE(score->component(ScorePart::Progress).count, 2);
    QCOMPARE(score->component(ScorePart::Progress).points, 2.0 / 13 * 10);
    QCOMPARE(score->component(ScorePart::Completion).count, 1);
    QCOMPARE(score->component(ScorePart::Completion).points, 1.0 / 13 * 10);
}

void TestPackets::refusesMalformedPackets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text"); // the problem as listed

    const QString gongxin = packetName(QStringLiteral("县工信局"));
    QTest::newRow("text in a number cell")
        << QStringLiteral("text") << gongxin
        << gongxin + QStringLiteral(", Targets!H2: text in a number cell: “约80”");
    QTest::newRow("unknown task id")
        << QStringLiteral("unknown task") << gongxin
        << gongxin + QStringLiteral(", Tasks!A3: unknown task id “999999”");
    QTest::newRow("wrong department")
        << QStringLiteral("wrong department") << gongxin
        << gongxin +
               QStringLiteral(
                   ", Tasks!A3: task 二.（二） “加快大水网“第二横”龙华口调水工程建设” is not one "
                   "that 县工信局 leads or cooperates on");
    QTest::newRow("negative value")
        << QStringLiteral("negative") << gongxin
        << gongxin + QStringLiteral(", Targets!H2: -5 is out of range: a level cannot be negative");
    QTest::newRow("ratio above 100")
        << QStringLiteral("ratio") << QStringLiteral("ratio.xlsx")
        << QStringLiteral("ratio.xlsx, Targets!H%1: 120 is out of range: a percentage lies between "
                          "0 and 100"); // %1: the row of a ratio among 阳城县's targets
    QTest::newRow("unknown status")
        << QStringLiteral("status") << gongxin
        << gongxin +
               QStringLiteral(", Tasks!G3: “进行中” is not a status; choose one of Not started, "
                              "In progress, Results achieved, Completed");
    QTest::newRow("narrative without status")
        << QStringLiteral("narrative") << gongxin
        << gongxin +
               QStringLiteral(", Tasks!G3: a narrative or evidence is given without a status");
    QTest::newRow("evidence missing")
        << QStringLiteral("evidence") << gongxin
        << gongxin + QStringLiteral(
                         ", Tasks!I3: the evidence file “验收单.pdf” is not beside the packet");
    QTest::newRow("duplicate row")
        << QStringLiteral("duplicate") << gongxin
        << gongxin + QStringLiteral(", Tasks!A12: the task is given twice: also in ") + gongxin +
               QStringLiteral(", Tasks!A3");
    QTest::newRow("another workspace")
        << QStringLiteral("workspace") << gongxin
        << gongxin +
               QStringLiteral(", countyplan!B3: the packet was written for another workspace");
    QTest::newRow("not a packet")
        << QStringLiteral("plain") << QStringLiteral("台账.xlsx")
        << QStringLiteral(
               "台账.xlsx: not a CountyPlan packet: it has no hidden sheet “countyplan”");
    QTest::newRow("text file") << QStringLiteral("text file") << QStringLiteral("纪要.xlsx")
                               << QStringLiteral("纪要.xlsx: not an XLSX file (not a ZIP archive)");
    QTest::newRow("truncated") << QStringLiteral("truncated") << gongxin
                               << gongxin +
                                      QStringLiteral(": the ZIP archive is damaged or incomplete");
}

void TestPackets::refusesMalformedPackets()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, text);
    const QString dir =
        m_dir.filePath(QStringLiteral("malformed ") + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(dir));
    const QString original = QDir(m_yuxianPackets).filePath(packetName(QStringLiteral("县工信局")));
    const QString path = QDir(dir).filePath(file);
    const int g = ReportPackets::TaskStatusColumn;
    const auto status = [&](int row) {
        return Edit{kTasks, row, g, textCell(QStringLiteral("In progress"))};
    };

    if (kind == QLatin1String("text")) {
        QVERIFY(rewrite(
            original, path,
            {{kTargets, 1, ReportPackets::TargetValueColumn, textCell(QStringLiteral("约80"))}}));
    } else if (kind == QLatin1String("unknown task")) {
        QVERIFY(rewrite(original, path, {{kTasks, 2, 0, numberCell(999999)}, status(2)}));
    } else if (kind == QLatin1String("wrong department")) {
        QVERIFY(rewrite(original, path,
                        {{kTasks, 2, 0, numberCell(double(m_ref.waterTask))}, status(2)}));
    } else if (kind == QLatin1String("negative")) {
        QVERIFY(rewrite(original, path,
                        {{kTargets, 1, ReportPackets::TargetValueColumn, numberCell(-5)}}));
    } else if (kind == QLatin1String("ratio")) {
        // A packet of 阳城县 with a ratio among its targets.
        bool found = false;
        for (const QFileInfo &f :
             QDir(m_yangchengPackets).entryInfoList({QStringLiteral("*.xlsx")})) {
            auto book = XlsxWorkbook::read(f.filePath());
            QVERIFY(book);
            const XlsxSheet &targets = *book->sheet(kTargets);
            for (int r = 1; r < targets.rowCount() && !found; ++r) {
                auto metric = m_ws.metrics().get(Id(targets.cell(r, 0).number));
                if (metric && metric->kind == MetricKind::RatioPct) {
                    QVERIFY(rewrite(
                        f.filePath(), path,
                        {{kTargets, r, ReportPackets::TargetValueColumn, numberCell(120)}}));
                    text = text.arg(r + 1);
                    found = true;
                }
            }
        }
        QVERIFY(found);
    } else if (kind == QLatin1String("status")) {
        QVERIFY(rewrite(original, path, {{kTasks, 2, g, textCell(QStringLiteral("进行中"))}}));
    } else if (kind == QLatin1String("narrative")) {
        QVERIFY(rewrite(
            original, path,
            {{kTasks, 2, ReportPackets::TaskNarrativeColumn, textCell(QStringLiteral("已开工"))}}));
    } else if (kind == QLatin1String("evidence")) {
        QVERIFY(rewrite(original, path,
                        {status(2),
                         {kTasks, 2, ReportPackets::TaskEvidenceColumn,
                          textCell(QStringLiteral("照片.jpg、验收单.pdf"))}}));
        QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("照片.jpg")), "photo"));
    } else if (kind == QLatin1String("duplicate")) {
        auto book = XlsxWorkbook::read(original);
        QVERIFY(book);
        const XlsxSheet &tasks = *book->sheet(kTasks);
        QCOMPARE(tasks.rowCount(), 11);
        QList<Edit> edits{status(2), status(11)};
        for (int c = 0; c < g; ++c)
            edits.append({kTasks, 11, c, tasks.cell(2, c)});
        QVERIFY(rewrite(original, path, edits));
    } else if (kind == QLatin1String("workspace")) {
        QVERIFY(rewrite(original, path,
                        {status(2),
                         {QStringLiteral("countyplan"), 2, 1,
                          textCell(QUuid::createUuid().toString(QUuid::WithoutBraces))}}));
    } else if (kind == QLatin1String("plain")) {
        lxw_workbook *workbook = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, "任务");
        worksheet_write_string(sheet, 0, 0, "新建5G基站", nullptr);
        worksheet_write_number(sheet, 0, 1, 160, nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);
    } else if (kind == QLatin1String("text file")) {
        QVERIFY(writeFile(path, "会议纪要：6月调度\n"));
    } else if (kind == QLatin1String("truncated")) {
        const QByteArray bytes = readFile(original);
        QVERIFY(writeFile(path, bytes.left(bytes.size() / 2)));
    }

    const QString counts = test::tableCounts(m_ws);
    auto result = ReportPackets::collect(m_ws, {path}, QDateTime::currentDateTimeUtc());
    CP_VERIFY_OK(result);
    QCOMPARE(result->problems.size(), 1);
    const PacketProblem &p = result->problems.first();
    QCOMPARE(p.file, QFileInfo(path).fileName());
    QCOMPARE(p.text(), text);
    QCOMPARE(!p.sheet.isEmpty() && !p.cell.isEmpty(), text.contains(u'!'));
    QCOMPARE(result->reports + result->readings + result->evidenceFiles, 0);
    QCOMPARE(test::tableCounts(m_ws), counts);
}

void TestPackets::listsEveryProblemAndStoresNothing()
{
    const QString dir = m_dir.filePath(QStringLiteral("several"));
    QVERIFY(QDir().mkpath(dir));
    const QString gongxin = QDir(dir).filePath(packetName(QStringLiteral("县工信局")));
    const QString fagai = QDir(dir).filePath(packetName(QStringLiteral("县发改局")));
    const int g = ReportPackets::TaskStatusColumn;
    QVERIFY(rewrite(
        QDir(m_yuxianPackets).filePath(packetName(QStringLiteral("县工信局"))), gongxin,
        {{kTasks, 2, g, textCell(QStringLiteral("进行中"))},
         {kTasks, 3, g, textCell(QStringLiteral("completed"))},
         {kTasks, 3, ReportPackets::TaskEvidenceColumn, textCell(QStringLiteral("缺失.pdf"))},
         {kTargets, 1, ReportPackets::TargetValueColumn, textCell(QStringLiteral("约80"))},
         {kTargets, 2, ReportPackets::TargetValueColumn,
          XlsxCell{XlsxCell::Type::Boolean, 1, QStringLiteral("1")}},
         {kTargets, 3, ReportPackets::TargetNoteColumn, textCell(QStringLiteral("待统计"))}}));
    // A good packet beside it is not stored either.
    QVERIFY(rewrite(QDir(m_yuxianPackets).filePath(packetName(QStringLiteral("县发改局"))), fagai,
                    {{kTasks, 1, g, textCell(QStringLiteral("推进中"))}}));

    const QString counts = test::tableCounts(m_ws);
    auto result = ReportPackets::collect(m_ws, {fagai, gongxin}, QDateTime::currentDateTimeUtc());
    CP_VERIFY_OK(result);
    QStringList problems;
    for (const PacketProblem &p : result->problems)
        problems.append(p.text());
    const QString name = QFileInfo(gongxin).fileName();
    QCOMPARE(
        problems,
        QStringList(
            {name + QStringLiteral(", Tasks!G3: “进行中” is not a status; choose one of Not "
                                   "started, In progress, "
                                   "Results achieved, Completed"),
             name + QStringLiteral(
                        ", Tasks!I4: the evidence file “缺失.pdf” is not beside the packet"),
             name + QStringLiteral(", Targets!H2: text in a number cell: “约80”"),
             name + QStringLiteral(", Targets!H3: TRUE or FALSE in a number cell"),
             name + QStringLiteral(
                        ", Targets!H4: a note or evidence is given without this month's value")}));
    QCOMPARE(result->packets, 2);
    QCOMPARE(result->reports, 0);
    QCOMPARE(test::tableCounts(m_ws), counts);
    auto report = m_ws.progress().findReport(
        Id(XlsxWorkbook::read(fagai)->sheet(kTasks)->cell(1, ReportPackets::TaskIdColumn).number),
        m_ref.fagai, QStringLiteral("2023-06"));
    CP_VERIFY_OK(report);
    QCOMPARE(*report, Id(0));
}

void TestPackets::commandLineWritesAndCollects()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.countyplan"));
    {
        Workspace ws;
        QVERIFY(openReference(ws, QStringLiteral("cli.countyplan")));
    }
    const QString dir = m_dir.filePath(QStringLiteral("cli-packets"));
    Run r = run({QStringLiteral("packets"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                 QStringLiteral("2023-06"), QStringLiteral("--out"), dir,
                 QStringLiteral("--region"), QStringLiteral("盂县")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    // "13 task(s)" reads "13 tasks" once countyplan_en.ts has the English plural forms.
    const QString fagaiLine =
        QDir(dir).filePath(packetName(QStringLiteral("县发改局"))) + QStringLiteral("  13 task");
    QVERIFY2(std::any_of(lines.begin(), lines.end(),
                         [&](const QString &l) {
                             return l.startsWith(fagaiLine) &&
                                    l.contains(QLatin1String(", 0 target"));
                         }),
             qPrintable(r.out));
    r = run({QStringLiteral("packets"), QStringLiteral("--db"), db, QStringLiteral("--out"), dir});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("packets"), QStringLiteral("--db"), db, QStringLiteral("--month"),
             QStringLiteral("2023-06"), QStringLiteral("--out"), dir, QStringLiteral("--region"),
             QStringLiteral("平遥县")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("“平遥县” is not a region")));

    // A bad packet: every problem on stderr, exit 1, nothing stored.
    const QString fagai = QDir(dir).filePath(packetName(QStringLiteral("县发改局")));
    const QString gongxin = QDir(dir).filePath(packetName(QStringLiteral("县工信局")));
    QVERIFY(rewrite(
        fagai, fagai,
        {{kTasks, 1, ReportPackets::TaskStatusColumn, textCell(QStringLiteral("已办结"))},
         {kTasks, 1, ReportPackets::TaskEvidenceColumn, textCell(QStringLiteral("验收单.pdf"))}}));
    QVERIFY(writeFile(QDir(dir).filePath(QStringLiteral("验收单.pdf")), "%PDF-1.4"));
    const QByteArray good = readFile(gongxin);
    QVERIFY(rewrite(
        gongxin, gongxin,
        {{kTargets, 1, ReportPackets::TargetValueColumn, textCell(QStringLiteral("约80"))},
         {kTasks, 2, ReportPackets::TaskStatusColumn, textCell(QStringLiteral("进行中"))}}));
    QString counts;
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(db));
        counts = test::tableCounts(ws);
    }
    r = run({QStringLiteral("collect"), QStringLiteral("--db"), db, dir,
             QStringLiteral("--received"), QStringLiteral("2023-06-24")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    const QString name = packetName(QStringLiteral("县工信局"));
    const QStringList errors = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0), name + QStringLiteral(", Tasks!G3: “进行中” is not a status; choose one "
                                                 "of Not started, In progress, Results achieved, "
                                                 "Completed"));
    QCOMPARE(errors.at(1), name + QStringLiteral(", Targets!H2: text in a number cell: “约80”"));
    QVERIFY2(errors.at(2).startsWith(QLatin1String("countyplan: 2 problem")),
             qPrintable(errors.at(2)));
    QVERIFY(errors.at(2).endsWith(QLatin1String("found; nothing was stored")));
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(db));
        QCOMPARE(test::tableCounts(ws), counts);
    }

    // Put right, the folder is collected.
    QVERIFY(writeFile(gongxin, good));
    r = run({QStringLiteral("collect"), QStringLiteral("--db"), db, dir,
             QStringLiteral("--received"), QStringLiteral("2023-06-24")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({QStringLiteral("Packets collected: 31"),
                          QStringLiteral("Reports stored: 1"), QStringLiteral("Readings stored: 0"),
                          QStringLiteral("Evidence files stored: 1"),
                          QStringLiteral("Rows unchanged: 0")}));
    {
        Workspace ws;
        CP_VERIFY_OK(ws.open(db));
        auto reports = ws.progress().reportsForMonth(kJune, 0);
        CP_VERIFY_OK(reports);
        QCOMPARE(reports->size(), 1);
        QCOMPARE(reports->first().departmentId,
                 ws.departments().resolve(m_ref.yuxian, QStringLiteral("县发改局")).value_or(-1));
        QCOMPARE(reports->first().status, TaskStatus::Completed);
        QCOMPARE(reports->first().submittedAt,
                 QDateTime(QDate(2023, 6, 24), QTime(0, 0), QTimeZone(8 * 3600)));
        QCOMPARE(ws.progress().evidenceData(reports->first().evidence.value(0)).value_or({}),
                 QByteArray("%PDF-1.4"));
    }
    r = run({QStringLiteral("collect"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("collect"), QStringLiteral("--db"), db, dir,
             QStringLiteral("--received"), QStringLiteral("24.6.2023")});
    QCOMPARE(r.code, 2);
}

} // namespace

QTEST_GUILESS_MAIN(TestPackets)
#include "tst_packets.moc"
