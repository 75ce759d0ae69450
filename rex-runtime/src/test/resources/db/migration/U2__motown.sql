drop table label;
