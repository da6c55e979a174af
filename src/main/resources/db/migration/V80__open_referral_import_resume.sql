-- An import cut off by a restart or a killed instance is marked INTERRUPTED and can be resumed.
-- runner: the app instance running it; heartbeat_at: when that instance last said it was still at it;
-- feed_text: an uploaded file, kept only until the import ends, so it can be resumed without uploading again.
alter table open_referral_import drop constraint open_referral_import_status_check;
alter table open_referral_import
    add constraint open_referral_import_status_check
        check (status in ('RUNNING', 'FINISHED', 'FAILED', 'INTERRUPTED'));
alter table open_referral_import
    add column runner       varchar(100),
    add column heartbeat_at timestamptz,
    add column feed_text    text;
create index open_referral_import_running_idx on open_referral_import (heartbeat_at) where status = 'RUNNING';
