-- The first table. Add the next one with:
--   mvn rex:new -Drex.table=tag -Drex.columns="name:string:unique, task_id:ref:task:cascade"
create table task (
  id integer primary key,
  title text not null,
  done boolean not null default 0
);
