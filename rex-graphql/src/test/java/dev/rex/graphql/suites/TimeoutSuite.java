package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.RexSettings;
import dev.rex.graphql.GraphQLTest;
import graphql.GraphQLError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query the limits let through but the database would spend long on — every track with every
 * playlist with every track of it, some fifteen million rows of JSON — is cancelled by the query
 * timeout of the {@code Rex} the API runs on, and answered with a {@code TIMEOUT} error.
 */
public abstract class TimeoutSuite extends GraphQLTest {

  @Override
  protected RexSettings settings(RexSettings defaults) {
    return defaults.withQueryTimeout(Duration.ofSeconds(1));
  }

  @Test
  void aQueryThatRunsLongerThanTheQueryTimeoutIsCancelledWithATimeoutError() {
    long start = System.nanoTime();

    List<GraphQLError> errors =
        errors("{ tracks { playlists { tracks { playlists { tracks { name } } } } } }");

    assertThat(errors.get(0).getExtensions()).containsEntry("code", "TIMEOUT");
    assertThat(errors.get(0).getMessage()).contains("ran longer than the query timeout");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    assertThat(data("{ album(albumId: 1) { title } }").toString())
        .isEqualTo("{album={title=For Those About To Rock We Salute You}}");
  }
}
