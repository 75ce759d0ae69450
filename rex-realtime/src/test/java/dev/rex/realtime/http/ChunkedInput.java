package dev.rex.realtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The body of an HTTP/1.1 response in chunked transfer encoding, read from a raw socket. */
final class ChunkedInput extends InputStream {

  private final InputStream in;
  private int left;
  private boolean done;

  ChunkedInput(InputStream in) {
    this.in = in;
  }

  /** Reads the status line and headers; returns the status line. */
  static String skipHeaders(InputStream in) throws IOException {
    String status = line(in);
    while (!line(in).isEmpty()) {
      // headers are not needed
    }
    return status;
  }

  static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (b != '\r') {
        bytes.write(b);
      }
    }
    if (b == -1 && bytes.size() == 0) {
      throw new IOException("end of stream");
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  @Override
  public int read() throws IOException {
    if (done) {
      return -1;
    }
    if (left == 0) {
      String size = line(in);
      if (size.isEmpty()) {
        size = line(in);
      }
      left = Integer.parseInt(size.trim(), 16);
      if (left == 0) {
        done = true;
        return -1;
      }
    }
    int b = in.read();
    if (b == -1) {
      throw new IOException("the stream broke inside a chunk");
    }
    left--;
    return b;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
