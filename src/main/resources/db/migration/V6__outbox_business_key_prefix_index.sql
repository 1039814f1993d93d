-- Case pages list a case's mail by business-key prefix (LIKE 'designation:42:%') on every view.
-- The unique index serves equality only under the database's collation; this one serves the prefix
-- match under any collation, so the page does not scan the whole outbox.
create index outbox_message_business_key_prefix on outbox_message (business_key varchar_pattern_ops);
