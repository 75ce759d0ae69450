-- Rex realtime: the change log and the capture functions (rex-realtime writes this file).
-- Changes get their position from the sequencer after commit; see docs/realtime.md.
create table if not exists rex_change_log (
  id bigserial primary key,
  pos bigint unique,
  xid xid8 not null default pg_current_xact_id(),
  schema_name text not null,
  table_name text not null,
  op char(1) not null,
  pk jsonb,
  new_row jsonb,
  old_row jsonb,
  changed_at timestamptz not null default statement_timestamp()
);

create index if not exists rex_change_log_unnumbered on rex_change_log (id) where pos is null;

create table if not exists rex_change_head (
  only_row boolean primary key default true check (only_row),
  last_pos bigint not null,
  pruned_through bigint not null
);

insert into rex_change_head (only_row, last_pos, pruned_through) values (true, 0, 0)
  on conflict do nothing;

create or replace function rex_change_key(image jsonb, columns text[]) returns jsonb
  language sql immutable as
$$ select jsonb_object_agg(c, image -> c) from unnest(columns) as c $$;

create or replace function rex_capture_statement() returns trigger language plpgsql as
$$
begin
  if tg_op = 'INSERT' then
    insert into rex_change_log (schema_name, table_name, op, pk, new_row)
      select tg_table_schema, tg_table_name, 'I', rex_change_key(to_jsonb(r), tg_argv), to_jsonb(r)
      from rex_new r;
  elsif tg_op = 'DELETE' then
    insert into rex_change_log (schema_name, table_name, op, pk, old_row)
      select tg_table_schema, tg_table_name, 'D', rex_change_key(to_jsonb(r), tg_argv), to_jsonb(r)
      from rex_old r;
  else
    insert into rex_change_log (schema_name, table_name, op)
      values (tg_table_schema, tg_table_name, 'T');
  end if;
  perform pg_notify('rex_change', '');
  return null;
end
$$;

create or replace function rex_capture_update() returns trigger language plpgsql as
$$
begin
  insert into rex_change_log (schema_name, table_name, op, pk, new_row, old_row)
    values (tg_table_schema, tg_table_name, 'U', rex_change_key(to_jsonb(new), tg_argv),
            to_jsonb(new), to_jsonb(old));
  perform pg_notify('rex_change', '');
  return null;
end
$$;

-- capture of "public"."album"
drop trigger if exists rex_capture_insert on "public"."album";
drop trigger if exists rex_capture_update on "public"."album";
drop trigger if exists rex_capture_delete on "public"."album";
drop trigger if exists rex_capture_truncate on "public"."album";
create trigger rex_capture_insert after insert on "public"."album" referencing new table as rex_new for each statement execute function rex_capture_statement('album_id');
create trigger rex_capture_update after update on "public"."album" for each row execute function rex_capture_update('album_id');
create trigger rex_capture_delete after delete on "public"."album" referencing old table as rex_old for each statement execute function rex_capture_statement('album_id');
create trigger rex_capture_truncate after truncate on "public"."album" for each statement execute function rex_capture_statement();
