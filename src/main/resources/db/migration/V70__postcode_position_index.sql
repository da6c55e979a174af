-- "Use my location" turns a position into the nearest known postcode: look only at postcodes in a small
-- band of latitude around it, not the whole table.
create index postcode_latitude_idx on postcode (latitude) where latitude is not null;
