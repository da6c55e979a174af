-- A provider's "When and where" (all the places and times of a listing) waits for a moderator as a
-- revision of kind WHEN_WHERE, with the proposed places and times in their own column.
alter table revision add column when_where jsonb;
alter table revision drop constraint revision_kind_check;
alter table revision add constraint revision_kind_check
    check (kind in ('NEW_LISTING', 'EDIT', 'WHEN_WHERE', 'REMOVAL', 'CLAIM', 'ORGANISATION'));
alter table revision add constraint revision_when_where_check
    check ((kind = 'WHEN_WHERE') = (when_where is not null));

-- At most one "When and where" change waits per listing: a newer one replaces it (WhenWhereChanges).
create unique index revision_one_waiting_when_where on revision (listing_id)
    where kind = 'WHEN_WHERE' and status = 'PENDING';
