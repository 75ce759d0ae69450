package dev.rex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaSettingsTest {

  @Test
  void defaultsAndCopies() {
    ReplicaSettings replicas =
        ReplicaSettings.of("jdbc:postgresql://r1/app", "jdbc:postgresql://r2/app");

    assertThat(replicas.urls()).hasSize(2);
    assertThat(replicas.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(replicas.retryAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(replicas.withConnectionTimeout(Duration.ofSeconds(1)).connectionTimeout())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(replicas.withRetryAfter(Duration.ZERO).retryAfter()).isZero();
    assertThat(RexSettings.defaults().replicas()).isNull();
    assertThat(RexSettings.defaults().withReplicas("jdbc:postgresql://r1/app").replicas().urls())
        .containsExactly("jdbc:postgresql://r1/app");
    assertThat(
            RexSettings.defaults()
                .withReplicas(replicas)
                .withReplicas((ReplicaSettings) null)
                .replicas())
        .isNull();
  }

  @Test
  void refusesValuesThatCannotWork() {
    assertThatThrownBy(() -> new ReplicaSettings(List.of(), Duration.ofSeconds(1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Name at least one replica URL.");
    assertThatThrownBy(
            () -> ReplicaSettings.of("jdbc:x:y").withConnectionTimeout(Duration.ofMillis(10)))
        .hasMessageContaining("at least 250 ms");
    assertThatThrownBy(() -> ReplicaSettings.of("jdbc:x:y").withRetryAfter(Duration.ofSeconds(-1)))
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void toStringLeavesCredentialsOut() {
    String text = ReplicaSettings.of("jdbc:postgresql://r1/app?user=me&password=secret").toString();

    assertThat(text).doesNotContain("secret").contains("r1");
  }
}
