#include "Fixtures.h"

#include "storage/Query.h"
#include "storage/Workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace cp::test {

namespace {

template<typename T>
Status check(const Result<T> &r)
{
    return r ? Status() : Status(r.error());
}

} // namespace

QString temporaryPath(const QString &fileName)
{
    static QTemporaryDir dir;
    return dir.filePath(fileName);
}

Status buildSampleWorkspace(Workspace &ws)
{
    return ws.database().transaction([&]() -> Status {
        auto shanxi = ws.regions().ensure(QStringLiteral("山西省"), RegionLevel::Province, 0);
        if (!shanxi)
            return shanxi.error();
        auto yangquan = ws.regions().ensure(QStringLiteral("阳泉市"), RegionLevel::City, *shanxi);
        auto jincheng = ws.regions().ensure(QStringLiteral("晋城市"), RegionLevel::City, *shanxi);
        if (!yangquan || !jincheng)
            return Error(QStringLiteral("cities"));
        auto yuxian = ws.regions().ensure(QStringLiteral("盂县"), RegionLevel::County, *yangquan);
        auto chengqu1 = ws.regions().ensure(QStringLiteral("城区"), RegionLevel::County, *yangquan);
        auto chengqu2 = ws.regions().ensure(QStringLiteral("城区"), RegionLevel::County, *jincheng);
        for (Status s : {check(yuxian), check(chengqu1), check(chengqu2)}) {
            if (!s)
                return s;
        }

        auto fagai = ws.departments().insert(*yuxian, QStringLiteral("县发展和改革局"));
        auto jiaotong = ws.departments().insert(*yuxian, QStringLiteral("县交通运输局"));
        auto nongye = ws.departments().insert(*yuxian, QStringLiteral("县农业农村局"));
        auto other = ws.departments().insert(*chengqu2, QStringLiteral("区发改局"));
        for (Status s : {check(fagai), check(jiaotong), check(nongye), check(other)}) {
            if (!s)
                return s;
        }
        if (Status s = ws.departments().addAlias(*fagai, QStringLiteral("县发改局")); !s)
            return s;
        if (Status s = ws.departments().addAlias(*jiaotong, QStringLiteral("县交通局")); !s)
            return s;

        Document doc;
        doc.key = QStringLiteral("sample-2023");
        doc.title = QStringLiteral("盂县太行革命老区振兴发展2023年工作任务");
        doc.docNumber = QStringLiteral("盂政发〔2023〕1号");
        doc.issuer = QStringLiteral("盂县人民政府");
        doc.regionId = *yuxian;
        doc.year = 2023;
        doc.kind = DocumentKind::TaskList;
        doc.originalText = QStringLiteral("一、支持基础设施重点项目建设\n（一）新建5G基站160座以上。（县工信局）\n"
                                          "（二）富硒基地规模由0.8万亩达到1.5万亩以上。\"引号\"\\\t\n");
        doc.sourceName = QStringLiteral("sample.txt");
        doc.sourceSha256 = QStringLiteral("00ff");
        doc.importedAt = QDateTime(QDate(2023, 2, 1), QTime(8, 0), Qt::UTC);
        auto docId = ws.documents().insert(doc);
        if (!docId)
            return docId.error();

        Section root{0, *docId, 0, 0, QStringLiteral("一、"), QStringLiteral("一"), QStringLiteral("支持基础设施重点项目建设"),
                     TextSpan{0, 14}};
        auto rootId = ws.documents().insertSection(root);
        if (!rootId)
            return rootId.error();
        Section child{0, *docId, *rootId, 1, QStringLiteral("（一）"), QStringLiteral("一.（一）"), QStringLiteral("子节"), {}};
        if (auto s = ws.documents().insertSection(child); !s)
            return s.error();

        Task t1;
        t1.documentId = *docId;
        t1.sectionId = *rootId;
        t1.position = 0;
        t1.number = QStringLiteral("（一）");
        t1.path = QStringLiteral("一.（一）");
        t1.title = QStringLiteral("新建5G基站160座以上。");
        t1.text = QStringLiteral("新建5G基站160座以上。");
        t1.span = TextSpan{15, 40};
        t1.deadline = QDate(2023, 12, 31);
        t1.status = TaskStatus::InProgress;
        t1.notes = QStringLiteral("备注");
        t1.departments = {{*jiaotong, Role::Lead}, {*fagai, Role::Cooperating}, {*nongye, Role::Cooperating}};
        auto t1Id = ws.tasks().insert(t1);
        if (!t1Id)
            return t1Id.error();

        Task t2 = t1;
        t2.position = 1;
        t2.number = QStringLiteral("（二）");
        t2.path = QStringLiteral("一.（二）");
        t2.title = QStringLiteral("富硒基地");
        t2.text = QStringLiteral("富硒基地规模由0.8万亩达到1.5万亩以上。");
        t2.span = {};
        t2.deadline = {};
        t2.status = TaskStatus::NotStarted;
        t2.notes.clear();
        t2.departments = {{*nongye, Role::Lead}};
        auto t2Id = ws.tasks().insert(t2);
        if (!t2Id)
            return t2Id.error();

        Metric m1;
        m1.taskId = *t1Id;
        m1.label = QStringLiteral("新建5G基站");
        m1.value = 160;
        m1.unit = QStringLiteral("座");
        m1.comparator = Comparator::AtLeast;
        m1.period = QStringLiteral("2023");
        m1.quote = QStringLiteral("新建5G基站160座以上");
        m1.span = TextSpan{18, 30};
        auto m1Id = ws.metrics().insert(m1);
        Metric m2;
        m2.taskId = *t2Id;
        m2.label = QStringLiteral("富硒基地规模");
        m2.value = 15000;
        m2.unit = QStringLiteral("亩");
        m2.comparator = Comparator::AtLeast;
        m2.baseline = 8000;
        m2.period = QStringLiteral("2023");
        m2.quote = QStringLiteral("富硒基地规模由0.8万亩达到1.5万亩以上");
        auto m2Id = ws.metrics().insert(m2);
        Metric m3 = m2;
        m3.position = 1;
        m3.label = QStringLiteral("产值增长");
        m3.value = 9.5;
        m3.valueMax = 12.25;
        m3.baseline.reset();
        m3.unit = QStringLiteral("%");
        m3.kind = MetricKind::GrowthPct;
        m3.comparator = Comparator::About;
        auto m3Id = ws.metrics().insert(m3);
        for (Status s : {check(m1Id), check(m2Id), check(m3Id)}) {
            if (!s)
                return s;
        }
        if (auto l = ws.metrics().link(*m2Id, *m1Id); !l)
            return l.error();

        auto evidence = ws.progress().storeEvidence(QStringLiteral("照片.jpg"), QByteArray("\x89PNG binary\0data", 16));
        if (!evidence)
            return evidence.error();
        Reading r1{0, *m1Id, QStringLiteral("2023-06"), 80, QStringLiteral("上半年"), *jiaotong,
                   QDateTime(QDate(2023, 6, 20), QTime(9, 30), Qt::UTC), {*evidence}};
        Reading r2{0, *m1Id, QStringLiteral("2023-07"), 96.5, QString(), 0,
                   QDateTime(QDate(2023, 7, 21), QTime(9, 30, 1, 250), Qt::UTC), {}};
        Reading r3{0, *m2Id, QStringLiteral("2023"), 12000, QStringLiteral("年报"), 0,
                   QDateTime(QDate(2024, 1, 5), QTime(0, 0), Qt::UTC), {}};
        for (const Reading &r : {r1, r2, r3}) {
            if (auto id = ws.progress().insertReading(r); !id)
                return id.error();
        }
        TaskReport report{0, *t1Id, *jiaotong, QStringLiteral("2023-06"), TaskStatus::Achieved, QStringLiteral("完成80座"),
                          QDateTime(QDate(2023, 6, 24), QTime(16, 0), Qt::UTC), {*evidence}};
        if (auto id = ws.progress().insertReport(report); !id)
            return id.error();
        DispatchEvent e1{0, *fagai, EventKind::Commendation, EventLevel::Provincial, QDate(2023, 6, 12),
                         QStringLiteral("省级表扬"), {*evidence}};
        DispatchEvent e2{0, *other, EventKind::LateReport, EventLevel::None, QDate(2023, 6, 26), QString(), {}};
        for (const DispatchEvent &e : {e1, e2}) {
            if (auto id = ws.progress().insertEvent(e); !id)
                return id.error();
        }
        return ws.setMeta(QStringLiteral("title"), QStringLiteral("样例工作区"));
    });
}

QString tableCounts(Workspace &ws)
{
    QStringList parts;
    for (const char *table : {"regions", "departments", "department_aliases", "documents", "sections", "tasks",
                              "task_departments", "metrics", "metric_links", "readings", "task_reports",
                              "evidence_files", "evidence_links", "dispatch_events"}) {
        QSqlQuery q(ws.database().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        q.next();
        parts.append(QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(q.value(0).toInt()));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace cp::test
