package dev.rex.dsl.impl;

import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.RecordType;
import dev.rex.dsl.Table;
import dev.rex.dsl.spi.RenderContext;
import dev.rex.dsl.spi.SqlNames;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table known by name only: a reference made with {@code DSL.table(name)} (for example to a
 * recursive CTE from inside its own definition, or to a table in another schema), or a CTE under an
 * alias.
 */
final class NamedTable<R extends Record> implements Table<R> {

  private final @Nullable String schema;
  private final String name;
  private final @Nullable String alias;
  private final List<Field<?>> fields;
  private final RecordType<R> innerType;

  NamedTable(
      @Nullable String schema,
      String name,
      @Nullable String alias,
      List<Field<?>> innerFields,
      RecordType<R> innerType) {
    this.schema = schema == null ? null : SqlNames.checkIdentifier(schema, "schema name");
    this.name = SqlNames.checkIdentifier(name, "table name");
    this.alias = alias == null ? null : SqlNames.checkIdentifier(alias, "table alias");
    this.fields = DerivedColumns.requalify(alias != null ? alias : name, innerFields, null);
    this.innerType = innerType;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public @Nullable String getSchema() {
    return schema;
  }

  @Override
  public @Nullable String getAlias() {
    return alias;
  }

  @Override
  public List<Field<?>> fields() {
    return fields;
  }

  @Override
  public @Nullable Field<?> field(String column) {
    return DerivedColumns.byName(fields, column);
  }

  @Override
  public <T> Field<T> field(Field<T> field) {
    Field<?> found = field(field.getName());
    if (found != null) {
      @SuppressWarnings("unchecked")
      Field<T> typed = (Field<T>) found;
      return typed;
    }
    return new QualifiedField<>(alias != null ? alias : name, field.getName(), field.getDataType());
  }

  @Override
  public Table<R> as(String newAlias) {
    return new NamedTable<>(schema, name, newAlias, fields, innerType);
  }

  @Override
  public RecordType<R> recordType() {
    return new RelabeledRecordType<>(fields, innerType);
  }

  @Override
  public void accept(RenderContext context) {
    render(context, schema, name, alias);
  }

  /**
   * A table as SQL: {@code schema.name as alias} where it is declared (in FROM or a join), its
   * alias (or qualified name) where it is referred to. Generated tables render the same way.
   */
  static void render(
      RenderContext context, @Nullable String schema, String name, @Nullable String alias) {
    if (context.position() == RenderContext.Position.TABLE_DECLARATION) {
      renderQualifiedName(context, schema, name);
      if (alias != null) {
        context.sql(" as ").name(alias);
      }
    } else if (alias != null) {
      context.name(alias);
    } else {
      renderQualifiedName(context, schema, name);
    }
  }

  private static void renderQualifiedName(
      RenderContext context, @Nullable String schema, String name) {
    if (schema != null) {
      context.name(schema).sql('.');
    }
    context.name(name);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NamedTable<?> that
        && name.equals(that.name)
        && Objects.equals(schema, that.schema)
        && Objects.equals(alias, that.alias)
        && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, alias);
  }
}
