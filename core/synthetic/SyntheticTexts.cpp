// The sentences of synthetic task lists, in the manner of the reference documents 000, 002 and 004,
// and of the monthly reports and dispatch events that follow them.
#include "SyntheticTexts.h"

namespace cp::synthetic {

const QList<Bureau> &bureaus()
{
    // Weights make a few bureaus (农业农村, 发改, 工信) lead many tasks, as in real task lists.
    static const QList<Bureau> table = {
        {QStringLiteral("县农业农村局"), {}, {}, 12, 0,
         {QStringLiteral("持续加强高标准农田建设，改善农业生产条件，提高粮食生产能力。"),
          QStringLiteral("提高农村产业发展质量，加快推进国家级农村产业融合发展示范园建设。"),
          QStringLiteral("积极申报创建国家乡村振兴示范县、全国农村改革试验区。"),
          QStringLiteral("坚持富硒产业首位战略，在做优基地、做大龙头、做强科研上持续用力，"
                         "全产业链推进特色农业提质增效。"),
          QStringLiteral("深入实施藏粮于地、藏粮于技战略，推广优良品种和高产高效集成技术，提高粮食单产。"),
          QStringLiteral("扎实推进农村人居环境整治提升，开展农村生活垃圾和污水治理，不断改善农村面貌。"),
          QStringLiteral("发展集约高效的设施畜牧业，持续开展畜禽养殖标准化建设。"),
          QStringLiteral("深化农村集体产权制度改革，发展壮大新型农村集体经济。")},
         {{QStringLiteral("新建高标准农田%1万亩"), 1, 3, 0.1},
          {QStringLiteral("富硒基地规模由%1万亩达到%2万亩以上"), 0.5, 1.5, 0.1},
          {QStringLiteral("保障全县粮食播种面积稳定在%1万亩"), 20, 45, 0.1},
          {QStringLiteral("一产增加值增长%1%左右"), 6, 10, 0.5},
          {QStringLiteral("秸秆综合利用率保持在%1%以上"), 88, 96, 1},
          {QStringLiteral("配套建设%1个饲草饲料基地"), 3, 8, 1},
          {QStringLiteral("完成大豆玉米带状复合种植%1亩"), 2000, 6000, 100},
          {QStringLiteral("畜禽粪污综合利用率提高到%1%以上"), 80, 92, 1},
          {QStringLiteral("农村居民人均可支配收入增长%1%以上"), 7, 10, 0.5},
          {QStringLiteral("粮食总产量稳定在%1亿斤以上"), 2, 6, 0.1},
          {QStringLiteral("新增市级以上农业产业化龙头企业%1家"), 2, 6, 1},
          {QStringLiteral("完成农村户厕改造%1户"), 300, 2000, 50},
          {QStringLiteral("培育家庭农场%1家"), 20, 80, 1},
          {QStringLiteral("新建设施蔬菜基地%1亩"), 200, 800, 50},
          {QStringLiteral("农产品质量安全抽检合格率稳定在%1%以上"), 97, 99, 0.5}}},
        {QStringLiteral("县乡村振兴服务中心"), QStringLiteral("县乡村振兴中心"), {}, 3, 0,
         {QStringLiteral("健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫底线。"),
          QStringLiteral("充分发挥以工代赈项目就业带动作用，建立农业农村基础设施建设领域以工代赈项目清单，"
                         "抓好项目推进。"),
          QStringLiteral("持续巩固拓展脱贫攻坚成果，推动脱贫地区帮扶政策落地见效。")},
         {{QStringLiteral("脱贫劳动力务工就业规模稳定在%1人以上"), 8000, 20000, 100},
          {QStringLiteral("实施衔接推进乡村振兴项目%1个"), 20, 60, 1}}},
        {QStringLiteral("县委组织部"), {}, {}, 1, 0,
         {QStringLiteral("积极对接上级医疗、教育、干部人才“组团式”帮扶，促进县域医疗卫生、教育等事业发展。"),
          QStringLiteral("选优配强驻村第一书记和工作队，压实驻村帮扶责任。"),
          QStringLiteral("实施农村基层党组织带头人队伍整体优化提升行动，建强村级党组织。")},
         {{QStringLiteral("引进各类急需紧缺人才%1名"), 30, 120, 1}}},
        {QStringLiteral("县供销合作社"), QStringLiteral("县供销社"), {}, 1, 0,
         {QStringLiteral("深化供销合作社综合改革，完善县乡村供销服务网络，提升为农服务能力。"),
          QStringLiteral("推进农产品流通体系建设，发展农村电商和冷链物流。")},
         {{QStringLiteral("新建村级综合服务社%1个"), 10, 40, 1}}},
        {QStringLiteral("县交通运输局"), QStringLiteral("县交通局"), {}, 6, 1,
         {QStringLiteral("深入推进“四好农村路”高质量发展，推进建制村通双车道公路和较大人口规模自然村通硬化路工程。"),
          QStringLiteral("加快完成旅游公路建设，建成一批设施完善、功能齐全、各具特色的“城景通、景景通”示范段。"),
          QStringLiteral("加快推进国省干线公路提级改造工程，提升县域通达能力。"),
          QStringLiteral("完善农村客运和寄递物流网络，推进交通运输与邮政快递融合发展。")},
         {{QStringLiteral("新改建农村公路%1公里"), 30, 150, 5},
          {QStringLiteral("完成农村公路危桥改造%1座"), 3, 12, 1},
          {QStringLiteral("建制村通客车率保持在%1%"), 98, 100, 1},
          {QStringLiteral("完成农村公路养护%1公里"), 50, 300, 10}}},
        {QStringLiteral("县水利局"), {}, {}, 4, 1,
         {QStringLiteral("加快大水网建设，同步推进县城及周边乡镇饮用水网扩容提质工程，保障群众饮水安全。"),
          QStringLiteral("加强水土流失综合治理和小流域治理，完善主要河流防洪能力提升工程。"),
          QStringLiteral("实施病险水库除险加固工程，加快推进山洪预警设施更新改造。")},
         {{QStringLiteral("完成水土流失综合治理%1平方公里"), 20, 80, 1},
          {QStringLiteral("农村自来水普及率达到%1%以上"), 90, 98, 1},
          {QStringLiteral("新增高效节水灌溉面积%1亩"), 2000, 8000, 100}}},
        {QStringLiteral("县住建局"), QStringLiteral("县住房和城乡建设局"), {}, 5, 1,
         {QStringLiteral("加强排水防涝设施建设，完善县城及建制镇市政设施，推进城市更新工作。"),
          QStringLiteral("鼓励和引导乡村规划建设人才开展“设计下乡”服务，助力乡村建设。"),
          QStringLiteral("建设智慧社区综合平台，构建社区一体化平台和场景应用。"),
          QStringLiteral("稳步推进城镇老旧小区改造，完善小区配套设施。")},
         {{QStringLiteral("改造城镇老旧小区%1个"), 8, 30, 1},
          {QStringLiteral("完成农村危房改造%1户"), 50, 300, 5},
          {QStringLiteral("新建改造城市燃气管网%1公里"), 5, 30, 1},
          {QStringLiteral("筹集保障性租赁住房%1套"), 100, 600, 10}}},
        {QStringLiteral("县能源局"), {}, {}, 3, 1,
         {QStringLiteral("推动新能源电站项目年内实现全容量并网发电，推进整县屋顶分布式光伏试点。"),
          QStringLiteral("支持农村电网巩固提升，补齐电力基础设施短板，打造新型综合能源基地。"),
          QStringLiteral("推进抽水蓄能电站前期工作，力争年内完成核准并开工。")},
         {{QStringLiteral("新增新能源装机容量%1万千瓦"), 5, 40, 1},
          {QStringLiteral("完成煤矿智能化改造%1座"), 2, 6, 1}}},
        {QStringLiteral("国网%1供电公司"), {}, {}, 1, 1,
         {QStringLiteral("实施农村电网巩固提升工程，提高供电可靠性。")},
         {{QStringLiteral("新建改造配电线路%1公里"), 20, 120, 5}}},
        {QStringLiteral("县发改局"), QStringLiteral("县发展和改革局"), {}, 10, 2,
         {QStringLiteral("坚持项目为王，健全重点项目谋划储备、协调推进和考核评价机制，抓好项目推进。"),
          QStringLiteral("积极争取中央预算内投资和地方政府专项债券支持，加快补齐基础设施短板。"),
          QStringLiteral("深入推进以工代赈，在重点工程项目中推广以工代赈方式，带动群众就近就业增收。"),
          QStringLiteral("加快建设高标准市场体系，着力清除市场壁垒，促进商品要素资源畅通流动。")},
         {{QStringLiteral("固定资产投资增长%1%以上"), 8, 15, 0.5},
          {QStringLiteral("谋划储备重点项目%1个"), 30, 120, 1},
          {QStringLiteral("争取中央预算内投资%1亿元以上"), 0.5, 3, 0.1},
          {QStringLiteral("开工建设省市重点工程项目%1个"), 10, 40, 1},
          {QStringLiteral("新增入库项目%1个"), 20, 60, 1},
          {QStringLiteral("完成重点工程项目投资%1亿元"), 5, 40, 0.5}}},
        {QStringLiteral("县工信局"), QStringLiteral("县工业和信息化局"), {}, 7, 2,
         {QStringLiteral("实施“千兆光网”升级行动，打造“双千兆”网络城市。"),
          QStringLiteral("加快培育县级专业镇，着力提升专业镇竞争力、影响力。"),
          QStringLiteral("推进数智新城建设，以城市大脑为载体统筹建设全县一体化数字底座。"),
          QStringLiteral("打造大宗固废综合利用基地，大力发展静脉产业。"),
          QStringLiteral("实施中小企业梯次培育行动，推动专精特新企业加快成长。")},
         {{QStringLiteral("新建5G基站%1座以上"), 80, 260, 10},
          {QStringLiteral("规模以上工业增加值增长%1%"), 5, 9, 0.5},
          {QStringLiteral("新增规模以上工业企业%1家"), 3, 12, 1},
          {QStringLiteral("培育省级专精特新中小企业%1家"), 2, 8, 1},
          {QStringLiteral("培育数字化车间%1个"), 2, 8, 1},
          {QStringLiteral("实施技术改造项目%1项"), 5, 20, 1}}},
        {QStringLiteral("县商务局"), {}, {}, 3, 2,
         {QStringLiteral("推进县域商业体系建设行动，依托县城、重点镇布局建设一批产地冷链集配中心。"),
          QStringLiteral("持续开展智慧商圈、智慧商店示范创建，促进消费提质扩容。"),
          QStringLiteral("积极参加各类招商引资推介活动，提升招商引资质效。")},
         {{QStringLiteral("社会消费品零售总额增长%1%左右"), 5, 9, 0.5},
          {QStringLiteral("电商销售额突破%1亿元"), 1, 5, 0.5},
          {QStringLiteral("新签约招商引资项目%1个"), 10, 40, 1}}},
        {QStringLiteral("县文旅局"), QStringLiteral("县文化和旅游局"), {}, 5, 3,
         {QStringLiteral("积极发展红色旅游，深入挖掘整理红色旅游资源，推动红色旅游融合发展。"),
          QStringLiteral("积极申报创建省级文旅康养集聚区和国家级全域旅游示范县。"),
          QStringLiteral("加强对革命文物的保护利用，提升红色资源保护利用水平。"),
          QStringLiteral("谋划一批精品旅游线路，开展文化旅游宣传推广活动，打响县域文旅品牌。")},
         {{QStringLiteral("接待游客%1万人次"), 80, 400, 5},
          {QStringLiteral("旅游总收入增长%1%"), 8, 20, 1},
          {QStringLiteral("新增等级民宿%1家"), 5, 30, 1},
          {QStringLiteral("创建A级旅游景区%1个"), 2, 5, 1}}},
        {QStringLiteral("县委宣传部"), {}, {}, 2, 3,
         {QStringLiteral("鼓励媒体大力宣传我县立足自身禀赋推动振兴发展的做法成效，营造良好氛围。"),
          QStringLiteral("大力支持反映革命老区振兴发展的文化作品创作和出版。"),
          QStringLiteral("深化新时代文明实践中心建设，推进移风易俗。")},
         {{QStringLiteral("建成新时代文明实践站%1个"), 50, 200, 1}}},
        {QStringLiteral("县融媒体中心"), {}, {}, 1, 3,
         {QStringLiteral("推进县级融媒体中心提质增效，讲好县域发展故事。"),
          QStringLiteral("加强网络宣传平台建设，提升主流舆论引导能力。")},
         {{QStringLiteral("在省级以上媒体刊发稿件%1篇"), 50, 300, 10}}},
        {QStringLiteral("市生态环境局%1分局"), {}, {}, 4, 4,
         {QStringLiteral("持续深入打好蓝天、碧水、净土保卫战，探索生态环境导向的开发模式，助推生态产品价值实现。"),
          QStringLiteral("加强生态环境分区管控，推进生态系统保护修复，加强生物多样性保护。"),
          QStringLiteral("深化大气污染联防联控，加强空气质量预报预警，实施重污染天气应急联动。")},
         {{QStringLiteral("PM2.5浓度同比下降%1%"), 3, 10, 0.5},
          {QStringLiteral("空气质量优良天数比例达到%1%以上"), 70, 85, 0.5},
          {QStringLiteral("完成重点行业超低排放改造%1家"), 2, 8, 1}}},
        {QStringLiteral("县自然资源局"), {}, {}, 3, 4,
         {QStringLiteral("严格耕地占补平衡管理，坚决遏制耕地“非农化”、防止“非粮化”。"),
          QStringLiteral("加大低效用地再开发力度，保障重大项目用地需求。"),
          QStringLiteral("积极申报传统村落集中连片保护利用示范县，推进村庄规划编制。")},
         {{QStringLiteral("牢牢守住%1万亩耕地红线"), 20, 50, 0.1},
          {QStringLiteral("完成矿山生态修复%1亩"), 500, 3000, 50}}},
        {QStringLiteral("县林业局"), {}, {}, 3, 4,
         {QStringLiteral("科学推进大规模国土绿化，高标准推进太行山生态修复项目。"),
          QStringLiteral("全面推行林长制，加强森林草原防灭火工作。"),
          QStringLiteral("积极发展林下经济，推动林业产业提质增效。")},
         {{QStringLiteral("完成营造林%1亩"), 2000, 10000, 100},
          {QStringLiteral("森林覆盖率达到%1%"), 20, 45, 0.1}}},
        {QStringLiteral("县城市管理局"), QStringLiteral("县城管局"), {}, 1, 4,
         {QStringLiteral("完善县城垃圾污水处理等市政设施，推进城市精细化管理。"),
          QStringLiteral("推进生活垃圾分类，提升城乡环境卫生水平。")},
         {{QStringLiteral("县城生活垃圾无害化处理率保持在%1%以上"), 95, 100, 1}}},
        {QStringLiteral("县教科局"), {}, QStringLiteral("县教育局"), 5, 5,
         {QStringLiteral("实施县中发展提升计划，提升高中办学水平，推进公办幼儿园改扩建。"),
          QStringLiteral("开展中小学名校长、教学名师工作室建设，推动城乡学校交流合作。"),
          QStringLiteral("建设智慧教育平台，打造涵盖教育教学、教育管理、教育评价的智慧校园。"),
          QStringLiteral("持续推进义务教育优质均衡发展，加强乡村教师队伍建设。")},
         {{QStringLiteral("新增公办幼儿园学位%1个"), 200, 900, 10},
          {QStringLiteral("改善薄弱学校办学条件%1所"), 4, 15, 1},
          {QStringLiteral("高新技术企业达到%1家"), 5, 20, 1}}},
        {QStringLiteral("县卫健局"), QStringLiteral("县卫生健康局"), {}, 4, 5,
         {QStringLiteral("深化医联体建设，促进县级医疗机构服务能力提升。"),
          QStringLiteral("推动电子病历跨地区、跨机构互通共享，逐步改善群众就医体验。"),
          QStringLiteral("加强基层医疗卫生服务体系建设，提升乡村医疗服务水平。")},
         {{QStringLiteral("居民电子健康档案建档率达到%1%以上"), 85, 95, 1},
          {QStringLiteral("标准化村卫生室达到%1个"), 50, 200, 1}}},
        {QStringLiteral("县人社局"), QStringLiteral("县人力资源和社会保障局"), {}, 4, 5,
         {QStringLiteral("持续拓宽农民工就地就近就业和外出务工渠道，共建共享公共实训基地。"),
          QStringLiteral("全面落实非户籍常住人口同等享受创业就业政策，促进创业带动就业。"),
          QStringLiteral("联合举办各类线上线下专项招聘活动，为劳动者和用人单位搭建供需对接平台。")},
         {{QStringLiteral("新增城镇就业%1人"), 1500, 4500, 50},
          {QStringLiteral("城镇登记失业率控制在%1%以内"), 4, 5.5, 0.1},
          {QStringLiteral("开展职业技能培训%1人次"), 2000, 8000, 100}}},
        {QStringLiteral("县民政局"), {}, {}, 2, 5,
         {QStringLiteral("健全分层分类社会救助体系，兜住兜牢民生底线。"),
          QStringLiteral("发展普惠型养老服务，推进社区居家养老服务网络建设。")},
         {{QStringLiteral("新建农村老年人日间照料中心%1个"), 5, 20, 1}}},
        {QStringLiteral("县医保局"), QStringLiteral("县医疗保障局"), {}, 2, 5,
         {QStringLiteral("增加异地联网直接结算定点医药机构数量，提高参保群众异地就医结算服务水平。"),
          QStringLiteral("深化医保支付方式改革，加强医保基金监管。")},
         {{QStringLiteral("基本医疗保险参保率稳定在%1%以上"), 95, 98, 0.5}}},
        {QStringLiteral("县退役军人事务局"), QStringLiteral("县退役军人局"), {}, 1, 5,
         {QStringLiteral("健全退役军人服务保障体系，做好退役军人就业创业扶持。")},
         {{QStringLiteral("组织退役军人专场招聘会%1场"), 3, 8, 1}}},
        {QStringLiteral("县行政审批局"), QStringLiteral("县行政审批服务管理局"), {}, 3, 6,
         {QStringLiteral("深化相对集中行政许可权改革，推进政务服务“一网通办”。"),
          QStringLiteral("开展企业登记注册等相关事项“跨市通办”工作。"),
          QStringLiteral("推行承诺制审批，压缩工程建设项目审批时限。")},
         {{QStringLiteral("政务服务事项网上可办率达到%1%以上"), 90, 99, 1}}},
        {QStringLiteral("县市场监管局"), QStringLiteral("县市场监督管理局"), {}, 2, 6,
         {QStringLiteral("持续推进标准化和检验检测战略协作。"),
          QStringLiteral("加强食品药品安全监管，守住安全底线。")},
         {{QStringLiteral("新增市场主体%1户"), 1500, 5000, 50}}},
        {QStringLiteral("县财政局"), {}, {}, 3, 6,
         {QStringLiteral("积极争取中央和省级财政转移支付，科学统筹使用，建立转移支付绩效评价制度。"),
          QStringLiteral("全面实施预算绩效管理，提高财政资金使用效益。")},
         {{QStringLiteral("争取地方政府专项债券资金%1亿元"), 1, 6, 0.1},
          {QStringLiteral("一般公共预算收入增长%1%"), 5, 10, 0.5}}},
        {QStringLiteral("县统计局"), {}, {}, 1, 6,
         {QStringLiteral("加强统计监测分析，做好主要经济指标调度和预警。")},
         {}},
        {QStringLiteral("县应急管理局"), QStringLiteral("县应急局"), {}, 2, 7,
         {QStringLiteral("配合做好应急救援协作区建设，提升应急救援能力。"),
          QStringLiteral("深入开展安全生产专项整治，压实企业安全生产主体责任。")},
         {{QStringLiteral("组织开展应急演练%1次"), 10, 40, 1}}},
        {QStringLiteral("县公安局"), {}, {}, 1, 7,
         {QStringLiteral("常态化开展扫黑除恶斗争，提升群众安全感。"),
          QStringLiteral("推进雪亮工程建设，提升社会治安防控能力。")},
         {{QStringLiteral("建成智慧安防小区%1个"), 10, 50, 1}}},
    };
    return table;
}

const QStringList &sectionTitles()
{
    static const QStringList titles = {
        QStringLiteral("衔接推进乡村振兴"),
        QStringLiteral("支持基础设施重点项目建设"),
        QStringLiteral("打造竞争优势彰显的产业生态"),
        QStringLiteral("传承弘扬红色文化"),
        QStringLiteral("促进绿色低碳转型发展"),
        QStringLiteral("持续增进民生福祉"),
        QStringLiteral("持续优化营商环境"),
        QStringLiteral("统筹发展和安全"),
    };
    return titles;
}

const QList<DocumentTheme> &documentThemes()
{
    static const QList<DocumentTheme> themes = {
        {QStringLiteral("太行革命老区振兴发展"), {0, 1, 3, 4}},
        {QStringLiteral("推动山西中部城市群高质量发展"), {1, 2, 5, 6}},
        {QStringLiteral("全面推进乡村振兴重点工作"), {0, 4}},
        {QStringLiteral("优化营商环境"), {2, 6}},
        {QStringLiteral("生态文明建设"), {4}},
        {QStringLiteral("民生实事"), {5, 7}},
        {QStringLiteral("数字经济发展"), {1, 2}},
    };
    return themes;
}

QString preamble()
{
    return QStringLiteral(" 为深入贯彻落实党中央、国务院和省委省政府决策部署，推动%2取得新进展，结合本地实际，"
                          "提出%1%2%3年工作任务。");
}

namespace {

QStringList list(std::initializer_list<const char16_t *> sentences)
{
    QStringList out;
    for (const char16_t *s : sentences)
        out.append(QString::fromUtf16(s));
    return out;
}

} // namespace

const QStringList &notStartedSentences()
{
    static const QStringList sentences = list({
        u"正在制定实施方案，计划{next}月启动。",
        u"项目前期手续正在办理，尚未开工。",
        u"资金尚未落实，暂未启动，正在积极争取上级支持。",
        u"已完成初步调研，待县政府常务会研究后启动。",
        u"正在对接上级主管部门，进一步明确任务要求。",
        u"受季节影响暂未开工，前期准备工作已基本就绪。",
        u"正在编制项目可行性研究报告。",
    });
    return sentences;
}

const QStringList &inProgressSentences(int section)
{
    static const QStringList generic = list({
        u"按照年度计划有序推进，本月召开专题推进会1次。",
        u"已完成年度任务的{p}%，下一步将加快推进。",
        u"本月重点推进项目前期工作，进展顺利。",
        u"存在资金缺口，正在积极争取上级支持。",
        u"受天气影响进度有所滞后，正在加紧推进。",
        u"建立周调度机制，协调解决困难问题{n}项。",
        u"各项工作按时序推进，未发现明显问题。",
    });
    static const QList<QStringList> bySection = {
        list({u"已完成项目选址和初步设计，正在开展施工招标。", u"正在开展入户摸底调查，已完成{n}个乡镇。",
              u"组织技术人员深入田间地头开展指导服务，项目按计划推进。", u"实施方案已印发，各乡镇正在组织实施。",
              u"召开专题推进会，协调解决资金、用地等问题{n}项。", u"项目已完成招标，施工单位正在进场。"}),
        list({u"已完成选址和前期手续，正在开展施工招标。", u"路基工程完成{p}%，桥涵工程同步推进。",
              u"项目可研报告已报省级审批，正在办理用地手续。", u"施工单位已进场，正在进行场地平整。",
              u"项目主体工程施工中，完成总工程量的{p}%。", u"管网铺设完成{p}%，正在进行压力测试。"}),
        list({u"重点项目谋划储备工作有序推进，已形成项目清单初稿。", u"正在对接{n}家意向企业，洽谈合作事宜。",
              u"专项债券项目申报材料已报送省发展改革委审核。", u"组织企业开展技术改造诊断，已完成{n}家。",
              u"正在开展重点企业用工、用能情况调研。"}),
        list({u"红色旅游线路规划已完成初稿，正在征求意见。", u"正在开展革命文物普查登记，已完成{p}%。",
              u"文旅宣传推广方案已制定，正在对接省级媒体。", u"文明实践站点建设正在推进，已完成{p}%。"}),
        list({u"造林地块已落实，正在组织整地。", u"开展大气污染防治专项检查，督促企业整改问题{n}项。",
              u"村庄规划编制已完成{p}%，正在征求村民意见。", u"矿山生态修复项目正在施工，完成{p}%。",
              u"正在开展生活垃圾分类入户宣传。"}),
        list({u"公办幼儿园改扩建工程主体施工中。", u"正在开展入户走访，已完成{p}%。",
              u"招聘计划已报批，正在组织报名。", u"医联体建设方案已印发，正在推进落实。",
              u"正在摸排困难群众底数，已建立动态台账。"}),
        list({u"正在梳理政务服务事项清单，已完成{p}%。", u"承诺制审批改革方案已报县政府审定。",
              u"预算绩效评价工作有序开展，已完成{n}个部门。", u"正在开展食品安全专项抽检。"}),
        list({u"安全生产专项整治正在推进，已排查企业{k}家。", u"雪亮工程前端点位建设完成{p}%。",
              u"正在修订县级应急预案，已征求相关部门意见。"}),
    };
    static QList<QStringList> combined;
    if (combined.isEmpty()) {
        for (const QStringList &own : bySection)
            combined.append(own + generic);
    }
    return combined.at(section % combined.size());
}

const QStringList &achievedSentences(int section)
{
    static const QStringList generic = list({
        u"阶段性目标全面完成，相关做法被市级简报刊发。",
        u"本月完成年度任务的{p}%，进度快于序时。",
        u"争取上级资金{k}0万元，已全部拨付到位。",
    });
    static const QList<QStringList> bySection = {
        list({u"本月完成{n}个村的项目验收，群众反映良好。", u"新培育市级示范家庭农场{n}家。",
              u"争取上级衔接资金{k}0万元，已下达各乡镇。", u"建成{n}个村级示范点，经验做法被市级简报刊发。",
              u"完成{n}个乡镇的农村人居环境整治验收。", u"新建村级综合服务社{n}个并投入运营。"}),
        list({u"完成{n}公里路面铺筑，累计完成总工程量的{p}%。", u"{n}个项目完成竣工验收并投入使用。",
              u"项目取得省级核准批复，具备开工条件。", u"新建改造管网{n}公里，惠及群众{k}0余户。",
              u"{n}座危桥完成改造并恢复通行。"}),
        list({u"新签约招商引资项目{n}个，总投资{k}亿元。", u"本月新增入库项目{n}个。",
              u"争取中央预算内投资{k}0万元，已下达。", u"{n}家企业通过省级专精特新中小企业认定。",
              u"举办专场招商推介会，签约项目{n}个。"}),
        list({u"举办红色文化主题活动{n}场，参与群众{k}00余人次。", u"在省级以上媒体刊发稿件{k}篇。",
              u"{n}处革命文物完成修缮并对外开放。", u"新增等级民宿{n}家。",
              u"推出精品旅游线路{n}条，接待游客明显增加。"}),
        list({u"完成营造林{k}00亩，成活率达到90%以上。", u"{n}家企业完成超低排放改造并通过评估监测。",
              u"完成矿山生态修复{k}0亩。", u"新增生活垃圾分类示范小区{n}个。",
              u"完成{n}个村的村庄规划编制并通过审批。"}),
        list({u"举办线上线下招聘会{n}场，达成就业意向{k}0人。", u"新建日间照料中心{n}个并投入运营。",
              u"开展职业技能培训{n}期，培训{k}0人次。", u"{n}所学校完成薄弱环节改善并通过验收。",
              u"新增异地就医直接结算定点医药机构{n}家。"}),
        list({u"新增{k}项政务服务事项实现“一网通办”。", u"工程建设项目审批时限压缩至{k}个工作日。",
              u"争取上级转移支付资金{k}00万元。", u"新增市场主体{k}0户。"}),
        list({u"组织开展应急演练{n}次，参演人员{k}0余人。", u"排查整改安全隐患{k}处，整改率100%。",
              u"建成智慧安防小区{n}个。"}),
    };
    static QList<QStringList> combined;
    if (combined.isEmpty()) {
        for (const QStringList &own : bySection)
            combined.append(own + generic);
    }
    return combined.at(section % combined.size());
}

const QStringList &completedSentences()
{
    static const QStringList sentences = list({
        u"已全面完成年度任务，经验收合格，任务办结。",
        u"项目已竣工验收并投入使用，相关资料已归档。",
        u"各项工作已按期完成，达到年度目标要求。",
        u"任务已办结，形成总结报告报县领导小组办公室。",
        u"年度目标任务提前完成，申请销号。",
    });
    return sentences;
}

const QStringList &closingSentences()
{
    static const QStringList sentences = list({u"任务办结。", u"已通过验收，申请销号。", u"相关资料已整理归档。"});
    return sentences;
}

const QStringList &followUpSentences()
{
    static const QStringList sentences = list({
        u"任务办结后持续巩固成果，本月建立长效管护机制。",
        u"已办结任务持续发挥效益，本月接受市级观摩检查。",
        u"巩固提升工作成效，经验做法在全市推广。",
        u"持续开展运行维护，本月完成{n}次回访检查。",
        u"在完成年度任务基础上继续推进，本月又新增{n}个示范点。",
    });
    return sentences;
}

QStringList cooperationSentences(const QString &bureau)
{
    static const QStringList generic = list({
        u"按职责分工配合{lead}开展联合督导检查{n}次。",
        u"协助{lead}完成入户核查和数据比对。",
        u"配合{lead}开展专项宣传，发放宣传材料{k}00份。",
        u"配合{lead}召开推进会，落实分工任务{n}项。",
        u"配合{lead}完成阶段性验收。",
    });
    static const QList<QPair<QString, QStringList>> own = {
        {QStringLiteral("县财政局"),
         list({u"配合{lead}拨付项目资金{k}0万元。", u"完成项目资金绩效评价并反馈{lead}。"})},
        {QStringLiteral("县自然资源局"),
         list({u"配合{lead}完成项目用地预审和规划选址。", u"为项目办理用地手续{n}宗。"})},
        {QStringLiteral("县行政审批局"),
         list({u"为项目办理施工许可等审批手续{n}项。", u"开辟绿色通道，审批时限压缩至{n}个工作日。"})},
        {QStringLiteral("市生态环境局%1分局"), list({u"完成项目环评审批，配合{lead}推进建设。"})},
        {QStringLiteral("县发改局"), list({u"配合{lead}完成项目立项和入库。", u"协调争取专项债券资金{k}00万元。"})},
        {QStringLiteral("县人社局"), list({u"配合{lead}开展用工对接，帮助解决用工{k}人。"})},
        {QStringLiteral("县委宣传部"), list({u"配合{lead}开展宣传报道，刊发稿件{n}篇。"})},
        {QStringLiteral("县融媒体中心"), list({u"对{lead}工作成效进行专题报道{n}期。"})},
        {QStringLiteral("国网%1供电公司"), list({u"配合{lead}完成项目电力接入。"})},
    };
    for (const auto &[name, sentences] : own) {
        if (name == bureau)
            return sentences + generic;
    }
    return generic;
}

QStringList eventNotes(EventKind kind, EventLevel level)
{
    switch (kind) {
    case EventKind::Commendation:
        if (level == EventLevel::Central)
            return list({u"{field}工作经验做法被国务院办公厅通报表扬。",
                         u"{field}典型经验在全国推广，受到国务院督查激励表扬。"});
        return list({u"{field}工作成效明显，受到{issuer}通报表扬。",
                     u"{field}重点任务推进有力，受到{issuer}表彰。",
                     u"{field}工作经验做法被{issuer}通报推广。"});
    case EventKind::Criticism:
        if (level == EventLevel::Central)
            return list({u"{field}工作中存在的问题被国务院督查组通报批评。"});
        return list({u"{field}重点任务进度滞后，受到{issuer}通报批评。",
                     u"{field}工作推进不力，被{issuer}督查通报批评。",
                     u"{field}项目建设进度缓慢，多次督促未见成效，受到{issuer}通报批评。"});
    case EventKind::AdoptedSuggestion:
        return list({u"关于完善{field}推进机制的建议被县领导小组采纳。",
                     u"提出的{field}项目谋划建议被纳入县委常委会议题。",
                     u"关于{field}政策落实的意见建议被市领导小组采纳。"});
    case EventKind::Seminar:
        return list({u"召开{field}专题研讨会。", u"开展{field}专题宣传活动。",
                     u"在县融媒体中心开设{field}专栏宣传推广。", u"组织{field}专题培训，参训{k}人。",
                     u"举办{field}现场观摩活动。"});
    case EventKind::Exchange:
        return list({u"赴{city}对接{field}合作事项，签署合作备忘录。", u"与{office}对接{field}重点任务，协同推进工作。",
                     u"与{city}相关部门开展区域交流合作。", u"参加{city}组织的{field}区域协作联席会议。"});
    case EventKind::LateReport:
        return list({u"{m}月份重点任务进展未在25日前报送。", u"{m}月份调度材料逾期报送。",
                     u"临时调度事项未按规定时间反馈。"});
    case EventKind::InaccurateReport:
        return list({u"报送的{m}月份进展数据与实际不符，已要求核实更正。",
                     u"重点任务完成情况报送口径不一致，已退回修改。",
                     u"{m}月份报送的印证材料与任务进展不符。"});
    }
    return {};
}

QString issuer(EventLevel level, int variant)
{
    static const QList<QStringList> issuers = {
        {}, list({u"国务院办公厅", u"国务院"}), list({u"省政府办公厅", u"省委、省政府"}),
        list({u"市政府办公室", u"市委、市政府"})};
    const QStringList &names = issuers.at(int(level));
    return names.isEmpty() ? QString() : names.at(variant % names.size());
}

const QStringList &neighbourCities()
{
    static const QStringList cities = list({u"太原市", u"晋中市", u"忻州市", u"吕梁市", u"阳泉市", u"长治市"});
    return cities;
}

const QStringList &provincialOffices()
{
    static const QStringList offices = list({u"省发展改革委", u"省工信厅", u"省农业农村厅", u"省交通运输厅",
                                             u"省文旅厅", u"省生态环境厅", u"省人社厅", u"省商务厅"});
    return offices;
}

} // namespace cp::synthetic
