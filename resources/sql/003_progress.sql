-- CountyPlan workspace schema, version 3: progress tracking.
-- A planner-set monthly plan (序时计划) for a metric, where the expected path is not pro-rata:
-- the value the metric should have reached by the end of the month.
CREATE TABLE metric_plans (
    metric_id INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    period    TEXT NOT NULL CHECK (length(period) = 7),
    value     REAL NOT NULL,
    PRIMARY KEY (metric_id, period)
);

-- The month's reports of a task, and the month's events, are read per month for the dispatch.
CREATE INDEX task_reports_task ON task_reports(task_id, period);
-- When each task was first reported completed (已办结), without reading every report.
CREATE INDEX task_reports_completed ON task_reports(task_id, period) WHERE status = 'completed';
CREATE INDEX dispatch_events_date ON dispatch_events(date);
CREATE INDEX readings_period ON readings(period);
