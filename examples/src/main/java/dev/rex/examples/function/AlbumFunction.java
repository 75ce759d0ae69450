package dev.rex.examples.function;

import static dev.rex.dsl.DSL.count;
import static dev.rex.examples.chinook.Tables.ALBUM;
import static dev.rex.examples.chinook.Tables.ARTIST;
import static dev.rex.examples.chinook.Tables.TRACK;

import dev.rex.Rex;
import dev.rex.RexEnvironment;
import dev.rex.dsl.Record3;
import java.util.Map;
import java.util.function.Function;

/**
 * A serverless function on Chinook, written as a plain {@code Function<Request, Response>} (an AWS
 * Lambda, Google Cloud or Azure handler wraps one in a line): {@code GET ?album=1} answers the
 * album's title, artist and track count as JSON. The {@code Rex} is made by the first invocation
 * from the environment ({@code REX_URL}, …, with {@code REX_SERVERLESS=true}: no connection before
 * the first statement, none kept idle) and reused by the next ones, as a function's instance is.
 */
public final class AlbumFunction
    implements Function<AlbumFunction.Request, AlbumFunction.Response> {

  /** The request: its query parameters. */
  public record Request(Map<String, String> parameters) {}

  /** The response: an HTTP status and a JSON body. */
  public record Response(int status, String body) {}

  private final RexEnvironment environment;
  private volatile Rex db;

  /** A function configured from {@code environment}. */
  public AlbumFunction(RexEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Response apply(Request request) {
    String album = request.parameters().get("album");
    if (album == null || !album.matches("\\d{1,9}")) {
      return new Response(400, "{\"error\":\"album must be a whole number\"}");
    }
    Record3<String, String, Integer> found =
        db().select(ALBUM.TITLE, ARTIST.NAME, count(TRACK.TRACK_ID))
            .from(ALBUM)
            .join(ARTIST)
            .on(ARTIST.ARTIST_ID.eq(ALBUM.ARTIST_ID))
            .leftJoin(TRACK)
            .on(TRACK.ALBUM_ID.eq(ALBUM.ALBUM_ID))
            .where(ALBUM.ALBUM_ID.eq(Integer.parseInt(album)))
            .groupBy(ALBUM.TITLE, ARTIST.NAME)
            .fetchOne();
    if (found == null) {
      return new Response(404, "{\"error\":\"no album " + album + "\"}");
    }
    return new Response(
        200,
        "{\"title\":"
            + quoted(found.value1())
            + ",\"artist\":"
            + quoted(found.value2())
            + ",\"tracks\":"
            + found.value3()
            + "}");
  }

  private Rex db() {
    Rex current = db;
    if (current == null) {
      synchronized (this) {
        current = db;
        if (current == null) {
          current = environment.connect();
          db = current;
        }
      }
    }
    return current;
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  /**
   * One cold invocation, as a function platform makes it: {@code java … AlbumFunction ALBUM_ID}
   * with {@code REX_URL} set prints the response.
   */
  public static void main(String[] args) {
    AlbumFunction function = new AlbumFunction(RexEnvironment.system());
    Response response =
        function.apply(new Request(Map.of("album", args.length > 0 ? args[0] : "1")));
    System.out.println(response.status() + " " + response.body());
    function.db().close();
  }
}
