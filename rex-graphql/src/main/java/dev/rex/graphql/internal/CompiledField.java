package dev.rex.graphql.internal;

import dev.rex.dsl.Record;
import dev.rex.dsl.Result;
import dev.rex.dsl.Select;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A connection or aggregate field compiled to one select: run on its own at the root, or nested as
 * a {@code multiset} in its parent's statement; either way {@code decoder} turns the rows it
 * returns into the field's GraphQL value.
 */
record CompiledField(Select<Record> select, Function<Result<?>, @Nullable Object> decoder) {}
