insert into label (id, name) values (1, 'Motown');
