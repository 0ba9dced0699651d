package dev.trellis.app.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's HTTP server with a thread per request in flight (a cached pool, so a slow answer never
 * queues another), for the platform stand-ins: each answer goes out {@code latency} after the
 * request arrived, whatever it is, and a dropped connection is closed after the same wait.
 */
final class StandInServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Duration latency;
  private final ArrivalLog log;

  StandInServer(Duration latency, ArrivalLog log) {
    this.latency = latency;
    this.log = log;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
  }

  /** What a handler answers: a status, a body and maybe a Retry-After, or a dropped connection. */
  record Answer(int status, String body, long retryAfterSeconds) {
    static final Answer DROP = new Answer(-1, "", 0);

    static Answer json(int status, String body) {
      return new Answer(status, body, 0);
    }

    static Answer retryAfter(int status, String body, long seconds) {
      return new Answer(status, body, Math.max(1, seconds));
    }
  }

  interface Route {
    /** Decides the answer when the request arrives; it goes out after the latency. */
    Answer answer(String method, String path, String authorization, String body);
  }

  void route(String prefix, Route route) {
    server.createContext(prefix, handler(route));
  }

  void start() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private HttpHandler handler(Route route) {
    return exchange -> {
      log.started();
      long arrived = System.nanoTime();
      try {
        String body = read(exchange.getRequestBody());
        Answer answer =
            route.answer(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                body);
        waitUntil(arrived + latency.toNanos());
        send(exchange, answer);
      } finally {
        log.finished();
      }
    };
  }

  private static void send(HttpExchange exchange, Answer answer) throws IOException {
    if (answer.status() < 0) {
      // Closing an exchange before its headers are sent closes the connection: no answer at all.
      exchange.close();
      return;
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (answer.retryAfterSeconds() > 0) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(answer.retryAfterSeconds()));
    }
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void waitUntil(long nanos) {
    long left = nanos - System.nanoTime();
    if (left > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
