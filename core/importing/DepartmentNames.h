#pragma once

#include <QString>
#include <QStringList>

namespace cp {

// How county documents write the names of responsible units, and when two spellings are one unit.
//
// canonicalKey() maps every spelling of a department to one key, so 县交通局 and 县交通运输局, 县发改局
// and 县发展和改革局, 县乡村振兴服务中心 and 县乡村振兴中心 match; 省发展改革委 and 省发改委 match too.
// It works from a built-in table of standard short forms of Chinese government bodies (发改 ↔ 发展和改革,
// 交通 ↔ 交通运输, 人社 ↔ 人力资源和社会保障, 住建 ↔ 住房和城乡建设, 卫健 ↔ 卫生健康, 文旅 ↔ 文化和旅游,
// 工信 ↔ 工业和信息化, 市场监管 ↔ 市场监督管理, 林草 ↔ 林业和草原, 医保 ↔ 医疗保障, 应急 ↔ 应急管理,
// 退役军人 ↔ 退役军人事务, 行政审批 ↔ 行政审批服务管理, 乡村振兴中心 ↔ 乡村振兴服务中心, …). It keeps
// the level prefix (县/市/省/区): 县发改局 and 市发改局 are different units. Traditional spellings fold to
// Simplified first (ChineseScript), full-width and half-width brackets alike, spaces removed.
// Different bodies stay different: 县教育局 ≠ 县教科局 ≠ 县科技局, 县水利局 ≠ 县水务局.
// One implied prefix: a 乡村振兴中心 / 乡村振兴服务中心 written with no level prefix at all is the
// county's (key 县乡村振兴服务中心), because only counties have that 中心 (provinces and cities have a
// 乡村振兴局). No other name gets a prefix it was not written with.
class DepartmentNames
{
public:
    static QString canonicalKey(const QString &name);
    // True when the spelling is the full standard form (no short forms in it): 县交通运输局 yes,
    // 县交通局 no, 乡村振兴服务中心 no (its 县 is implied). When two spellings of one unit meet, the
    // full form becomes the registry name.
    static bool isFullForm(const QString &name);
    // Tidies a name as written: removes spaces (one stays between two ASCII words), trims stray
    // punctuation (、，。；;,), folds half-width brackets to full-width （）, drops a leading
    // 由/和/及/以及/会同 (but keeps the 和 of place names such as 和顺县, 和平区; "和县…" and
    // "会同县…" are read as 和/会同 + 县…).
    static QString clean(const QString &name);
    // True when the text reads as the name of an organisation: ends with a unit word (局 委 厅 办 部
    // 中心 公司 政府 院 所 站 社 会 联 队 处 署 行 分局 支行 集团 管委会 办事处 开发区 经开区 …) or is a
    // known collective (省直有关部门, 相关市人民政府, 各乡镇, 各有关单位). 会 and 行 count only in
    // compounds (协会 工会 委员会 …, 银行 支行 分行 人行); a one-character unit word needs two characters
    // before it unless the first is a level (县委); look-alikes such as 中西部, 村干部, 场所 are not units.
    static bool looksLikeDepartment(const QString &text);
};

} // namespace cp
