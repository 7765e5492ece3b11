<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>cp::MetricRepository</name>
    <message>
        <source>metric %1 does not exist</source>
        <translation>指标 %1 不存在</translation>
    </message>
    <message>
        <source>a metric cannot be linked to itself</source>
        <translation>指标不能与自身关联</translation>
    </message>
</context>
<context>
    <name>cp::ProgressRepository</name>
    <message>
        <source>evidence file %1 is not in this workspace</source>
        <translation>印证材料 %1 不在本工作区中</translation>
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
    <name>cp::TaskRepository</name>
    <message>
        <source>task %1 does not exist</source>
        <translation>任务 %1 不存在</translation>
    </message>
    <message>
        <source>a task cannot be linked to itself</source>
        <translation>任务不能与自身关联</translation>
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
        <source>The view to show: main.</source>
        <translation>要显示的视图：main。</translation>
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
        <source>unknown view “%1”; expected main</source>
        <translation>未知视图“%1”；应为 main</translation>
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
        <source>Output format: json.</source>
        <translation>输出格式：json。</translation>
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
        <source>Write the workspace to a file.</source>
        <translation>将工作区写入文件。</translation>
    </message>
    <message>
        <source>unknown format “%1”; expected json</source>
        <translation>未知格式“%1”；应为 json</translation>
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
        <source>Write the workspace to a JSON file.</source>
        <translation>将工作区写入 JSON 文件。</translation>
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
        <source>Create an empty workspace file</source>
        <translation>新建空白工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>打开工作区文件</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>导出为 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the whole workspace to a JSON file</source>
        <translation>将整个工作区写入 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Load JSON into New Workspace…</source>
        <translation>将 JSON 载入新工作区(&amp;L)…</translation>
    </message>
    <message>
        <source>Create a workspace from a CountyPlan JSON export</source>
        <translation>用县域规划台账 JSON 导出文件新建工作区</translation>
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
        <source>Create a workspace holding the five Shanxi reference documents</source>
        <translation>新建一个含五份山西参考文件的工作区</translation>
    </message>
    <message>
        <source>New Workspace with the Reference Documents</source>
        <translation>新建含参考文件的工作区</translation>
    </message>
    <message>
        <source>“%1” already exists</source>
        <translation>“%1”已存在</translation>
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
</context>
</TS>
