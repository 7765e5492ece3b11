#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cp {

// The responsible units (责任单位) of one task, as a document attaches them.
struct UnitAssignment
{
    QStringList lead;        // 牵头单位, in document order, names cleaned (DepartmentNames::clean)
    QStringList cooperating; // 配合 / 按职责分工负责 / 责任单位 after a 牵头单位, in document order
    QStringList leaders;     // 责任领导 and similar people: never departments
};

// Where a block of units sits in a task's text.
struct UnitBlock
{
    UnitAssignment units;
    qsizetype start = 0; // the block, brackets or label included, within the text given
    qsizetype end = 0;
};

// Reads the unit lists that county documents attach to tasks. The forms:
//   （县发改局、县农业农村局、县乡村振兴服务中心）                 trailing, 000: first is lead
//   (省发展改革委牵头,省通信管理局、省工信厅按职责分工负责)          001: 牵头 → lead, rest cooperating
//   (省发展改革委、省交通厅牵头,省文旅厅、省自然资源厅按职责分工负责)   two leads
//   (省工信厅牵头,省发展改革委、省科技厅和相关市人民政府按职责分工负责) 和 joins two units here,
//                                                                but not inside 省粮食和储备局 or 县发展和改革局
//   (省民政厅、省教育厅、省医保局按职责分工负责)                     no 牵头: first is lead
//   （责任单位：县行政审批局、县工信局）                             002, on the line after the task
//   (责任单位:县农业农村局、县发改局)                                004, half-width colon and brackets
//   牵头单位：县发改局；责任单位：县财政局、县住建局                  label forms, ；or ; or 。between
//   牵头单位：县发改局  配合单位：县财政局、县住建局
//   [牵头单位:县发改局(粮食局);责任单位:县财政局、县农业农村局]        square brackets; the nested
//                                                                (粮食局) stays part of the name
//   （牵头单位：县发改局；责任领导：张三）                           责任领导 names go to leaders
// Separators between units: 、，, ；; and 和/及/以及 where both sides are units. A unit list with no
// 牵头 mark: the first unit is lead, the rest cooperating. When 牵头单位 and 责任单位 are both
// labelled, 责任单位 are cooperating.
// 和/及/以及 splits only where the text on both sides reads as a unit (DepartmentNames::
// looksLikeDepartment): 省工信厅和相关市人民政府 splits, 省粮食 / 县发展 are no units, so those stay.
// A mark after a group (甲、乙牵头, 丙配合, 丁按职责分工负责) covers every unit since the previous
// mark; a bracketed mark (县发改局（牵头）) covers that one unit. A block that names leaders but no
// unit is not a unit block (nullopt).
class UnitBlockParser
{
public:
    // Parses the inside of a block (brackets already removed, label like 责任单位： optional).
    // nullopt when the text does not read as a list of units (e.g. "EOD", "组", "试行", a sentence).
    static std::optional<UnitAssignment> parseList(const QString &text);
    // Finds a unit block at the end of a task's text (trailing spaces and a final 。 allowed after it):
    // a bracketed list, or a 责任单位：/牵头单位： label that runs to the end. nullopt when the text
    // ends otherwise (e.g. "…开发模式(EOD)，进一步拓宽投资渠道。").
    static std::optional<UnitBlock> findTrailing(const QString &text);
    // A whole line that is only a unit block, such as "（责任单位：县工信局）" or
    // "责任单位: 县水务局" (002's and 004's line after the task).
    static std::optional<UnitAssignment> parseLine(const QString &line);
};

} // namespace cp
