-- What the person told us along with a request (e.g. their role in the group for a claim),
-- kept with the link until they confirm it.
alter table email_link add column detail varchar(500);
