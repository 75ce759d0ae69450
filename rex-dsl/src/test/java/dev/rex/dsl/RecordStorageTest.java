package dev.rex.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.dialect.PostgresDialect;
import dev.rex.dsl.dialect.SqliteDialect;
import dev.rex.dsl.fixtures.RecordingExecutor;
import dev.rex.dsl.gen.AbstractTable;
import dev.rex.dsl.gen.AbstractUpdatableRecord;
import dev.rex.dsl.impl.Queries;
import dev.rex.dsl.spi.RowColumns;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two ways a generated record can hold its values, side by side: in fields of its own (what
 * rex:generate writes) and in the base class's array (records generated before typed storage, and
 * hand-written subclasses that override nothing). Both must behave the same to everything that
 * reads records by position: the runtime, RecordWrites, validation, GraphQL and realtime.
 */
class RecordStorageTest {

  @TempDir Path directory;

  private static Item table(boolean inFields) {
    return inFields ? Item.IN_FIELDS : Item.IN_ARRAY;
  }

  /** Reads the one row of {@code item} from a real SQLite table, through SQLite's bindings. */
  private ItemRecord readFromSqlite(Item item) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("items.db"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table item(id integer primary key, name text)");
      statement.execute("insert into item values (3000, 'Balls to the Wall')");
      try (ResultSet rows = statement.executeQuery("select id, name from item")) {
        assertThat(rows.next()).isTrue();
        RowColumns columns =
            new RowColumns() {
              @Override
              public @Nullable Object get(int index) throws SQLException {
                DataType<?> type = item.fields().get(index).getDataType();
                return SqliteDialect.INSTANCE.binding(type).get(rows, index + 1);
              }

              @Override
              public @Nullable Object[] values() throws SQLException {
                return new Object[] {get(0), get(1)};
              }
            };
        return item.recordType().read(columns, null);
      }
    }
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void aNewRecordHoldsNullInEveryColumnAndIsNew(boolean inFields) {
    ItemRecord item = table(inFields).newRecord();

    assertThat(item.intoArray()).containsExactly(null, null);
    assertThat(item.get(0)).isNull();
    assertThat(item.changed()).isFalse();
    assertThat(item.size()).isEqualTo(2);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {1, "x"});
    item.attach(executor).setAt(1, "x").store();
    assertThat(executor.lastSql()).startsWith("insert into");
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void aRecordReadFromARowHoldsItsValuesUnchangedAndStored(boolean inFields) throws SQLException {
    Item item = table(inFields);

    ItemRecord read = readFromSqlite(item);

    assertThat(read.intoArray()).containsExactly(3000, "Balls to the Wall");
    assertThat(read.get(item.ID)).isEqualTo(3000);
    assertThat(read.get("name")).isEqualTo("Balls to the Wall");
    assertThat(read.intoMap()).containsEntry("id", 3000).containsEntry("name", "Balls to the Wall");
    assertThat(read.changed()).isFalse();
    assertThat(read).isInstanceOf(inFields ? FieldItem.class : ArrayItem.class);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE).willUpdate(1);
    read.attach(executor).set(item.NAME, "Restless and Wild").store();
    assertThat(executor.lastSql()).startsWith("update");
    assertThat(executor.statements().get(0).bindValues())
        .containsExactly("Restless and Wild", 3000);
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void anUpdateFindsTheRowByTheKeyItWasReadWithAndTheNextByTheNewKey(boolean inFields) {
    Item item = table(inFields);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {1, "Old"});
    ItemRecord read = executor.context().selectFrom(item).fetchSingle();

    read.set(item.ID, 9).set(item.NAME, "New").update();
    read.set(item.NAME, "Newer").update();

    assertThat(executor.statements().get(1).bindValues()).containsExactly(9, "New", 1);
    assertThat(executor.statements().get(2).bindValues()).containsExactly("Newer", 9);
    assertThat(read.changed()).isFalse();
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void aChangeToOneRecordReadWithOthersReachesNoneOfThem(boolean inFields) {
    Item item = table(inFields);
    RecordingExecutor executor = new RecordingExecutor(PostgresDialect.INSTANCE);
    executor.willReturn(new Object[] {1, "a"}, new Object[] {2, "b"}, new Object[] {3, "c"});
    List<ItemRecord> read = executor.context().selectFrom(item).fetch();
    ItemRecord first = read.get(0);
    ItemRecord second = read.get(1);
    ItemRecord third = read.get(2);

    first.set(item.ID, 10);
    executor.willUpdate(1);
    second.delete();

    assertThat(first.changed()).isTrue();
    assertThat(second.changed()).isFalse();
    assertThat(third.changed()).isFalse();
    assertThat(third.intoArray()).containsExactly(3, "c");
    executor.willUpdate(1);
    first.store(); // still stored: an update that finds the row by the key it was read with
    assertThat(executor.lastSql()).startsWith("update");
    assertThat(executor.statements().get(2).bindValues()).containsExactly(10, 1);
    executor.willReturn(new Object[] {2, "b"});
    second.set(item.NAME, "b2").store(); // deleted: no longer stored, so inserted again
    assertThat(executor.lastSql()).startsWith("insert into");
    executor.willUpdate(1);
    third.set(item.NAME, "c2").store();
    assertThat(executor.lastSql()).startsWith("update");
    assertThat(executor.statements().get(4).bindValues()).containsExactly("c2", 3);
    assertThat(first.changed()).isFalse();
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void aRecordEqualsAPlainRowWithTheSameFieldsAndValues(boolean inFields) {
    Item item = table(inFields);
    ItemRecord record = item.newRecord().set(item.ID, 1).set(item.NAME, "a");
    Record row =
        Queries.<Record>rowRecordType(item.fields()).newRecord(new Object[] {1, "a"}, null);

    assertThat(record).isEqualTo(row).hasSameHashCodeAs(row);
    assertThat(row).isEqualTo(record);
    assertThat(record).isNotEqualTo(item.newRecord().set(item.ID, 2).set(item.NAME, "a"));
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void aPositionOutsideTheTableIsRefused(boolean inFields) {
    ItemRecord item = table(inFields).newRecord();

    assertThatThrownBy(() -> item.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> item.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> item.setAt(2, "x")).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(item.changed()).isFalse();
  }

  @ParameterizedTest(name = "in fields: {0}")
  @ValueSource(booleans = {true, false})
  void recordsAreFilledFromPlainRowsTooAsRowsOfSomeColumnsAre(boolean inFields) {
    Item item = table(inFields);
    RecordType<ItemRecord> onlyName = Queries.tableRecordType(item, List.of(item.NAME));

    ItemRecord partial = onlyName.newRecord(new Object[] {"Restless and Wild"}, null);

    assertThat(partial.intoArray()).containsExactly(null, "Restless and Wild");
    assertThat(partial.changed()).isFalse();
  }

  @Test
  void aFieldOfTheWrongTypeIsRefusedWhereAnArrayWouldTakeIt() {
    @SuppressWarnings("unchecked")
    Field<Object> name = (Field<Object>) (Field<?>) Item.IN_FIELDS.NAME;

    assertThatThrownBy(() -> Item.IN_FIELDS.newRecord().set(name, 5))
        .isInstanceOf(ClassCastException.class);
  }

  /** {@code item(id, name)}, whose records keep their values in fields or in an array. */
  static final class Item extends AbstractTable<ItemRecord> implements WritableTable<ItemRecord> {
    static final Item IN_FIELDS = new Item(true, null);
    static final Item IN_ARRAY = new Item(false, null);

    private final boolean inFields;
    final TableField<ItemRecord, Integer> ID =
        createField("id", SQLDataType.INTEGER.nullable(false).identity(true));
    final TableField<ItemRecord, String> NAME =
        createField("name", SQLDataType.VARCHAR.length(120));

    private Item(boolean inFields, @Nullable String alias) {
      super("item", null, alias);
      this.inFields = inFields;
    }

    @Override
    public Item as(String alias) {
      return new Item(inFields, alias);
    }

    @Override
    public ItemRecord newRecord() {
      return inFields ? new FieldItem(this) : new ArrayItem(this);
    }

    @Override
    public UniqueKey<ItemRecord> getPrimaryKey() {
      return UniqueKey.primaryKey("item_pkey", this, ID);
    }
  }

  abstract static class ItemRecord extends AbstractUpdatableRecord<ItemRecord> {
    ItemRecord(Item table) {
      super(table);
    }

    /** The protected setter by position, as generated setters call it. */
    ItemRecord setAt(int index, @Nullable Object value) {
      return set(index, value);
    }
  }

  /** Overrides nothing: its values are in the base class's array. */
  static final class ArrayItem extends ItemRecord {
    ArrayItem(Item table) {
      super(table);
    }
  }

  /** Keeps each value in a field of its own, as rex:generate writes records. */
  static final class FieldItem extends ItemRecord {
    private @Nullable Integer id;
    private @Nullable String name;

    FieldItem(Item table) {
      super(table);
    }

    @Override
    protected @Nullable Object value(int index) {
      return switch (index) {
        case 0 -> this.id;
        case 1 -> this.name;
        default -> throw new IndexOutOfBoundsException("No column " + index + " in item");
      };
    }

    @Override
    protected void value(int index, @Nullable Object value) {
      switch (index) {
        case 0 -> this.id = (Integer) value;
        case 1 -> this.name = (String) value;
        default -> throw new IndexOutOfBoundsException("No column " + index + " in item");
      }
    }

    @Override
    protected void read(RowColumns row) throws SQLException {
      this.id = row.getInteger(0);
      this.name = row.getString(1);
    }
  }
}
