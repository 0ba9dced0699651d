package dev.trellis.teams.send;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector on plain http that behaves as Node's HTTP server does (the Microsoft 365 Agents
 * Playground, the Bot Framework Emulator): a request offering an HTTP/2 upgrade ({@code Upgrade:
 * h2c}) has its connection closed without an answer; any other request is answered 201 with an
 * activity id. A raw socket, so no HTTP library in between decides otherwise.
 */
final class NodeLikeConnector implements AutoCloseable {

  /** One request that reached it: its head (request line and headers) and body. */
  record Received(String head, String body) {}

  private final ServerSocket socket;
  private final Thread acceptor;
  final List<Received> answered = new CopyOnWriteArrayList<>();
  final List<Received> dropped = new CopyOnWriteArrayList<>();

  NodeLikeConnector() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::acceptAll, "node-like-connector");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String serviceUrl() {
    return "http://localhost:" + socket.getLocalPort() + "/_connector/";
  }

  private void acceptAll() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        serve(connection);
      } catch (IOException closedOrBroken) {
        // the next connection, or the end
      }
    }
  }

  private void serve(Socket connection) throws IOException {
    InputStream in = connection.getInputStream();
    OutputStream out = connection.getOutputStream();
    while (true) {
      String head = readHead(in);
      if (head.isEmpty()) {
        return;
      }
      String body = readBody(in, contentLength(head));
      if (head.toLowerCase(Locale.ROOT).contains("\nupgrade: h2c")) {
        dropped.add(new Received(head, body));
        return;
      }
      answered.add(new Received(head, body));
      byte[] answer =
          ("{\"id\":\"activity-" + answered.size() + "\"}").getBytes(StandardCharsets.UTF_8);
      out.write(
          ("HTTP/1.1 201 Created\r\nContent-Type: application/json; charset=utf-8\r\n"
                  + "Content-Length: "
                  + answer.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(answer);
      out.flush();
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      head.write(b);
      matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return 0;
  }

  private static String readBody(InputStream in, int length) throws IOException {
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
