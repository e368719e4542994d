-- Insight: every figure of the screen is a GROUP BY over the runs that started in a period,
-- filtered by flow, language, cloud or tenant. Portable SQL for H2 and PostgreSQL.

-- Counts by outcome, per flow and per week: everything these read is in the index, so
-- PostgreSQL answers them from it alone (an index-only scan) without reading the rows.
CREATE INDEX flow_run_insight_idx ON flow_run (started_at, outcome, flow_id, language, cloud, tenant_id);

-- The steps where runs were left or escalated from: one outcome's runs of a period.
CREATE INDEX flow_run_end_step_idx ON flow_run (outcome, started_at, end_step_flow_id, end_step_id);

-- The tenants to filter by, and the support requests of one tenant (through their runs).
CREATE INDEX flow_run_tenant_idx ON flow_run (tenant_id);
