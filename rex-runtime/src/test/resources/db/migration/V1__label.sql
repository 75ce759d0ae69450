-- Rex.migrate's own test migration, in the default location.
create table label (id integer primary key, name varchar(100) not null);
