package dev.rex.cache;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One lookup in the result cache.
 *
 * @param sql the query's SQL with {@code ?} placeholders
 * @param binds its bind values
 * @param tables the tables it reads (empty for plain SQL, whose tables are unknown)
 */
public record CacheEvent(String sql, List<@Nullable Object> binds, Set<String> tables) {}
