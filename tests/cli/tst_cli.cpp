// The countyplan executable: exit codes, messages on stderr, files it writes or refuses to write.
#include "../common/Fixtures.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cp;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class TestCli : public QObject
{
    Q_OBJECT

private:
    Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep the user's settings and data out of the tests.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(COUNTYPLAN_BINARY), arguments);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase();
    void printsHelp();
    void rejectsUnknownCommandsAndOptions();
    void reportsMissingAndForeignFiles();
    void createsWorkspacesOnce();
    void exportsAndLoadsByteIdentically();
    void refusesMalformedJsonWithoutLeavingAFile();
    void refusesLoadingIntoAWorkspaceWithData();
    void rendersScreenshots();
    void importsDocumentsWithAReportPerFile();
    void refusesReimportsAndKeepsGoing();
    void listsAndMergesDepartments();
    void recordsProgressAndScoresTheMonth();
    void dispatchRulesAreChangedFromAFile();
    void writesReportsOfEveryKind();
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(COUNTYPLAN_BINARY)));
    Workspace ws;
    CP_VERIFY_OK(ws.open(path(QStringLiteral("sample.countyplan"))));
    CP_VERIFY_OK(test::buildSampleWorkspace(ws));
}

void TestCli::printsHelp()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"new", "info", "export", "load", "screenshot"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.contains(QLatin1String(COUNTYPLAN_VERSION)));
    const Run sub = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(sub.code, 0);
    QVERIFY(sub.out.startsWith(QLatin1String("Usage: countyplan export")));
}

void TestCli::rejectsUnknownCommandsAndOptions()
{
    Run r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    r = run({QStringLiteral("info"), QStringLiteral("--no-such-option")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("no-such-option")));
    r = run({QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("sample.countyplan")),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), path(QStringLiteral("x"))});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("x"))));
}

void TestCli::reportsMissingAndForeignFiles()
{
    Run r = run({QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("missing.countyplan"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QLatin1String("missing.countyplan")));
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.countyplan"))));

    QFile text(path(QStringLiteral("notes.countyplan")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("会议纪要\n");
    text.close();
    r = run({QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("notes.countyplan"))});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("not a CountyPlan workspace")));
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(text.readAll(), QByteArray("会议纪要\n"));

    // Messages follow --lang.
    r = run({QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("notes.countyplan")), QStringLiteral("--lang"),
             QStringLiteral("zh_CN")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("不是县域规划台账工作区")), qPrintable(r.err));
}

void TestCli::createsWorkspacesOnce()
{
    const QString db = path(QStringLiteral("new.countyplan"));
    Run r = run({QStringLiteral("new"), QStringLiteral("--db"), db, QStringLiteral("--title"), QStringLiteral("盂县台账")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("info"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("盂县台账")));
    QVERIFY(r.out.contains(QLatin1String("Tasks:       0")));
    r = run({QStringLiteral("new"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already exists")));
}

void TestCli::exportsAndLoadsByteIdentically()
{
    Run r = run({QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("sample.countyplan")), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--out"), path(QStringLiteral("a.json"))});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("load"), path(QStringLiteral("a.json")), QStringLiteral("--db"), path(QStringLiteral("copy.countyplan"))});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("export"), QStringLiteral("--db"), path(QStringLiteral("copy.countyplan")), QStringLiteral("--out"),
             path(QStringLiteral("b.json"))});
    QCOMPARE(r.code, 0);
    QFile a(path(QStringLiteral("a.json"))), b(path(QStringLiteral("b.json")));
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray first = a.readAll();
    QVERIFY(first.contains("\"新建5G基站\""));
    QCOMPARE(b.readAll(), first);
    r = run({QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("copy.countyplan"))});
    QVERIFY(r.out.contains(QLatin1String("Tasks:       2")));
    QVERIFY(r.out.contains(QLatin1String("Readings:    3")));
}

void TestCli::refusesMalformedJsonWithoutLeavingAFile()
{
    QFile bad(path(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\n  \"format\": \"countyplan\",\n  \"version\": 1,\n  \"regions\": [\n    {\"name\": \"盂县\" \"level\": 1}\n  ]\n}\n");
    bad.close();
    const QString db = path(QStringLiteral("never.countyplan"));
    const Run r = run({QStringLiteral("load"), path(QStringLiteral("bad.json")), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("bad.json: line 5")), qPrintable(r.err));
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
}

void TestCli::refusesLoadingIntoAWorkspaceWithData()
{
    const QString db = path(QStringLiteral("sample.countyplan"));
    QFile f(path(QStringLiteral("a.json")));
    QVERIFY(f.exists());
    const Run before = run({QStringLiteral("info"), QStringLiteral("--db"), db});
    const Run r = run({QStringLiteral("load"), path(QStringLiteral("a.json")), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("already holds data")));
    QCOMPARE(run({QStringLiteral("info"), QStringLiteral("--db"), db}).out, before.out);
}

void TestCli::rendersScreenshots()
{
    const QString png = path(QStringLiteral("shot.png"));
    const Run r = run({QStringLiteral("screenshot"), QStringLiteral("--db"), path(QStringLiteral("sample.countyplan")),
                       QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("900x600")});
    QCOMPARE(r.code, 0);
    const QImage image(png);
    QCOMPARE(image.size(), QSize(900, 600));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, "the screenshot looks blank");
    const Run missing = run({QStringLiteral("screenshot"), QStringLiteral("--db"), path(QStringLiteral("none.countyplan")),
                             QStringLiteral("--out"), path(QStringLiteral("none.png"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("none.png"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("none.countyplan"))));
}

void TestCli::importsDocumentsWithAReportPerFile()
{
    const QString db = path(QStringLiteral("imported.countyplan"));
    const QString seeds = QStringLiteral(COUNTYPLAN_SEEDS_DIR "/");
    Run r = run({QStringLiteral("import"), seeds + QStringLiteral("000_50bff88673248aef.txt"),
                 seeds + QStringLiteral("002_29dde79f5395f303.txt"), QStringLiteral("--db"), db, QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("dry run")));
    QVERIFY(run({QStringLiteral("info"), QStringLiteral("--db"), db}).out.contains(QLatin1String("Documents:   0")));

    r = run({QStringLiteral("import"), seeds + QStringLiteral("000_50bff88673248aef.txt"),
             seeds + QStringLiteral("002_29dde79f5395f303.txt"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("tasks: 26 (23 with responsible units), sections: 6")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("departments: 23 new, 0 matched")));
    QVERIFY(r.out.contains(QLatin1String("metrics: 6, past-year actuals: 0")));
    QVERIFY(r.out.contains(QLatin1String("tasks: 43 (40 with responsible units), sections: 11")));
    QVERIFY(r.out.contains(QLatin1String("departments: 8 new, 13 matched")));
    QVERIFY(r.out.contains(QLatin1String("links to other documents: 1 metric, 3 task")));
    QVERIFY(r.err.isEmpty());
    const Run info = run({QStringLiteral("info"), QStringLiteral("--db"), db});
    QVERIFY(info.out.contains(QLatin1String("Documents:   2")));
    QVERIFY(info.out.contains(QLatin1String("Tasks:       69")));
}

void TestCli::refusesReimportsAndKeepsGoing()
{
    const QString db = path(QStringLiteral("imported.countyplan"));
    const QString seeds = QStringLiteral(COUNTYPLAN_SEEDS_DIR "/");
    QFile binary(path(QStringLiteral("scan.txt")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    binary.close();
    const Run r = run({QStringLiteral("import"), seeds + QStringLiteral("000_50bff88673248aef.txt"), path(QStringLiteral("scan.txt")),
                       seeds + QStringLiteral("004_c1523eebc76e8d4e.txt"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("000_50bff88673248aef.txt: this file was imported already")), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("scan.txt: this is not a text document")));
    // The good file among them is imported all the same.
    QVERIFY(r.out.contains(QStringLiteral("关于做好2023年全面推进乡村振兴重点工作的行动方案")));
    const Run replaced = run({QStringLiteral("import"), seeds + QStringLiteral("000_50bff88673248aef.txt"), QStringLiteral("--db"), db,
                              QStringLiteral("--replace")});
    QCOMPARE(replaced.code, 0);
    QVERIFY(replaced.out.contains(QLatin1String("replaced the earlier import")));
    QVERIFY(run({QStringLiteral("info"), QStringLiteral("--db"), db}).out.contains(QLatin1String("Documents:   3")));
}

void TestCli::listsAndMergesDepartments()
{
    const QString db = path(QStringLiteral("imported.countyplan"));
    Run r = run({QStringLiteral("departments"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("盂县 (31 departments)")));
    QVERIFY(r.out.contains(QStringLiteral("县交通运输局  lead 3, cooperating 3  also written: 县交通局")));
    QVERIFY(r.out.contains(QStringLiteral("县文联  lead 0, cooperating 1")));

    r = run({QStringLiteral("departments"), QStringLiteral("--db"), db, QStringLiteral("--merge"), QStringLiteral("县文联"),
             QStringLiteral("--into"), QStringLiteral("县文旅局")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("departments"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县")});
    QVERIFY(r.out.contains(QStringLiteral("盂县 (30 departments)")));
    QVERIFY(r.out.contains(QStringLiteral("县文旅局  lead 4, cooperating 3  also written: 县文联")));

    r = run({QStringLiteral("departments"), QStringLiteral("--db"), db, QStringLiteral("--merge"), QStringLiteral("县不存在局"),
             QStringLiteral("--into"), QStringLiteral("县文旅局")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("no region has both “县不存在局” and “县文旅局”")));
    // 县发改局 exists in 盂县 and 阳城县: the region must be named.
    r = run({QStringLiteral("departments"), QStringLiteral("--db"), db, QStringLiteral("--merge"), QStringLiteral("县发改局"),
             QStringLiteral("--into"), QStringLiteral("县农业农村局")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("--region")));
}

void TestCli::recordsProgressAndScoresTheMonth()
{
    const QString db = path(QStringLiteral("progress.countyplan"));
    QCOMPARE(run({QStringLiteral("new"), QStringLiteral("--db"), db, QStringLiteral("--reference-documents")}).code, 0);
    // 县工信局 of 盂县 leads 二.（四） 新建5G基站160座以上 (task ids come from "tasks").
    Run r = run({QStringLiteral("tasks"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县"),
                 QStringLiteral("--department"), QStringLiteral("县工信局")});
    QCOMPARE(r.code, 0);
    const QRegularExpression taskLine(QStringLiteral("^\\s*(\\d+)  二.（四） 新建5G基站160座以上  \\[县工信局; "), QRegularExpression::MultilineOption);
    const auto task = taskLine.match(r.out);
    QVERIFY2(task.hasMatch(), qPrintable(r.out));
    const int annual = int(r.out.count(QRegularExpression(QStringLiteral("^\\s*\\d+  "), QRegularExpression::MultilineOption)));
    QCOMPARE(annual, 10); // both 盂县 documents are of 2023

    r = run({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县")});
    QCOMPARE(r.code, 0);
    const auto metric = QRegularExpression(QStringLiteral("^\\s*(\\d+)  二.（四） 新建5G基站  ≥160 座  \\[Not reported\\]"),
                                           QRegularExpression::MultilineOption)
                            .match(r.out);
    QVERIFY2(metric.hasMatch(), qPrintable(r.out));

    QFile evidence(path(QStringLiteral("基站照片.jpg")));
    QVERIFY(evidence.open(QIODevice::WriteOnly));
    evidence.write("jpeg bytes");
    evidence.close();
    r = run({QStringLiteral("reading"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--metric"), metric.captured(1),
             QStringLiteral("--month"), QStringLiteral("2023-06"), QStringLiteral("--value"), QStringLiteral("80"),
             QStringLiteral("--department"), QStringLiteral("县工信局"), QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--evidence"), evidence.fileName()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("新建5G基站 2023-06: 80 座"));
    r = run({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--month"), QStringLiteral("2023-06")});
    QVERIFY(r.out.contains(QStringLiteral("二.（四） 新建5G基站  ≥160 座  2023-06: 80  [On track]  forecast 160.0")));

    r = run({QStringLiteral("report"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--task"), task.captured(1),
             QStringLiteral("--department"), QStringLiteral("县工信局"), QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--month"), QStringLiteral("2023-06"), QStringLiteral("--status"), QStringLiteral("achieved"),
             QStringLiteral("--narrative"), QStringLiteral("新建基站80座"), QStringLiteral("--submitted"),
             QStringLiteral("2023-06-20T10:00:00+08:00"), QStringLiteral("--evidence"), evidence.fileName()});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--department"),
             QStringLiteral("县工信局"), QStringLiteral("--region"), QStringLiteral("盂县"), QStringLiteral("--kind"),
             QStringLiteral("commendation"), QStringLiteral("--level"), QStringLiteral("provincial"), QStringLiteral("--date"),
             QStringLiteral("2023-06-15"), QStringLiteral("--note"), QStringLiteral("省通报表扬")});
    QCOMPARE(r.code, 0);
    // A commendation needs its level; the workspace is left as it was.
    r = run({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--department"),
             QStringLiteral("县工信局"), QStringLiteral("--region"), QStringLiteral("盂县"), QStringLiteral("--kind"),
             QStringLiteral("commendation"), QStringLiteral("--date"), QStringLiteral("2023-06-16")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("needs a level: central, provincial or municipal")));
    // 县发改局 exists in 盂县 and 阳城县.
    r = run({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--department"),
             QStringLiteral("县发改局"), QStringLiteral("--kind"), QStringLiteral("seminar"), QStringLiteral("--date"),
             QStringLiteral("2023-06-16")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("several regions have a department “县发改局”")));

    // Where the task and its target stand in June: 80 of 160 by June is the expected path.
    r = run({QStringLiteral("status"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2023-06"),
             QStringLiteral("--region"), QStringLiteral("盂县"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject status = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QJsonValue &v : status.value(QStringLiteral("targets")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() != metric.captured(1).toLongLong())
            continue;
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("on_track"));
        QCOMPARE(v.toObject().value(QStringLiteral("expected")).toDouble(), 80.0);
        QCOMPARE(v.toObject().value(QStringLiteral("value")).toDouble(), 80.0);
    }
    int onTrack = 0, notReported = 0;
    for (const QJsonValue &v : status.value(QStringLiteral("tasks")).toArray()) {
        const QString state = v.toObject().value(QStringLiteral("state")).toString();
        if (v.toObject().value(QStringLiteral("id")).toInteger() == task.captured(1).toLongLong()) {
            QCOMPARE(state, QStringLiteral("on_track"));
            QCOMPARE(v.toObject().value(QStringLiteral("reported")).toString(), QStringLiteral("achieved"));
        }
        onTrack += state == QLatin1String("on_track");
        notReported += state == QLatin1String("not_reported");
    }
    // A planner's monthly plan replaces pro-rata: 90 by June puts 80 behind (0.89 of the plan).
    r = run({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--metric"), metric.captured(1), QStringLiteral("--set"),
             QStringLiteral("2023-06=90"), QStringLiteral("--set"), QStringLiteral("2023-12=160")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("  2023-06  90\n  2023-12  160")));
    r = run({QStringLiteral("reading"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--month"), QStringLiteral("2023-06")});
    QVERIFY(r.out.contains(QStringLiteral("二.（四） 新建5G基站  ≥160 座  2023-06: 80  [Behind]")));
    r = run({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--metric"), metric.captured(1), QStringLiteral("--set"),
             QStringLiteral("June=90")});
    QCOMPARE(r.code, 2);
    QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--db"), db, QStringLiteral("--metric"), metric.captured(1), QStringLiteral("--clear")})
                 .out.contains(QStringLiteral("no plan: the expected path is pro-rata")),
             true);

    // 002 states the same 5G target: linked, it shares the reading, and its task is on track too.
    QCOMPARE(onTrack, 2);
    QCOMPARE(notReported, 67); // 盂县's other tasks: nothing reported

    // 县工信局 in June: 100 + 1/10 × 10 (the 5G task, with evidence) + 5 (provincial) − 5 (7 more of
    // the 8 tasks it leads were not reported by 25 June) = 101.
    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2023-06"),
             QStringLiteral("--region"), QStringLiteral("盂县"), QStringLiteral("--json"), QStringLiteral("--as-of"),
             QStringLiteral("2023-07-01")});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("month")).toString(), QStringLiteral("2023-06"));
    QJsonObject gongxin;
    for (const QJsonValue &v : json.value(QStringLiteral("departments")).toArray()) {
        if (v.toObject().value(QStringLiteral("department")).toString() == QStringLiteral("县工信局"))
            gongxin = v.toObject();
    }
    QCOMPARE(gongxin.value(QStringLiteral("score")).toDouble(), 101.0);
    QCOMPARE(gongxin.value(QStringLiteral("annual_tasks")).toInt(), 10);
    QVERIFY(gongxin.value(QStringLiteral("late")).toBool());
    const QJsonObject components = gongxin.value(QStringLiteral("components")).toObject();
    QCOMPARE(components.value(QStringLiteral("progress")).toDouble(), 1.0);
    QCOMPARE(components.value(QStringLiteral("commendation")).toDouble(), 5.0);
    QCOMPARE(components.value(QStringLiteral("late_report")).toDouble(), -5.0);
    // Everyone else leading tasks is late too (95); departments that only cooperate keep 100:
    // 县工信局 ranks first.
    QCOMPARE(gongxin.value(QStringLiteral("rank")).toInt(), 1);

    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2023-06"),
             QStringLiteral("--explain"), QStringLiteral("县工信局"), QStringLiteral("--region"), QStringLiteral("盂县"),
             QStringLiteral("--as-of"), QStringLiteral("2023-07-01")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("盂县 · 县工信局: 101.00 points, rank 1")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("    1.00  Task progress (1 / 10 × 10)")));
    QVERIFY(r.out.contains(QStringLiteral("      +1.00  二.（四） 新建5G基站160座以上 — 1 evidence file")));
    QVERIFY(r.out.contains(QStringLiteral("      +5.00  省通报表扬")));
    QVERIFY(r.out.contains(QStringLiteral("      -5.00  7 of 8 open tasks it leads were not reported by 2023-06-25: 一.2 ")));

    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("June")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--month must be a month like 2023-06, not “June”")));
}

void TestCli::dispatchRulesAreChangedFromAFile()
{
    const QString db = path(QStringLiteral("sample.countyplan"));
    QFile bad(path(QStringLiteral("bad-rules.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"events": {"seminar": {"points": 5, "cap": 20}}})");
    bad.close();
    Run r = run({QStringLiteral("rules"), QStringLiteral("--db"), db, QStringLiteral("--set"), bad.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad-rules.json: dispatch rules: unknown setting events.seminar.cap")), qPrintable(r.err));
    QFile good(path(QStringLiteral("rules.json")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"events": {"seminar": {"points": 5, "monthly_cap": 20}}, "reports": {"deadline_day": 20}})");
    good.close();
    r = run({QStringLiteral("rules"), QStringLiteral("--db"), db, QStringLiteral("--set"), good.fileName()});
    QCOMPARE(r.code, 0);
    const QJsonObject rules = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(rules.value(QStringLiteral("events")).toObject().value(QStringLiteral("seminar")).toObject().value(QStringLiteral("monthly_cap")).toDouble(), 20.0);
    QCOMPARE(rules.value(QStringLiteral("reports")).toObject().value(QStringLiteral("deadline_day")).toInt(), 20);
    QCOMPARE(rules.value(QStringLiteral("events")).toObject().value(QStringLiteral("exchange")).toObject().value(QStringLiteral("monthly_cap")).toDouble(), 15.0);
    r = run({QStringLiteral("rules"), QStringLiteral("--db"), db, QStringLiteral("--reset")});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("reports")).toObject().value(QStringLiteral("deadline_day")).toInt(), 25);
}

// Every kind of report from the command line; the bulletin's ranking is what "countyplan score"
// prints, rank by rank.
void TestCli::writesReportsOfEveryKind()
{
    const QString db = path(QStringLiteral("reports.countyplan"));
    Run r = run({QStringLiteral("generate"), QStringLiteral("--out"), db, QStringLiteral("--counties"), QStringLiteral("1"),
                 QStringLiteral("--tasks-per-county"), QStringLiteral("40"), QStringLiteral("--months"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("score"), QStringLiteral("--db"), db, QStringLiteral("--month"), QStringLiteral("2023-03"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray departments = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("departments")).toArray();
    QVERIFY(departments.size() > 5);

    const auto pdfText = [](const QString &file) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const bool poppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();

    const QString bulletin = path(QStringLiteral("bulletin.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("bulletin"),
             QStringLiteral("--month"), QStringLiteral("2023-03"), QStringLiteral("--out"), bulletin});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("pages in")));
    if (poppler) {
        const QString text = pdfText(bulletin);
        qsizetype at = 0;
        for (const QJsonValue &v : departments) {
            const QJsonObject d = v.toObject();
            const QString row = QStringLiteral("%1%2%3")
                                    .arg(d.value(QStringLiteral("rank")).toInt())
                                    .arg(d.value(QStringLiteral("department")).toString())
                                    .arg(d.value(QStringLiteral("score")).toDouble(), 0, 'f', 2);
            const qsizetype found = text.indexOf(row, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("“%1” missing or out of order").arg(row)));
            at = found + row.size();
        }
    }

    for (const QStringList &args : {QStringList{QStringLiteral("--kind"), QStringLiteral("quarter"), QStringLiteral("--quarter"), QStringLiteral("2023-Q1")},
                                    QStringList{QStringLiteral("--kind"), QStringLiteral("quarter"), QStringLiteral("--month"), QStringLiteral("2023-02")},
                                    QStringList{QStringLiteral("--kind"), QStringLiteral("annual"), QStringLiteral("--year"), QStringLiteral("2023")},
                                    QStringList{QStringLiteral("--kind"), QStringLiteral("ledger")},
                                    QStringList{QStringLiteral("--kind"), QStringLiteral("department"), QStringLiteral("--department"),
                                                departments.first().toObject().value(QStringLiteral("department")).toString()}}) {
        const QString out = path(QStringLiteral("%1.pdf").arg(args.join(QLatin1Char('-')).remove(QLatin1Char('/'))));
        r = run(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db} + args + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
        QVERIFY(QFileInfo(out).size() > 1000);
        if (poppler && args.contains(QStringLiteral("quarter")))
            QVERIFY(pdfText(out).contains(QStringLiteral("Monthsdispatched:3(Jan,Feb,Mar)")));
    }

    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("quarter"),
             QStringLiteral("--quarter"), QStringLiteral("2023-Q5"), QStringLiteral("--out"), path(QStringLiteral("q5.pdf"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--quarter must be a quarter like 2023-Q2, not “2023-Q5”")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("q5.pdf"))));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("annual"),
             QStringLiteral("--out"), path(QStringLiteral("a.pdf"))});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--year")));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("weekly"),
             QStringLiteral("--out"), path(QStringLiteral("w.pdf"))});
    QCOMPARE(r.code, 2);

    // A month nobody reported in: the bulletin says so instead of failing.
    const QString empty = path(QStringLiteral("empty-bulletin.pdf"));
    r = run({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("bulletin"),
             QStringLiteral("--month"), QStringLiteral("2019-01"), QStringLiteral("--out"), empty});
    QCOMPARE(r.code, 0);
    if (poppler)
        QVERIFY(pdfText(empty).contains(QStringLiteral("thereisnodatatorank")));
}

} // namespace

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
