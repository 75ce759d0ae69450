-- SQLite declared types, type affinity fallbacks and key shapes the generator must handle.
CREATE TABLE gadget (
    id INTEGER PRIMARY KEY,
    name NVARCHAR(40) NOT NULL,
    price NUMERIC(10, 2),
    weight REAL,
    ratio DOUBLE,
    flag BOOLEAN,
    born DATE,
    seen DATETIME,
    data BLOB,
    notes TEXT,
    code CHAR(2),
    big UNSIGNED BIG INT,
    tiny TINYINT,
    amount MONEY,
    label VARCHAR(10) DEFAULT 'x',
    anything
);

CREATE TABLE part (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    gadget_a INTEGER REFERENCES gadget (id),
    gadget_b INTEGER REFERENCES gadget (id),
    UNIQUE (gadget_a, gadget_b)
);

CREATE TABLE pair (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;

CREATE TABLE keyed (
    id INTEGER NOT NULL,
    CONSTRAINT keyed_pk PRIMARY KEY (id)
);
