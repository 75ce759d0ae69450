package dev.rex.dsl;

/** The family of SQL types a {@link DataType} belongs to; dialects bind and read values by it. */
public enum SqlType {
  SMALLINT,
  INTEGER,
  BIGINT,
  DECIMAL,
  REAL,
  DOUBLE,
  BOOLEAN,
  CHAR,
  VARCHAR,
  TEXT,
  DATE,
  TIME,
  TIMESTAMP,
  TIMESTAMP_WITH_TIME_ZONE,
  UUID,
  JSON,
  JSONB,
  BINARY,
  ENUM,
  ARRAY,
  /** A nested result: rows aggregated into JSON by the database and read back as records. */
  MULTISET,
  OTHER
}
