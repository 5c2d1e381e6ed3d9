-- Consolidation locks a petition together with those merged into it (merged_into in (…)) and a merge looks up the
-- petitions that follow a duplicate: without this index both read the plan's whole table (DialogueScaleBenchmarkTest,
-- docs/performance.md "Dialogue conference at scale").
create index dialogue_petition_merged_into on dialogue_petition (merged_into);
