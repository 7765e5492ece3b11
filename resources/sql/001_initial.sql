-- CountyPlan workspace schema, version 1.
-- Applied in one transaction; PRAGMA user_version is set by the migrator afterwards.
-- Dates are ISO 8601 text (YYYY-MM-DD), times ISO 8601 UTC (YYYY-MM-DDTHH:MM:SS.zzzZ),
-- periods 'YYYY' or 'YYYY-MM'. Spans are [start, end) character offsets into documents.original_text.

CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- 山西省 → 阳泉市 → 盂县
CREATE TABLE regions (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    level     TEXT NOT NULL CHECK (level IN ('province', 'city', 'county')),
    parent_id INTEGER REFERENCES regions(id) ON DELETE RESTRICT
);
-- 城区 exists under both 阳泉市 and 晋城市: names are unique among siblings only.
CREATE UNIQUE INDEX regions_sibling_name ON regions(ifnull(parent_id, 0), name);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    key           TEXT NOT NULL UNIQUE CHECK (length(key) > 0),
    title         TEXT NOT NULL,
    doc_number    TEXT,
    issuer        TEXT NOT NULL DEFAULT '',
    region_id     INTEGER NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
    year          INTEGER,
    kind          TEXT NOT NULL CHECK (kind IN ('task_list', 'implementation_opinion', 'work_report', 'action_plan', 'other')),
    original_text TEXT NOT NULL,
    source_name   TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    imported_at   TEXT NOT NULL
);
CREATE INDEX documents_region ON documents(region_id);
CREATE INDEX documents_sha ON documents(source_sha256);

CREATE TABLE sections (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    number      TEXT NOT NULL,
    path        TEXT NOT NULL,
    title       TEXT NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
);
CREATE INDEX sections_document ON sections(document_id, position);

CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,
    number      TEXT NOT NULL,
    path        TEXT NOT NULL,
    title       TEXT NOT NULL,
    text        TEXT NOT NULL,
    span_start  INTEGER,
    span_end    INTEGER,
    deadline    TEXT,
    status      TEXT NOT NULL DEFAULT 'not_started'
                CHECK (status IN ('not_started', 'in_progress', 'achieved', 'completed')),
    notes       TEXT NOT NULL DEFAULT '',
    CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
);
CREATE INDEX tasks_document ON tasks(document_id, position);
CREATE INDEX tasks_section ON tasks(section_id);

-- A department belongs to one region; 盂县's 县发改局 is not 阳城县's.
CREATE TABLE departments (
    id        INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    UNIQUE (region_id, name)
);

-- Other names of a department within its region (县交通局 for 县交通运输局).
CREATE TABLE department_aliases (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
    region_id     INTEGER NOT NULL REFERENCES regions(id) ON DELETE RESTRICT,
    alias         TEXT NOT NULL CHECK (length(alias) > 0),
    UNIQUE (region_id, alias)
);
CREATE INDEX department_aliases_department ON department_aliases(department_id);

CREATE TRIGGER department_alias_region_matches
BEFORE INSERT ON department_aliases
WHEN NEW.region_id IS NOT (SELECT region_id FROM departments WHERE id = NEW.department_id)
BEGIN
    SELECT RAISE(ABORT, 'department alias region differs from the department''s region');
END;

-- 牵头 (lead) or 配合 (cooperating) responsibility of a department for a task.
CREATE TABLE task_departments (
    task_id       INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
    role          TEXT NOT NULL CHECK (role IN ('lead', 'cooperating')),
    position      INTEGER NOT NULL,
    PRIMARY KEY (task_id, department_id)
);
CREATE INDEX task_departments_department ON task_departments(department_id);

-- A task may only name departments of its own document's region.
CREATE TRIGGER task_department_region_insert
BEFORE INSERT ON task_departments
WHEN (SELECT region_id FROM departments WHERE id = NEW.department_id)
     IS NOT (SELECT d.region_id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = NEW.task_id)
BEGIN
    SELECT RAISE(ABORT, 'department belongs to another region than the task''s document');
END;

CREATE TRIGGER task_department_region_update
BEFORE UPDATE OF task_id, department_id ON task_departments
WHEN (SELECT region_id FROM departments WHERE id = NEW.department_id)
     IS NOT (SELECT d.region_id FROM tasks t JOIN documents d ON d.id = t.document_id WHERE t.id = NEW.task_id)
BEGIN
    SELECT RAISE(ABORT, 'department belongs to another region than the task''s document');
END;

CREATE TABLE metrics (
    id          INTEGER PRIMARY KEY,
    task_id     INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    value       REAL NOT NULL,
    value_max   REAL,
    unit        TEXT NOT NULL DEFAULT '',
    comparator  TEXT NOT NULL CHECK (comparator IN ('>=', '<=', '~', '=')),
    baseline    REAL,
    kind        TEXT NOT NULL CHECK (kind IN ('absolute', 'growth_pct', 'ratio_pct')),
    period      TEXT NOT NULL DEFAULT '',
    quote       TEXT NOT NULL DEFAULT '',
    span_start  INTEGER,
    span_end    INTEGER,
    CHECK (value_max IS NULL OR value_max >= value),
    CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
);
CREATE INDEX metrics_task ON metrics(task_id, position);

-- Two metrics that track the same target (盂县: 新建5G基站 in two documents).
CREATE TABLE metric_links (
    id       INTEGER PRIMARY KEY,
    metric_a INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    metric_b INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    CHECK (metric_a < metric_b),
    UNIQUE (metric_a, metric_b)
);
CREATE INDEX metric_links_b ON metric_links(metric_b);

CREATE TABLE readings (
    id            INTEGER PRIMARY KEY,
    metric_id     INTEGER NOT NULL REFERENCES metrics(id) ON DELETE CASCADE,
    period        TEXT NOT NULL CHECK (length(period) IN (4, 7)),
    value         REAL NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    department_id INTEGER REFERENCES departments(id) ON DELETE SET NULL,
    recorded_at   TEXT NOT NULL,
    UNIQUE (metric_id, period)
);

CREATE TABLE task_reports (
    id            INTEGER PRIMARY KEY,
    task_id       INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
    period        TEXT NOT NULL CHECK (length(period) = 7),
    status        TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'achieved', 'completed')),
    narrative     TEXT NOT NULL DEFAULT '',
    submitted_at  TEXT NOT NULL,
    UNIQUE (task_id, department_id, period)
);
CREATE INDEX task_reports_period ON task_reports(period, department_id);

-- Evidence (印证材料) is stored inside the workspace, deduplicated by content.
CREATE TABLE evidence_files (
    id     INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    name   TEXT NOT NULL,
    bytes  INTEGER NOT NULL CHECK (bytes >= 0),
    data   BLOB NOT NULL
);

CREATE TABLE dispatch_events (
    id            INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('commendation', 'criticism', 'adopted_suggestion', 'seminar',
                                                'exchange', 'late_report', 'inaccurate_report')),
    level         TEXT NOT NULL DEFAULT 'none' CHECK (level IN ('none', 'central', 'provincial', 'municipal')),
    date          TEXT NOT NULL CHECK (length(date) = 10),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dispatch_events_department ON dispatch_events(department_id, date);

-- Which evidence backs which report, reading or event.
CREATE TABLE evidence_links (
    evidence_id    INTEGER NOT NULL REFERENCES evidence_files(id) ON DELETE RESTRICT,
    task_report_id INTEGER REFERENCES task_reports(id) ON DELETE CASCADE,
    reading_id     INTEGER REFERENCES readings(id) ON DELETE CASCADE,
    event_id       INTEGER REFERENCES dispatch_events(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    CHECK ((task_report_id IS NOT NULL) + (reading_id IS NOT NULL) + (event_id IS NOT NULL) = 1)
);
CREATE INDEX evidence_links_report ON evidence_links(task_report_id);
CREATE INDEX evidence_links_reading ON evidence_links(reading_id);
CREATE INDEX evidence_links_event ON evidence_links(event_id);

-- Every change: who, when, what, old and new value.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    field     TEXT,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
