-- Rex realtime: the change log and the capture functions (rex-realtime writes this file).
-- Changes get their position from the sequencer after commit; see docs/realtime.md.
create table if not exists rex_change_log (
  id bigserial primary key,
  pos bigint,
  xid xid8 not null default pg_current_xact_id(),
  schema_name text not null,
  table_name text not null,
  op char(1) not null,
  pk jsonb,
  new_row jsonb,
  old_row jsonb,
  changed_at timestamptz not null default statement_timestamp()
);

-- Partial indexes: numbering updates every row once, and the index entries of the row's old,
-- unnumbered version stay until VACUUM; the sequencer looks only at transactions from its last
-- horizon on (see rex_change_head), so it never scans that history.
create unique index if not exists rex_change_log_pos on rex_change_log (pos) where pos is not null;
create index if not exists rex_change_log_unnumbered on rex_change_log (xid) where pos is null;

-- last_pos: the last position given; pruned_through: the last position removed by retention;
-- horizon: every transaction below it had ended before the last complete numbering pass, so its
-- changes are numbered.
create table if not exists rex_change_head (
  only_row boolean primary key default true check (only_row),
  last_pos bigint not null,
  pruned_through bigint not null,
  horizon xid8 not null
);

insert into rex_change_head (only_row, last_pos, pruned_through, horizon)
  values (true, 0, 0, '0') on conflict do nothing;

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
