-- Every relationship kind the generator names, on a small schema.
create table account (
  id integer primary key,
  name text not null
);
-- one-to-one: the foreign key is also unique
create table profile (
  id integer primary key,
  account_id integer not null unique references account (id),
  bio text
);
-- two keys to the same table, and a self-reference
create table transfer (
  id integer primary key,
  from_account_id integer not null references account (id),
  to_account_id integer not null references account (id),
  reverses_id integer references transfer (id)
);
-- many-to-many through a join table whose primary key is its two foreign keys
create table tag (
  id integer primary key,
  label text not null
);
create table account_tag (
  account_id integer not null references account (id),
  tag_id integer not null references tag (id),
  primary key (account_id, tag_id)
);
