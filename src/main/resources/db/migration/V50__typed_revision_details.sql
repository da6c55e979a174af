-- Revisions keep their proposed details as a typed value (listing.ListingDetails) and name the fields
-- an edit changes; a claim's email and role get their own columns instead of sharing the JSON.
alter table revision alter column proposed drop not null;
alter table revision alter column proposed drop default;
alter table revision add column changed_fields text[] not null default '{}';
alter table revision add column claim_email varchar(320);
alter table revision add column claim_role varchar(500);

update revision
   set claim_email = proposed ->> 'contactEmail', claim_role = proposed ->> 'role', proposed = null
 where kind = 'CLAIM';

-- Old edits stored only the changed fields, by name ("contactPhone" -> CONTACT_PHONE).
update revision
   set changed_fields = array(select upper(regexp_replace(k, '([A-Z])', '_\1', 'g'))
                                from jsonb_object_keys(proposed) k
                               where k in ('name', 'summary', 'description', 'cost', 'contactPhone', 'contactEmail',
                                           'contactWebsite', 'takingNewPeople', 'audiences', 'accessibility', 'languages'))
 where kind = 'EDIT' and proposed is not null;

-- What a provider did not say is stored as unknown, never as a default that reads as fact.
alter table listing alter column how_to_join drop not null;
alter table listing alter column how_to_join drop default;
alter table listing alter column languages set default '{}';
