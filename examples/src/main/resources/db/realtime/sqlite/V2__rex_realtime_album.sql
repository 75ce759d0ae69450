-- Rex realtime: the change log (rex-realtime writes this file). The position is the
-- AUTOINCREMENT id: SQLite commits one writer at a time; see docs/realtime.md.
create table if not exists rex_change_log (
  pos integer primary key autoincrement,
  table_name text not null,
  op text not null,
  pk text,
  new_row text,
  old_row text,
  changed_at integer not null default (cast((julianday('now') - 2440587.5) * 86400000 as integer))
);

create table if not exists rex_change_head (
  only_row integer primary key check (only_row = 1),
  pruned_through integer not null
);

insert or ignore into rex_change_head (only_row, pruned_through) values (1, 0);

-- capture of "Album"
drop trigger if exists "rex_capture_Album_insert";
create trigger "rex_capture_Album_insert" after insert on "Album" begin insert into rex_change_log (table_name, op, pk, new_row, old_row) values ('Album', 'I', json_object('AlbumId', new."AlbumId"), json_object('AlbumId', new."AlbumId", 'Title', new."Title", 'ArtistId', new."ArtistId"), null); end;
drop trigger if exists "rex_capture_Album_update";
create trigger "rex_capture_Album_update" after update on "Album" begin insert into rex_change_log (table_name, op, pk, new_row, old_row) values ('Album', 'U', json_object('AlbumId', new."AlbumId"), json_object('AlbumId', new."AlbumId", 'Title', new."Title", 'ArtistId', new."ArtistId"), json_object('AlbumId', old."AlbumId", 'Title', old."Title", 'ArtistId', old."ArtistId")); end;
drop trigger if exists "rex_capture_Album_delete";
create trigger "rex_capture_Album_delete" after delete on "Album" begin insert into rex_change_log (table_name, op, pk, new_row, old_row) values ('Album', 'D', json_object('AlbumId', old."AlbumId"), null, json_object('AlbumId', old."AlbumId", 'Title', old."Title", 'ArtistId', old."ArtistId")); end;
