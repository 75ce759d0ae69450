package dev.rex.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rex.graphql.internal.SchemaAssembly;
import org.junit.jupiter.api.Test;

class SchemaDerivationTest {

  @Test
  void bothDialectsOfChinookGiveOneSchema() {
    String postgres =
        SchemaAssembly.sdl(
            ChinookCatalogs.postgres().describe(), ChinookCatalogs.postgres().overrides());
    String sqlite =
        SchemaAssembly.sdl(
            ChinookCatalogs.sqlite().describe(), ChinookCatalogs.sqlite().overrides());
    // Descriptions name the tables and columns as each database spells them; the rest is equal.
    assertThat(withoutDescriptions(sqlite)).isEqualTo(withoutDescriptions(postgres));
    System.out.println(postgres);
  }

  private static String withoutDescriptions(String sdl) {
    return sdl.replaceAll("(?s)\"\"\".*?\"\"\"\\s*", "").replaceAll("(?m)^\\s*\"[^\n]*\"\\n", "");
  }
}
