package dev.rex.dsl.impl;

import dev.rex.dsl.DataType;
import dev.rex.dsl.Field;
import dev.rex.dsl.Record;
import dev.rex.dsl.spi.ComparisonRules;
import dev.rex.dsl.spi.RenderContext;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A scalar function call {@code name(arg, …)}, such as {@code lower} or {@code coalesce}. */
final class SqlFunction<T> extends AbstractField<T> {

  private final String name;
  private final DataType<T> type;
  private final List<Field<?>> arguments;

  SqlFunction(String name, DataType<T> type, List<Field<?>> arguments) {
    this.name = name;
    this.type = type;
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public DataType<T> getDataType() {
    return type;
  }

  /**
   * {@code lower} and {@code upper} with the dialect's {@link CaseMapping}, {@code length} in
   * characters (code points), {@code coalesce} and {@code abs}; other functions are refused.
   */
  @Override
  RowExpression inMemory(InMemory memory) {
    List<RowExpression> values = memory.expressions(arguments);
    return switch (name) {
      case "lower", "upper", "length" -> text(memory, values.get(0));
      case "coalesce" -> record -> firstNonNull(values, record);
      case "abs" -> {
        memory.require(arguments.get(0), SqlValues.Kind.NUMBER, "abs of");
        ComparisonRules rules = memory.rules();
        yield record -> {
          Object value = values.get(0).evaluate(record);
          return value == null ? null : SqlArithmetic.abs((Number) value, rules);
        };
      }
      default -> throw memory.unsupported("the function " + this);
    };
  }

  private RowExpression text(InMemory memory, RowExpression argument) {
    memory.require(arguments.get(0), SqlValues.Kind.TEXT, name + " of");
    CaseMapping mapping = memory.caseMapping();
    return record -> {
      String value = (String) argument.evaluate(record);
      if (value == null) {
        return null;
      }
      return switch (name) {
        case "lower" -> mapping.lower(value);
        case "upper" -> mapping.upper(value);
        default -> value.codePointCount(0, value.length());
      };
    };
  }

  private static @Nullable Object firstNonNull(List<RowExpression> values, Record record) {
    for (RowExpression value : values) {
      Object result = value.evaluate(record);
      if (result != null) {
        return result;
      }
    }
    return null;
  }

  @Override
  public void accept(RenderContext context) {
    context.sql(context.dialect().functionName(name)).sql('(');
    Renderer.list(context, arguments, ", ");
    context.sql(')');
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SqlFunction<?> that
        && name.equals(that.name)
        && type.equals(that.type)
        && arguments.equals(that.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, arguments);
  }
}
