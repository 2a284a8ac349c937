-- catalog-core: a draft may be saved before its category is chosen (completeness is checked when it
-- is submitted), and the review inboxes, the open-version lookup and unit assignment get indexes.
alter table power_item_version alter column category drop not null;
create index ix_power_item_version_item_state on power_item_version (item_id, state);
create index ix_catalog_signoff_version on catalog_signoff (version_id, action);
create index ix_power_item_unit on power_item (unit_id);
