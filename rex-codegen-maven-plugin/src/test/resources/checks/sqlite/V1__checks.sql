create table gizmo (
  id integer primary key,
  price numeric(8, 2) not null check (price >= 0),
  qty integer check (qty > 0 and qty <= 100),
  kind varchar(10) check (kind in ('a', 'b''s')),
  code text check (length(code) <= 5),
  size integer check (size between 1 and 9),
  nick text,
  z integer check (z <> 3 or z is null),
  w integer constraint w_pos check (0 < w),
  t integer check (t > -1),
  label text check (label <> ''),
  c integer,
  d integer,
  check (c < d)
);
