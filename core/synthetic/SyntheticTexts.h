#pragma once

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

} // namespace cp::synthetic
