-- Every PostgreSQL type the generator maps, two it does not (tsvector, point), and names that
-- stress the naming strategy.
create type mpaa_rating as enum ('G', 'PG', 'PG-13', 'R', 'NC-17');
create domain email as varchar(254) check (value like '%@%');
create schema audit;

create table film (
    film_id integer generated always as identity primary key,
    title varchar(255) not null,
    rating mpaa_rating default 'G',
    ratings mpaa_rating[],
    tags text[],
    scores int4[],
    price numeric(5, 2) not null default 4.99,
    length smallint,
    views bigint,
    weight real,
    score double precision,
    available boolean not null default true,
    code char(3),
    release_date date,
    starts_at time,
    created timestamp not null default now(),
    updated timestamptz,
    film_uuid uuid unique,
    meta json,
    data jsonb,
    poster bytea,
    contact email,
    search tsvector,
    location point,
    "class" text,
    "bıgınt" bigint,
    "Order" integer,
    present integer
);
comment on table film is 'Films. Tricky text: */ \u0041 & <b>html</b> @author {@code x}';
comment on column film.title is 'The title, as shown on the poster.';

create table audit.event (
    id bigserial primary key,
    film_id integer references film (film_id),
    at timestamptz
);

create table string (id serial primary key);

create table invoice_line (id serial primary key, unit_price numeric(10, 2));
create table "InvoiceLine" (id serial primary key, "UnitPrice" numeric(10, 2), unit_price numeric);

create table fan (
    id serial primary key,
    film_id integer not null,
    fan_number integer not null,
    constraint fan_film_number_key unique (film_id, fan_number)
);

create table rental (
    id serial primary key,
    film_a integer references film (film_id),
    film_b integer references film (film_id)
);

create view cheap_film as select film_id, title from film where price < 2;

insert into film (title, rating, ratings, tags, scores, price, available, film_uuid, data)
values ('Alien', 'R', '{R,NC-17}', '{space,horror}', '{9,8}', 3.99, true,
        'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"stars": 5}');
