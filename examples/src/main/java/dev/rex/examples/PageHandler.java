package dev.rex.examples;

import dev.rex.Rex;
import dev.rex.dsl.Table;
import dev.rex.realtime.Realtime;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves {@link LiveAlbumsExample}'s page at {@code /}; other paths are not found. */
final class PageHandler extends Handler.Abstract {

  private final Rex db;
  private final Realtime realtime;
  private final Table<?> album;

  PageHandler(Rex db, Realtime realtime, Table<?> album) {
    this.db = db;
    this.realtime = realtime;
    this.album = album;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!path.equals("/") && !path.equals("/index.html")) {
      Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      return true;
    }
    byte[] page = LiveAlbumsExample.html(db, realtime, album).getBytes(StandardCharsets.UTF_8);
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(page), callback);
    return true;
  }
}
