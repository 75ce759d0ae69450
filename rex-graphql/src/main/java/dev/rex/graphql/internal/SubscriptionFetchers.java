package dev.rex.graphql.internal;

import dev.rex.dsl.Condition;
import dev.rex.dsl.Record;
import dev.rex.dsl.RowPredicate;
import dev.rex.dsl.Table;
import dev.rex.dsl.exception.InvalidQueryException;
import dev.rex.dsl.spi.Dialect;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.RowPolicy;
import dev.rex.realtime.Change;
import dev.rex.realtime.ChangePosition;
import dev.rex.realtime.ChangeStream;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;

/**
 * The data fetchers of the {@code Subscription} root. Each compiles, when the client subscribes,
 * the principal's row policy and the {@code where} filter into predicates that rex-realtime
 * evaluates in memory on each change's images, and returns a {@link ChangePublisher} whose events
 * graphql-java runs the selection on. What cannot be evaluated in memory is refused then: a filter
 * on a relation ({@code BAD_USER_INPUT}), a row policy with a subquery ({@code FORBIDDEN}, rather
 * than deliver rows the policy would hide). An image the policy hides is left out of the event
 * ({@code node} or {@code previous} null), so an update that moves a row out of a principal's sight
 * tells it only that the row left.
 */
final class SubscriptionFetchers {

  /** How many events may wait for a slow client before its subscription is ended. */
  private static final int BUFFERED_EVENTS = 1_000;

  private final GraphModel model;
  private final Catalog catalog;
  private final Subscriptions subscriptions;

  SubscriptionFetchers(GraphModel model, Catalog catalog, Subscriptions subscriptions) {
    this.model = model;
    this.catalog = catalog;
    this.subscriptions = subscriptions;
  }

  /** The entities with a subscription field: the visible tables whose changes are captured. */
  List<Entity> entities() {
    List<Entity> entities = new ArrayList<>();
    for (Entity entity : model.entities()) {
      if (entity.writable() && subscriptions.tables().contains(entity.table().name())) {
        entities.add(entity);
      }
    }
    return entities;
  }

  void register(GraphQLCodeRegistry.Builder registry) {
    for (Entity entity : entities()) {
      registry.dataFetcher(
          FieldCoordinates.coordinates("Subscription", SubscriptionTypes.field(entity)),
          fetcher(entity));
    }
  }

  private DataFetcher<Publisher<Map<String, @Nullable Object>>> fetcher(Entity entity) {
    return env -> {
      Table<?> table = catalog.table(entity.table().name());
      if (table == null) {
        throw new IllegalStateException("the catalog has no table " + entity.table().name());
      }
      RequestScope scope = RequestScope.of(env);
      return publisher(
          entity,
          table,
          scope,
          env.getArgument(SubscriptionTypes.WHERE),
          env.getArgument(SubscriptionTypes.AFTER));
    };
  }

  private <R extends Record> Publisher<Map<String, @Nullable Object>> publisher(
      Entity entity,
      Table<R> table,
      RequestScope scope,
      @Nullable Object where,
      @Nullable String after) {
    String field = SubscriptionTypes.field(entity);
    Dialect dialect = scope.database().dialect();
    Predicate<R> visible = visible(field, table, scope, dialect);
    String relation = relationIn(entity, where);
    if (relation != null) {
      throw new RequestException(
          "BAD_USER_INPUT",
          field
              + " cannot filter on the relation "
              + relation
              + ": a change is matched in memory against the row's own fields only");
    }
    Compilation compilation = new Compilation(model, new Tables(catalog, scope), 1);
    Condition condition = Filters.where(compilation, entity, table, where);
    Predicate<R> matching;
    try {
      matching = RowPredicate.of(table, condition, dialect);
    } catch (InvalidQueryException e) {
      throw new RequestException(
          "BAD_USER_INPUT",
          field + "'s where cannot be evaluated on a change in memory: " + e.getMessage());
    }
    ChangeStream<R> stream =
        subscriptions.realtime().changes(table).filter(visible).filter(matching);
    if (after != null) {
      stream = stream.after(position(after));
    }
    return new ChangePublisher<>(stream, change -> event(entity, visible, change), BUFFERED_EVENTS);
  }

  /** The principal's row policy as a predicate on images; every row without a policy. */
  private static <R extends Record> Predicate<R> visible(
      String field, Table<R> table, RequestScope scope, Dialect dialect) {
    RowPolicy policy = scope.access().policy(table.getName());
    if (policy == null) {
      return record -> true;
    }
    try {
      return RowPredicate.of(table, policy.rows(scope.principal()), dialect);
    } catch (InvalidQueryException e) {
      throw new RequestException(
          "FORBIDDEN",
          field
              + " is not available: the row policy of "
              + table.getName()
              + " cannot be evaluated on a change in memory ("
              + e.getMessage()
              + ")");
    }
  }

  /** The name of a relation the filter uses, at any depth of and / or / not; null when none. */
  private static @Nullable String relationIn(Entity entity, @Nullable Object input) {
    if (!(input instanceof Map<?, ?> filter)) {
      return null;
    }
    for (Map.Entry<?, ?> entry : filter.entrySet()) {
      String name = (String) entry.getKey();
      Object value = entry.getValue();
      String found =
          switch (name) {
            case FilterTypes.AND, FilterTypes.OR -> relationInAny(entity, value);
            case FilterTypes.NOT -> relationIn(entity, value);
            default -> entity.relation(name) == null ? null : name;
          };
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static @Nullable String relationInAny(Entity entity, @Nullable Object list) {
    if (!(list instanceof List<?> filters)) {
      return null;
    }
    for (Object filter : filters) {
      String found = relationIn(entity, filter);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static ChangePosition position(String after) {
    try {
      return ChangePosition.parse(after);
    } catch (IllegalArgumentException e) {
      throw new RequestException(
          "BAD_USER_INPUT", "after must be a change's position (digits), not '" + after + "'");
    }
  }

  /** The event graphql-java runs the selection on: the change, its images keyed by field name. */
  private static <R extends Record> Map<String, @Nullable Object> event(
      Entity entity, Predicate<R> visible, Change<R> change) {
    Map<String, @Nullable Object> event = new Selections.NamedRow();
    event.put(SubscriptionTypes.POSITION, change.position().toString());
    event.put(SubscriptionTypes.OPERATION, change.operation().name());
    event.put(SubscriptionTypes.NODE, row(entity, visible, change.newRecord()));
    event.put(SubscriptionTypes.PREVIOUS, row(entity, visible, change.oldRecord()));
    event.put(
        SubscriptionTypes.CHANGED_AT, OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC));
    return event;
  }

  private static <R extends Record> @Nullable Map<String, @Nullable Object> row(
      Entity entity, Predicate<R> visible, @Nullable R record) {
    if (record == null || !visible.test(record)) {
      return null;
    }
    Map<String, @Nullable Object> row = new Selections.NamedRow();
    for (Attribute attribute : entity.attributes()) {
      row.put(attribute.fieldName(), Values.toGraphQL(record.get(attribute.column().name())));
    }
    return row;
  }
}
