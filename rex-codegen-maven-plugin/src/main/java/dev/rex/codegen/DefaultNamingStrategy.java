package dev.rex.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The default {@link NamingStrategy}: {@code PascalCase} classes, {@code UPPER_SNAKE} constants and
 * {@code getPascalCase} accessors.
 *
 * <p>A name is first cut into words, at every character that is not a letter or digit and at
 * camel-case boundaries: before an upper-case letter that follows a lower-case letter or digit, and
 * before the last capital of an acronym that a lower-case letter follows ({@code HTTPServer} gives
 * {@code HTTP}, {@code Server}). Letters outside ASCII are reduced to ASCII where Unicode
 * decomposition allows ({@code é} to {@code e}, {@code ı} to {@code i}); any other character
 * becomes its own word {@code U} plus its code point in hex. Generated sources therefore contain
 * only ASCII identifiers.
 */
public class DefaultNamingStrategy implements NamingStrategy {

  @Override
  public String tableClass(String table) {
    return pascal(table);
  }

  @Override
  public String tableConstant(String table) {
    return constant(table);
  }

  @Override
  public String recordClass(String table) {
    return pascal(table) + "Record";
  }

  @Override
  public String columnConstant(String column) {
    return constant(column);
  }

  @Override
  public String getter(String column) {
    return "get" + pascal(column);
  }

  @Override
  public String setter(String column) {
    return "set" + pascal(column);
  }

  @Override
  public String enumClass(String enumType) {
    return pascal(enumType);
  }

  @Override
  public String enumConstant(String literal) {
    return constant(literal);
  }

  @Override
  public String primaryKeyConstant(String table) {
    return constant(table) + "_PKEY";
  }

  @Override
  public String uniqueKeyConstant(String table, List<String> columns) {
    return constant(table) + "_" + constants(columns) + "_KEY";
  }

  @Override
  public String foreignKeyConstant(String table, List<String> columns) {
    return "FK_" + constant(table) + "_" + constants(columns);
  }

  /** {@code invoice_line} and {@code InvoiceLine} both give {@code InvoiceLine}. */
  protected static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : IdentifierWords.split(name)) {
      out.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
      out.append(IdentifierWords.isCodePointWord(word) ? word.substring(1) : restInLowerCase(word));
    }
    return out.toString();
  }

  /** {@code unit_price} and {@code UnitPrice} both give {@code UNIT_PRICE}. */
  protected static String constant(String name) {
    return IdentifierWords.split(name).stream()
        .map(word -> word.toUpperCase(Locale.ROOT))
        .collect(Collectors.joining("_"));
  }

  private static String constants(List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      parts.add(constant(name));
    }
    return String.join("_", parts);
  }

  private static String restInLowerCase(String word) {
    return word.substring(1).toLowerCase(Locale.ROOT);
  }
}
