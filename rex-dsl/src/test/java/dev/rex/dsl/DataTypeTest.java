package dev.rex.dsl;

import static dev.rex.dsl.fixtures.Tables.ALBUM;
import static dev.rex.dsl.fixtures.Tables.ARTIST;
import static dev.rex.dsl.fixtures.Tables.EMPLOYEE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.dsl.fixtures.AlbumRecord;
import dev.rex.dsl.fixtures.EmployeeRecord;
import dev.rex.dsl.fixtures.Rating;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DataTypeTest {

  @Test
  void carriesColumnMetadataInCopies() {
    DataType<String> title = SQLDataType.VARCHAR.length(160).nullable(false);
    assertThat(title.getLength()).isEqualTo(160);
    assertThat(title.isNullable()).isFalse();
    assertThat(SQLDataType.VARCHAR.isNullable()).isTrue();
    assertThat(SQLDataType.VARCHAR.getLength()).isZero();

    DataType<BigDecimal> money = SQLDataType.NUMERIC.precision(10, 2).defaultValue("0");
    assertThat(money.getPrecision()).isEqualTo(10);
    assertThat(money.getScale()).isEqualTo(2);
    assertThat(money.getDefaultSql()).isEqualTo("0");
    assertThat(money.isDefaulted()).isTrue();
    assertThat(money.isIdentity()).isFalse();

    DataType<Integer> id = SQLDataType.INTEGER.identity(true);
    assertThat(id.isIdentity()).isTrue();
    assertThat(id.isDefaulted()).isTrue();
    assertThat(SQLDataType.INTEGER.isDefaulted()).isFalse();
  }

  @Test
  void comparesByJavaTypeSqlTypeAndNameOnly() {
    assertThat(SQLDataType.VARCHAR.length(10).nullable(false))
        .isEqualTo(SQLDataType.VARCHAR)
        .hasSameHashCodeAs(SQLDataType.VARCHAR);
    assertThat(SQLDataType.VARCHAR).isNotEqualTo(SQLDataType.TEXT);
    assertThat(SQLDataType.TEXT.typeName("citext")).isNotEqualTo(SQLDataType.TEXT);
    assertThat(SQLDataType.TEXT.typeName("citext").getTypeName()).isEqualTo("citext");
    assertThat(SQLDataType.TEXT).isNotEqualTo("text");
  }

  @Test
  void describesItselfAsTheSchemaWould() {
    assertThat(SQLDataType.VARCHAR.length(160).nullable(false))
        .hasToString("varchar(160) not null");
    assertThat(SQLDataType.NUMERIC.precision(10, 2)).hasToString("numeric(10,2)");
    assertThat(SQLDataType.DOUBLE).hasToString("double precision");
  }

  @Test
  void findsEnumConstantsByLiteral() {
    assertThat(Rating.TYPE.getSqlType()).isEqualTo(SqlType.ENUM);
    assertThat(Rating.TYPE.getEnumValues()).containsExactly(Rating.values());
    assertThat(Rating.TYPE.enumValue("PG-13")).isEqualTo(Rating.PG_13);
    assertThat(Rating.TYPE.enumValue("X")).isNull();
    assertThat(SQLDataType.TEXT.getEnumValues()).isEmpty();
  }

  @Test
  void describesArraysByTheirElement() {
    DataType<Integer[]> ints = DataType.arrayOf(SQLDataType.INTEGER, Integer[].class);
    assertThat(ints.getTypeName()).isEqualTo("integer[]");
    assertThat(ints.getSqlType()).isEqualTo(SqlType.ARRAY);
    assertThat(ints.getType()).isEqualTo(Integer[].class);
    assertThat(ints.getElementType()).isEqualTo(SQLDataType.INTEGER);
    assertThat(SQLDataType.INTEGER.getElementType()).isNull();
  }

  @Test
  void wrapsJsonTextAndRejectsNull() {
    assertThat(Json.of("{}").data()).isEqualTo("{}");
    assertThat(Json.of("{}")).hasToString("{}");
    assertThat(Jsonb.of("[]")).hasToString("[]").isEqualTo(new Jsonb("[]"));
    assertThatThrownBy(() -> Json.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Jsonb.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void describesKeysOfGeneratedTables() {
    UniqueKey<AlbumRecord> key = ALBUM.getPrimaryKey();
    assertThat(key.primary()).isTrue();
    assertThat(key.fields()).containsExactly(ALBUM.ALBUM_ID);
    assertThat(key).hasToString("album_pkey");
    assertThat(ALBUM.getUniqueKeys()).containsExactly(key);
    assertThat(UniqueKey.unique("artist_name_key", ARTIST, ARTIST.NAME).primary()).isFalse();

    ForeignKey<EmployeeRecord, ?> reportsTo = EMPLOYEE.getReferences().get(0);
    assertThat(reportsTo).hasToString("employee_reports_to_fkey");
    assertThat(reportsTo.fields()).containsExactly(EMPLOYEE.REPORTS_TO);
    assertThat(reportsTo.key().table()).isEqualTo(EMPLOYEE);
    assertThat(ALBUM.getReferences().get(0).key()).isEqualTo(ARTIST.getPrimaryKey());
  }

  @Test
  void looksUpColumnsOfGeneratedTables() {
    assertThat(ALBUM.field("title")).isSameAs(ALBUM.TITLE);
    assertThat(ALBUM.field("nope")).isNull();
    assertThat(ALBUM.as("a").field(ALBUM.TITLE)).isEqualTo(ALBUM.as("a").TITLE);
    assertThatThrownBy(() -> ALBUM.field(ARTIST.NAME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Table album has no column name.");
    assertThat(ALBUM.TITLE.getTable()).isSameAs(ALBUM);
    assertThat(ALBUM.getSchema()).isNull();
    assertThat(ALBUM.getAlias()).isNull();
    assertThat(ALBUM.as("a").getAlias()).isEqualTo("a");
    assertThat(ALBUM.as("a")).isEqualTo(ALBUM.as("a")).isNotEqualTo(ALBUM);
    assertThat(ALBUM.as("a").TITLE).isEqualTo(ALBUM.as("a").TITLE).isNotEqualTo(ALBUM.TITLE);
    assertThat(ALBUM.recordType()).isSameAs(ALBUM.recordType());
    assertThat(ALBUM.isWritable()).isTrue();
  }

  @Test
  void tablesWithoutKeysSayNothingAboutThem() {
    Table<?> derived = DSL.select(ALBUM.TITLE).from(ALBUM).asTable("d");
    assertThat(derived.getPrimaryKey()).isNull();
    assertThat(derived.getUniqueKeys()).isEmpty();
    assertThat(derived.getReferences()).isEmpty();
  }
}
