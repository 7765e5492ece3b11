// Responsible units (责任单位) as county documents attach them to tasks, and the spellings of one
// department that the unit registry must recognise as the same unit.
#include "importing/DepartmentNames.h"
#include "importing/UnitBlockParser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using cp::DepartmentNames;
using cp::UnitBlockParser;

namespace {

// "甲|乙|丙" → {甲, 乙, 丙}; keeps the data rows readable.
QStringList names(const QString &joined)
{
    return joined.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QString seedText(const QString &prefix)
{
    const QDir dir(QStringLiteral(COUNTYPLAN_SEEDS_DIR));
    const QStringList files = dir.entryList({prefix + QLatin1String("_*.txt")}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile file(dir.filePath(files.constFirst()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every unit block a reader finds in a document: a line that is only a block (002's
// "（责任单位：…）" under the task), or a block at the end of a task's line.
QList<cp::UnitAssignment> scanBlocks(const QString &text)
{
    QList<cp::UnitAssignment> blocks;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const auto units = UnitBlockParser::parseLine(line))
            blocks.append(*units);
        else if (const auto block = UnitBlockParser::findTrailing(line))
            blocks.append(block->units);
    }
    return blocks;
}

} // namespace

class TestUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseList_data();
    void parseList();
    void parseListRejects_data();
    void parseListRejects();
    void findTrailing_data();
    void findTrailing();
    void parseLine_data();
    void parseLine();
    void referenceDocument_data();
    void referenceDocument();
    void traditionalReportHasNoBlocks();

    void sameUnit_data();
    void sameUnit();
    void differentUnits_data();
    void differentUnits();
    void canonicalKey_data();
    void canonicalKey();
    void isFullForm_data();
    void isFullForm();
    void clean_data();
    void clean();
    void looksLikeDepartment_data();
    void looksLikeDepartment();
};

void TestUnits::parseList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lead");
    QTest::addColumn<QStringList>("cooperating");
    QTest::addColumn<QStringList>("leaders");

    QTest::newRow("000 first is lead")
        << QStringLiteral("县发改局、县农业农村局、县乡村振兴服务中心")
        << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县农业农村局|县乡村振兴服务中心")) << QStringList();
    QTest::newRow("000 one unit") << QStringLiteral("县农业农村局")
                                  << names(QStringLiteral("县农业农村局")) << QStringList()
                                  << QStringList();
    QTest::newRow("000 city branch and power company")
        << QStringLiteral("市生态环境局盂县分局、县能源局、国网盂县供电公司")
        << names(QStringLiteral("市生态环境局盂县分局"))
        << names(QStringLiteral("县能源局|国网盂县供电公司")) << QStringList();
    QTest::newRow("000 办事处 and 合作社")
        << QStringLiteral("县发改局、县交通运输局、县邮政管理中心、县供销合作社、县城镇社区办事处")
        << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县交通运输局|县邮政管理中心|县供销合作社|县城镇社区办事处"))
        << QStringList();
    QTest::newRow("001 one lead")
        << QStringLiteral("省发展改革委牵头,省通信管理局、省工信厅、省科技厅按职责分工负责")
        << names(QStringLiteral("省发展改革委"))
        << names(QStringLiteral("省通信管理局|省工信厅|省科技厅")) << QStringList();
    QTest::newRow("001 two leads")
        << QStringLiteral("省发展改革委、省交通厅牵头,省文旅厅、省自然资源厅按职责分工负责")
        << names(QStringLiteral("省发展改革委|省交通厅"))
        << names(QStringLiteral("省文旅厅|省自然资源厅")) << QStringList();
    QTest::newRow("001 和 joins two units")
        << QStringLiteral(
               "省工信厅牵头,省发展改革委、省科技厅、省自然资源厅和相关市人民政府按职责分工负责")
        << names(QStringLiteral("省工信厅"))
        << names(QStringLiteral("省发展改革委|省科技厅|省自然资源厅|相关市人民政府"))
        << QStringList();
    QTest::newRow("001 粮食和储备局 stays whole")
        << QStringLiteral("省农业农村厅牵头,"
                          "省发展改革委、省市场监管局、省商务厅、省粮食和储备局按职责分工负责")
        << names(QStringLiteral("省农业农村厅"))
        << names(QStringLiteral("省发展改革委|省市场监管局|省商务厅|省粮食和储备局"))
        << QStringList();
    QTest::newRow("和顺县 is a county, not 和")
        << QStringLiteral("县农业农村局牵头,市生态环境局和顺县分局、县水利局和和顺县自然资源局配合")
        << names(QStringLiteral("县农业农村局"))
        << names(QStringLiteral("市生态环境局和顺县分局|县水利局|和顺县自然资源局")) << QStringList();
    QTest::newRow("001 宣传部 with a city government")
        << QStringLiteral("省委宣传部牵头,省委组织部、团省委、省教育厅、省广电局、省文旅厅、"
                          "省发展改革委和长治市人民政府按职责分工负责")
        << names(QStringLiteral("省委宣传部"))
        << names(QStringLiteral("省委组织部|团省委|省教育厅|省广电局|省文旅厅|省发展改革委|"
                                "长治市人民政府"))
        << QStringList();
    QTest::newRow("001 no 牵头: first is lead")
        << QStringLiteral(
               "省民政厅、省教育厅、省人社厅、省医保局、省卫健委、省发展改革委按职责分工负责")
        << names(QStringLiteral("省民政厅"))
        << names(QStringLiteral("省教育厅|省人社厅|省医保局|省卫健委|省发展改革委"))
        << QStringList();
    QTest::newRow("001 collectives") << QStringLiteral("省直有关部门和相关市人民政府按职责分工负责")
                                     << names(QStringLiteral("省直有关部门"))
                                     << names(QStringLiteral("相关市人民政府")) << QStringList();
    QTest::newRow("001 finance bodies")
        << QStringLiteral("省财政厅、人行太原中心支行、省地方金融监管局、山西银保监局、山西证监局、"
                          "省自然资源厅按职责分工负责")
        << names(QStringLiteral("省财政厅"))
        << names(QStringLiteral("人行太原中心支行|省地方金融监管局|山西银保监局|山西证监局|"
                                "省自然资源厅"))
        << QStringList();
    QTest::newRow("001 grid company")
        << QStringLiteral(
               "省乡村振兴局牵头,省农业农村厅、省发展改革委、省人社厅、省能源局、"
               "国网山西省电力公司、省通信管理局、省工信厅、省水利厅、省住建厅、省民政厅、"
               "省财政厅、省退役军人厅按职责分工负责")
        << names(QStringLiteral("省乡村振兴局"))
        << names(QStringLiteral("省农业农村厅|省发展改革委|省人社厅|省能源局|国网山西省电力公司|"
                                "省通信管理局|省工信厅|省水利厅|省住建厅|省民政厅|省财政厅|"
                                "省退役军人厅"))
        << QStringList();
    QTest::newRow("002 label") << QStringLiteral("责任单位：县行政审批局、县工信局")
                               << names(QStringLiteral("县行政审批局"))
                               << names(QStringLiteral("县工信局")) << QStringList();
    QTest::newRow("004 half-width colon")
        << QStringLiteral("责任单位:县农业农村局、县发改局、县自然资源局、县农机中心")
        << names(QStringLiteral("县农业农村局"))
        << names(QStringLiteral("县发改局|县自然资源局|县农机中心")) << QStringList();
    QTest::newRow("牵头单位 then 责任单位")
        << QStringLiteral("牵头单位：县发改局；责任单位：县财政局、县住建局、县自然资源局")
        << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县财政局|县住建局|县自然资源局")) << QStringList();
    QTest::newRow("half-width semicolon")
        << QStringLiteral("牵头单位:县发改局;责任单位:县财政局")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("。 between labels")
        << QStringLiteral("牵头单位：县发改局。配合单位：县财政局。")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("spaces between labels")
        << QStringLiteral("牵头单位：县发改局  配合单位：县财政局、县住建局")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局|县住建局"))
        << QStringList();
    QTest::newRow("nested bracket stays in the name")
        << QStringLiteral("牵头单位:县发改局(粮食局);责任单位:县财政局、县农业农村局")
        << names(QStringLiteral("县发改局（粮食局）"))
        << names(QStringLiteral("县财政局|县农业农村局")) << QStringList();
    QTest::newRow("责任领导 are leaders")
        << QStringLiteral("牵头单位：县发改局；责任领导：张三、李四")
        << names(QStringLiteral("县发改局")) << QStringList() << names(QStringLiteral("张三|李四"));
    QTest::newRow("县长 label") << QStringLiteral("县长：王五；牵头单位：县交通局")
                                << names(QStringLiteral("县交通局")) << QStringList()
                                << names(QStringLiteral("王五"));
    QTest::newRow("分管领导 label")
        << QStringLiteral("责任单位：县水利局；分管领导：赵六") << names(QStringLiteral("县水利局"))
        << QStringList() << names(QStringLiteral("赵六"));
    QTest::newRow("县领导 label first")
        << QStringLiteral("县领导：孙七、周八；责任单位：县住建局、县自然资源局")
        << names(QStringLiteral("县住建局")) << names(QStringLiteral("县自然资源局"))
        << names(QStringLiteral("孙七|周八"));
    QTest::newRow("collective units") << QStringLiteral("责任单位：各乡镇人民政府、县直有关单位")
                                      << names(QStringLiteral("各乡镇人民政府"))
                                      << names(QStringLiteral("县直有关单位")) << QStringList();
    QTest::newRow("牵头 and 配合 marks")
        << QStringLiteral("县发改局牵头，县财政局、县住建局配合")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局|县住建局"))
        << QStringList();
    QTest::newRow("bracketed 牵头 mark")
        << QStringLiteral("县财政局、县发改局（牵头）、县住建局")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局|县住建局"))
        << QStringList();
    QTest::newRow("bracketed and group marks")
        << QStringLiteral("县发改局（牵头）、县财政局、县住建局配合")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局|县住建局"))
        << QStringList();
    QTest::newRow("为牵头单位") << QStringLiteral("县发改局为牵头单位，县财政局为配合单位")
                                << names(QStringLiteral("县发改局"))
                                << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("由 … 负责") << QStringLiteral("由县发改局负责，县财政局配合")
                               << names(QStringLiteral("县发改局"))
                               << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("及 joins a collective")
        << QStringLiteral("县农业农村局及各乡镇") << names(QStringLiteral("县农业农村局"))
        << names(QStringLiteral("各乡镇")) << QStringList();
    QTest::newRow("以及 joins") << QStringLiteral("县教育局以及县卫健局")
                                << names(QStringLiteral("县教育局"))
                                << names(QStringLiteral("县卫健局")) << QStringList();
    QTest::newRow("和 inside full names")
        << QStringLiteral("县人力资源和社会保障局、县住房和城乡建设局和县文化和旅游局")
        << names(QStringLiteral("县人力资源和社会保障局"))
        << names(QStringLiteral("县住房和城乡建设局|县文化和旅游局")) << QStringList();
    QTest::newRow("和 after 县委")
        << QStringLiteral("县委和县人民政府") << names(QStringLiteral("县委"))
        << names(QStringLiteral("县人民政府")) << QStringList();
    QTest::newRow("trailing 等") << QStringLiteral("县发改局、县财政局等")
                                 << names(QStringLiteral("县发改局"))
                                 << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("brackets left on")
        << QStringLiteral("（县发改局、县财政局）") << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县财政局")) << QStringList();
    QTest::newRow("【责任单位】 label")
        << QStringLiteral("【责任单位】县工信局、县商务局") << names(QStringLiteral("县工信局"))
        << names(QStringLiteral("县商务局")) << QStringList();
}

void TestUnits::parseList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lead);
    QFETCH(QStringList, cooperating);
    QFETCH(QStringList, leaders);

    const auto units = UnitBlockParser::parseList(text);
    QVERIFY(units.has_value());
    QCOMPARE(units->lead, lead);
    QCOMPARE(units->cooperating, cooperating);
    QCOMPARE(units->leaders, leaders);
}

void TestUnits::parseListRejects_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = {
        QString(),
        QStringLiteral("EOD"),
        QStringLiteral("组"),
        QStringLiteral("试行"),
        QStringLiteral("（试行）"),
        QStringLiteral("2023-2025年"),
        QStringLiteral("以下简称“方案”"),
        QStringLiteral("此件公开发布"),
        QStringLiteral("30户及以上"),
        QStringLiteral("一"),
        QStringLiteral("二十二"),
        QStringLiteral("确保各项任务落地见效"),
        QStringLiteral("市、区"),
        QStringLiteral("每月最高加10分"),
        QStringLiteral("计算公式附后"),
        QStringLiteral("晋豫界"),
        QStringLiteral("原S225线"),
        QStringLiteral("水闸"),
        QStringLiteral("社区"),
        QStringLiteral("中西部"),
        QStringLiteral("县发改局、确保各项任务落地见效"),
        QStringLiteral("责任单位：加快推进项目建设"),
        QStringLiteral("责任领导：张三"),
    };
    for (const QString &text : texts)
        QTest::newRow(qPrintable(text.isEmpty() ? QStringLiteral("empty") : text)) << text;
}

void TestUnits::parseListRejects()
{
    QFETCH(QString, text);
    QVERIFY(!UnitBlockParser::parseList(text).has_value());
}

void TestUnits::findTrailing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("block"); // the block's text; empty when there is none
    QTest::addColumn<QStringList>("lead");
    QTest::addColumn<QStringList>("cooperating");

    QTest::newRow("000 task") << QStringLiteral(
                                     "（一）充分发挥以工代赈项目就业带动作用，抓好项目推进。"
                                     "（县发改局、县农业农村局、县乡村振兴服务中心）")
                              << QStringLiteral("（县发改局、县农业农村局、县乡村振兴服务中心）")
                              << names(QStringLiteral("县发改局"))
                              << names(QStringLiteral("县农业农村局|县乡村振兴服务中心"));
    QTest::newRow("000 space before the block")
        << QStringLiteral(
               "（三）加强生态环境分区管控、推进生态系统保护修复、加强生物多样性保护、"
               "提升生态环境保护和监管能力。 （市生态环境局盂县分局、县自然资源局、县发改局）")
        << QStringLiteral("（市生态环境局盂县分局、县自然资源局、县发改局）")
        << names(QStringLiteral("市生态环境局盂县分局"))
        << names(QStringLiteral("县自然资源局|县发改局"));
    QTest::newRow("000 (EOD) earlier in the task")
        << QStringLiteral(
               "（二）持续深入打好蓝天、碧水、净土保卫战，探索生态环境导向的开发模式(EOD)，"
               "进一步拓宽投资渠道，助推生态产品价值实现。（市生态环境局盂县分局、县发改局）")
        << QStringLiteral("（市生态环境局盂县分局、县发改局）")
        << names(QStringLiteral("市生态环境局盂县分局")) << names(QStringLiteral("县发改局"));
    QTest::newRow("000 （组） mid-sentence")
        << QStringLiteral("推进乡镇通三级及以上公路、建制村通双车道公路及人口较大规模的自然村（组）"
                          "通硬化路工程。（县交通局、县文旅局）")
        << QStringLiteral("（县交通局、县文旅局）") << names(QStringLiteral("县交通局"))
        << names(QStringLiteral("县文旅局"));
    QTest::newRow("000 lead only")
        << QStringLiteral(
               "（二）积极申报创建国家乡村振兴示范县、全国农村改革试验区。（县农业农村局）")
        << QStringLiteral("（县农业农村局）") << names(QStringLiteral("县农业农村局"))
        << QStringList();
    QTest::newRow("001 task")
        << QStringLiteral("加快推进建设一批新一代信息技术产业重大项目。(省工信厅牵头,省发展改革委、"
                          "省科技厅、省自然资源厅和相关市人民政府按职责分工负责)")
        << QStringLiteral(
               "(省工信厅牵头,省发展改革委、省科技厅、省自然资源厅和相关市人民政府按职责分工负责)")
        << names(QStringLiteral("省工信厅"))
        << names(QStringLiteral("省发展改革委|省科技厅|省自然资源厅|相关市人民政府"));
    QTest::newRow("004 task paragraph")
        << QStringLiteral("(三)稳定粮食面积和产量。全面落实粮食安全党政同责,保障农民种粮收益。"
                          "(责任单位:县农业农村局、县发改局、县自然资源局、县农机中心)")
        << QStringLiteral("(责任单位:县农业农村局、县发改局、县自然资源局、县农机中心)")
        << names(QStringLiteral("县农业农村局"))
        << names(QStringLiteral("县发改局|县自然资源局|县农机中心"));
    QTest::newRow("004 many units")
        << QStringLiteral(
               "(三十七)健全城乡融合发展体制机制。推动县域供电、供气、电信、邮政等普遍服务类"
               "设施城乡统筹建设和管护。(责任单位:县委政法委、县水务局、县能源局、县民政局、"
               "市生态环境局阳城分局、县工信局、县教育局、县卫健局、县文旅局、县交通局、"
               "县住建局、县科技局、县供电公司)")
        << QStringLiteral(
               "(责任单位:县委政法委、县水务局、县能源局、县民政局、市生态环境局阳城分局、"
               "县工信局、县教育局、县卫健局、县文旅局、县交通局、县住建局、县科技局、县供电公司)")
        << names(QStringLiteral("县委政法委"))
        << names(QStringLiteral("县水务局|县能源局|县民政局|市生态环境局阳城分局|县工信局|县教育局|"
                                "县卫健局|县文旅局|县交通局|县住建局|县科技局|县供电公司"));
    QTest::newRow("final 。 after the block")
        << QStringLiteral("推进项目建设（县发改局、县财政局）。")
        << QStringLiteral("（县发改局、县财政局）") << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县财政局"));
    QTest::newRow("trailing spaces")
        << QStringLiteral("推进项目建设。（县发改局）　 ") << QStringLiteral("（县发改局）")
        << names(QStringLiteral("县发改局")) << QStringList();
    QTest::newRow("labels run to the end")
        << QStringLiteral(
               "加快推进县城供热管网改造。牵头单位：县住建局；责任单位：县财政局、县发改局")
        << QStringLiteral("牵头单位：县住建局；责任单位：县财政局、县发改局")
        << names(QStringLiteral("县住建局")) << names(QStringLiteral("县财政局|县发改局"));
    QTest::newRow("labels with a space between")
        << QStringLiteral(
               "加快推进县城供热管网改造。牵头单位：县发改局 配合单位：县财政局、县住建局")
        << QStringLiteral("牵头单位：县发改局 配合单位：县财政局、县住建局")
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局|县住建局"));
    QTest::newRow("square brackets")
        << QStringLiteral(
               "做好粮食收储工作。[牵头单位:县发改局(粮食局);责任单位:县财政局、县农业农村局]")
        << QStringLiteral("[牵头单位:县发改局(粮食局);责任单位:县财政局、县农业农村局]")
        << names(QStringLiteral("县发改局（粮食局）"))
        << names(QStringLiteral("县财政局|县农业农村局"));
    QTest::newRow("label whose name ends in a bracket")
        << QStringLiteral("做好粮食收储工作。牵头单位：县发改局（粮食局）")
        << QStringLiteral("牵头单位：县发改局（粮食局）")
        << names(QStringLiteral("县发改局（粮食局）")) << QStringList();
    QTest::newRow("【责任单位】 at the end")
        << QStringLiteral("推进数字乡村建设。【责任单位】县工信局、县农业农村局")
        << QStringLiteral("【责任单位】县工信局、县农业农村局") << names(QStringLiteral("县工信局"))
        << names(QStringLiteral("县农业农村局"));
    QTest::newRow("leader in the block")
        << QStringLiteral("完成国道改线工程。（县长：王五；牵头单位：县交通局）")
        << QStringLiteral("（县长：王五；牵头单位：县交通局）") << names(QStringLiteral("县交通局"))
        << QStringList();

    const QStringList without = {
        QStringLiteral("探索生态环境导向的开发模式(EOD)，进一步拓宽投资渠道。"),
        QStringLiteral("探索生态环境导向的开发模式(EOD)"),
        QStringLiteral("推进人口较大规模的自然村（组）通硬化路工程。"),
        QStringLiteral("印发盂县数字经济人才发展若干措施（试行）"),
        QStringLiteral("盂县数智新城建设实施方案（2023-2025年）"),
        QStringLiteral("为做好乡村振兴重点工作，制定本方案（以下简称“方案”）"),
        QStringLiteral("(此件公开发布)"),
        QStringLiteral("确保撤并保留的较大人口规模（30户及以上）"),
        QStringLiteral("（一）"),
        QStringLiteral("细化工作措施（确保各项任务落地见效）"),
        QStringLiteral("6.各部门召开专题研讨会议的，每次加5分。（每月最高加10分）"),
        QStringLiteral("（一）加强组织领导。把党的领导贯穿全过程，确保各项任务落地见效。"),
        QStringLiteral("加分项（计算公式附后）"),
        QStringLiteral("支持革命老区建设创新型城市和创新型县(市、区)。"),
        QString(),
    };
    for (const QString &text : without)
        QTest::newRow(qPrintable(QStringLiteral("none: ") + text))
            << text << QString() << QStringList() << QStringList();
}

void TestUnits::findTrailing()
{
    QFETCH(QString, text);
    QFETCH(QString, block);
    QFETCH(QStringList, lead);
    QFETCH(QStringList, cooperating);

    const auto found = UnitBlockParser::findTrailing(text);
    QCOMPARE(found.has_value(), !block.isEmpty());
    if (!found)
        return;
    QCOMPARE(text.mid(found->start, found->end - found->start), block);
    QCOMPARE(found->units.lead, lead);
    QCOMPARE(found->units.cooperating, cooperating);
}

void TestUnits::parseLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QStringList>("lead");
    QTest::addColumn<QStringList>("cooperating");

    QTest::newRow("002 two units")
        << QStringLiteral("（责任单位：县行政审批局、县工信局）") << true
        << names(QStringLiteral("县行政审批局")) << names(QStringLiteral("县工信局"));
    QTest::newRow("002 company") << QStringLiteral("（责任单位：县工信局、国运公司）") << true
                                 << names(QStringLiteral("县工信局"))
                                 << names(QStringLiteral("国运公司"));
    QTest::newRow("002 city branch")
        << QStringLiteral("（责任单位：市生态环境局盂县分局）") << true
        << names(QStringLiteral("市生态环境局盂县分局")) << QStringList();
    QTest::newRow("002 development zone, trailing spaces")
        << QStringLiteral("（责任单位：县工信局、县经开区）  ") << true
        << names(QStringLiteral("县工信局")) << names(QStringLiteral("县经开区"));
    QTest::newRow("004 half-width")
        << QStringLiteral("(责任单位:县农业农村局、县发改局)") << true
        << names(QStringLiteral("县农业农村局")) << names(QStringLiteral("县发改局"));
    QTest::newRow("bare label") << QStringLiteral("责任单位: 县水务局") << true
                                << names(QStringLiteral("县水务局")) << QStringList();
    QTest::newRow("labels, final 。")
        << QStringLiteral("　牵头单位：县发改局；责任单位：县财政局。") << true
        << names(QStringLiteral("县发改局")) << names(QStringLiteral("县财政局"));

    const QStringList without = {
        QStringLiteral("1.制定《盂县推动数智新城建设实施方案》，提供盂县经验。"),
        QStringLiteral("（一）推进基础设施互联互通"),
        QStringLiteral("(此件公开发布)"),
        QStringLiteral("（二）计分办法"),
        QStringLiteral("加分项（计算公式附后）"),
        QStringLiteral("附件："),
        QStringLiteral(
            "（二）积极申报创建国家乡村振兴示范县、全国农村改革试验区。（县农业农村局）"),
        QStringLiteral("长治市(12):潞州区、潞城区、屯留区、上党区、武乡县"),
        QString(),
    };
    for (const QString &line : without)
        QTest::newRow(qPrintable(QStringLiteral("none: ") + line))
            << line << false << QStringList() << QStringList();
}

void TestUnits::parseLine()
{
    QFETCH(QString, line);
    QFETCH(bool, found);
    QFETCH(QStringList, lead);
    QFETCH(QStringList, cooperating);

    const auto units = UnitBlockParser::parseLine(line);
    QCOMPARE(units.has_value(), found);
    if (!units)
        return;
    QCOMPARE(units->lead, lead);
    QCOMPARE(units->cooperating, cooperating);
}

void TestUnits::referenceDocument_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("blocks"); // the tasks that carry responsible units
    QTest::addColumn<QStringList>("firstLead");
    QTest::addColumn<QStringList>("lastUnits"); // lead then cooperating of the last block

    QTest::newRow("000 盂县 革命老区")
        << QStringLiteral("000") << 23 << names(QStringLiteral("县发改局"))
        << names(QStringLiteral("县住建局|县发改局"));
    QTest::newRow("001 山西省 实施意见")
        << QStringLiteral("001") << 20 << names(QStringLiteral("省发展改革委"))
        << names(QStringLiteral("省直有关部门|相关市人民政府"));
    QTest::newRow("002 盂县 中部城市群")
        << QStringLiteral("002") << 40 << names(QStringLiteral("县行政审批局"))
        << names(QStringLiteral("县住建局"));
    QTest::newRow("004 阳城县 乡村振兴")
        << QStringLiteral("004") << 36 << names(QStringLiteral("县农业农村局"))
        << names(QStringLiteral("县农业农村局|县文旅局|县畜牧中心"));
}

void TestUnits::referenceDocument()
{
    QFETCH(QString, prefix);
    QFETCH(int, blocks);
    QFETCH(QStringList, firstLead);
    QFETCH(QStringList, lastUnits);

    const QString text = seedText(prefix);
    QVERIFY2(!text.isEmpty(),
             qPrintable(QStringLiteral("reference document %1 not found").arg(prefix)));
    const QList<cp::UnitAssignment> found = scanBlocks(text);
    QCOMPARE(found.size(), blocks);
    QCOMPARE(found.constFirst().lead, firstLead);
    QCOMPARE(found.constLast().lead + found.constLast().cooperating, lastUnits);

    // Every name is a clean unit name: no role words, labels or list punctuation left in it.
    static const QRegularExpression leftover(QStringLiteral("牵头|负责|单位：|[:：、，,；;()]"));
    for (const cp::UnitAssignment &units : found) {
        QVERIFY(!units.lead.isEmpty());
        QVERIFY(units.leaders.isEmpty());
        for (const QString &name : units.lead + units.cooperating) {
            QVERIFY2(DepartmentNames::looksLikeDepartment(name), qPrintable(name));
            QVERIFY2(!name.contains(leftover), qPrintable(name));
        }
    }
}

void TestUnits::traditionalReportHasNoBlocks()
{
    // 003 is a government work report: it names no responsible units, and its brackets
    // ((一), (鎮), (農家樂), (長治), (原S225線)) are not unit lists.
    const QString text = seedText(QStringLiteral("003"));
    QVERIFY(!text.isEmpty());
    QCOMPARE(scanBlocks(text).size(), 0);
    static const QRegularExpression bracketed(QStringLiteral("[（(]([^（）()]{1,40})[）)]"));
    int phrases = 0;
    for (auto it = bracketed.globalMatch(text); it.hasNext(); ++phrases) {
        const QString inside = it.next().captured(1);
        QVERIFY2(!UnitBlockParser::parseList(inside), qPrintable(inside));
    }
    QVERIFY(phrases >= 10);
}

void TestUnits::sameUnit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("县交通局"), QStringLiteral("县交通运输局")},
        {QStringLiteral("县发改局"), QStringLiteral("县发展和改革局")},
        {QStringLiteral("县发展改革局"), QStringLiteral("县发展和改革局")},
        {QStringLiteral("县乡村振兴服务中心"), QStringLiteral("乡村振兴中心")},
        {QStringLiteral("县乡村振兴中心"), QStringLiteral("县乡村振兴服务中心")},
        {QStringLiteral("乡村振兴服务中心"), QStringLiteral("县乡村振兴中心")},
        {QStringLiteral("省发展改革委"), QStringLiteral("省发改委")},
        {QStringLiteral("省发改委"), QStringLiteral("省发展和改革委员会")},
        {QStringLiteral("市发展改革委员会"), QStringLiteral("市发改委")},
        {QStringLiteral("县人社局"), QStringLiteral("县人力资源和社会保障局")},
        {QStringLiteral("省人社厅"), QStringLiteral("省人力资源和社会保障厅")},
        {QStringLiteral("县住建局"), QStringLiteral("县住房和城乡建设局")},
        {QStringLiteral("省住建厅"), QStringLiteral("省住房城乡建设厅")},
        {QStringLiteral("县卫健局"), QStringLiteral("县卫生健康局")},
        {QStringLiteral("省卫健委"), QStringLiteral("省卫生健康委员会")},
        {QStringLiteral("县文旅局"), QStringLiteral("县文化和旅游局")},
        {QStringLiteral("省工信厅"), QStringLiteral("省工业和信息化厅")},
        {QStringLiteral("县市场监管局"), QStringLiteral("县市场监督管理局")},
        {QStringLiteral("省地方金融监管局"), QStringLiteral("省地方金融监督管理局")},
        {QStringLiteral("市林草局"), QStringLiteral("市林业和草原局")},
        {QStringLiteral("县医保局"), QStringLiteral("县医疗保障局")},
        {QStringLiteral("县应急局"), QStringLiteral("县应急管理局")},
        {QStringLiteral("县退役军人局"), QStringLiteral("县退役军人事务局")},
        {QStringLiteral("县行政审批局"), QStringLiteral("县行政审批服务管理局")},
        {QStringLiteral("县教科局"), QStringLiteral("县教育和科技局")},
        {QStringLiteral("县教科局"), QStringLiteral("县教育科技局")},
        {QStringLiteral("县科技局"), QStringLiteral("县科学技术局")},
        {QStringLiteral("省交通厅"), QStringLiteral("省交通运输厅")},
        {QStringLiteral("省广电局"), QStringLiteral("省广播电视局")},
        {QStringLiteral("省通管局"), QStringLiteral("省通信管理局")},
        {QStringLiteral("省粮食和储备局"), QStringLiteral("省粮食和物资储备局")},
        {QStringLiteral("县供销社"), QStringLiteral("县供销合作社")},
        {QStringLiteral("县经开区"), QStringLiteral("县经济技术开发区")},
        {QStringLiteral("县自然资源局"), QStringLiteral("县自然资源局")},
        {QStringLiteral("县发改局(粮食局)"), QStringLiteral("县发展和改革局（粮食局）")},
        {QStringLiteral(" 县 交通局 "), QStringLiteral("县交通运输局")},
        {QStringLiteral("市场监管局"), QStringLiteral("市场监督管理局")},
    };
    for (const auto &[a, b] : pairs)
        QTest::newRow(qPrintable(a + QStringLiteral(" = ") + b)) << a << b;
}

void TestUnits::sameUnit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(DepartmentNames::canonicalKey(a), DepartmentNames::canonicalKey(b));
}

void TestUnits::differentUnits_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("县发改局"), QStringLiteral("市发改局")},
        {QStringLiteral("省发改委"), QStringLiteral("市发改委")},
        {QStringLiteral("区发改局"), QStringLiteral("县发改局")},
        {QStringLiteral("县教育局"), QStringLiteral("县教科局")},
        {QStringLiteral("县教科局"), QStringLiteral("县科技局")},
        {QStringLiteral("县教育局"), QStringLiteral("县科技局")},
        {QStringLiteral("县水利局"), QStringLiteral("县水务局")},
        {QStringLiteral("市生态环境局盂县分局"), QStringLiteral("市生态环境局")},
        {QStringLiteral("市生态环境局盂县分局"), QStringLiteral("县生态环境局")},
        {QStringLiteral("市生态环境局盂县分局"), QStringLiteral("市生态环境局阳城分局")},
        {QStringLiteral("省乡村振兴局"), QStringLiteral("县乡村振兴服务中心")},
        {QStringLiteral("市乡村振兴中心"), QStringLiteral("县乡村振兴中心")},
        {QStringLiteral("国网盂县供电公司"), QStringLiteral("县供电公司")},
        {QStringLiteral("县供电公司"), QStringLiteral("国运公司")},
        {QStringLiteral("县市场监管局"), QStringLiteral("市市场监管局")},
        {QStringLiteral("省交通厅"), QStringLiteral("县交通局")},
        {QStringLiteral("县交通局"), QStringLiteral("县交通运输局城区分局")},
        {QStringLiteral("县卫健局"), QStringLiteral("县卫健委")},
        {QStringLiteral("省自然资源厅"), QStringLiteral("省生态环境厅")},
    };
    for (const auto &[a, b] : pairs)
        QTest::newRow(qPrintable(a + QStringLiteral(" != ") + b)) << a << b;
}

void TestUnits::differentUnits()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(DepartmentNames::canonicalKey(a) != DepartmentNames::canonicalKey(b));
}

void TestUnits::canonicalKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral("县交通局"), QStringLiteral("县交通运输局")},
        {QStringLiteral("县交通运输局"), QStringLiteral("县交通运输局")},
        {QStringLiteral("乡村振兴中心"), QStringLiteral("县乡村振兴服务中心")},
        {QStringLiteral("县乡村振兴中心"), QStringLiteral("县乡村振兴服务中心")},
        {QStringLiteral("省发改委"), QStringLiteral("省发展和改革委员会")},
        {QStringLiteral("省乡村振兴局"), QStringLiteral("省乡村振兴局")},
        {QStringLiteral("市生态环境局盂县分局"), QStringLiteral("市生态环境局盂县分局")},
        {QStringLiteral("县发改局(粮食局)"), QStringLiteral("县发展和改革局（粮食局）")},
        {QStringLiteral("市场监管局"), QStringLiteral("市场监督管理局")},
        {QStringLiteral("国运公司"), QStringLiteral("国运公司")},
        {QStringLiteral("人行太原中心支行"), QStringLiteral("中国人民银行太原中心支行")},
        {QStringLiteral("晋城市发改委"), QStringLiteral("晋城市发展和改革委员会")},
        {QStringLiteral("县发改局、"), QStringLiteral("县发展和改革局")},
    };
    for (const auto &[name, key] : pairs)
        QTest::newRow(qPrintable(name)) << name << key;
}

void TestUnits::canonicalKey()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(DepartmentNames::canonicalKey(name), key);
}

void TestUnits::isFullForm_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("full");
    QTest::newRow("县交通运输局") << QStringLiteral("县交通运输局") << true;
    QTest::newRow("县交通局") << QStringLiteral("县交通局") << false;
    QTest::newRow("县发展和改革局") << QStringLiteral("县发展和改革局") << true;
    QTest::newRow("县发改局") << QStringLiteral("县发改局") << false;
    QTest::newRow("省发展改革委") << QStringLiteral("省发展改革委") << false;
    QTest::newRow("省发展和改革委员会") << QStringLiteral("省发展和改革委员会") << true;
    QTest::newRow("县乡村振兴服务中心") << QStringLiteral("县乡村振兴服务中心") << true;
    QTest::newRow("乡村振兴服务中心, 县 implied") << QStringLiteral("乡村振兴服务中心") << false;
    QTest::newRow("县乡村振兴中心") << QStringLiteral("县乡村振兴中心") << false;
    QTest::newRow("县教育局") << QStringLiteral("县教育局") << true;
    QTest::newRow("县市场监督管理局") << QStringLiteral("县市场监督管理局") << true;
    QTest::newRow("县市场监管局") << QStringLiteral("县市场监管局") << false;
    QTest::newRow("市生态环境局盂县分局") << QStringLiteral("市生态环境局盂县分局") << true;
    QTest::newRow("国网盂县供电公司") << QStringLiteral("国网盂县供电公司") << true;
}

void TestUnits::isFullForm()
{
    QFETCH(QString, name);
    QFETCH(bool, full);
    QCOMPARE(DepartmentNames::isFullForm(name), full);
}

void TestUnits::clean_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cleaned");
    const QList<QPair<QString, QString>> pairs = {
        {QStringLiteral(" 县发改局、"), QStringLiteral("县发改局")},
        {QStringLiteral("；县财政局。"), QStringLiteral("县财政局")},
        {QStringLiteral("由县发改局"), QStringLiteral("县发改局")},
        {QStringLiteral("会同县农业农村局"), QStringLiteral("县农业农村局")},
        {QStringLiteral("以及县财政局"), QStringLiteral("县财政局")},
        {QStringLiteral("及相关市人民政府"), QStringLiteral("相关市人民政府")},
        {QStringLiteral("和长治市人民政府"), QStringLiteral("长治市人民政府")},
        {QStringLiteral("县发改局(粮食局)"), QStringLiteral("县发改局（粮食局）")},
        {QStringLiteral("县 交通局"), QStringLiteral("县交通局")},
        {QStringLiteral("　县交通局　"), QStringLiteral("县交通局")},
        {QStringLiteral("和顺县人民政府"), QStringLiteral("和顺县人民政府")},
        {QStringLiteral("和平区人民政府"), QStringLiteral("和平区人民政府")},
        {QStringLiteral("国网 山西省电力公司"), QStringLiteral("国网山西省电力公司")},
    };
    for (const auto &[name, cleaned] : pairs)
        QTest::newRow(qPrintable(name)) << name << cleaned;
}

void TestUnits::clean()
{
    QFETCH(QString, name);
    QFETCH(QString, cleaned);
    QCOMPARE(DepartmentNames::clean(name), cleaned);
}

void TestUnits::looksLikeDepartment_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("department");
    const QStringList units = {
        QStringLiteral("县发改局"),
        QStringLiteral("县委"),
        QStringLiteral("团省委"),
        QStringLiteral("省委宣传部"),
        QStringLiteral("国运公司"),
        QStringLiteral("国网盂县供电公司"),
        QStringLiteral("县供电公司"),
        QStringLiteral("人行太原中心支行"),
        QStringLiteral("山西银保监局"),
        QStringLiteral("县城镇社区办事处"),
        QStringLiteral("县经开区"),
        QStringLiteral("县文联"),
        QStringLiteral("县纪委监委"),
        QStringLiteral("县供销联社"),
        QStringLiteral("县委农办"),
        QStringLiteral("相关市人民政府"),
        QStringLiteral("省直有关部门"),
        QStringLiteral("各乡镇"),
        QStringLiteral("各有关单位"),
        QStringLiteral("县直有关单位"),
        QStringLiteral("县发改局（粮食局）"),
        QStringLiteral("县人大常委会"),
        QStringLiteral("县政协"),
        QStringLiteral("县科协"),
        QStringLiteral("县农机中心"),
        QStringLiteral("市生态环境局盂县分局"),
        QStringLiteral("各县（市、区）人民政府"),
    };
    const QStringList others = {
        QString(),
        QStringLiteral("EOD"),
        QStringLiteral("组"),
        QStringLiteral("试行"),
        QStringLiteral("2023-2025年"),
        QStringLiteral("此件公开发布"),
        QStringLiteral("30户及以上"),
        QStringLiteral("一"),
        QStringLiteral("确保各项任务落地见效"),
        QStringLiteral("中西部"),
        QStringLiteral("村干部"),
        QStringLiteral("市"),
        QStringLiteral("市中心"),
        QStringLiteral("以下简称“方案”"),
        QStringLiteral("县工信局）"),
        QStringLiteral("县发改局、县财政局"),
        QStringLiteral("大会"),
        QStringLiteral("公共场所"),
    };
    for (const QString &text : units)
        QTest::newRow(qPrintable(text)) << text << true;
    for (const QString &text : others)
        QTest::newRow(qPrintable(QStringLiteral("not: ") + text)) << text << false;
}

void TestUnits::looksLikeDepartment()
{
    QFETCH(QString, text);
    QFETCH(bool, department);
    QCOMPARE(DepartmentNames::looksLikeDepartment(text), department);
}

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
