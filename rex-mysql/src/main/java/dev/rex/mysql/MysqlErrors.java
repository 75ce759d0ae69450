package dev.rex.mysql;

import dev.rex.dsl.spi.ErrorDetails;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads MySQL's and MariaDB's error codes and messages. Both report every integrity violation as
 * SQLSTATE {@code 23000} (and some as {@code HY000}), so the vendor code decides which one it was;
 * the constraint, table and column are read from the message, which is the only place the servers
 * name them.
 */
final class MysqlErrors {

  private MysqlErrors() {}

  /** Duplicate entry 'x' for key 'name' (MySQL 8 writes 'table.name'). */
  private static final Pattern DUPLICATE = Pattern.compile("for key '([^']*)'");

  /** a foreign key constraint fails (`db`.`table`, CONSTRAINT `fk` FOREIGN KEY (`column`) … */
  private static final Pattern FOREIGN_KEY =
      Pattern.compile("\\(`[^`]*`\\.`([^`]*)`, CONSTRAINT `([^`]*)` FOREIGN KEY \\(`([^`]*)`");

  /** Column 'name' cannot be null; Field 'name' doesn't have a default value. */
  private static final Pattern NOT_NULL = Pattern.compile("(?:Column|Field) '([^']*)'");

  /** MariaDB: CONSTRAINT `name` failed for `db`.`table`. */
  private static final Pattern MARIADB_CHECK =
      Pattern.compile("CONSTRAINT `([^`]*)` failed for `[^`]*`\\.`([^`]*)`");

  /** MySQL: Check constraint 'name' is violated. */
  private static final Pattern MYSQL_CHECK = Pattern.compile("Check constraint '([^']*)'");

  static ErrorDetails details(SQLException exception) {
    String message = String.valueOf(exception.getMessage());
    String state = exception.getSQLState();
    return switch (exception.getErrorCode()) {
      case 1062, 1586 -> duplicate(message);
      case 1451, 1452, 1216, 1217 -> foreignKey(message);
      case 1048, 1364 -> notNull(message);
      case 4025 -> check(MARIADB_CHECK.matcher(message), message);
      case 3819 -> check(MYSQL_CHECK.matcher(message), message);
      case 1213 -> new ErrorDetails("40P01", null, null, null, null);
      default -> new ErrorDetails(state, null, null, null, null);
    };
  }

  private static ErrorDetails duplicate(String message) {
    Matcher key = DUPLICATE.matcher(message);
    if (!key.find()) {
      return new ErrorDetails("23505", null, null, null, null);
    }
    String name = key.group(1);
    int dot = name.indexOf('.');
    String table = dot < 0 ? null : name.substring(0, dot);
    return new ErrorDetails("23505", name.substring(dot + 1), table, null, null);
  }

  private static ErrorDetails foreignKey(String message) {
    Matcher matcher = FOREIGN_KEY.matcher(message);
    if (!matcher.find()) {
      return new ErrorDetails("23503", null, null, null, null);
    }
    return new ErrorDetails("23503", matcher.group(2), matcher.group(1), matcher.group(3), null);
  }

  private static ErrorDetails notNull(String message) {
    Matcher matcher = NOT_NULL.matcher(message);
    return new ErrorDetails("23502", null, null, matcher.find() ? matcher.group(1) : null, null);
  }

  private static ErrorDetails check(Matcher matcher, String message) {
    if (!matcher.find()) {
      return new ErrorDetails("23514", null, null, null, message);
    }
    @Nullable String table = matcher.groupCount() > 1 ? matcher.group(2) : null;
    return new ErrorDetails("23514", matcher.group(1), table, null, null);
  }
}
