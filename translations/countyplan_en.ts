<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cp::DispatchScoring</name>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::PeriodReport</name>
    <message numerus="yes">
        <source>Ranked by the average of the monthly dispatch scores of the %n month(s) dispatched; equal averages share a rank.</source>
        <translation>
            <numerusform>Ranked by the average of the monthly dispatch scores of the %n month dispatched; equal averages share a rank.</numerusform>
            <numerusform>Ranked by the average of the monthly dispatch scores of the %n months dispatched; equal averages share a rank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::SyntheticWorkspace</name>
    <message numerus="yes">
        <source>%n counties, %1</source>
        <translation>
            <numerusform>%n county, %1</numerusform>
            <numerusform>%n counties, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::cli</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was stored</source>
        <translation>
            <numerusform>%n problem found; nothing was stored</numerusform>
            <numerusform>%n problems found; nothing was stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::DepartmentTreeModel</name>
    <message numerus="yes">
        <source>%1 (%n department(s))</source>
        <translation>
            <numerusform>%1 (%n department)</numerusform>
            <numerusform>%1 (%n departments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::DispatchRankingModel</name>
    <message numerus="yes">
        <source>%n annual task(s), of which it leads %1</source>
        <translation>
            <numerusform>%n annual task, of which it leads %1</numerusform>
            <numerusform>%n annual tasks, of which it leads %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::DispatchView</name>
    <message numerus="yes">
        <source>Late reports: %n department(s)</source>
        <translation>
            <numerusform>Late reports: %n department</numerusform>
            <numerusform>Late reports: %n departments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::DocumentView</name>
    <message numerus="yes">
        <source>%n task(s) marked</source>
        <translation>
            <numerusform>%n task marked</numerusform>
            <numerusform>%n tasks marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) marked</source>
        <translation>
            <numerusform>%n target marked</numerusform>
            <numerusform>%n targets marked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::EditActions</name>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::EventListModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s); Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n task; Undo brings it back.</numerusform>
            <numerusform>Deleted %n tasks; Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n task</numerusform>
            <numerusform>%1: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n target</numerusform>
            <numerusform>%n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report packet(s) for %1 into %2</source>
        <translation>
            <numerusform>Wrote %n report packet for %1 into %2</numerusform>
            <numerusform>Wrote %n report packets for %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in the packets; nothing was stored. Correct them and collect again.</source>
        <translation>
            <numerusform>%n problem found in the packets; nothing was stored. Correct it and collect again.</numerusform>
            <numerusform>%n problems found in the packets; nothing was stored. Correct them and collect again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::ReadingEntryModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::ReportDialog</name>
    <message numerus="yes">
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::ReportEntryModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::ui::TaskListView</name>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 of %n task</numerusform>
            <numerusform>%1 of %n tasks</numerusform>
        </translation>
    </message>
</context>
</TS>
