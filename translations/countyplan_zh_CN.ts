<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cp::BulletinReport</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>推进得分</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结得分</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Annual tasks</source>
        <translation>年度任务数</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>Monthly dispatch bulletin, %1</source>
        <translation>%1 月度调度通报</translation>
    </message>
    <message>
        <source>Monthly dispatch bulletin</source>
        <translation>月度调度通报</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>No reports, readings or dispatch events were recorded for %1: there is no data to rank.</source>
        <translation>%1 没有报送、数据或调度事项记录，无数据可排名。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>%1 — departments reporting: %2; tasks reported on: %3; targets read: %4; tasks completed for the first time: %5; dispatch events: %6; departments late with their monthly report: %7.</source>
        <translation>%1，报送单位 %2 个；报送任务 %3 项；报送指标数据 %4 项；首次办结任务 %5 项；调度事项 %6 项；逾期报送单位 %7 个。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>排名：%1</translation>
    </message>
    <message>
        <source>%1 departments share the first rank.</source>
        <translation>%1 个单位并列第一。</translation>
    </message>
    <message>
        <source>First: %1.</source>
        <translation>第一名：%1。</translation>
    </message>
    <message>
        <source>Late reporters</source>
        <translation>逾期报送情况</translation>
    </message>
    <message>
        <source>No department was late with its monthly report.</source>
        <translation>各单位均按时报送月度情况。</translation>
    </message>
    <message>
        <source>Late with their monthly report: %1.</source>
        <translation>逾期报送月度情况的单位：%1。</translation>
    </message>
    <message>
        <source>The month&apos;s reports are not all due yet; lateness is judged after the deadline.</source>
        <translation>本月报送尚未全部到期，逾期情况在截止日后认定。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新进</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Dynamic points by part and score, %1, %2</source>
        <translation>%1 %2 动态分构成及综合得分</translation>
    </message>
</context>
<context>
    <name>cp::Database</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>数据库错误：%1（语句：%2）</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file</source>
        <translation>“%1”是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a CountyPlan workspace (it is not an SQLite database); the file was left untouched</source>
        <translation>“%1”不是县域规划台账工作区（不是 SQLite 数据库）；文件未作任何改动</translation>
    </message>
    <message>
        <source>cannot open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a CountyPlan workspace: %2; the file was left untouched</source>
        <translation>无法将“%1”作为县域规划台账工作区读取：%2；文件未作任何改动</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a CountyPlan workspace; the file was left untouched</source>
        <translation>“%1”是其他程序的 SQLite 数据库，不是县域规划台账工作区；文件未作任何改动</translation>
    </message>
    <message>
        <source>“%1” was written by a newer CountyPlan (workspace format %2; this version reads formats up to %3). Install a newer CountyPlan to open it; the file was not changed.</source>
        <translation>“%1”由更新版本的县域规划台账写入（工作区格式 %2；本版本最高只能读取格式 %3）。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>this SQLite build cannot enforce foreign keys</source>
        <translation>此 SQLite 版本无法强制外键约束</translation>
    </message>
    <message>
        <source>workspace migration %1 is missing from this build</source>
        <translation>本版本缺少工作区迁移脚本 %1</translation>
    </message>
    <message>
        <source>cannot read migration %1</source>
        <translation>无法读取迁移脚本 %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <source>cannot replace “%1”</source>
        <translation>无法替换“%1”</translation>
    </message>
    <message>
        <source>cannot back up the workspace to “%1”: %2</source>
        <translation>无法将工作区备份到“%1”：%2</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1已不存在</translation>
    </message>
</context>
<context>
    <name>cp::DepartmentRegistry</name>
    <message>
        <source>an empty department name</source>
        <translation>部门名称为空</translation>
    </message>
</context>
<context>
    <name>cp::DepartmentReport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reported status</source>
        <translation>报送状态</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>印证材料</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Monthly values</source>
        <translation>各月数值</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Sent with</source>
        <translation>随附于</translation>
    </message>
    <message>
        <source>Department report: %1</source>
        <translation>单位报告：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Progress as of %1</source>
        <translation>进展截至 %1</translation>
    </message>
    <message>
        <source>No progress reported yet</source>
        <translation>尚未报送进展</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>This department has no tasks: there is nothing to report.</source>
        <translation>该单位没有任务，无可报告内容。</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>工作任务（%1 项）</translation>
    </message>
    <message>
        <source>Targets of the tasks it leads (%1)</source>
        <translation>牵头任务的目标指标（%1 项）</translation>
    </message>
    <message>
        <source>The tasks it leads have no targets.</source>
        <translation>牵头任务没有目标指标。</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>印证材料（%1 份）</translation>
    </message>
    <message>
        <source>No evidence was sent.</source>
        <translation>未报送印证材料。</translation>
    </message>
</context>
<context>
    <name>cp::DepartmentRepository</name>
    <message>
        <source>department %1 does not exist</source>
        <translation>部门 %1 不存在</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>部门必须有名称</translation>
    </message>
    <message>
        <source>“%1” is already a department of this region</source>
        <translation>“%1”已是本地区的部门</translation>
    </message>
    <message>
        <source>“%1” is already another name of “%2”</source>
        <translation>“%1”已是“%2”的别名</translation>
    </message>
    <message>
        <source>alias “%1”</source>
        <translation>别名“%1”</translation>
    </message>
    <message>
        <source>department “%1”</source>
        <translation>部门“%1”</translation>
    </message>
    <message>
        <source>a department cannot be merged into itself</source>
        <translation>部门不能与自身合并</translation>
    </message>
    <message>
        <source>“%1” and “%2” belong to different regions and cannot be merged</source>
        <translation>“%1”与“%2”属于不同地区，不能合并</translation>
    </message>
    <message>
        <source>“%1” and “%2” both reported task %3 for %4; remove one report before merging</source>
        <translation>“%1”与“%2”都报送了任务 %3 在 %4 的进展；请先删除其中一份报告再合并</translation>
    </message>
    <message>
        <source>department %1 is still named by tasks or reports</source>
        <translation>部门 %1 仍被任务或报告引用</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>部门 %1</translation>
    </message>
</context>
<context>
    <name>cp::DispatchRules</name>
    <message>
        <source>dispatch rules: %1 must be a number from %2 to %3</source>
        <translation>调度规则：%1 须为 %2 到 %3 之间的数</translation>
    </message>
    <message>
        <source>dispatch rules: %1 must be a whole number</source>
        <translation>调度规则：%1 须为整数</translation>
    </message>
    <message>
        <source>dispatch rules: %1 must be true or false</source>
        <translation>调度规则：%1 须为 true 或 false</translation>
    </message>
    <message>
        <source>dispatch rules: %1 must be one of %2</source>
        <translation>调度规则：%1 须为以下之一：%2</translation>
    </message>
    <message>
        <source>dispatch rules: %1 must be an object</source>
        <translation>调度规则：%1 须为对象</translation>
    </message>
    <message>
        <source>dispatch rules: unknown setting %1</source>
        <translation>调度规则：无法识别的设置 %1</translation>
    </message>
    <message>
        <source>the workspace&apos;s dispatch rules cannot be read: %1</source>
        <translation>无法读取工作区的调度规则：%1</translation>
    </message>
</context>
<context>
    <name>cp::DispatchScoring</name>
    <message>
        <source>not a task it leads</source>
        <translation>不是本部门牵头的任务</translation>
    </message>
    <message>
        <source>not among its tasks</source>
        <translation>不在本部门的任务之列</translation>
    </message>
    <message>
        <source>already completed in %1</source>
        <translation>已于 %1 办结</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>无印证材料</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>印证材料 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>no level (central, provincial or municipal) given</source>
        <translation>未注明级别（中央、省级或市级）</translation>
    </message>
    <message>
        <source>monthly cap of %1 reached</source>
        <translation>已达每月上限 %1 分</translation>
    </message>
    <message>
        <source>%1 of %2 open tasks it leads were not reported by %3: %4</source>
        <translation>牵头的 %2 项未办结任务中有 %1 项未在 %3 前报送：%4</translation>
    </message>
    <message>
        <source>already recorded as a late-report event</source>
        <translation>已登记为未按时反馈事项</translation>
    </message>
    <message>
        <source>counted automatically</source>
        <translation>自动计入</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础分</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>当月任务推进得分</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>当月任务办结得分</translation>
    </message>
    <message>
        <source>Progress on completed tasks</source>
        <translation>当月已办结任务推进得分</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>表彰或通报表扬</translation>
    </message>
    <message>
        <source>Criticisms</source>
        <translation>批评或通报批评</translation>
    </message>
    <message>
        <source>Adopted suggestions</source>
        <translation>意见建议被采纳</translation>
    </message>
    <message>
        <source>Seminars and publicity</source>
        <translation>专题研讨及宣传推广</translation>
    </message>
    <message>
        <source>Regional exchanges</source>
        <translation>区域交流合作</translation>
    </message>
    <message>
        <source>Late reports</source>
        <translation>未按规定时间反馈</translation>
    </message>
    <message>
        <source>Inaccurate reports</source>
        <translation>信息报送不准确</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>推进得分</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>办结得分</translation>
    </message>
    <message>
        <source>Commendations and bonuses</source>
        <translation>表彰及其他加分</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>扣分</translation>
    </message>
</context>
<context>
    <name>cp::DocumentParser</name>
    <message>
        <source>line %1: %2 follows number %3 at the same level</source>
        <translation>第 %1 行：同一层级中 %2 紧接在第 %3 项之后（编号不连续）</translation>
    </message>
    <message>
        <source>line %1: the responsible units of %2 could not be read</source>
        <translation>第 %1 行：无法识别 %2 的责任单位</translation>
    </message>
    <message>
        <source>the document&apos;s title could not be found</source>
        <translation>未找到文件标题</translation>
    </message>
    <message>
        <source>no numbered items (一、 （一） 1. …) were found</source>
        <translation>未找到带编号的条目（一、 （一） 1. …）</translation>
    </message>
</context>
<context>
    <name>cp::DocumentRepository</name>
    <message>
        <source>document %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文件 %1</translation>
    </message>
</context>
<context>
    <name>cp::Enums</name>
    <message>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Implementation opinion</source>
        <translation>实施意见</translation>
    </message>
    <message>
        <source>Work report</source>
        <translation>政府工作报告</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动方案</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>有成果或实际成效</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>About</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>Exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Growth %</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Ratio %</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Commendation</source>
        <translation>表彰或通报表扬</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>批评或通报批评</translation>
    </message>
    <message>
        <source>Adopted suggestion</source>
        <translation>意见建议被采纳</translation>
    </message>
    <message>
        <source>Seminar or publicity</source>
        <translation>专题研讨或宣传推广</translation>
    </message>
    <message>
        <source>Regional exchange</source>
        <translation>区域交流合作</translation>
    </message>
    <message>
        <source>Late report</source>
        <translation>未按时报送</translation>
    </message>
    <message>
        <source>Inaccurate report</source>
        <translation>报送信息不准确</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>中央、国务院</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省委、省政府</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市委、市政府</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation>示例工作区</translation>
    </message>
    <message>
        <source>Synthetic workspace</source>
        <translation>合成数据工作区</translation>
    </message>
</context>
<context>
    <name>cp::Format</name>
    <message>
        <source>growth %1</source>
        <translation>增长%1</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（基数%2）</translation>
    </message>
</context>
<context>
    <name>cp::Importer</name>
    <message>
        <source>no numbered items (一、 （一） 1. …) were found: this does not read as a policy document</source>
        <translation>未找到带编号的条目（一、 （一） 1. …）：这看起来不是政策文件</translation>
    </message>
    <message>
        <source>the document&apos;s title and issuer name no known region; name it with --region</source>
        <translation>文件标题和发文机关中没有可识别的地区；请用 --region 指定</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>this file was imported already as “%1”; use --replace to import it again</source>
        <translation>此文件已导入为“%1”；如需重新导入，请使用 --replace</translation>
    </message>
</context>
<context>
    <name>cp::JsonExchange</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected one of %1, found “%2”</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
    <message>
        <source>a region needs a name without “/”</source>
        <translation>地区名称不能为空，且不能含“/”</translation>
    </message>
    <message>
        <source>“%1” is not a region listed before this one</source>
        <translation>“%1”不是此前列出的地区</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>%1: “%2” is not a listed region</source>
        <translation>%1：“%2”不是已列出的地区</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1：不是有效的 base64 数据</translation>
    </message>
    <message>
        <source>%1: the data does not match its sha256 and bytes</source>
        <translation>%1：数据与其 sha256 和字节数不符</translation>
    </message>
    <message>
        <source>“%1” is not a department of this document&apos;s region (list it under departments)</source>
        <translation>“%1”不是本文件所属地区的部门（请先在 departments 中列出）</translation>
    </message>
    <message>
        <source>evidence %1 is not listed under evidence</source>
        <translation>印证材料 %1 未在 evidence 中列出</translation>
    </message>
    <message>
        <source>a document needs a key</source>
        <translation>文件必须有标识（key）</translation>
    </message>
    <message>
        <source>“%1” is not a listed region</source>
        <translation>“%1”不是已列出的地区</translation>
    </message>
    <message>
        <source>“%1” is used by two documents</source>
        <translation>“%1”被两个文件同时使用</translation>
    </message>
    <message>
        <source>expected the index of an earlier section</source>
        <translation>应为前面某一章节的序号</translation>
    </message>
    <message>
        <source>expected the index of one of the document&apos;s sections</source>
        <translation>应为本文件某一章节的序号</translation>
    </message>
    <message>
        <source>“%1” is named twice</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>expected a month YYYY-MM, found “%1”</source>
        <translation>应为月份 YYYY-MM，实际为“%1”</translation>
    </message>
    <message>
        <source>the upper end %1 is below the value %2</source>
        <translation>上限 %1 小于目标值 %2</translation>
    </message>
    <message>
        <source>expected a month YYYY-MM or a year YYYY, found “%1”</source>
        <translation>应为月份 YYYY-MM 或年份 YYYY，实际为“%1”</translation>
    </message>
    <message>
        <source>no metric %1 in task %2 of document “%3”</source>
        <translation>文件“%3”的任务 %2 中没有第 %1 项指标</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>not a CountyPlan export: expected a JSON object</source>
        <translation>不是县域规划台账导出文件：应为 JSON 对象</translation>
    </message>
    <message>
        <source>format: not a CountyPlan export (expected &quot;format&quot;: &quot;countyplan&quot;)</source>
        <translation>format：不是县域规划台账导出文件（应为 &quot;format&quot;: &quot;countyplan&quot;）</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1</source>
        <translation>version：应为不小于 1 的整数</translation>
    </message>
    <message>
        <source>version: this file was written by a newer CountyPlan (format %1; this version reads up to %2)</source>
        <translation>version：此文件由更新版本的县域规划台账写入（格式 %1；本版本最高只能读取 %2）</translation>
    </message>
    <message>
        <source>the workspace already holds data; load into a new or empty workspace</source>
        <translation>工作区中已有数据；请载入到新的或空的工作区</translation>
    </message>
    <message>
        <source>no task %1 in document “%2”</source>
        <translation>文件“%2”中没有第 %1 项任务</translation>
    </message>
</context>
<context>
    <name>cp::JsonFields</name>
    <message>
        <source>this field is missing</source>
        <translation>缺少此字段</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected text or null</source>
        <translation>应为文本或 null</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a number or null</source>
        <translation>应为数字或 null</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a whole number or null</source>
        <translation>应为整数或 null</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>item %1 is not text</source>
        <translation>第 %1 项不是文本</translation>
    </message>
    <message>
        <source>expected [start, end] or null</source>
        <translation>应为 [起点, 终点] 或 null</translation>
    </message>
    <message>
        <source>[%1, %2] lies outside the document&apos;s text (%3 characters)</source>
        <translation>[%1, %2] 超出了文件原文范围（共 %3 个字符）</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD</source>
        <translation>应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, found “%1”</source>
        <translation>应为日期 YYYY-MM-DD，实际为“%1”</translation>
    </message>
    <message>
        <source>expected a time like 2023-06-25T08:30:00.000Z, found “%1”</source>
        <translation>应为 2023-06-25T08:30:00.000Z 这样的时间，实际为“%1”</translation>
    </message>
    <message>
        <source>expected one of %1, found “%2”</source>
        <translation>应为 %1 之一，实际为“%2”</translation>
    </message>
</context>
<context>
    <name>cp::LedgerReport</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ledger of key tasks: %1</source>
        <translation>重点工作任务台账：%1</translation>
    </message>
    <message>
        <source>Ledger of key tasks</source>
        <translation>重点工作任务台账</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>印发单位：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年度：%1</translation>
    </message>
    <message>
        <source>Progress as of %1</source>
        <translation>进展截至 %1</translation>
    </message>
    <message>
        <source>No progress reported yet</source>
        <translation>尚未报送进展</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>This document has no tasks: there is nothing to list.</source>
        <translation>本文件没有任务，无可列内容。</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Ledger of key tasks: every document</source>
        <translation>重点工作任务台账：全部文件</translation>
    </message>
    <message>
        <source>This workspace holds no documents: there is nothing to list.</source>
        <translation>本工作区没有文件，无可列出的内容。</translation>
    </message>
</context>
<context>
    <name>cp::MetricRepository</name>
    <message>
        <source>metric %1 does not exist</source>
        <translation>指标 %1 不存在</translation>
    </message>
    <message>
        <source>a metric cannot be linked to itself</source>
        <translation>指标不能与自身关联</translation>
    </message>
    <message>
        <source>metric %1</source>
        <translation>指标 %1</translation>
    </message>
</context>
<context>
    <name>cp::PeriodReport</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1→%2 %3</source>
        <translation>%1→%2 %3</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Rank trend</source>
        <translation>名次变化</translation>
    </message>
    <message>
        <source>Months late</source>
        <translation>逾期月数</translation>
    </message>
    <message>
        <source>the year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Annual dispatch summary, %1</source>
        <translation>%1 年度调度总结</translation>
    </message>
    <message>
        <source>Quarterly dispatch bulletin, %1</source>
        <translation>%1 季度调度通报</translation>
    </message>
    <message>
        <source>Annual dispatch summary</source>
        <translation>年度调度总结</translation>
    </message>
    <message>
        <source>Quarterly dispatch bulletin</source>
        <translation>季度调度通报</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>期间：%1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>No reports, readings or dispatch events were recorded in %1: there is no data to rank.</source>
        <translation>%1 没有报送、数据或调度事项记录，无数据可排名。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <source>Months dispatched: %1 (%2). Departments reporting: %3; task reports: %4; target values: %5; tasks completed for the first time: %6; dispatch events: %7; monthly reports late: %8.</source>
        <translation>调度月份 %1 个（%2）。报送单位 %3 个；任务报送 %4 条；指标数据 %5 项；首次办结任务 %6 项；调度事项 %7 项；逾期报送 %8 次。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nothing was reported for %1; those months are not ranked.</source>
        <translation>%1 无报送，这些月份不参与排名。</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>排名：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by the average of the monthly dispatch scores of the %n month(s) dispatched; equal averages share a rank.</source>
        <translation>
            <numerusform>按 %n 个调度月份的月度调度得分平均值排名，平均分相同者名次并列。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 departments share the first rank.</source>
        <translation>%1 个单位并列第一。</translation>
    </message>
    <message>
        <source>First: %1.</source>
        <translation>第一名：%1。</translation>
    </message>
    <message>
        <source>Monthly scores of the first %1 and the region&apos;s average, %2</source>
        <translation>%2 前 %1 名单位及全区平均的月度得分</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Region&apos;s average</source>
        <translation>全区平均</translation>
    </message>
    <message>
        <source>Late reporters</source>
        <translation>逾期报送情况</translation>
    </message>
    <message>
        <source>No department was late with a monthly report in %1.</source>
        <translation>%1 各单位均按时报送月度情况。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
</context>
<context>
    <name>cp::ProgressEditor</name>
    <message>
        <source>a reading is for a month like 2023-06 (or a whole year), not “%1”</source>
        <translation>填报数据须对应月份（如 2023-06）或整年，不能是“%1”</translation>
    </message>
    <message>
        <source>a reading needs a number</source>
        <translation>填报数据须为数字</translation>
    </message>
    <message>
        <source>a reading belongs to a target</source>
        <translation>填报数据须对应某项指标</translation>
    </message>
    <message>
        <source>a report is for a month like 2023-06, not “%1”</source>
        <translation>进展报告须对应月份（如 2023-06），不能是“%1”</translation>
    </message>
    <message>
        <source>a report names its task and the department reporting</source>
        <translation>进展报告须注明任务和报送单位</translation>
    </message>
    <message>
        <source>an event needs a date</source>
        <translation>加减分事项须有日期</translation>
    </message>
    <message>
        <source>an event names its department</source>
        <translation>加减分事项须注明部门</translation>
    </message>
    <message>
        <source>a %1 needs a level: central, provincial or municipal</source>
        <translation>“%1”须注明级别：中央、省级或市级</translation>
    </message>
    <message>
        <source>%1 is not responsible for task %2</source>
        <translation>%1 不是任务 %2 的责任单位</translation>
    </message>
    <message>
        <source>a plan needs a number for each month</source>
        <translation>序时计划的每个月份都须有数值</translation>
    </message>
</context>
<context>
    <name>cp::ProgressRepository</name>
    <message>
        <source>evidence file %1 is not in this workspace</source>
        <translation>印证材料 %1 不在本工作区中</translation>
    </message>
    <message>
        <source>reading %1 does not exist</source>
        <translation>填报数据 %1 不存在</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>填报数据 %1</translation>
    </message>
    <message>
        <source>report %1 does not exist</source>
        <translation>进展报告 %1 不存在</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>进展报告 %1</translation>
    </message>
    <message>
        <source>event %1 does not exist</source>
        <translation>加减分事项 %1 不存在</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>加减分事项 %1</translation>
    </message>
</context>
<context>
    <name>cp::ProgressStatus</name>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>严重滞后</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>cp::ReferenceDocuments</name>
    <message>
        <source>Shanxi reference documents</source>
        <translation>山西参考文件</translation>
    </message>
</context>
<context>
    <name>cp::RegionRepository</name>
    <message>
        <source>region %1 does not exist</source>
        <translation>地区 %1 不存在</translation>
    </message>
    <message>
        <source>region “%1” is stored as %2, not %3</source>
        <translation>地区“%1”已登记为%2，而不是%3</translation>
    </message>
</context>
<context>
    <name>cp::ReportLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Cannot start painting the report</source>
        <translation>无法开始绘制报告</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report</source>
        <translation>无法开始报告第 %1 页</translation>
    </message>
    <message>
        <source>Cannot finish painting the report</source>
        <translation>无法完成报告绘制</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
</context>
<context>
    <name>cp::ReportPackets</name>
    <message>
        <source>Tasks</source>
        <translation>任务进展</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标数据</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>%1 %2 %3 monthly report</source>
        <translation>%1 %2 %3 工作推进情况报送表</translation>
    </message>
    <message>
        <source>Send it back by %1.</source>
        <translation>请于%1前报回。</translation>
    </message>
    <message>
        <source>How to fill it in</source>
        <translation>填报方法</translation>
    </message>
    <message>
        <source>1. On the sheet “%1”, choose this month&apos;s status of each task from the list in column %2.</source>
        <translation>1. 在“%1”表%2列的下拉列表中选择各项任务本月的推进状态。</translation>
    </message>
    <message>
        <source>2. In column %1, write what was done this month; in column %2, list the evidence files by name, separated by 、 or ;.</source>
        <translation>2. 在%1列填写本月工作推进情况；在%2列填写印证材料的文件名，多个文件用“、”或“;”隔开。</translation>
    </message>
    <message>
        <source>3. On the sheet “%1”, give in column %2 the value each target reached by the end of the month, as a number in the unit shown; add a note and evidence file names if there are any (column %3).</source>
        <translation>3. 在“%1”表%2列按所示单位填写各项指标截至月底的完成值（只填数字）；如有说明或印证材料一并填写（印证材料见%3列）。</translation>
    </message>
    <message>
        <source>4. Send the evidence files in the same folder as this packet, named exactly as listed.</source>
        <translation>4. 印证材料文件与本表放在同一文件夹内一并报送，文件名须与所填一致。</translation>
    </message>
    <message>
        <source>5. Leave a row empty when there is nothing to report on it. Only the yellow cells can be changed.</source>
        <translation>5. 无进展可报的行请留空。只有黄色单元格可以填写。</translation>
    </message>
    <message>
        <source>What each status means</source>
        <translation>各推进状态的含义</translation>
    </message>
    <message>
        <source>the work has not begun.</source>
        <translation>工作尚未开始。</translation>
    </message>
    <message>
        <source>the work is under way but has no results yet.</source>
        <translation>工作正在推进，尚未取得成果。</translation>
    </message>
    <message>
        <source>the work has produced results or real effects this month; with evidence it counts for the progress score.</source>
        <translation>本月工作取得成果或实际成效；附印证材料的计入当月任务推进得分。</translation>
    </message>
    <message>
        <source>the task is finished; with evidence it counts for the completion score.</source>
        <translation>任务已办结；附印证材料的计入当月任务办结得分。</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Last month&apos;s status</source>
        <translation>上月状态</translation>
    </message>
    <message>
        <source>This month&apos;s status</source>
        <translation>本月状态</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>工作推进情况</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>印证材料</translation>
    </message>
    <message>
        <source>Not a status</source>
        <translation>状态无效</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从下拉列表中选择状态。</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Expected by the end of the month</source>
        <translation>月底序时进度</translation>
    </message>
    <message>
        <source>Last month&apos;s value</source>
        <translation>上月完成值</translation>
    </message>
    <message>
        <source>This month&apos;s value</source>
        <translation>本月完成值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Not a value</source>
        <translation>数值无效</translation>
    </message>
    <message>
        <source>Give a number of at least 0, in the unit shown.</source>
        <translation>请按所示单位填写不小于0的数字。</translation>
    </message>
    <message>
        <source>Give a percentage between 0 and 100.</source>
        <translation>请填写0到100之间的百分数。</translation>
    </message>
    <message>
        <source>Give the growth as a number of percent.</source>
        <translation>请以百分数（数字）填写增长率。</translation>
    </message>
    <message>
        <source>not a CountyPlan packet: it has no hidden sheet “%1”</source>
        <translation>不是县域规划台账报送表：缺少隐藏工作表“%1”</translation>
    </message>
    <message>
        <source>not a CountyPlan packet: the format is “%1”, not “%2”</source>
        <translation>不是县域规划台账报送表：格式为“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>packet version “%1” cannot be read; this CountyPlan reads version %2</source>
        <translation>无法读取版本“%1”的报送表；本程序读取第%2版</translation>
    </message>
    <message>
        <source>the packet was written for another workspace</source>
        <translation>该报送表是为另一个工作区生成的</translation>
    </message>
    <message>
        <source>“%1” is not a month like 2023-06</source>
        <translation>“%1”不是形如 2023-06 的月份</translation>
    </message>
    <message>
        <source>unknown department “%1” (%2)</source>
        <translation>未知单位“%1”（%2）</translation>
    </message>
    <message>
        <source>the sheet “%1” is missing</source>
        <translation>缺少工作表“%1”</translation>
    </message>
    <message>
        <source>the evidence file “%1” cannot be read: %2</source>
        <translation>无法读取印证材料“%1”：%2</translation>
    </message>
    <message>
        <source>the evidence file “%1” is not beside the packet</source>
        <translation>报送表所在文件夹中没有印证材料“%1”</translation>
    </message>
    <message>
        <source>the row has no task id</source>
        <translation>该行没有任务编号</translation>
    </message>
    <message>
        <source>unknown task id “%1”</source>
        <translation>未知任务编号“%1”</translation>
    </message>
    <message>
        <source>task %1 “%2” is not one that %3 leads or cooperates on</source>
        <translation>任务%1“%2”不是%3牵头或配合的任务</translation>
    </message>
    <message>
        <source>the task is given twice: also in %1</source>
        <translation>该任务重复填报：另见%1</translation>
    </message>
    <message>
        <source>a narrative or evidence is given without a status</source>
        <translation>填写了推进情况或印证材料，但未选择状态</translation>
    </message>
    <message>
        <source>“%1” is not a status; choose one of %2</source>
        <translation>“%1”不是有效状态，请选择：%2</translation>
    </message>
    <message>
        <source>the row has no target id</source>
        <translation>该行没有指标编号</translation>
    </message>
    <message>
        <source>unknown target id “%1”</source>
        <translation>未知指标编号“%1”</translation>
    </message>
    <message>
        <source>target %1 “%2” belongs to a task that %3 does not lead</source>
        <translation>指标%1“%2”所属任务不由%3牵头</translation>
    </message>
    <message>
        <source>the target is given twice: also in %1</source>
        <translation>该指标重复填报：另见%1</translation>
    </message>
    <message>
        <source>a note or evidence is given without this month&apos;s value</source>
        <translation>填写了说明或印证材料，但未填本月完成值</translation>
    </message>
    <message>
        <source>text in a number cell: “%1”</source>
        <translation>数值单元格中填了文字：“%1”</translation>
    </message>
    <message>
        <source>TRUE or FALSE in a number cell</source>
        <translation>数值单元格中填了逻辑值（TRUE/FALSE）</translation>
    </message>
    <message>
        <source>an error in a number cell: %1</source>
        <translation>数值单元格中有错误值：%1</translation>
    </message>
    <message>
        <source>%1 is out of range: a level cannot be negative</source>
        <translation>%1 超出范围：数值不能为负</translation>
    </message>
    <message>
        <source>%1 is out of range: a percentage lies between 0 and 100</source>
        <translation>%1 超出范围：百分比应在0到100之间</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>cannot read “%1” back: %2</source>
        <translation>无法读回“%1”：%2</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
</context>
<context>
    <name>cp::ReportSections</name>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>年末预计</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Latest status reported</source>
        <translation>最近报送状态</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Where the work stands, %1</source>
        <translation>%1 工作推进情况</translation>
    </message>
    <message>
        <source>No task or target is due in %1.</source>
        <translation>%1 没有应推进的任务或指标。</translation>
    </message>
    <message>
        <source>Tasks (%1): %2.</source>
        <translation>任务 %1 项：%2。</translation>
    </message>
    <message>
        <source>Targets due (%1): %2.</source>
        <translation>应考核指标 %1 项：%2。</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>任务推进状态</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>Targets at risk or missing by the trend</source>
        <translation>严重滞后或按趋势难以完成的指标</translation>
    </message>
    <message>
        <source>%1 targets are at risk or missing by the trend; the %2 furthest behind their path are listed. The ledger and “countyplan status” show every target.</source>
        <translation>严重滞后或按趋势难以完成的指标共 %1 项，列出距序时进度最远的 %2 项；全部指标见台账或“countyplan status”。</translation>
    </message>
    <message>
        <source>No target is at risk or missing by the trend.</source>
        <translation>没有严重滞后或按趋势难以完成的指标。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Tasks past their deadline</source>
        <translation>逾期未完成的任务</translation>
    </message>
    <message>
        <source>No task is past its deadline without being done.</source>
        <translation>没有逾期未完成的任务。</translation>
    </message>
</context>
<context>
    <name>cp::SyntheticWorkspace</name>
    <message>
        <source>generating the synthetic workspace was cancelled</source>
        <translation>已取消生成合成数据工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n counties, %1</source>
        <translation>
            <numerusform>%n 个县，%1 年</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the importer read %2 tasks (%3 with units) where %4 were written</source>
        <translation>%1：写入 %4 项任务，导入后读出 %2 项（%3 项有责任单位）</translation>
    </message>
    <message>
        <source>a synthetic workspace needs at least one county and one task per county</source>
        <translation>合成数据工作区至少需要一个县，每县至少一项任务</translation>
    </message>
    <message>
        <source>months must be between 1 and 12, not %1</source>
        <translation>月数须在 1 到 12 之间，不能是 %1</translation>
    </message>
    <message>
        <source>the year must be between 2000 and 2100, not %1</source>
        <translation>年份须在 2000 到 2100 之间，不能是 %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>没有打开的工作区</translation>
    </message>
    <message>
        <source>the workspace is not empty: a synthetic workspace is generated into a new or empty one</source>
        <translation>工作区不是空的：合成数据工作区只能生成到新建或空的工作区中</translation>
    </message>
</context>
<context>
    <name>cp::TableExport</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>任务编号</translation>
    </message>
    <message>
        <source>Task no.</source>
        <translation>任务序号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Upper value</source>
        <translation>上限值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新数值</translation>
    </message>
    <message>
        <source>Latest period</source>
        <translation>最新期间</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>指标编号</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>指标数据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>报送单位</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>调度得分</translation>
    </message>
    <message>
        <source>Dispatch scores, %1</source>
        <translation>%1 调度得分</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Annual tasks</source>
        <translation>年度任务数</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期报送</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Dispatch scores: no month has reports</source>
        <translation>调度得分：没有任何月份有报送</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Nothing to export: no data.</source>
        <translation>没有可导出的数据。</translation>
    </message>
    <message>
        <source>Task ledger: %1</source>
        <translation>任务台账：%1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>There are no documents in this workspace.</source>
        <translation>本工作区没有文件。</translation>
    </message>
    <message>
        <source>cannot write “%1”</source>
        <translation>无法写入“%1”</translation>
    </message>
    <message>
        <source>cannot read “%1” back: %2</source>
        <translation>无法读回“%1”：%2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>cannot write “%1”: sheet “%2”, cell %3: %4</source>
        <translation>无法写入“%1”：工作表“%2”，单元格 %3：%4</translation>
    </message>
</context>
<context>
    <name>cp::TaskRepository</name>
    <message>
        <source>task %1 does not exist</source>
        <translation>任务 %1 不存在</translation>
    </message>
    <message>
        <source>a task cannot be linked to itself</source>
        <translation>任务不能与自身关联</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>cp::TextDecoding</name>
    <message>
        <source>unknown encoding “%1”; use utf-8 or gb18030</source>
        <translation>未知编码“%1”；请使用 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>this is not a text document (it contains binary data)</source>
        <translation>这不是文本文档（其中含有二进制数据）</translation>
    </message>
    <message>
        <source>the text starts with a %1 byte-order mark but line %2 is not %1</source>
        <translation>文本以 %1 字节顺序标记开头，但第 %2 行不是 %1</translation>
    </message>
    <message>
        <source>line %1 is not valid %2; name the file&apos;s real encoding with --encoding</source>
        <translation>第 %1 行不是有效的 %2；请用 --encoding 指定文件的实际编码</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor GB18030 (line %1 is not UTF-8); name the encoding with --encoding</source>
        <translation>文本既不是 UTF-8 也不是 GB18030（第 %1 行不是 UTF-8）；请用 --encoding 指定编码</translation>
    </message>
</context>
<context>
    <name>cp::WorkspaceEditor</name>
    <message>
        <source>tasks of two documents cannot change places</source>
        <translation>不同文件的任务不能互换位置</translation>
    </message>
</context>
<context>
    <name>cp::XlsxWorkbook</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1 uncompresses to more than %2 MB</source>
        <translation>%1 解压后超过 %2 MB</translation>
    </message>
    <message>
        <source>the archive uncompresses to more than %1 MB</source>
        <translation>压缩包解压后超过 %1 MB</translation>
    </message>
    <message>
        <source>not an XLSX file (the archive holds no %1)</source>
        <translation>不是 XLSX 文件（压缩包中没有 %1）</translation>
    </message>
    <message>
        <source>%1 names no sheets</source>
        <translation>%1 中没有工作表</translation>
    </message>
    <message>
        <source>%1 names more than %2 sheets</source>
        <translation>%1 中的工作表超过 %2 个</translation>
    </message>
    <message>
        <source>the workbook names a sheet “%1” whose relationship “%2” is missing</source>
        <translation>工作簿中的工作表“%1”缺少关系“%2”</translation>
    </message>
    <message>
        <source>the workbook names a sheet “%1” whose part %2 is missing</source>
        <translation>工作簿中的工作表“%1”所对应的部件 %2 缺失</translation>
    </message>
    <message>
        <source>row number “%1” is not between 1 and %2</source>
        <translation>行号“%1”不在 1 到 %2 之间</translation>
    </message>
    <message>
        <source>row %1 has more than %2 cells</source>
        <translation>第 %1 行的单元格超过 %2 个</translation>
    </message>
    <message>
        <source>“%1” is not a cell reference between A1 and XFD1048576</source>
        <translation>“%1”不是 A1 到 XFD1048576 之间的单元格引用</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, but the workbook has %3 shared strings</source>
        <translation>单元格 %1 引用共享字符串 %2，但工作簿只有 %3 个共享字符串</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a boolean (0 or 1)</source>
        <translation>单元格 %1 的值“%2”不是布尔值（0 或 1）</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>单元格 %1 的值“%2”不是数字</translation>
    </message>
    <message>
        <source>cell %1 has the unknown type “%2”</source>
        <translation>单元格 %1 的类型“%2”无法识别</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workbook</source>
        <translation>“%1”是文件夹，不是工作簿</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB, too large for a workbook</source>
        <translation>“%1”大于 %2 MB，作为工作簿过大</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not an XLSX file but an Excel 97-2003 workbook (.xls) or a password-protected one; save it as .xlsx without a password</source>
        <translation>不是 XLSX 文件，而是 Excel 97-2003 工作簿（.xls）或设有密码的工作簿；请另存为不设密码的 .xlsx 文件</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged or incomplete</source>
        <translation>ZIP 压缩包已损坏或不完整</translation>
    </message>
    <message>
        <source>not an XLSX file (not a ZIP archive)</source>
        <translation>不是 XLSX 文件（不是 ZIP 压缩包）</translation>
    </message>
    <message>
        <source>%1 is damaged in the archive</source>
        <translation>%1 在压缩包中已损坏</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 已加密</translation>
    </message>
    <message>
        <source>%1 is compressed with method %2, which is not supported</source>
        <translation>%1 使用了不支持的压缩方式 %2</translation>
    </message>
</context>
<context>
    <name>cp::cli</name>
    <message>
        <source>Commands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <source>Run “countyplan COMMAND --help” for a command&apos;s options.</source>
        <translation>运行“countyplan 子命令 --help”查看该子命令的选项。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>工作区文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>提示信息的语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--db is required: name the workspace file</source>
        <translation>缺少 --db：请指定工作区文件</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>“%1”不存在</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Window size in pixels.</source>
        <translation>窗口大小（像素）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file without a display.</source>
        <translation>无需显示器，将主窗口渲染为 PNG 文件。</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>缺少 --out</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1280x800</source>
        <translation>--size 应为“宽x高”，例如 1280x800</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file.</source>
        <translation>将主窗口渲染为 PNG 文件。</translation>
    </message>
    <message>
        <source>The workspace&apos;s title.</source>
        <translation>工作区标题。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Show what a workspace holds.</source>
        <translation>显示工作区的内容概况。</translation>
    </message>
    <message>
        <source>Workspace:   %1</source>
        <translation>工作区：  %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>标题：    %1</translation>
    </message>
    <message>
        <source>Format:      %1</source>
        <translation>格式版本：%1</translation>
    </message>
    <message>
        <source>Regions:     %1</source>
        <translation>地区：    %1</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>部门：    %1</translation>
    </message>
    <message>
        <source>Documents:   %1</source>
        <translation>文件：    %1</translation>
    </message>
    <message>
        <source>Tasks:       %1</source>
        <translation>任务：    %1</translation>
    </message>
    <message>
        <source>Metrics:     %1</source>
        <translation>指标：    %1</translation>
    </message>
    <message>
        <source>Readings:    %1</source>
        <translation>进度数据：%1</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Read a CountyPlan JSON export into a new or empty workspace.</source>
        <translation>将县域规划台账 JSON 导出文件载入新的或空的工作区。</translation>
    </message>
    <message>
        <source>The JSON file to read.</source>
        <translation>要读取的 JSON 文件。</translation>
    </message>
    <message>
        <source>name one JSON file to load</source>
        <translation>请指定一个要载入的 JSON 文件</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Loaded %1 into %2</source>
        <translation>已将 %1 载入 %2</translation>
    </message>
    <message>
        <source>Read a JSON export into a new or empty workspace.</source>
        <translation>将 JSON 导出文件载入新的或空的工作区。</translation>
    </message>
    <message>
        <source>CountyPlan — the county planner&apos;s ledger (县域规划台账).</source>
        <translation>县域规划台账（CountyPlan）。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>未知子命令“%1”</translation>
    </message>
    <message>
        <source>%1 (dry run, nothing stored): %2</source>
        <translation>%1（试导入，未保存）：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>key %1, region %2, encoding %3</source>
        <translation>标识 %1，地区 %2，编码 %3</translation>
    </message>
    <message>
        <source>replaced the earlier import</source>
        <translation>已替换先前的导入</translation>
    </message>
    <message>
        <source>tasks: %1 (%2 with responsible units), sections: %3</source>
        <translation>任务：%1 项（其中 %2 项有责任单位），章节：%3 个</translation>
    </message>
    <message>
        <source>departments: %1 new, %2 matched</source>
        <translation>部门：新增 %1 个，匹配已有 %2 个</translation>
    </message>
    <message>
        <source>metrics: %1, past-year actuals: %2</source>
        <translation>指标：%1 项，上年实绩：%2 项</translation>
    </message>
    <message>
        <source>links to other documents: %1 metric, %2 task</source>
        <translation>与其他文件的关联：指标 %1 处，任务 %2 处</translation>
    </message>
    <message>
        <source>warnings:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>The region the documents belong to, when their title does not say it.</source>
        <translation>文件所属地区（标题中未注明时使用）。</translation>
    </message>
    <message>
        <source>The files&apos; encoding: utf-8 or gb18030 (detected when not given).</source>
        <translation>文件编码：utf-8 或 gb18030（未指定时自动识别）。</translation>
    </message>
    <message>
        <source>Read and report, store nothing.</source>
        <translation>只读取并报告，不保存。</translation>
    </message>
    <message>
        <source>Import a file again that was imported before.</source>
        <translation>重新导入以前导入过的文件。</translation>
    </message>
    <message>
        <source>Import policy documents (plain text) into a workspace.</source>
        <translation>将政策文件（纯文本）导入工作区。</translation>
    </message>
    <message>
        <source>files…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>The documents to import.</source>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>name at least one document to import</source>
        <translation>请至少指定一个要导入的文件</translation>
    </message>
    <message>
        <source>Only this region&apos;s departments.</source>
        <translation>只列出该地区的部门。</translation>
    </message>
    <message>
        <source>A department (or another name of it) to merge…</source>
        <translation>要合并的部门（或其别名）……</translation>
    </message>
    <message>
        <source>…into this department; the merged name becomes an alias.</source>
        <translation>……并入此部门；被合并的名称成为别名。</translation>
    </message>
    <message>
        <source>List the departments of each region, or merge two of them.</source>
        <translation>列出各地区的部门，或合并其中两个。</translation>
    </message>
    <message>
        <source>“%1” is not a region of this workspace</source>
        <translation>“%1”不是本工作区中的地区</translation>
    </message>
    <message>
        <source>--merge and --into go together</source>
        <translation>--merge 与 --into 须同时使用</translation>
    </message>
    <message>
        <source>no region has both “%1” and “%2”</source>
        <translation>没有地区同时有“%1”和“%2”</translation>
    </message>
    <message>
        <source>several regions have both “%1” and “%2”; name one with --region</source>
        <translation>多个地区同时有“%1”和“%2”；请用 --region 指定一个</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”</source>
        <translation>已将“%1”并入“%2”</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 个部门</translation>
    </message>
    <message>
        <source>lead %1, cooperating %2</source>
        <translation>牵头 %1 项，配合 %2 项</translation>
    </message>
    <message>
        <source>also written: %1</source>
        <translation>又写作：%1</translation>
    </message>
    <message>
        <source>Import policy documents into a workspace.</source>
        <translation>将政策文件导入工作区。</translation>
    </message>
    <message>
        <source>List or merge the departments of each region.</source>
        <translation>列出或合并各地区的部门。</translation>
    </message>
    <message>
        <source>Import the five Shanxi reference documents into it.</source>
        <translation>同时导入五份山西参考文件。</translation>
    </message>
    <message>
        <source>Create a workspace file.</source>
        <translation>新建工作区文件。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not “%4”</source>
        <translation>--%1 须为 %2 到 %3 之间的整数，不能是“%4”</translation>
    </message>
    <message>
        <source>The workspace file to create; it must not exist.</source>
        <translation>要创建的工作区文件；该文件不得已存在。</translation>
    </message>
    <message>
        <source>How many counties (default %1).</source>
        <translation>县的数量（默认 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Tasks in each county&apos;s documents (default %1).</source>
        <translation>每个县文件中的任务数（默认 %1）。</translation>
    </message>
    <message>
        <source>The documents&apos; year (default %1).</source>
        <translation>文件年份（默认 %1）。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The random seed; the same seed gives the same workspace (default %1).</source>
        <translation>随机种子；相同种子生成相同的工作区（默认 %1）。</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>--out is required: name the workspace file to create</source>
        <translation>必须指定 --out：给出要创建的工作区文件</translation>
    </message>
    <message>
        <source>“%1” already exists; generate into a new file</source>
        <translation>“%1”已存在；请生成到新文件</translation>
    </message>
    <message>
        <source>Create a synthetic workspace for benchmarks and demonstrations.</source>
        <translation>创建用于基准测试和演示的合成数据工作区。</translation>
    </message>
    <message>
        <source>Monthly readings, reports and events for months 1 to this (default %1).</source>
        <translation>生成 1 月至该月的月度数据、进展报告和调度事项（默认 %1）。</translation>
    </message>
    <message>
        <source>Create a synthetic workspace: invented task lists for many counties, imported like real documents, with a year of monthly readings, task reports with evidence and dispatch events. It is marked synthetic.</source>
        <translation>创建合成数据工作区：为多个县虚构任务清单，按真实文件导入，并附一年的月度进展数据、附印证材料的任务进展报告和调度事项。工作区标记为合成数据。</translation>
    </message>
    <message>
        <source>Generated %1 in %8 s: counties %2, departments %3, documents %4, tasks %5, metrics %6, readings %7, reports %9, events %10, evidence files %11</source>
        <translation>已生成 %1，用时 %8 秒：县 %2 个，部门 %3 个，文件 %4 份，任务 %5 项，指标 %6 项，进展数据 %7 条，进展报告 %9 份，调度事项 %10 项，印证材料 %11 份</translation>
    </message>
    <message>
        <source>The region, where a name is not unique.</source>
        <translation>地区（名称不唯一时须指定）。</translation>
    </message>
    <message>
        <source>A file to keep as evidence (印证材料); may be repeated.</source>
        <translation>作为印证材料保存的文件；可重复指定。</translation>
    </message>
    <message>
        <source>no department “%1”</source>
        <translation>没有部门“%1”</translation>
    </message>
    <message>
        <source>several regions have a department “%1”; name one with --region</source>
        <translation>多个地区都有部门“%1”；请用 --region 指定</translation>
    </message>
    <message>
        <source>cannot read evidence “%1”: %2</source>
        <translation>无法读取印证材料“%1”：%2</translation>
    </message>
    <message>
        <source>The target&apos;s id (see reading list).</source>
        <translation>指标编号（见 reading list）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The month read, YYYY-MM.</source>
        <translation>填报月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The value reached by the end of the month.</source>
        <translation>截至月末的完成值。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>备注。</translation>
    </message>
    <message>
        <source>The reporting department.</source>
        <translation>报送单位。</translation>
    </message>
    <message>
        <source>Record a target&apos;s value for a month (replacing an earlier one).</source>
        <translation>填报某项指标的月度数值（覆盖此前的填报）。</translation>
    </message>
    <message>
        <source>--metric ID, --month YYYY-MM and --value NUMBER are required</source>
        <translation>必须指定 --metric 编号、--month YYYY-MM 和 --value 数值</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4</source>
        <translation>%1 %2：%3 %4</translation>
    </message>
    <message>
        <source>Show the value and status for this month (default: the latest month read).</source>
        <translation>显示该月的数值和状态（默认：最近填报的月份）。</translation>
    </message>
    <message>
        <source>List the targets with their readings and status.</source>
        <translation>列出各项指标及其填报数值和状态。</translation>
    </message>
    <message>
        <source>--month must be a month like 2023-06, not “%1”</source>
        <translation>--month 须为月份（如 2023-06），不能是“%1”</translation>
    </message>
    <message>
        <source>forecast %1</source>
        <translation>预计 %1</translation>
    </message>
    <message>
        <source>expected “reading add” or “reading list”</source>
        <translation>应为“reading add”或“reading list”</translation>
    </message>
    <message>
        <source>The task&apos;s id.</source>
        <translation>任务编号。</translation>
    </message>
    <message>
        <source>The month reported, YYYY-MM.</source>
        <translation>报送月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>not_started, in_progress, achieved (有成果或实际成效) or completed (已办结).</source>
        <translation>not_started（未启动）、in_progress（推进中）、achieved（有成果或实际成效）或 completed（已办结）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>工作进展情况。</translation>
    </message>
    <message>
        <source>When it was submitted (ISO date and time; default now).</source>
        <translation>报送时间（ISO 日期时间；默认当前时间）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Record a department&apos;s monthly report on a task (replacing an earlier one).</source>
        <translation>登记某部门对某项任务的月度进展报告（覆盖此前的报告）。</translation>
    </message>
    <message>
        <source>--task ID, --department NAME, --month YYYY-MM and --status are required</source>
        <translation>必须指定 --task 编号、--department 部门、--month YYYY-MM 和 --status</translation>
    </message>
    <message>
        <source>--submitted must be a time like 2023-06-20T10:00+08:00</source>
        <translation>--submitted 须为时间，如 2023-06-20T10:00+08:00</translation>
    </message>
    <message>
        <source>The department.</source>
        <translation>部门。</translation>
    </message>
    <message>
        <source>commendation, criticism, adopted_suggestion, seminar, exchange, late_report or inaccurate_report.</source>
        <translation>commendation（表彰）、criticism（批评）、adopted_suggestion（建议被采纳）、seminar（专题研讨）、exchange（区域交流）、late_report（未按时反馈）或 inaccurate_report（报送不准确）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>central, provincial or municipal (commendations and criticisms).</source>
        <translation>central（中央）、provincial（省级）或 municipal（市级）（用于表彰和批评）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD.</source>
        <translation>日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>事项内容。</translation>
    </message>
    <message>
        <source>Record a dispatch event: a commendation, a seminar, a late report …</source>
        <translation>登记调度加减分事项：表彰、专题研讨、未按时反馈……</translation>
    </message>
    <message>
        <source>--department NAME, --kind KIND and --date YYYY-MM-DD are required (see --help for kinds and levels)</source>
        <translation>必须指定 --department 部门、--kind 类型和 --date YYYY-MM-DD（类型和级别见 --help）</translation>
    </message>
    <message>
        <source>Only this region&apos;s tasks.</source>
        <translation>仅该地区的任务。</translation>
    </message>
    <message>
        <source>Only the tasks this department leads or cooperates on.</source>
        <translation>仅该部门牵头或配合的任务。</translation>
    </message>
    <message>
        <source>List tasks with their ids and responsible departments.</source>
        <translation>列出任务及其编号和责任单位。</translation>
    </message>
    <message>
        <source>the workspace cannot be read</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <source>expected “%1 add”</source>
        <translation>应为“%1 add”</translation>
    </message>
    <message>
        <source>Add a target&apos;s monthly reading, or list targets with status.</source>
        <translation>填报指标月度数值，或列出指标及其状态。</translation>
    </message>
    <message>
        <source>Add a dispatch event (commendation, seminar, late report …).</source>
        <translation>登记调度加减分事项（表彰、专题研讨、未按时反馈……）。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 points, rank %4</source>
        <translation>%1 · %2：%3 分，第 %4 名</translation>
    </message>
    <message>
        <source>Annual tasks: %1 (leads %2)</source>
        <translation>年度任务：%1 项（牵头 %2 项）</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>The month to score, YYYY-MM.</source>
        <translation>计分月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>以 JSON 而非表格输出。</translation>
    </message>
    <message>
        <source>Show every point of this department&apos;s score and the tasks and events behind it.</source>
        <translation>显示该部门得分的每一项构成及对应的任务和事项。</translation>
    </message>
    <message>
        <source>department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score as on this date (YYYY-MM-DD): reports not due by then are not late. Default: now.</source>
        <translation>按该日期计分（YYYY-MM-DD）：届时尚未到期的报送不计逾期。默认：当前时间。</translation>
    </message>
    <message>
        <source>Score and rank the departments for a month by the dispatch rules.</source>
        <translation>按调度办法对某月各部门计分排名。</translation>
    </message>
    <message>
        <source>--as-of must be a date like 2023-07-01, not “%1”</source>
        <translation>--as-of 须为日期（如 2023-07-01），不能是“%1”</translation>
    </message>
    <message>
        <source>no department “%1” was scored for %2</source>
        <translation>%2 没有对部门“%1”计分</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>tasks %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>events %1</source>
        <translation>加减分 %1</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>report not yet due</source>
        <translation>尚未到报送期限</translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s rules with those of this JSON file (settings left out keep 002&apos;s values).</source>
        <translation>用该 JSON 文件中的规则替换工作区的调度规则（未列出的设置沿用002调度办法）。</translation>
    </message>
    <message>
        <source>Go back to 002&apos;s rules.</source>
        <translation>恢复002调度办法。</translation>
    </message>
    <message>
        <source>Show or change the workspace&apos;s dispatch rules (JSON).</source>
        <translation>查看或修改工作区的调度规则（JSON）。</translation>
    </message>
    <message>
        <source>--set and --reset exclude each other</source>
        <translation>--set 与 --reset 不能同时使用</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1：不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Show or change the dispatch rules.</source>
        <translation>查看或修改调度规则。</translation>
    </message>
    <message>
        <source>The month to report on, YYYY-MM.</source>
        <translation>报送的月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>The folder to write the packets into.</source>
        <translation>报送表写入的文件夹。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Write a monthly report packet (.xlsx) for each department with tasks in the month&apos;s year.</source>
        <translation>为该月所在年度有任务的每个单位生成月度报送表（.xlsx）。</translation>
    </message>
    <message>
        <source>--out is required: name the folder for the packets</source>
        <translation>必须指定 --out：报送表所在文件夹</translation>
    </message>
    <message>
        <source>no department has tasks in the documents of %1</source>
        <translation>%1年的文件中没有任何单位承担任务</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 个指标</numerusform>
        </translation>
    </message>
    <message>
        <source>When the packets were received, YYYY-MM-DD (China time; default now).</source>
        <translation>收到报送表的日期，YYYY-MM-DD（北京时间；默认为当前时间）。</translation>
    </message>
    <message>
        <source>Store the reports and values of filled-in packets; with any problem in any packet, nothing.</source>
        <translation>存储已填报送表中的进展和数值；任一报送表有问题则全部不存储。</translation>
    </message>
    <message>
        <source>paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Packets (.xlsx), or folders of packets.</source>
        <translation>报送表（.xlsx）或其所在文件夹。</translation>
    </message>
    <message>
        <source>name the packets or the folder that holds them</source>
        <translation>请指定报送表或其所在文件夹</translation>
    </message>
    <message>
        <source>--received must be a date like 2023-06-24, not “%1”</source>
        <translation>--received 须为形如 2023-06-24 的日期，不能是“%1”</translation>
    </message>
    <message>
        <source>no .xlsx files in %1</source>
        <translation>%1 中没有 .xlsx 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was stored</source>
        <translation>
            <numerusform>发现 %n 个问题，未存储任何内容</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets collected: %1</source>
        <translation>已收报送表：%1</translation>
    </message>
    <message>
        <source>Reports stored: %1</source>
        <translation>存储任务进展：%1</translation>
    </message>
    <message>
        <source>Readings stored: %1</source>
        <translation>存储指标数据：%1</translation>
    </message>
    <message>
        <source>Evidence files stored: %1</source>
        <translation>存储印证材料：%1</translation>
    </message>
    <message>
        <source>Rows unchanged: %1</source>
        <translation>未变化的行：%1</translation>
    </message>
    <message>
        <source>Write the month&apos;s report packets (.xlsx), one per department.</source>
        <translation>生成当月报送表（.xlsx），每个单位一份。</translation>
    </message>
    <message>
        <source>Store the reports and values of returned packets.</source>
        <translation>存储报回的报送表中的进展和数值。</translation>
    </message>
    <message>
        <source>The month, YYYY-MM.</source>
        <translation>月份，格式 YYYY-MM。</translation>
    </message>
    <message>
        <source>Show where every task and target stands in a month against the expected path.</source>
        <translation>显示某月各项任务和指标对照序时进度的状态。</translation>
    </message>
    <message>
        <source>Tasks: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>Targets: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Show where every task and target stands in a month.</source>
        <translation>显示某月各项任务和指标的状态。</translation>
    </message>
    <message>
        <source>A month&apos;s planned value, YYYY-MM=NUMBER; may be repeated. Replaces the whole plan.</source>
        <translation>某月的计划值，格式 YYYY-MM=数值；可重复指定。将替换整个计划。</translation>
    </message>
    <message>
        <source>month=value</source>
        <translation>月份=数值</translation>
    </message>
    <message>
        <source>Remove the plan: the expected path is pro-rata again.</source>
        <translation>删除计划：序时进度恢复按时间平均计算。</translation>
    </message>
    <message>
        <source>Show or set a target&apos;s monthly plan (序时计划), the expected path where it is not pro-rata.</source>
        <translation>查看或设置指标的序时计划（不按时间平均的序时进度）。</translation>
    </message>
    <message>
        <source>--metric ID is required</source>
        <translation>必须指定 --metric 编号</translation>
    </message>
    <message>
        <source>--set and --clear exclude each other</source>
        <translation>--set 与 --clear 不能同时使用</translation>
    </message>
    <message>
        <source>--set expects a month and a number like 2023-06=80, not “%1”</source>
        <translation>--set 须为月份和数值，如 2023-06=80，不能是“%1”</translation>
    </message>
    <message>
        <source>no plan: the expected path is pro-rata</source>
        <translation>无计划：序时进度按时间平均计算</translation>
    </message>
    <message>
        <source>Show or set a target&apos;s monthly plan.</source>
        <translation>查看或设置指标的序时计划。</translation>
    </message>
    <message>
        <source>The chart: progress, trend, ranking, heatmap or overview.</source>
        <translation>图表：progress（目标进度）、trend（趋势）、ranking（排名）、heatmap（热力图）或 overview（概况）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Progress: the targets of the tasks this department leads.</source>
        <translation>目标进度：该单位牵头任务的目标。</translation>
    </message>
    <message>
        <source>Trend: the target&apos;s id (repeat for several).</source>
        <translation>趋势：目标的编号（可重复指定多个）。</translation>
    </message>
    <message>
        <source>The month shown, YYYY-MM (default: the latest reported).</source>
        <translation>显示的月份，YYYY-MM（默认：最近报送的月份）。</translation>
    </message>
    <message>
        <source>The region whose departments are ranked.</source>
        <translation>对哪个地区的单位排名。</translation>
    </message>
    <message>
        <source>Heat map: the departments&apos; statuses instead of their scores.</source>
        <translation>热力图：显示各单位的状态而不是得分。</translation>
    </message>
    <message>
        <source>light (default) or dark.</source>
        <translation>light（浅色，默认）或 dark（深色）。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The file to write: .png or .svg.</source>
        <translation>要写入的文件：.png 或 .svg。</translation>
    </message>
    <message>
        <source>Image size in pixels (default: 1600 wide, as tall as the rows need).</source>
        <translation>图片尺寸（像素）（默认：宽 1600，高度按行数而定）。</translation>
    </message>
    <message>
        <source>Render a chart of targets, trends, scores or statuses to PNG or SVG.</source>
        <translation>将目标、趋势、得分或状态图表输出为 PNG 或 SVG。</translation>
    </message>
    <message>
        <source>--kind must be progress, trend, ranking, heatmap or overview, not “%1”</source>
        <translation>--kind 应为 progress、trend、ranking、heatmap 或 overview，而不是“%1”</translation>
    </message>
    <message>
        <source>--out must name a .png or .svg file</source>
        <translation>--out 须指定 .png 或 .svg 文件</translation>
    </message>
    <message>
        <source>--size expects WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation>--size 须为 宽x高，例如 1600x900</translation>
    </message>
    <message>
        <source>--theme must be light or dark</source>
        <translation>--theme 须为 light 或 dark</translation>
    </message>
    <message>
        <source>--metric expects a target&apos;s id (see countyplan status --json), not “%1”</source>
        <translation>--metric 须为目标编号（见 countyplan status --json），而不是“%1”</translation>
    </message>
    <message>
        <source>a trend needs --metric ID</source>
        <translation>趋势图需要 --metric 编号</translation>
    </message>
    <message>
        <source>there is no document “%1” (see countyplan info)</source>
        <translation>没有文件“%1”（见 countyplan info）</translation>
    </message>
    <message>
        <source>there is no department “%1”</source>
        <translation>没有单位“%1”</translation>
    </message>
    <message>
        <source>%1 written (%2×%3)</source>
        <translation>已写入 %1（%2×%3）</translation>
    </message>
    <message>
        <source>The meeting&apos;s slide to show, from 1.</source>
        <translation>要显示的会议幻灯片，从 1 开始。</translation>
    </message>
    <message>
        <source>the meeting could not be opened</source>
        <translation>无法打开会议</translation>
    </message>
    <message>
        <source>--slide must be from 1 to %1</source>
        <translation>--slide 须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>The document (its key, or the start of it) whose targets or tasks are shown.</source>
        <translation>显示哪份文件（以其标识或标识开头）的目标或任务。</translation>
    </message>
    <message>
        <source>“%1” starts several documents&apos; keys; give more of the key</source>
        <translation>有多份文件的标识以“%1”开头；请给出更长的标识</translation>
    </message>
    <message>
        <source>a4 (default) or a3, landscape.</source>
        <translation>a4（默认）或 a3，横向。</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>--out must name a .pdf file</source>
        <translation>--out 须指定 .pdf 文件</translation>
    </message>
    <message>
        <source>--paper must be a4 or a3</source>
        <translation>--paper 须为 a4 或 a3</translation>
    </message>
    <message>
        <source>a bulletin needs --month YYYY-MM</source>
        <translation>通报需要 --month YYYY-MM</translation>
    </message>
    <message>
        <source>%1 written: %2 pages in %3 ms</source>
        <translation>已写入 %1：%2 页，用时 %3 毫秒</translation>
    </message>
    <message>
        <source>Output format: json, xlsx or csv.</source>
        <translation>输出格式：json、xlsx 或 csv。</translation>
    </message>
    <message>
        <source>xlsx and csv: ledger (default), tasks, metrics, readings or scores.</source>
        <translation>xlsx 和 csv：ledger（台账，默认）、tasks（任务）、metrics（指标）、readings（指标数据）或 scores（得分）。</translation>
    </message>
    <message>
        <source>what</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Only this document (its key, or the start of it): ledger, tasks, metrics, readings.</source>
        <translation>仅此文件（其标识或标识开头）：适用于台账、任务、指标、指标数据。</translation>
    </message>
    <message>
        <source>Write the workspace, or its ledger, readings or scores, to a file.</source>
        <translation>将工作区，或其台账、指标数据、得分写入文件。</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected json, xlsx or csv</source>
        <translation>未知格式“%1”；应为 json、xlsx 或 csv</translation>
    </message>
    <message>
        <source>--what must be ledger, tasks, metrics, readings or scores, not “%1”</source>
        <translation>--what 应为 ledger、tasks、metrics、readings 或 scores，而不是“%1”</translation>
    </message>
    <message>
        <source>--format json writes the whole workspace; --what, --document and --month are for xlsx and csv</source>
        <translation>--format json 写出整个工作区；--what、--document 和 --month 仅用于 xlsx 和 csv</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Write the workspace to JSON, or its ledger, readings or scores to XLSX or CSV.</source>
        <translation>将工作区写为 JSON，或将其台账、指标数据、得分写为 XLSX 或 CSV。</translation>
    </message>
    <message>
        <source>Department report: the department (its name or another name).</source>
        <translation>单位报告：单位（名称或其他名称）。</translation>
    </message>
    <message>
        <source>a department report needs --department NAME</source>
        <translation>单位报告需要 --department 名称</translation>
    </message>
    <message>
        <source>YYYY-MM. Ledger and tasks: status and progress as of this month (default: the latest reported); scores: this month (default: every month with reports); readings: only this month.</source>
        <translation>YYYY-MM。台账和任务：截至该月的状态和进展（默认：最近报送的月份）；得分：该月（默认：每个有报送的月份）；指标读数：仅该月。</translation>
    </message>
    <message>
        <source>The report: ledger (重点工作任务台账), bulletin (月度调度通报), quarter (季度通报), annual (年度总结) or department (单位报告).</source>
        <translation>报告类型：ledger（重点工作任务台账）、bulletin（月度调度通报）、quarter（季度通报）、annual（年度总结）或 department（单位报告）。</translation>
    </message>
    <message>
        <source>Ledger: the document (its key, or the start of it); without it, every document.</source>
        <translation>台账：文件（其标识或标识开头）；不指定时为全部文件。</translation>
    </message>
    <message>
        <source>Bulletin: the month; ledger and department: progress as of the month (default: the latest reported); quarter and annual: the quarter or year it is in.</source>
        <translation>月度通报：月份；台账和单位报告：截至该月的进展（默认：最近报送的月份）；季度通报和年度总结：该月所在的季度或年度。</translation>
    </message>
    <message>
        <source>Quarterly bulletin: the quarter, YYYY-Qn (2023-Q2).</source>
        <translation>季度通报：季度，YYYY-Qn（如 2023-Q2）。</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Annual summary: the year, YYYY.</source>
        <translation>年度总结：年份，YYYY。</translation>
    </message>
    <message>
        <source>Bulletins: only this region&apos;s departments; ledger: only its documents; department: its region.</source>
        <translation>通报：仅该地区的单位；台账：仅该地区的文件；单位报告：单位所在地区。</translation>
    </message>
    <message>
        <source>Write a printable report as PDF: a task ledger, a month&apos;s dispatch bulletin, a quarterly bulletin, an annual summary or a department&apos;s report.
(“countyplan report add” records a department&apos;s monthly report on a task.)</source>
        <translation>将可打印的报告写为 PDF：任务台账、月度调度通报、季度通报、年度总结或单位报告。
（“countyplan report add”用于登记单位对任务的月度报送。）</translation>
    </message>
    <message>
        <source>--kind must be ledger, bulletin, quarter, annual or department, not “%1”</source>
        <translation>--kind 须为 ledger、bulletin、quarter、annual 或 department，而不是“%1”</translation>
    </message>
    <message>
        <source>--quarter must be a quarter like 2023-Q2, not “%1”</source>
        <translation>--quarter 须为 2023-Q2 这样的季度，而不是“%1”</translation>
    </message>
    <message>
        <source>a quarterly bulletin needs --quarter YYYY-Qn</source>
        <translation>季度通报需要 --quarter YYYY-Qn</translation>
    </message>
    <message>
        <source>--year must be a year like 2023, not “%1”</source>
        <translation>--year 须为 2023 这样的年份，而不是“%1”</translation>
    </message>
    <message>
        <source>an annual summary needs --year YYYY</source>
        <translation>年度总结需要 --year YYYY</translation>
    </message>
    <message>
        <source>Write a task ledger, a dispatch bulletin (monthly, quarterly, annual) or a department report as PDF, or add a monthly report on a task.</source>
        <translation>将任务台账、调度通报（月度、季度、年度）或单位报告写为 PDF，或添加任务的月度报送。</translation>
    </message>
    <message>
        <source>The view to show: workspace, document, departments, dispatch, reporting, charts, meeting (its first slide, or --slide N), reports or export (the dialogs of File → Reports… and Export Tables…).</source>
        <translation>要显示的视图：workspace、document、departments、dispatch、reporting、charts、meeting（第一张幻灯片，或 --slide N）、reports 或 export（“文件 → 报告…”和“导出表格…”对话框）。</translation>
    </message>
    <message>
        <source>unknown view “%1”; expected workspace, document, departments, dispatch, reporting, charts, meeting, reports or export</source>
        <translation>未知视图“%1”；应为 workspace、document、departments、dispatch、reporting、charts、meeting、reports 或 export</translation>
    </message>
    <message>
        <source>the dialog could not be opened</source>
        <translation>无法打开对话框</translation>
    </message>
</context>
<context>
    <name>cp::ui::BackgroundRead</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::ui::ChartBuilder</name>
    <message>
        <source>%1  %2 / %3 (%4)</source>
        <translation>%1  %2 / %3（%4）</translation>
    </message>
    <message>
        <source>Share of the way to the target (%)</source>
        <translation>目标完成进度（%）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>数值（%1）</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>实际完成</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新上榜</translation>
    </message>
    <message>
        <source>%1. %2  %3  %4</source>
        <translation>%1. %2  %3  %4</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1  %2/%3 done</source>
        <translation>%1  已办结 %2/%3</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Expected by now (序时进度)</source>
        <translation>序时进度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast by the trend</source>
        <translation>按趋势预计</translation>
    </message>
</context>
<context>
    <name>cp::ui::ChartData</name>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Progress toward targets</source>
        <translation>目标任务进度</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>There is no target %1 in this workspace.</source>
        <translation>本工作区没有编号为 %1 的目标。</translation>
    </message>
    <message>
        <source>Trend of %1</source>
        <translation>%1 走势</translation>
    </message>
    <message>
        <source>Trends of targets</source>
        <translation>目标走势</translation>
    </message>
    <message>
        <source>%1 · target %2 · up to %3</source>
        <translation>%1 · 目标 %2 · 截至 %3</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Dispatch ranking</source>
        <translation>调度排名</translation>
    </message>
    <message>
        <source>Dispatch scores by month</source>
        <translation>各月调度得分</translation>
    </message>
    <message>
        <source>Departments&apos; status by month</source>
        <translation>各单位逐月状态</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 至 %3</translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation>（无章节）</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>任务状态概况</translation>
    </message>
    <message>
        <source>No target of this scope is due in %1.</source>
        <translation>%1 此范围内没有应推进的目标。</translation>
    </message>
    <message>
        <source>Choose a target to see its trend.</source>
        <translation>请选择一个目标查看其走势。</translation>
    </message>
    <message>
        <source>No department has annual tasks to be scored in %1.</source>
        <translation>%1 没有需要计分的年度任务单位。</translation>
    </message>
    <message>
        <source>There are no tasks in this scope.</source>
        <translation>此范围内没有任务。</translation>
    </message>
    <message>
        <source>Target progress</source>
        <translation>目标进度</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <source>Department ranking</source>
        <translation>单位排名</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Document overview</source>
        <translation>文件概况</translation>
    </message>
</context>
<context>
    <name>cp::ui::ChartView</name>
    <message>
        <source>%1: cannot write images of type “%2”; use .png or .svg</source>
        <translation>%1：不能写入“%2”类型的图片；请使用 .png 或 .svg</translation>
    </message>
    <message>
        <source>%1: the image could not be encoded</source>
        <translation>%1：无法编码图片</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Image As…</source>
        <translation>图片另存为(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>cp::ui::ChartsView</name>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>文件(&amp;O)：</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>单位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Image As…</source>
        <translation>图片另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>放映 (F5)</translation>
    </message>
    <message>
        <source>Show the meeting slides full screen</source>
        <translation>全屏放映调度会幻灯片</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部单位</translation>
    </message>
</context>
<context>
    <name>cp::ui::DepartmentTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n department(s))</source>
        <translation>
            <numerusform>%1（%n 个部门）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, also written %2</source>
        <translation>%1，又写作 %2</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperates</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>其他写法</translation>
    </message>
</context>
<context>
    <name>cp::ui::DispatchRankingModel</name>
    <message>
        <source>Recorded late report: %1</source>
        <translation>已登记的逾期报送：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1：%2 = %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n annual task(s), of which it leads %1</source>
        <translation>
            <numerusform>年度任务 %n 项，其中牵头 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务得分</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>加减分</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Annual tasks</source>
        <translation>年度任务数</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Task progress, tasks completed and progress on completed tasks</source>
        <translation>当月任务推进、办结和已办结任务推进得分</translation>
    </message>
    <message>
        <source>Commendations, criticisms, adopted suggestions, seminars, exchanges and inaccurate reports</source>
        <translation>表彰、批评、建议被采纳、专题研讨、区域交流合作和信息报送不准确</translation>
    </message>
    <message>
        <source>Reports not in by the deadline</source>
        <translation>未按规定时间反馈</translation>
    </message>
    <message>
        <source>Tasks the department leads</source>
        <translation>本部门牵头的任务</translation>
    </message>
    <message>
        <source>Tasks the department leads or cooperates on</source>
        <translation>本部门牵头或配合的任务</translation>
    </message>
</context>
<context>
    <name>cp::ui::DispatchRulesDialog</name>
    <message>
        <source>Tasks the department leads or cooperates on</source>
        <translation>部门牵头或配合的任务</translation>
    </message>
    <message>
        <source>Only tasks the department leads</source>
        <translation>仅部门牵头的任务</translation>
    </message>
    <message>
        <source>A task report counts only with evidence</source>
        <translation>任务须有印证材料方可计分</translation>
    </message>
    <message>
        <source>Only with evidence</source>
        <translation>须有印证材料</translation>
    </message>
    <message>
        <source>Count a missing or late report without a recorded event</source>
        <translation>未登记事项也自动计未按时反馈</translation>
    </message>
    <message>
        <source>Restore 002&apos;s Rules</source>
        <translation>恢复002调度办法</translation>
    </message>
    <message>
        <source>Dispatch Rules</source>
        <translation>调度规则</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>不设上限</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Each task part is worth its points × the share of the department&apos;s annual tasks.</source>
        <translation>各任务得分 = 分值 × 占本部门年度任务的比例。</translation>
    </message>
    <message>
        <source>Annual Tasks of a Department</source>
        <translation>部门年度任务</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>加减分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Monthly cap</source>
        <translation>每月上限</translation>
    </message>
    <message>
        <source>Monthly Reports</source>
        <translation>月度报送</translation>
    </message>
    <message>
        <source>Due by day of the month</source>
        <translation>每月报送截止日</translation>
    </message>
    <message>
        <source>A target is at risk below</source>
        <translation>风险阈值</translation>
    </message>
    <message>
        <source>A target below this share of its expected progress is at risk</source>
        <translation>指标低于序时进度的此比例即为严重滞后</translation>
    </message>
    <message>
        <source>The rules could not be saved.</source>
        <translation>调度规则未能保存。</translation>
    </message>
</context>
<context>
    <name>cp::ui::DispatchView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Dispatch Rules…</source>
        <translation>调度规则…</translation>
    </message>
    <message>
        <source>Base, points, caps and the report deadline of the monthly dispatch</source>
        <translation>月调度的基础分、分值、上限和报送截止日</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Select a department to see where its score comes from.</source>
        <translation>选择一个部门，查看其得分构成。</translation>
    </message>
    <message>
        <source>%1 — %2 points, rank %3 of %4</source>
        <translation>%1 — %2 分，第 %3 名（共 %4 个）</translation>
    </message>
    <message>
        <source>002&apos;s rules</source>
        <translation>002调度办法</translation>
    </message>
    <message>
        <source>Rules changed from 002&apos;s</source>
        <translation>已调整的调度规则</translation>
    </message>
    <message>
        <source>Annual tasks: every task a department leads</source>
        <translation>年度任务：部门牵头的全部任务</translation>
    </message>
    <message>
        <source>Annual tasks: every task a department leads or cooperates on</source>
        <translation>年度任务：部门牵头或配合的全部任务</translation>
    </message>
    <message>
        <source>a task report counts only with evidence</source>
        <translation>任务须有印证材料方可计分</translation>
    </message>
    <message>
        <source>a task report counts without evidence</source>
        <translation>任务无需印证材料即可计分</translation>
    </message>
    <message>
        <source>reports due by day %1 of the month</source>
        <translation>每月%1日前报送</translation>
    </message>
    <message>
        <source>a report is late only when recorded</source>
        <translation>仅登记的逾期才扣分</translation>
    </message>
    <message>
        <source>late report recorded: %1</source>
        <translation>已登记逾期：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Late reports: %n department(s)</source>
        <translation>
            <numerusform>未按时反馈：%n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports for %1 are due by %2: until then no department counts as late.</source>
        <translation>%1 的报送截止于 %2，此前不计未按时反馈。</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentTreeModel</name>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentView</name>
    <message>
        <source>Add Task from Selection</source>
        <translation>将所选文字添加为任务</translation>
    </message>
    <message>
        <source>Add Metric from Selection</source>
        <translation>将所选文字添加为指标</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) marked</source>
        <translation>
            <numerusform>已标出 %n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) marked</source>
        <translation>
            <numerusform>已标出 %n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>Target “%1” of task %2</source>
        <translation>任务 %2 的指标“%1”</translation>
    </message>
    <message>
        <source>Task %1 %2</source>
        <translation>任务 %1 %2</translation>
    </message>
</context>
<context>
    <name>cp::ui::EditActions</name>
    <message>
        <source>Change number of %1</source>
        <translation>修改 %1 的编号</translation>
    </message>
    <message>
        <source>Change title of %1</source>
        <translation>修改 %1 的标题</translation>
    </message>
    <message>
        <source>Change text of %1</source>
        <translation>修改 %1 的正文</translation>
    </message>
    <message>
        <source>Change deadline of %1</source>
        <translation>修改 %1 的完成时限</translation>
    </message>
    <message>
        <source>Change status of %1</source>
        <translation>修改 %1 的状态</translation>
    </message>
    <message>
        <source>Change notes of %1</source>
        <translation>修改 %1 的备注</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>任务必须有标题</translation>
    </message>
    <message>
        <source>a task needs a number</source>
        <translation>任务必须有编号</translation>
    </message>
    <message>
        <source>Change departments of %1</source>
        <translation>修改 %1 的责任单位</translation>
    </message>
    <message>
        <source>Change lead of %1</source>
        <translation>修改 %1 的牵头单位</translation>
    </message>
    <message>
        <source>Change cooperating units of %1</source>
        <translation>修改 %1 的配合单位</translation>
    </message>
    <message>
        <source>Add department %1</source>
        <translation>添加部门 %1</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>添加任务 %1</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新）</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>select the words of the task in the document first</source>
        <translation>请先在文件中选中该任务的文字</translation>
    </message>
    <message>
        <source>Add task %1 from the document</source>
        <translation>从文件添加任务 %1</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>删除任务 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>删除 %n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>上移 %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>下移 %1</translation>
    </message>
    <message>
        <source>split a task inside its text, not at its start or end</source>
        <translation>拆分位置须在任务正文中间，不能在开头或结尾</translation>
    </message>
    <message>
        <source>Split %1</source>
        <translation>拆分 %1</translation>
    </message>
    <message>
        <source>only tasks of one document can be merged</source>
        <translation>只能合并同一文件中的任务</translation>
    </message>
    <message>
        <source>%1 has progress reports; merging would lose them</source>
        <translation>%1 已有进展报告，合并会丢失这些报告</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>将 %1 合并到 %2</translation>
    </message>
    <message>
        <source>a target needs a label: what is measured</source>
        <translation>指标必须有名称：衡量的是什么</translation>
    </message>
    <message>
        <source>the upper end of a range cannot be below its start</source>
        <translation>区间上限不能低于下限</translation>
    </message>
    <message>
        <source>Change target %1</source>
        <translation>修改指标 %1</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>添加指标 %1</translation>
    </message>
    <message>
        <source>select the words of the target in the document first</source>
        <translation>请先在文件中选中该指标的文字</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>删除指标 %1</translation>
    </message>
    <message>
        <source>a department needs a name</source>
        <translation>部门必须有名称</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 改名为 %2</translation>
    </message>
    <message>
        <source>an empty department name</source>
        <translation>部门名称为空</translation>
    </message>
    <message>
        <source>Add the name %1</source>
        <translation>添加名称 %1</translation>
    </message>
    <message>
        <source>Remove the name %1</source>
        <translation>删除名称 %1</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Read %1 for %2</source>
        <translation>填报 %1 %2 数值</translation>
    </message>
    <message>
        <source>Remove the reading of %1 for %2</source>
        <translation>删除 %1 %2 的填报数值</translation>
    </message>
    <message>
        <source>Change the reading of %1 for %2</source>
        <translation>修改 %1 %2 的填报数值</translation>
    </message>
    <message>
        <source>Report on %1 for %2</source>
        <translation>报送 %1 %2 进展</translation>
    </message>
    <message>
        <source>Remove the report on %1 for %2</source>
        <translation>删除 %1 %2 的进展报告</translation>
    </message>
    <message>
        <source>Change the report on %1 for %2</source>
        <translation>修改 %1 %2 的进展报告</translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>添加 %2 的%1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>修改 %2 的%1</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>删除 %2 的%1</translation>
    </message>
    <message>
        <source>Change the plan of %1</source>
        <translation>修改 %1 的序时计划</translation>
    </message>
    <message>
        <source>Change the dispatch rules</source>
        <translation>修改调度规则</translation>
    </message>
</context>
<context>
    <name>cp::ui::EventDialog</name>
    <message>
        <source>Add Event</source>
        <translation>添加加减分事项</translation>
    </message>
    <message>
        <source>Change Event</source>
        <translation>修改加减分事项</translation>
    </message>
    <message>
        <source>What happened, who issued it</source>
        <translation>事项内容及发文单位</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>印证材料</translation>
    </message>
    <message>
        <source>Evidence for the Event</source>
        <translation>选择事项的印证材料</translation>
    </message>
</context>
<context>
    <name>cp::ui::EventListModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>印证材料</translation>
    </message>
</context>
<context>
    <name>cp::ui::ExportDialog</name>
    <message>
        <source>Task ledger (台账)</source>
        <translation>重点工作任务台账</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Readings (monthly values)</source>
        <translation>指标数据（月度值）</translation>
    </message>
    <message>
        <source>Dispatch scores</source>
        <translation>调度得分</translation>
    </message>
    <message>
        <source>A sheet per document: its tasks under their section rows, with units, targets, latest progress and status as of the month; the header is frozen and repeated when printed. As CSV, the tasks.</source>
        <translation>每个文件一张工作表：按章节行分组列出任务及责任单位、指标、截至该月的最新进展和状态；表头冻结并在打印时每页重复。CSV 格式时为任务列表。</translation>
    </message>
    <message>
        <source>A row per task: document, section, number, text, units, targets, progress and status as of the month.</source>
        <translation>每项任务一行：文件、章节、编号、内容、责任单位、指标、截至该月的进展和状态。</translation>
    </message>
    <message>
        <source>A row per target: value, unit, comparator, baseline and quote.</source>
        <translation>每项指标一行：目标值、单位、比较方式、基数和原文。</translation>
    </message>
    <message>
        <source>A row per reading: the target, month, value, note and reporting department; with a month, that month&apos;s only.</source>
        <translation>每条数据一行：指标、月份、数值、备注和报送单位；指定月份时仅该月。</translation>
    </message>
    <message>
        <source>The dispatch scores with every part, a sheet per month; with a month, that month&apos;s only.</source>
        <translation>调度得分及各项构成，每月一张工作表；指定月份时仅该月。</translation>
    </message>
    <message>
        <source>Only or as of this month:</source>
        <translation>仅该月或截至该月：</translation>
    </message>
    <message>
        <source>Export Tables</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8（.csv）</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出内容(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>导出文件未写入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>已写入 %1。</translation>
    </message>
</context>
<context>
    <name>cp::ui::MainWindow</name>
    <message>
        <source>CountyPlan workspaces (*.countyplan);;All files (*)</source>
        <translation>县域规划台账工作区 (*.countyplan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>导出为 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Load JSON into New Workspace…</source>
        <translation>将 JSON 载入新工作区(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CountyPlan</source>
        <translation>关于县域规划台账(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>CountyPlan</source>
        <translation>县域规划台账</translation>
    </message>
    <message>
        <source>%1 — CountyPlan</source>
        <translation>%1 — 县域规划台账</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 项任务</numerusform>
        </translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>无法创建工作区</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name or open it</source>
        <translation>“%1”已存在；请换一个名称，或直接打开它</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Load JSON</source>
        <translation>载入 JSON</translation>
    </message>
    <message>
        <source>Cannot load the file</source>
        <translation>无法载入文件</translation>
    </message>
    <message>
        <source>New Workspace for the JSON</source>
        <translation>为 JSON 新建工作区</translation>
    </message>
    <message>
        <source>“%1” already exists; choose a new file</source>
        <translation>“%1”已存在；请选择一个新文件</translation>
    </message>
    <message>
        <source>About CountyPlan</source>
        <translation>关于县域规划台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CountyPlan %1&lt;/h3&gt;&lt;p&gt;县域规划台账 — the county planner&apos;s ledger: imports policy documents into tasks, departments and targets, tracks monthly progress and the dispatch (调度) scores, and prints the reports.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;br&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;县域规划台账 %1&lt;/h3&gt;&lt;p&gt;CountyPlan：将政策文件导入为任务、责任单位和目标指标，跟踪月度进展和调度得分，并打印各类报表。&lt;/p&gt;&lt;p&gt;工作区：%2&lt;br&gt;基于 Qt %3 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New Workspace with the &amp;Reference Documents…</source>
        <translation>新建含参考文件的工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>New Workspace with the Reference Documents</source>
        <translation>新建含参考文件的工作区</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New Task</source>
        <translation>新建任务(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>删除任务(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit Cell</source>
        <translation>编辑单元格(&amp;E)</translation>
    </message>
    <message>
        <source>Move Task &amp;Up</source>
        <translation>上移任务(&amp;U)</translation>
    </message>
    <message>
        <source>Move Task Do&amp;wn</source>
        <translation>下移任务(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Split Task at the Text Cursor</source>
        <translation>在光标处拆分任务(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Merge with the Next Task</source>
        <translation>与下一项任务合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Merge &amp;Department Into…</source>
        <translation>合并部门(&amp;D)…</translation>
    </message>
    <message>
        <source>Add Another Department &amp;Name…</source>
        <translation>添加部门的其他名称(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已打开</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s); Undo brings them back.</source>
        <translation>
            <numerusform>已删除 %n 项任务；撤销即可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Text documents (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing documents…</source>
        <translation>正在导入文件…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1：%n 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n 项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;ispatch Ranking</source>
        <translation>调度排名(&amp;I)</translation>
    </message>
    <message>
        <source>Monthly &amp;Reporting</source>
        <translation>月度填报(&amp;R)</translation>
    </message>
    <message>
        <source>Dispatch &amp;Rules…</source>
        <translation>调度规则(&amp;R)…</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>调度排名</translation>
    </message>
    <message>
        <source>Monthly Reporting</source>
        <translation>月度填报</translation>
    </message>
    <message>
        <source>&amp;Write Monthly Report Packets…</source>
        <translation>生成月度报送表(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Collect Report Packets…</source>
        <translation>收取报送表(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report packet(s) for %1 into %2</source>
        <translation>
            <numerusform>已将 %1 的 %n 份报送表写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the %1 Report Packets</source>
        <translation>%1 报送表的存放文件夹</translation>
    </message>
    <message>
        <source>The report packets were not written</source>
        <translation>报送表未能生成</translation>
    </message>
    <message>
        <source>Collect Report Packets</source>
        <translation>收取报送表</translation>
    </message>
    <message>
        <source>Report packets (*.xlsx)</source>
        <translation>报送表 (*.xlsx)</translation>
    </message>
    <message>
        <source>The report packets were not collected</source>
        <translation>报送表未能收取</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the packets; nothing was stored. Correct them and collect again.</source>
        <translation>
            <numerusform>报送表中发现 %n 个问题，未存储任何内容。请更正后重新收取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Packets collected: %1 · reports stored: %2 · values stored: %3 · rows unchanged: %4</source>
        <translation>已收报送表：%1 · 存储任务进展：%2 · 存储指标数据：%3 · 未变化的行：%4</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Present the Meeting</source>
        <translation>放映调度会(&amp;P)</translation>
    </message>
    <message>
        <source>Meeting &amp;Slides…</source>
        <translation>会议幻灯片(&amp;S)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Present the Meeting</source>
        <translation>放映调度会</translation>
    </message>
    <message>
        <source>Choose one region in the Dispatch tab: a meeting ranks the departments of one region.</source>
        <translation>请在“调度”页选择一个地区：调度会对一个地区的单位排名。</translation>
    </message>
    <message>
        <source>Meeting Slides</source>
        <translation>会议幻灯片</translation>
    </message>
    <message>
        <source>&amp;Print the Document&apos;s Ledger…</source>
        <translation>打印文件台账(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the Dispatch &amp;Bulletin…</source>
        <translation>打印调度通报(&amp;B)…</translation>
    </message>
    <message>
        <source>Print the Ledger</source>
        <translation>打印台账</translation>
    </message>
    <message>
        <source>Print the Dispatch Bulletin</source>
        <translation>打印调度通报</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;Tables (XLSX, CSV)…</source>
        <translation>导出表格（XLSX、CSV）(&amp;T)…</translation>
    </message>
    <message>
        <source>Laying out the ledger…</source>
        <translation>正在排版台账…</translation>
    </message>
    <message>
        <source>Laying out the bulletin…</source>
        <translation>正在排版通报…</translation>
    </message>
</context>
<context>
    <name>cp::ui::MeetingDeck</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Targets of a department</source>
        <translation>单位的目标</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Lagging behind</source>
        <translation>滞后事项</translation>
    </message>
    <message>
        <source>Trend of a target</source>
        <translation>目标走势</translation>
    </message>
    <message>
        <source>Departments by month</source>
        <translation>各单位逐月</translation>
    </message>
    <message>
        <source>%1: targets</source>
        <translation>%1：目标进度</translation>
    </message>
    <message>
        <source>%1: month by month</source>
        <translation>%1：逐月走势</translation>
    </message>
    <message>
        <source>Dispatch ranking, %1</source>
        <translation>%1 调度排名</translation>
    </message>
    <message>
        <source>Lagging behind, %1</source>
        <translation>%1 滞后事项</translation>
    </message>
    <message>
        <source>Progress overview, %1</source>
        <translation>%1 推进概况</translation>
    </message>
    <message>
        <source>Departments month by month</source>
        <translation>各单位逐月情况</translation>
    </message>
    <message>
        <source>Targets of a document or section</source>
        <translation>文件或章节的目标</translation>
    </message>
</context>
<context>
    <name>cp::ui::MeetingOverlay</name>
    <message>
        <source>Lead: %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>Cooperating: %1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4</source>
        <translation>%1：%2 / %3 — %4</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>(year end: %1)</source>
        <translation>（预计年底：%1）</translation>
    </message>
    <message>
        <source>Latest report (%1, %2): %3</source>
        <translation>最近报送（%1，%2）：%3</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>尚无报送。</translation>
    </message>
    <message>
        <source>Not scored for %1.</source>
        <translation>%1 未计分。</translation>
    </message>
    <message>
        <source>%1 — %2 points, rank %3</source>
        <translation>%1 — %2 分，第 %3 名</translation>
    </message>
</context>
<context>
    <name>cp::ui::MeetingWindow</name>
    <message>
        <source>Dispatch Meeting</source>
        <translation>调度会</translation>
    </message>
    <message>
        <source>Every department reported on time.</source>
        <translation>各单位均按时报送。</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>— by the trend %1 at the end</source>
        <translation>— 按趋势期末约 %1</translation>
    </message>
    <message>
        <source>No target is at risk.</source>
        <translation>没有严重滞后的目标。</translation>
    </message>
    <message>
        <source>Reports late this month</source>
        <translation>本月逾期报送</translation>
    </message>
    <message>
        <source>Targets at risk or missing by the trend</source>
        <translation>严重滞后或按趋势难以完成的目标</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(no note for this slide)</source>
        <translation>（本页无备注）</translation>
    </message>
</context>
<context>
    <name>cp::ui::MetricTableModel</name>
    <message>
        <source>Measured</source>
        <translation>衡量内容</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>cp::ui::Navigator</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Merge Department</source>
        <translation>合并部门</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>将“%1”合并到：</translation>
    </message>
    <message>
        <source>Add Another Name</source>
        <translation>添加其他名称</translation>
    </message>
    <message>
        <source>Another way the documents write “%1”:</source>
        <translation>文件中“%1”的另一种写法：</translation>
    </message>
    <message>
        <source>Show Its Tasks</source>
        <translation>显示其任务</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Add Another Name…</source>
        <translation>添加其他名称…</translation>
    </message>
    <message>
        <source>Remove Another Name</source>
        <translation>删除其他名称</translation>
    </message>
</context>
<context>
    <name>cp::ui::PlanDialog</name>
    <message>
        <source>Monthly Plan</source>
        <translation>序时计划</translation>
    </message>
    <message>
        <source>%1, %2: the value it should have reached by the end of each month. Months left empty follow the line between the months given.</source>
        <translation>%1，%2：各月末应达到的值。留空的月份按前后已填月份之间的直线推算。</translation>
    </message>
    <message>
        <source>Clear the Plan</source>
        <translation>清除计划</translation>
    </message>
    <message>
        <source>“%1” for %2 is not a number</source>
        <translation>%2 的“%1”不是数字</translation>
    </message>
</context>
<context>
    <name>cp::ui::ProblemsModel</name>
    <message>
        <source>%1 has no lead unit</source>
        <translation>%1 没有牵头单位</translation>
    </message>
    <message>
        <source>%1: the target “%2” has no unit</source>
        <translation>%1：指标“%2”没有单位</translation>
    </message>
    <message>
        <source>%1: the target “%2” has no value</source>
        <translation>%1：指标“%2”没有目标值</translation>
    </message>
    <message>
        <source>%1: the target “%2” (%3) is below its baseline</source>
        <translation>%1：指标“%2”（%3）低于基数</translation>
    </message>
</context>
<context>
    <name>cp::ui::ProgressEntryView</name>
    <message>
        <source>No report for this month</source>
        <translation>本月不报送（撤回报告）</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>Task reports</source>
        <translation>任务进展报送</translation>
    </message>
    <message>
        <source>Drop files on a row to attach them as evidence</source>
        <translation>将文件拖放到某一行即可作为印证材料</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>量化指标</translation>
    </message>
    <message>
        <source>The value each target reached by the end of the month</source>
        <translation>各指标截至月末的完成值</translation>
    </message>
    <message>
        <source>Dispatch events</source>
        <translation>加减分事项</translation>
    </message>
    <message>
        <source>Add Event…</source>
        <translation>添加事项…</translation>
    </message>
    <message>
        <source>Remove Event</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Leads %1 and cooperates on %2 of the tasks of %3</source>
        <translation>%3 年任务中牵头 %1 项、配合 %2 项</translation>
    </message>
    <message>
        <source>Reports for %1 are due by %2</source>
        <translation>%1 月调度须于 %2 前报送</translation>
    </message>
    <message>
        <source>Attach Evidence…</source>
        <translation>添加印证材料…</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>添加印证材料</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>打开印证材料</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>移除印证材料</translation>
    </message>
    <message>
        <source>Change Event…</source>
        <translation>修改事项…</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for “%1”</source>
        <translation>无法为“%1”创建临时文件夹</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>No program is set up to open “%1”</source>
        <translation>没有可打开“%1”的程序</translation>
    </message>
    <message>
        <source>Monthly Plan…</source>
        <translation>序时计划…</translation>
    </message>
</context>
<context>
    <name>cp::ui::ReadingEntryModel</name>
    <message>
        <source>Where the path to the target puts the end of %1: %2% of its period gone by</source>
        <translation>按序时进度 %1 月末应达到的值：期限已过 %2%</translation>
    </message>
    <message>
        <source>Read for a linked target; type a value to read this target itself</source>
        <translation>来自关联指标的数值；输入数值即为本指标单独填报</translation>
    </message>
    <message>
        <source>At this pace it will miss the target (%1) by the end of %2</source>
        <translation>按当前进度，到 %2 末将无法完成目标（%1）</translation>
    </message>
    <message>
        <source>Where this pace leads by the end of %1</source>
        <translation>按当前进度到 %1 末的预计值</translation>
    </message>
    <message>
        <source>Drop files here, or right-click to attach evidence</source>
        <translation>将文件拖放到此处，或右键添加印证材料</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Expected this month</source>
        <translation>本月序时进度</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月完成值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>期末预测</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>印证材料</translation>
    </message>
    <message>
        <source>“%1” is not a number: the reading of %2 was not changed</source>
        <translation>“%1”不是数字：%2 的填报值未更改</translation>
    </message>
    <message>
        <source>Enter this month&apos;s value of %1 before its note</source>
        <translation>请先填写 %1 的本月完成值，再填写备注</translation>
    </message>
    <message>
        <source>Enter this month&apos;s value of %1 before attaching evidence</source>
        <translation>请先填写 %1 的本月完成值，再添加印证材料</translation>
    </message>
</context>
<context>
    <name>cp::ui::ReportDialog</name>
    <message>
        <source>Every task of the document by section, with its lead and cooperating units, targets, latest progress and status as of the month. Without a document, every document, each on pages of its own.</source>
        <translation>按章节列出文件的全部任务及牵头、配合单位、指标、截至该月的最新进展和状态。不选文件时为全部文件，每个文件单独成页。</translation>
    </message>
    <message>
        <source>The month&apos;s dispatch: a summary, each region&apos;s ranking with the score&apos;s parts and a chart, where the work stands, the late reporters and the targets furthest behind.</source>
        <translation>当月调度情况：总体情况、各地区排名及得分构成和图表、工作推进情况、逾期报送单位和最滞后的指标。</translation>
    </message>
    <message>
        <source>The quarter&apos;s months side by side: each department&apos;s monthly scores, their average and how its rank moved, a chart of the first departments, the late reporters and what lags behind.</source>
        <translation>本季度各月并列：各单位月度得分、平均分和名次变化，前几名单位的走势图，逾期报送单位和滞后事项。</translation>
    </message>
    <message>
        <source>The year&apos;s dispatched months: each department&apos;s monthly scores, average and rank trend, the late reporters, and where the work stands at the year&apos;s last dispatched month.</source>
        <translation>全年各调度月份：各单位月度得分、平均分和名次变化，逾期报送单位，以及年内最后一个调度月的工作推进情况。</translation>
    </message>
    <message>
        <source>One department&apos;s tasks with its role and latest report as of the month, the monthly values of the targets it leads and the evidence it sent.</source>
        <translation>单位的任务及其职责和截至该月的最新报送、其牵头指标的月度数值和报送的印证材料。</translation>
    </message>
    <message>
        <source>Task ledger (台账)</source>
        <translation>重点工作任务台账</translation>
    </message>
    <message>
        <source>Monthly dispatch bulletin (调度通报)</source>
        <translation>月度调度通报</translation>
    </message>
    <message>
        <source>Quarterly bulletin (季度通报)</source>
        <translation>季度通报</translation>
    </message>
    <message>
        <source>Annual summary (年度总结)</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>Department report (单位报告)</source>
        <translation>单位报告</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>全部文件</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地区(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>季度(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>D&amp;epartment:</source>
        <translation>单位(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Progress as of &amp;month:</source>
        <translation>进展截至月份(&amp;M)：</translation>
    </message>
    <message>
        <source>Choose the department to report on.</source>
        <translation>请选择要报告的单位。</translation>
    </message>
    <message>
        <source>There is no department “%1”.</source>
        <translation>没有单位“%1”。</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>正在排版报告…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在写入 PDF…</translation>
    </message>
    <message>
        <source>The report was not made</source>
        <translation>报告未生成</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <source>The report was not printed</source>
        <translation>报告未打印</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>bulletin</source>
        <translation>调度通报</translation>
    </message>
    <message>
        <source>quarterly-bulletin</source>
        <translation>季度通报</translation>
    </message>
    <message>
        <source>annual-summary</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <source>department</source>
        <translation>单位报告</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::ReportEntryModel</name>
    <message>
        <source>Not reported yet: choose a status (F2)</source>
        <translation>本月尚未报送：请选择状态（F2）</translation>
    </message>
    <message>
        <source>Drop files here, or right-click to attach evidence</source>
        <translation>将文件拖放到此处，或右键添加印证材料</translation>
    </message>
    <message>
        <source>Late: reports for %1 were due by %2</source>
        <translation>逾期：%1 月调度须于 %2 前报送</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>印证材料</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <source>Choose the status of %1 before writing about it</source>
        <translation>请先选择 %1 的状态，再填写进展情况</translation>
    </message>
    <message>
        <source>Choose the status of %1 before attaching evidence</source>
        <translation>请先选择 %1 的状态，再添加印证材料</translation>
    </message>
</context>
<context>
    <name>cp::ui::ScoreDetailModel</name>
    <message>
        <source>%1 counted</source>
        <translation>计分 %1 项</translation>
    </message>
    <message>
        <source>%1 of %2 counted</source>
        <translation>%2 项中计分 %1 项</translation>
    </message>
    <message>
        <source>%1 · cap reached</source>
        <translation>%1 · 已达上限</translation>
    </message>
    <message>
        <source>Counted tasks / annual tasks × points</source>
        <translation>计分任务数 / 年度任务数 × 分值</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计分</translation>
    </message>
    <message>
        <source>Part of the score</source>
        <translation>得分项</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>cp::ui::SlideListDialog</name>
    <message>
        <source>Meeting Slides</source>
        <translation>会议幻灯片</translation>
    </message>
    <message>
        <source>What to say on this slide</source>
        <translation>本页要讲的内容</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Restore the Standard Slides</source>
        <translation>恢复标准幻灯片</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The slides were not saved</source>
        <translation>幻灯片未保存</translation>
    </message>
</context>
<context>
    <name>cp::ui::TaskEditor</name>
    <message>
        <source>New target</source>
        <translation>新指标</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Units that lead, separated by 、</source>
        <translation>牵头单位，用“、”分隔</translation>
    </message>
    <message>
        <source>Units that cooperate, separated by 、</source>
        <translation>配合单位，用“、”分隔</translation>
    </message>
    <message>
        <source>Select a task to see and edit it.</source>
        <translation>选择一项任务即可查看和编辑。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>cp::ui::TaskItemDelegate</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>cp::ui::TaskListView</name>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Search tasks, units and targets (Ctrl+F)</source>
        <translation>搜索任务、单位和指标（Ctrl+F）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>仅牵头</translation>
    </message>
    <message>
        <source>Only tasks the department leads, not those it cooperates on</source>
        <translation>只显示该部门牵头的任务，不含配合的任务</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>With targets</source>
        <translation>有指标</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>无牵头单位</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>时限早于</translation>
    </message>
    <message>
        <source>Save View…</source>
        <translation>保存视图…</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>删除视图</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 / %n 项任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::TaskTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标指标</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
</context>
</TS>
