package dev.rex.dsl.dialect;

import dev.rex.dsl.spi.ErrorDetails;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns sqlite-jdbc's error messages into SQLSTATEs. SQLite has no SQLSTATEs; sqlite-jdbc prefixes
 * each message with the extended result code ({@code [SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint
 * failed (UNIQUE constraint failed: Artist.Name)}), which is stable and documented. SQLite does not
 * name the violated constraint; the table and column come from the message.
 */
final class SqliteErrors {

  private static final Pattern CODE = Pattern.compile("^\\[(SQLITE_[A-Z_]+)\\]");
  private static final Pattern TABLE_COLUMN =
      Pattern.compile("constraint failed: ([^.\\s,)]+)\\.([^\\s,)]+)");
  private static final Pattern CHECK_NAME = Pattern.compile("CHECK constraint failed: ([^)]+)");

  private SqliteErrors() {}

  /** Whether {@code exception} carries a result code of sqlite-jdbc's. */
  static boolean hasResultCode(SQLException exception) {
    String message = exception.getMessage();
    return message != null && message.startsWith("[SQLITE_");
  }

  /** The SQLSTATE for the result code, and the table, column and CHECK constraint named. */
  static ErrorDetails details(SQLException exception) {
    String message = exception.getMessage() == null ? "" : exception.getMessage();
    Matcher code = CODE.matcher(message);
    String resultCode = code.find() ? code.group(1) : "";
    String sqlState = sqlState(resultCode);
    Matcher columnMatch = TABLE_COLUMN.matcher(message);
    String table = null;
    String column = null;
    if (columnMatch.find()) {
      table = columnMatch.group(1);
      column = columnMatch.group(2);
    }
    String constraint = null;
    Matcher check = CHECK_NAME.matcher(message);
    if (resultCode.equals("SQLITE_CONSTRAINT_CHECK") && check.find()) {
      constraint = check.group(1).trim();
    }
    return new ErrorDetails(sqlState, constraint, table, column, null);
  }

  private static @Nullable String sqlState(String resultCode) {
    return switch (resultCode) {
      case "SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY" -> "23505";
      case "SQLITE_CONSTRAINT_FOREIGNKEY" -> "23503";
      case "SQLITE_CONSTRAINT_NOTNULL" -> "23502";
      case "SQLITE_CONSTRAINT_CHECK" -> "23514";
      case "SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_LOCKED" -> "40001";
      case "SQLITE_CANTOPEN", "SQLITE_NOTADB" -> "08001";
      default -> resultCode.startsWith("SQLITE_CONSTRAINT") ? "23000" : null;
    };
  }
}
