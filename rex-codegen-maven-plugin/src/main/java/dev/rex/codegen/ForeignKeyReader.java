package dev.rex.codegen;

import dev.rex.codegen.SchemaModel.ForeignKeyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.meta.ColumnDefinition;
import org.jooq.meta.ForeignKeyDefinition;
import org.jooq.meta.SchemaDefinition;
import org.jooq.meta.TableDefinition;
import org.jooq.meta.UniqueKeyDefinition;

/**
 * Reads the foreign keys of one table from jooq-meta.
 *
 * <p>Referencing columns are reordered to follow the referenced key, which is the order {@code
 * ForeignKey.of} expects.
 *
 * <p>Foreign keys may have no name (they usually have none on SQLite). jooq-meta then makes one up,
 * {@code fk_<table>_<referenced key>}, so two unnamed foreign keys from one table to the same key
 * get the same name and are merged into one key with twice the columns. This reader splits such a
 * key back into key-sized parts and names every key whose name the {@link TargetDialect} says was
 * made up {@code fk_<table>_<columns>}.
 */
final class ForeignKeyReader {

  private ForeignKeyReader() {}

  static List<ForeignKeyModel> read(
      TargetDialect dialect,
      TableDefinition table,
      Function<SchemaDefinition, String> schemaNames) {
    List<ForeignKeyModel> result = new ArrayList<>();
    for (ForeignKeyDefinition fk : table.getForeignKeys()) {
      UniqueKeyDefinition key = fk.getReferencedKey();
      List<String> keyColumns = names(key.getKeyColumns());
      List<String> columns = names(fk.getKeyColumns());
      List<String> referenced = names(fk.getReferencedColumns());
      int parts = keyColumns.isEmpty() ? 0 : referenced.size() / keyColumns.size();
      if (parts * keyColumns.size() != referenced.size() || columns.size() != referenced.size()) {
        throw new IllegalStateException(
            "Foreign key " + fk.getName() + " on " + table.getName() + " has mismatched columns.");
      }
      boolean synthesized = dialect.hasMadeUpName(table, fk);
      for (int part = 0; part < parts; part++) {
        int from = part * keyColumns.size();
        int to = from + keyColumns.size();
        List<String> ordered =
            inKeyOrder(keyColumns, columns.subList(from, to), referenced.subList(from, to));
        String name =
            synthesized ? "fk_" + table.getName() + "_" + String.join("_", ordered) : fk.getName();
        TableDefinition target = key.getTable();
        result.add(
            new ForeignKeyModel(
                name,
                ordered,
                schemaNames.apply(target.getSchema()),
                target.getName(),
                key.getName()));
      }
    }
    return result;
  }

  private static List<String> inKeyOrder(
      List<String> keyColumns, List<String> columns, List<String> referenced) {
    List<String> ordered = new ArrayList<>();
    for (String keyColumn : keyColumns) {
      int index = referenced.indexOf(keyColumn);
      ordered.add(columns.get(index < 0 ? ordered.size() : index));
    }
    return ordered;
  }

  private static List<String> names(List<ColumnDefinition> columns) {
    return columns.stream().map(ColumnDefinition::getName).toList();
  }
}
