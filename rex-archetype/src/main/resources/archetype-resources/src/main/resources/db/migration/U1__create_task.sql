-- Undoes V1__create_task.sql (mvn rex:undo).
drop table task;
