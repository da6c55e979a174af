-- Providers change their organisation's details (name, charity and company numbers, website); the
-- change waits for a moderator as a revision of kind ORGANISATION, with the proposed details.
alter table revision add column organisation_details jsonb;
alter table revision drop constraint revision_kind_check;
alter table revision add constraint revision_kind_check
    check (kind in ('NEW_LISTING', 'EDIT', 'REMOVAL', 'CLAIM', 'ORGANISATION'));
