-- Details meant for health professionals only (shown to signed-in users with the professional role).
alter table listing add column referral_details     varchar(1000);
alter table listing add column professional_contact varchar(300);
alter table listing add column capacity_note        varchar(300);
