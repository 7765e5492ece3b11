-- CountyPlan workspace schema, version 2: the same work item in two documents of one region
-- (盂县's 龙华口调水工程 in its revitalisation tasks and in its city-cluster tasks).
CREATE TABLE task_links (
    id     INTEGER PRIMARY KEY,
    task_a INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    task_b INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    CHECK (task_a < task_b),
    UNIQUE (task_a, task_b)
);
CREATE INDEX task_links_b ON task_links(task_b);
