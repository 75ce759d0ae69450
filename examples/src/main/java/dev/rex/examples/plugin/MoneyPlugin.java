package dev.rex.examples.plugin;

import dev.rex.dsl.DataType;
import dev.rex.dsl.SqlType;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.dsl.spi.Binding;
import dev.rex.plugin.RexPlugin;
import dev.rex.plugin.TypeBinding;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The binding example of docs/plugins.md: amounts of money in the one currency a database keeps its
 * prices in, stored in its numeric columns. The plugin binds {@link Money}; a column declared with
 * {@link #MONEY} reads and writes {@code Money}, and an amount in another currency is refused
 * before anything is written.
 *
 * <pre>{@code
 * Rex db = Rex.connect(url, RexSettings.defaults().withPlugin(new MoneyPlugin(USD)));
 * Field<Money> price = DSL.field(DSL.name(TRACK.UNIT_PRICE.getName()), MONEY);
 * Money first = db.select(price).from(TRACK).where(TRACK.TRACK_ID.eq(1)).fetchSingle().value1();
 * }</pre>
 */
public final class MoneyPlugin implements RexPlugin {

  /** An amount in a currency. */
  public record Money(BigDecimal amount, Currency currency) {

    /** Checks that both are given. */
    public Money {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
    }
  }

  /** The type of a numeric column that holds amounts of money. */
  public static final DataType<Money> MONEY = DataType.of(Money.class, SqlType.DECIMAL, "numeric");

  private final Currency currency;

  /** A plugin for databases whose prices are amounts of {@code currency}. */
  public MoneyPlugin(Currency currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  @Override
  public String name() {
    return "money";
  }

  @Override
  public List<TypeBinding<?>> bindings() {
    return List.of(TypeBinding.of(Money.class, new MoneyBinding()));
  }

  /** Writes the amount of a {@code Money} in the plugin's currency; reads one back. */
  private final class MoneyBinding implements Binding<Money> {
    @Override
    public void set(PreparedStatement statement, int index, @Nullable Money value)
        throws SQLException {
      if (value == null) {
        statement.setNull(index, Types.DECIMAL);
        return;
      }
      if (!value.currency().equals(currency)) {
        throw new InvalidValueException(
            "an amount in " + value.currency() + " where prices are in " + currency);
      }
      statement.setBigDecimal(index, value.amount());
    }

    @Override
    public @Nullable Money get(ResultSet resultSet, int index) throws SQLException {
      BigDecimal amount = resultSet.getBigDecimal(index);
      return amount == null ? null : new Money(amount, currency);
    }
  }
}
