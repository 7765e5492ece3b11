#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cp::synthetic {

// A target sentence. %1 is the value; when the text has %2, %1 is the baseline and %2 the target
// (由%1万亩达到%2万亩以上). Values are drawn from [low, high] and rounded to step.
struct TargetTemplate
{
    QString text;
    double low = 0;
    double high = 0;
    double step = 1;
};

// A county body that leads tasks: how documents write it, how often it leads, under which
// heading its tasks stand, and the kinds of sentences its tasks are made of.
struct Bureau
{
    QString name;      // with 县 as the level; 市生态环境局%1分局 and 国网%1供电公司 take the county's name
    QString otherName; // another spelling some tasks use (县交通局 for 县交通运输局), or empty
    QString variant;   // what every other county calls it instead (县教育局 where there is no 县教科局)
    int weight = 1;    // relative share of the tasks it leads
    int section = 0;   // index into sectionTitles()
    QStringList works; // work items, no numbers in them
    QList<TargetTemplate> targets;
};

const QList<Bureau> &bureaus();
// The headings (一、…) tasks are grouped under, in document order.
const QStringList &sectionTitles();
// What a task list is about: its title after the county's name, and the headings (indexes into
// sectionTitles()) most of its tasks stand under.
struct DocumentTheme
{
    QString title;
    QList<int> focus;
};

const QList<DocumentTheme> &documentThemes();
// The paragraph after the title: %1 county, %2 theme, %3 year.
QString preamble();

// Sentences of monthly task reports (月调度) and of dispatch events. Tokens the generator fills:
// {n} a small count (2–9), {k} a larger one (10–99), {p} the share of the year's work done (5–95,
// by month and pace), {m} the month, {next} the month after it, {lead} the lead unit (in a
// cooperating unit's report), {field} the heading the unit's work stands under, {city} a
// neighbouring city, {office} a provincial office, {issuer} who commends or criticises (issuer()).
const QStringList &notStartedSentences();
const QStringList &inProgressSentences(int section); // section: index into sectionTitles()
const QStringList &achievedSentences(int section);
const QStringList &completedSentences();
const QStringList &closingSentences(); // after the figures that completed a task: 申请销号。
const QStringList &followUpSentences();              // achieved again after the task was completed
QStringList cooperationSentences(const QString &bureau); // Bureau::name of the cooperating unit
QStringList eventNotes(EventKind kind, EventLevel level);
// Who issues a commendation or criticism of that level: 国务院办公厅, 省政府办公厅, 市政府办公室.
QString issuer(EventLevel level, int variant);
const QStringList &neighbourCities();
const QStringList &provincialOffices();

} // namespace cp::synthetic
