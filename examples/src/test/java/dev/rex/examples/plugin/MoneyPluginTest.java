package dev.rex.examples.plugin;

import static dev.rex.examples.chinook.Tables.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.RexSettings;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.exception.InvalidValueException;
import dev.rex.examples.plugin.MoneyPlugin.Money;
import dev.rex.testing.Backend;
import dev.rex.testing.RexTest;
import dev.rex.testing.RexTestSettings;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The plugin guide's binding example, run as its readers would: Chinook's track prices read and
 * written as {@link Money} on the example database (a SQLite file that rex-testing migrates).
 */
@RexTest(
    backend = Backend.SQLITE,
    migrations = "classpath:db/migration/sqlite",
    settings = MoneyPluginTest.WithMoney.class)
class MoneyPluginTest {

  static final Currency USD = Currency.getInstance("USD");

  /** The settings of the test's {@code Rex}: the defaults and the plugin. */
  static final class WithMoney implements RexTestSettings {
    @Override
    public RexSettings settings() {
      return RexSettings.defaults().withPlugin(new MoneyPlugin(USD));
    }
  }

  // tag::money[]
  static final Field<Money> PRICE =
      DSL.field(DSL.name(TRACK.UNIT_PRICE.getName()), MoneyPlugin.MONEY);

  // end::money[]

  @Test
  void pricesAreReadAndWrittenAsMoneyInTheDatabasesCurrency(Rex db) {
    Money first = db.select(PRICE).from(TRACK).where(TRACK.TRACK_ID.eq(1)).fetchSingle().value1();
    assertThat(first.currency()).isEqualTo(USD);
    assertThat(first.amount()).isEqualByComparingTo("0.99");

    db.update(TRACK)
        .set(PRICE, new Money(new BigDecimal("1.29"), USD))
        .where(TRACK.TRACK_ID.eq(1))
        .execute();

    assertThat(
            db.select(TRACK.UNIT_PRICE)
                .from(TRACK)
                .where(TRACK.TRACK_ID.eq(1))
                .fetchSingle()
                .value1())
        .isEqualByComparingTo("1.29");
    assertThat(db.fetchCount(TRACK, PRICE.eq(new Money(new BigDecimal("0.99"), USD))))
        .isPositive()
        .isEqualTo(db.fetchCount(TRACK, TRACK.UNIT_PRICE.eq(new BigDecimal("0.99"))));
  }

  @Test
  void anAmountInAnotherCurrencyIsRefusedAndNothingIsWritten(Rex db) {
    Money euros = new Money(new BigDecimal("5.00"), Currency.getInstance("EUR"));

    assertThatThrownBy(
            () -> db.update(TRACK).set(PRICE, euros).where(TRACK.TRACK_ID.eq(2)).execute())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("an amount in EUR where prices are in USD");
    assertThat(db.select(PRICE).from(TRACK).where(TRACK.TRACK_ID.eq(2)).fetchSingle().value1())
        .isNotEqualTo(euros)
        .extracting(Money::currency)
        .isEqualTo(USD);
  }
}
