-- Cost is unknown until the provider says ("Ask the group"), never a default that reads as fact.
alter table listing alter column cost drop not null;
alter table listing alter column cost drop default;
