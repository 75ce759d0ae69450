create table label (id integer primary key);
create table studio (id integer primary key);

insert into nowhere values (1);
