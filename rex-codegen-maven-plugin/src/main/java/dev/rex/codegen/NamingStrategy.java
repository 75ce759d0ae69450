package dev.rex.codegen;

import java.util.List;

/**
 * How database names become Java names in generated code. Every method receives a name exactly as
 * the database spells it. The generator then makes each result a legal, unique Java identifier (it
 * appends {@code _} to keywords and a number to duplicates), so a strategy only decides style.
 *
 * <p>{@link DefaultNamingStrategy} follows jOOQ's defaults, except that it also splits camel case,
 * so {@code invoice_line} and {@code InvoiceLine} give the same names.
 */
public interface NamingStrategy {

  /** The class of a table: {@code InvoiceLine}. */
  String tableClass(String table);

  /** The constant that holds a table: {@code INVOICE_LINE}. */
  String tableConstant(String table);

  /** The record class of a table: {@code InvoiceLineRecord}. */
  String recordClass(String table);

  /** The constant that holds a column: {@code UNIT_PRICE}. */
  String columnConstant(String column);

  /** The record getter of a column: {@code getUnitPrice}. */
  String getter(String column);

  /** The record setter of a column: {@code setUnitPrice}. */
  String setter(String column);

  /** The Java enum for a database enum type: {@code MpaaRating}. */
  String enumClass(String enumType);

  /** The enum constant for a database enum label: {@code NC-17} becomes {@code NC_17}. */
  String enumConstant(String literal);

  /** The constant in {@code Keys} for the primary key of {@code table}: {@code ALBUM_PKEY}. */
  String primaryKeyConstant(String table);

  /** The constant in {@code Keys} for a unique key: {@code CUSTOMER_EMAIL_KEY}. */
  String uniqueKeyConstant(String table, List<String> columns);

  /** The constant in {@code Keys} for a foreign key: {@code FK_TRACK_ALBUM_ID}. */
  String foreignKeyConstant(String table, List<String> columns);
}
