package dev.rex.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.Rex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @ExtendWith(RexExtension.class)} alone takes {@code @RexTest}'s defaults; the constructor
 * gets the {@code Rex} too, and a per-class test instance is injected before {@code @BeforeAll}.
 */
@ExtendWith(RexExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtendWithTest {

  private final Rex fromConstructor;
  private Rex field;
  private final Rex finalField = null;

  ExtendWithTest(Rex rex) {
    this.fromConstructor = rex;
  }

  @Test
  void constructorFieldAndParameterGetTheSameRex(Rex parameter) {
    assertThat(parameter).isSameAs(fromConstructor).isSameAs(field);
    assertThat(finalField).isNull();
    assertThat(parameter.dialect().name()).isEqualTo("postgres");
    assertThat(Chinook.count(parameter, "artist")).isEqualTo(Chinook.ARTISTS);
  }
}
