package dev.rex.realtime.http.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import dev.rex.dsl.Table;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangeListener;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeStream;
import dev.rex.realtime.ChangeSubscription;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.SubscriptionEnd;
import dev.rex.realtime.http.RealtimeAccess;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Opens a client's subscription: the client's column filters ANDed with the authorizer's row
 * condition go to {@link ChangeStream#where}, its row check to {@link ChangeStream#filter}, so both
 * are checked against each change's images by Realtime (a check that throws ends only this
 * subscription, with {@code LISTENER_FAILED}).
 */
final class Subscriptions {

  private Subscriptions() {}

  static ChangeSubscription open(
      Realtime realtime,
      Table<?> table,
      List<ColumnFilters.ColumnFilter> filters,
      RealtimeAccess access,
      ChangePosition after,
      ChangeSink sink) {
    return openTyped(realtime, table, filters, access, after, sink);
  }

  /** The hidden columns of {@code access}, in lower case as {@link ChangeJson} wants them. */
  static Set<String> hidden(RealtimeAccess access) {
    return access.hiddenColumns().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static <R extends Record> ChangeSubscription openTyped(
      Realtime realtime,
      Table<R> table,
      List<ColumnFilters.ColumnFilter> filters,
      RealtimeAccess access,
      ChangePosition after,
      ChangeSink sink) {
    ChangeStream<R> stream = realtime.changes(table).after(after);
    for (ColumnFilters.ColumnFilter filter : filters) {
      stream = filter.narrow(stream);
    }
    Condition rows = access.rowCondition();
    if (rows != null) {
      stream = stream.where(rows);
    }
    Predicate<Record> check = access.rowPredicate();
    if (check != null) {
      stream = stream.filter(check);
    }
    return stream.subscribe(
        new ChangeListener<R>() {
          @Override
          public void onChange(Change<R> change) {
            sink.change(change);
          }

          @Override
          public void onEnd(SubscriptionEnd end) {
            sink.end(end);
          }
        });
  }
}
