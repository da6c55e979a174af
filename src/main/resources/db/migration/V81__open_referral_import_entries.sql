-- What happened to each service of an import, written in the same transaction as the service itself,
-- so an import killed part-way through a batch neither loses nor repeats a service it had finished.
-- The job's report takes these lines in batch by batch (and a resumed run takes any left over first).
create table open_referral_import_entry (
    id        bigint generated always as identity primary key,
    job_id    uuid         not null references open_referral_import (id) on delete cascade,
    source_id text,
    name      text,
    outcome   varchar(20)  not null,
    reason    text
);
create index open_referral_import_entry_job_idx on open_referral_import_entry (job_id, id);
