package dev.rex.graphql.http.internal;

/**
 * What the handler needs from the server's builder.
 *
 * @param path the GraphQL endpoint's path
 * @param graphiql whether GraphiQL is served
 * @param graphiqlPath GraphiQL's own path; its assets are under {@code graphiqlPath + "/assets/"}
 * @param maxRequestBytes the largest request body accepted
 */
public record HttpSettings(
    String path, boolean graphiql, String graphiqlPath, int maxRequestBytes) {}
