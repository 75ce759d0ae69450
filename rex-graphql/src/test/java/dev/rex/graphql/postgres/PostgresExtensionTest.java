package dev.rex.graphql.postgres;

import static graphql.schema.GraphQLFieldDefinition.newFieldDefinition;

import dev.rex.graphql.SchemaExtensions;
import dev.rex.graphql.chinook.postgres.Tables;
import dev.rex.graphql.suites.ExtensionSuite;
import graphql.Scalars;
import graphql.schema.GraphQLNonNull;

class PostgresExtensionTest extends ExtensionSuite {
  @Override
  protected String dialect() {
    return "postgres";
  }

  @Override
  protected SchemaExtensions withTitleLength(SchemaExtensions extensions) {
    return extensions.field(
        Tables.ALBUM,
        newFieldDefinition()
            .name("titleLength")
            .type(GraphQLNonNull.nonNull(Scalars.GraphQLInt))
            .build(),
        (album, env) -> album.getTitle().length());
  }

  @Override
  protected SchemaExtensions withArtistName(SchemaExtensions extensions) {
    return extensions.field(
        Tables.ALBUM,
        newFieldDefinition().name("artistName").type(Scalars.GraphQLString).build(),
        (album, env) -> env.getDataLoader("artistNames").load(album.getArtistId()));
  }
}
