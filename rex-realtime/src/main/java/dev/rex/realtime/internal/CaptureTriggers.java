package dev.rex.realtime.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The capture triggers of one table, per dialect, as SQL text. */
public final class CaptureTriggers {

  private CaptureTriggers() {}

  /**
   * PostgreSQL: statement triggers with transition tables for inserts and deletes (one log insert
   * per statement, however many rows), a row trigger for updates (it pairs each old image with its
   * new one), and a truncate trigger.
   */
  public static String postgres(CapturedTable table) {
    String target = Sql.quote(table.schema()) + "." + Sql.quote(table.name());
    String keys = table.primaryKey().stream().map(Sql::literal).collect(Collectors.joining(", "));
    StringBuilder sql = new StringBuilder();
    sql.append("-- capture of ").append(target).append('\n');
    for (String trigger :
        List.of(
            "rex_capture_insert",
            "rex_capture_update",
            "rex_capture_delete",
            "rex_capture_truncate")) {
      sql.append("drop trigger if exists ")
          .append(trigger)
          .append(" on ")
          .append(target)
          .append(";\n");
    }
    sql.append("create trigger rex_capture_insert after insert on ")
        .append(target)
        .append(" referencing new table as rex_new for each statement execute function")
        .append(" rex_capture_statement(")
        .append(keys)
        .append(");\n");
    sql.append("create trigger rex_capture_update after update on ")
        .append(target)
        .append(" for each row execute function rex_capture_update(")
        .append(keys)
        .append(");\n");
    sql.append("create trigger rex_capture_delete after delete on ")
        .append(target)
        .append(" referencing old table as rex_old for each statement execute function")
        .append(" rex_capture_statement(")
        .append(keys)
        .append(");\n");
    sql.append("create trigger rex_capture_truncate after truncate on ")
        .append(target)
        .append(" for each statement execute function rex_capture_statement();\n");
    return sql.toString();
  }

  /** SQLite: a row trigger per operation that logs the images as JSON objects. */
  public static String sqlite(CapturedTable table) {
    String target = Sql.quote(table.name());
    StringBuilder sql = new StringBuilder();
    sql.append("-- capture of ").append(target).append('\n');
    String[][] operations = {{"insert", "I"}, {"update", "U"}, {"delete", "D"}};
    for (String[] operation : operations) {
      String trigger = Sql.quote("rex_capture_" + table.name() + "_" + operation[0]);
      sql.append("drop trigger if exists ").append(trigger).append(";\n");
      sql.append("create trigger ")
          .append(trigger)
          .append(" after ")
          .append(operation[0])
          .append(" on ")
          .append(target)
          .append(
              " begin insert into rex_change_log (table_name, op, pk, new_row, old_row) values (")
          .append(Sql.literal(table.name()))
          .append(", '")
          .append(operation[1])
          .append("', ");
      String keyImage = operation[1].equals("D") ? "old" : "new";
      sql.append(keyObject(table, keyImage)).append(", ");
      sql.append(operation[1].equals("D") ? "null" : imageObject(table, "new")).append(", ");
      sql.append(operation[1].equals("I") ? "null" : imageObject(table, "old"));
      sql.append("); end;\n");
    }
    return sql.toString();
  }

  private static String keyObject(CapturedTable table, String image) {
    if (table.primaryKey().isEmpty()) {
      return "null";
    }
    return table.primaryKey().stream()
        .map(key -> Sql.literal(key) + ", " + image + "." + Sql.quote(key))
        .collect(Collectors.joining(", ", "json_object(", ")"));
  }

  private static String imageObject(CapturedTable table, String image) {
    return table.columns().stream()
        .map(column -> Sql.literal(column.name()) + ", " + value(image, column))
        .collect(Collectors.joining(", ", "json_object(", ")"));
  }

  private static String value(String image, CapturedTable.Column column) {
    String reference = image + "." + Sql.quote(column.name());
    if (column.binary()) {
      return "case when " + reference + " is null then null else hex(" + reference + ") end";
    }
    if (column.floating()) {
      return "case when typeof("
          + reference
          + ") = 'real' then printf('%!.17g', "
          + reference
          + ") else "
          + reference
          + " end";
    }
    return reference;
  }
}
