package dev.rex.graphql.suites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rex.Rex;
import dev.rex.dsl.DSL;
import dev.rex.dsl.Field;
import dev.rex.dsl.Table;
import dev.rex.dsl.TableField;
import dev.rex.graphql.AccessRules;
import dev.rex.graphql.Catalog;
import dev.rex.graphql.ChinookCatalogs;
import dev.rex.graphql.GraphQLRequest;
import dev.rex.graphql.Principal;
import dev.rex.graphql.RealtimeChinook;
import dev.rex.graphql.RexGraphQL;
import dev.rex.graphql.http.GraphQLServer;
import dev.rex.graphql.http.TransportWsClient;
import dev.rex.realtime.Realtime;
import dev.rex.realtime.RealtimeSettings;
import dev.rex.testing.TestDatabases;
import graphql.ExecutionResult;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * GraphQL subscriptions over graphql-transport-ws, on a fresh Chinook database whose album and
 * artist changes rex-realtime captures: filtered inserts, updates and deletes; resuming after a
 * position; a principal that sees only its artist's albums and not their titles; refusals of what
 * cannot be evaluated in memory; and the protocol's rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SubscriptionSuite {

  private String url;
  private Rex db;
  private Realtime realtime;
  private RexGraphQL graphql;
  private GraphQLServer server;
  private int nextId = 10_000;

  /** {@code postgres} or {@code sqlite}. */
  protected abstract String dialect();

  private boolean postgres() {
    return dialect().equals("postgres");
  }

  private Catalog catalog() {
    return ChinookCatalogs.of(dialect());
  }

  private Table<?> album() {
    return table(postgres() ? "album" : "Album");
  }

  private Table<?> artist() {
    return table(postgres() ? "artist" : "Artist");
  }

  private Table<?> table(String name) {
    Table<?> table = catalog().table(name);
    assertThat(table).isNotNull();
    return table;
  }

  @SuppressWarnings("unchecked")
  private static <T> Field<T> column(Table<?> table, String name) {
    Field<?> field = table.field(name);
    assertThat(field).as(name).isNotNull();
    return (Field<T>) field;
  }

  private Field<Integer> albumArtist() {
    return column(album(), postgres() ? "artist_id" : "ArtistId");
  }

  @BeforeAll
  void start() {
    url = RealtimeChinook.create(dialect(), album().getName(), artist().getName());
    db = Rex.connect(url);
    realtime =
        Realtime.start(db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(200)));
    graphql = api(realtime);
    server = GraphQLServer.builder(graphql).build().start();
  }

  private RexGraphQL api(Realtime changes) {
    Field<Integer> artistId = column(artist(), postgres() ? "artist_id" : "ArtistId");
    AccessRules rules =
        AccessRules.none()
            .withRowPolicy(
                album(),
                p ->
                    p.role().equals("artist")
                        ? albumArtist().eq((Integer) p.claim("artistId"))
                        : DSL.noCondition())
            .withRowPolicy(
                artist(),
                p ->
                    p.role().equals("artist")
                        ? artistId.in(DSL.select(albumArtist()).from(album()))
                        : DSL.noCondition())
            .hidingFrom(
                "artist", (TableField<?, ?>) column(album(), postgres() ? "title" : "Title"));
    return RexGraphQL.builder(db, catalog())
        .access(rules)
        .principals(
            request -> {
              String id = request.headers().get("x-artist");
              if (id == null) {
                return Principal.anonymous();
              }
              if (!id.matches("[0-9]+")) {
                throw new IllegalArgumentException("x-artist must be an artist id");
              }
              return Principal.of(id, "artist", Map.of("artistId", Integer.parseInt(id)));
            })
        .realtime(changes, album(), artist())
        .build();
  }

  @AfterAll
  void stop() {
    server.close();
    realtime.close();
    db.close();
  }

  // --- writes, as another process would make them ---

  private int insertAlbum(String title, int artistId) {
    int id = nextId++;
    TestDatabases.execute(
        url,
        postgres()
            ? "insert into album (album_id, title, artist_id) values ("
                + id
                + ", '"
                + title
                + "', "
                + artistId
                + ")"
            : "insert into Album (AlbumId, Title, ArtistId) values ("
                + id
                + ", '"
                + title
                + "', "
                + artistId
                + ")");
    return id;
  }

  private void updateAlbum(int id, String title, int artistId) {
    TestDatabases.execute(
        url,
        postgres()
            ? "update album set title = '"
                + title
                + "', artist_id = "
                + artistId
                + " where album_id = "
                + id
            : "update Album set Title = '"
                + title
                + "', ArtistId = "
                + artistId
                + " where AlbumId = "
                + id);
  }

  private void deleteAlbum(int id) {
    TestDatabases.execute(
        url,
        postgres()
            ? "delete from album where album_id = " + id
            : "delete from Album where AlbumId = " + id);
  }

  // --- the client side ---

  private TransportWsClient anonymous() throws Exception {
    return TransportWsClient.connected(server.uri(), Map.of());
  }

  private TransportWsClient asArtist(int id) throws Exception {
    return TransportWsClient.connected(server.uri(), Map.of("x-artist", String.valueOf(id)));
  }

  /** Subscribes and waits until rex-realtime has the subscription. */
  private void subscribe(TransportWsClient ws, String id, String query) throws Exception {
    int before = realtime.subscriberCount();
    ws.subscribe(id, query);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (realtime.subscriberCount() <= before) {
      assertThat(System.nanoTime()).as("the subscription started").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  /** The next {@code next} message's {@code albumChanged}. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> change(TransportWsClient ws, String id) throws Exception {
    Map<String, Object> message = ws.next();
    assertThat(message).containsEntry("type", "next").containsEntry("id", id);
    Map<String, Object> payload = (Map<String, Object>) message.get("payload");
    assertThat(payload).doesNotContainKey("errors");
    Map<String, Object> data = (Map<String, Object>) payload.get("data");
    return (Map<String, Object>) data.values().iterator().next();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static String firstErrorMessage(Map<String, Object> message) {
    List<Map<String, Object>> errors = (List<Map<String, Object>>) message.get("payload");
    return String.valueOf(errors.get(0).get("message"));
  }

  // --- the tests ---

  @Test
  void streamsTheInsertsUpdatesAndDeletesThatMatchTheFilter() throws Exception {
    try (TransportWsClient ws = anonymous()) {
      subscribe(
          ws,
          "a",
          "subscription { albumChanged(where: {artistId: {eq: 1}}) {"
              + " position operation changedAt node { albumId title artistId } previous { title }"
              + " } }");
      int mine = insertAlbum("Stream One", 1);
      insertAlbum("Someone Elses", 2);
      updateAlbum(mine, "Stream Two", 1);
      deleteAlbum(mine);

      Map<String, Object> inserted = change(ws, "a");
      assertThat(inserted.get("operation")).isEqualTo("INSERT");
      assertThat(map(inserted.get("node")))
          .containsEntry("albumId", mine)
          .containsEntry("title", "Stream One")
          .containsEntry("artistId", 1);
      assertThat(inserted.get("previous")).isNull();
      assertThat((String) inserted.get("changedAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

      Map<String, Object> updated = change(ws, "a");
      assertThat(updated.get("operation")).isEqualTo("UPDATE");
      assertThat(map(updated.get("node"))).containsEntry("title", "Stream Two");
      assertThat(map(updated.get("previous"))).containsEntry("title", "Stream One");
      assertThat(Long.parseLong((String) updated.get("position")))
          .isGreaterThan(Long.parseLong((String) inserted.get("position")));

      Map<String, Object> deleted = change(ws, "a");
      assertThat(deleted.get("operation")).isEqualTo("DELETE");
      assertThat(deleted.get("node")).isNull();
      assertThat(map(deleted.get("previous"))).containsEntry("title", "Stream Two");
      // the other artist's album never came
      assertThat(ws.poll(300)).isNull();

      ws.send(Map.of("type", "complete", "id", "a"));
    }
  }

  @Test
  void resumesAfterAPosition() throws Exception {
    String position;
    try (TransportWsClient ws = anonymous()) {
      subscribe(ws, "first", "subscription { albumChanged { position node { title } } }");
      insertAlbum("Before The Gap", 3);
      Map<String, Object> seen = change(ws, "first");
      assertThat(map(seen.get("node"))).containsEntry("title", "Before The Gap");
      position = (String) seen.get("position");
    }
    insertAlbum("Missed One", 3);
    insertAlbum("Missed Two", 3);
    try (TransportWsClient ws = anonymous()) {
      subscribe(
          ws,
          "again",
          "subscription { albumChanged(after: \""
              + position
              + "\", where: {artistId: {eq: 3}}) { node { title } } }");
      assertThat(map(change(ws, "again").get("node"))).containsEntry("title", "Missed One");
      assertThat(map(change(ws, "again").get("node"))).containsEntry("title", "Missed Two");
    }
  }

  @Test
  void aPrincipalSeesOnlyTheRowsItsPolicyAllows() throws Exception {
    try (TransportWsClient ws = asArtist(4)) {
      subscribe(
          ws,
          "mine",
          "subscription { albumChanged { operation node { albumId artistId } previous { albumId artistId } } }");
      insertAlbum("Not Yours", 5);
      int moving = insertAlbum("Yours", 4);
      updateAlbum(moving, "Gone", 5);

      Map<String, Object> inserted = change(ws, "mine");
      assertThat(inserted.get("operation")).isEqualTo("INSERT");
      assertThat(map(inserted.get("node"))).containsEntry("albumId", moving);
      // the album moved to another artist: the principal learns it left, not where it went
      Map<String, Object> moved = change(ws, "mine");
      assertThat(moved.get("operation")).isEqualTo("UPDATE");
      assertThat(moved.get("node")).isNull();
      assertThat(map(moved.get("previous"))).containsEntry("artistId", 4);
      assertThat(ws.poll(300)).isNull();
    }
  }

  @Test
  void aHiddenColumnCannotBeSelected() throws Exception {
    try (TransportWsClient ws = asArtist(4)) {
      ws.subscribe("t", "subscription { albumChanged { node { title } } }");
      Map<String, Object> message = ws.next();
      assertThat(message).containsEntry("type", "error").containsEntry("id", "t");
      assertThat(firstErrorMessage(message)).contains("title");
    }
  }

  @Test
  void aFilterOnARelationIsRefused() throws Exception {
    try (TransportWsClient ws = anonymous()) {
      ws.subscribe(
          "r",
          "subscription { albumChanged(where: {artist: {name: {eq: \"AC/DC\"}}}) { position } }");
      Map<String, Object> message = ws.next();
      assertThat(message).containsEntry("type", "error").containsEntry("id", "r");
      assertThat(firstErrorMessage(message))
          .contains("albumChanged cannot filter on the relation artist");
    }
  }

  @Test
  void aPolicyThatCannotBeEvaluatedInMemoryRefusesTheSubscription() throws Exception {
    try (TransportWsClient ws = asArtist(4)) {
      ws.subscribe("p", "subscription { artistChanged { position } }");
      Map<String, Object> message = ws.next();
      assertThat(message).containsEntry("type", "error");
      assertThat(firstErrorMessage(message)).contains("row policy of");
      assertThat(message.toString()).contains("FORBIDDEN");
    }
    // without that policy (anonymous), the same subscription runs
    try (TransportWsClient ws = anonymous()) {
      subscribe(ws, "p", "subscription { artistChanged { operation node { name } } }");
      TestDatabases.execute(
          url,
          postgres()
              ? "update artist set name = 'AC/DC!' where artist_id = 1"
              : "update Artist set Name = 'AC/DC!' where ArtistId = 1");
      assertThat(map(change(ws, "p").get("node"))).containsEntry("name", "AC/DC!");
    }
  }

  @Test
  void aRefusedOrEndedSubscriptionDoesNotDisturbTheOthers() throws Exception {
    try (TransportWsClient anonymous = anonymous();
        TransportWsClient artist = asArtist(7)) {
      subscribe(
          anonymous,
          "all",
          "subscription { albumChanged(where: {artistId: {eq: 7}}) { node { albumId } } }");
      artist.subscribe("refused", "subscription { artistChanged { position } }");
      assertThat(artist.next()).containsEntry("type", "error").containsEntry("id", "refused");
      subscribe(artist, "own", "subscription { albumChanged { node { albumId } } }");
      subscribe(artist, "stopped", "subscription { albumChanged { node { albumId } } }");
      artist.send(Map.of("type", "complete", "id", "stopped"));
      int id = insertAlbum("Everyone Gets It", 7);
      assertThat(map(change(anonymous, "all").get("node"))).containsEntry("albumId", id);
      assertThat(map(change(artist, "own").get("node"))).containsEntry("albumId", id);
      assertThat(artist.poll(300)).as("nothing for the stopped one").isNull();
    }
  }

  @Test
  void aQueryOverTheSocketGetsOneResultThenComplete() throws Exception {
    try (TransportWsClient ws = anonymous()) {
      ws.subscribe("q", "{ artist(artistId: 2) { name } }");
      Map<String, Object> next = ws.next();
      assertThat(next).containsEntry("type", "next").containsEntry("id", "q");
      assertThat(next.get("payload").toString()).contains("Accept");
      assertThat(ws.next()).containsEntry("type", "complete").containsEntry("id", "q");
    }
  }

  @Test
  void aSocketFromAPageOfAnotherOriginIsRefused() {
    java.net.URI socket = java.net.URI.create(server.uri().toString().replaceFirst("^http", "ws"));
    var foreign =
        java.net.http.HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Origin", "https://elsewhere.example")
            .subprotocols("graphql-transport-ws")
            .buildAsync(socket, new java.net.http.WebSocket.Listener() {});
    assertThatThrownBy(foreign::join)
        .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
        .satisfies(
            e ->
                assertThat(
                        ((java.net.http.WebSocketHandshakeException) e.getCause())
                            .getResponse()
                            .statusCode())
                    .isEqualTo(403));
  }

  @Test
  void pingIsAnsweredWithPong() throws Exception {
    try (TransportWsClient ws = TransportWsClient.open(server.uri(), true)) {
      ws.send(Map.of("type", "ping"));
      assertThat(ws.next()).containsEntry("type", "pong");
    }
  }

  @Test
  void theProtocolsCloseCodes() throws Exception {
    try (TransportWsClient ws = TransportWsClient.open(server.uri(), true)) {
      ws.subscribe("early", "subscription { albumChanged { position } }");
      assertThat(ws.closeStatus()).as("subscribe before ack").isEqualTo(4401);
    }
    try (TransportWsClient ws = anonymous()) {
      ws.send(Map.of("type", "connection_init"));
      assertThat(ws.closeStatus()).as("second init").isEqualTo(4429);
    }
    try (TransportWsClient ws = anonymous()) {
      ws.sendText("{not json");
      assertThat(ws.closeStatus()).as("not JSON").isEqualTo(4400);
    }
    try (TransportWsClient ws = anonymous()) {
      ws.send(Map.of("type", "subscribe", "id", "x"));
      assertThat(ws.closeStatus()).as("no payload").isEqualTo(4400);
    }
    try (TransportWsClient ws = anonymous()) {
      subscribe(ws, "twice", "subscription { albumChanged { position } }");
      ws.subscribe("twice", "subscription { albumChanged { position } }");
      assertThat(ws.closeStatus()).as("an id in use").isEqualTo(4409);
    }
    try (TransportWsClient ws = TransportWsClient.open(server.uri(), true)) {
      ws.send(Map.of("type", "connection_init", "payload", Map.of("x-artist", "nobody")));
      assertThat(ws.closeStatus()).as("a refused principal").isEqualTo(4403);
    }
    try (TransportWsClient ws = TransportWsClient.open(server.uri(), false)) {
      assertThat(ws.closeStatus()).as("without the subprotocol").isEqualTo(4406);
    }
  }

  @Test
  void subscriptionsEndOnlyTheirOwnOperationWhenCompleted() throws Exception {
    try (TransportWsClient ws = anonymous()) {
      subscribe(
          ws,
          "one",
          "subscription { albumChanged(where: {artistId: {eq: 6}}) { node { title } } }");
      subscribe(
          ws,
          "two",
          "subscription { albumChanged(where: {artistId: {eq: 6}}) { node { albumId } } }");
      int before = realtime.subscriberCount();
      ws.send(Map.of("type", "complete", "id", "one"));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (realtime.subscriberCount() >= before) {
        assertThat(System.nanoTime()).as("the subscription was cancelled").isLessThan(deadline);
        Thread.sleep(10);
      }
      int id = insertAlbum("Only Two", 6);
      Map<String, Object> message = ws.next();
      assertThat(message).containsEntry("id", "two");
      assertThat(message.toString()).contains("albumId=" + id);
    }
  }

  @Test
  void aStreamEndedByTheServerSaysWhereToResume() throws Exception {
    try (Realtime own =
            Realtime.start(
                db, RealtimeSettings.defaults().withPollInterval(Duration.ofMillis(200)));
        GraphQLServer second = GraphQLServer.builder(api(own)).build().start();
        TransportWsClient ws = TransportWsClient.connected(second.uri(), Map.of())) {
      ws.subscribe("end", "subscription { albumChanged { position } }");
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (own.subscriberCount() == 0) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(10);
      }
      String position = own.position().toString();
      own.close();
      Map<String, Object> message = ws.next();
      assertThat(message).containsEntry("type", "error").containsEntry("id", "end");
      assertThat(firstErrorMessage(message)).contains("after: \"" + position + "\"");
      assertThat(message.toString()).contains("CLOSED", "resumeAfter=" + position);
    }
  }

  @Test
  void aSubscriptionOverHttpIsRefused() throws Exception {
    int before = realtime.subscriberCount();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri())
                    .header("content-type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"query\":\"subscription { albumChanged { position } }\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("WebSocket");
    assertThat(realtime.subscriberCount()).isLessThanOrEqualTo(before);
  }

  @Test
  void theSchemaHasASubscriptionPerCapturedTable() {
    var subscription = graphql.schema().getSubscriptionType();
    assertThat(subscription).isNotNull();
    assertThat(subscription.getFieldDefinitions())
        .extracting(f -> f.getName())
        .containsExactly("albumChanged", "artistChanged");
    assertThat(graphql.schema().getObjectType("AlbumRow").getFieldDefinition("artist")).isNull();
    // the artist role's row type has no title
    assertThat(graphql.schema("artist").getObjectType("AlbumRow").getFieldDefinition("title"))
        .isNull();
    ExecutionResult withoutRealtime =
        RexGraphQL.builder(db, catalog())
            .build()
            .execute(GraphQLRequest.of("subscription { albumChanged { position } }"));
    assertThat(withoutRealtime.getErrors()).isNotEmpty();
  }

  @Test
  void realtimeNeedsTablesAndRowPoliciesNotRowLevelSecurity() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RexGraphQL.builder(db, catalog()).realtime(realtime))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                RexGraphQL.builder(db, catalog())
                    .access(AccessRules.none().withPostgresRowLevelSecurity())
                    .realtime(realtime, album())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row-level security");
  }
}
