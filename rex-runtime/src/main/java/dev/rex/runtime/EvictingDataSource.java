package dev.rex.runtime;

import java.sql.Connection;
import javax.sql.DataSource;

/**
 * A data source that takes back a connection found broken, so that it is not handed out again. Rex
 * runs statements on the physical connection, where a pool cannot see the failure itself; HikariCP
 * pools are evicted from directly, other sources of Rex's own implement this.
 */
public interface EvictingDataSource extends DataSource {

  /** Takes back {@code broken}, which came from this source and failed as a lost connection. */
  void evict(Connection broken);
}
