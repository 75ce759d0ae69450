-- Rex's own addition to Pagila: a second schema, for the generator's <schemas> selection tests.
create schema reporting;
create table reporting.daily_revenue (
  day date primary key,
  amount numeric(10, 2) not null
);
-- A column of Pagila's non-ASCII domain "bıgınt", which no Pagila table uses.
alter table reporting.daily_revenue add column visits public."bıgınt";
-- pg_dump creates the materialized view WITH NO DATA and the data dump does not refresh it.
refresh materialized view public.rental_by_category;
