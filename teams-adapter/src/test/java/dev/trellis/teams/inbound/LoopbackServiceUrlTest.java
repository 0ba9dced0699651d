package dev.trellis.teams.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which service URLs local testing takes: on this machine by their parsed host, nothing else. */
class LoopbackServiceUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:3978/",
        "http://LOCALHOST:3978",
        "https://localhost/amer/",
        "http://127.0.0.1:52311/",
        "http://127.10.20.30/",
        "http://[::1]:3978/",
        "http://[0:0:0:0:0:0:0:1]:3978/",
        "HTTP://127.0.0.1:8080/api"
      })
  void aServiceUrlOnThisMachineIsTaken(String url) {
    assertThat(LoopbackServiceUrl.isOnThisMachine(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://smba.trafficmanager.net/amer/",
        "http://127.0.0.1.evil.example/",
        "http://localhost.evil.example/",
        "http://localhost@evil.example/",
        "http://127.0.0.1:3978@evil.example/",
        "http://user:pw@localhost/",
        "http://evil.example/#@127.0.0.1",
        "http://evil.example/?next=http://localhost/",
        "http://evil.example/http://127.0.0.1/",
        "http://evil.example\\@127.0.0.1/",
        "http://%6cocalhost/",
        "http://128.0.0.1/",
        "http://10.0.0.1/",
        "http://0.0.0.0/",
        "http://127.0.0.256/",
        "http://2130706433/",
        "http://0x7f.0.0.1/",
        "http://[::]/",
        "http://[::ffff:8.8.8.8]/",
        "ftp://127.0.0.1/",
        "file:///etc/passwd",
        "//localhost/",
        "localhost:3978",
        "http:///",
        " ",
        ""
      })
  void anyOtherServiceUrlIsRefused(String url) {
    assertThat(LoopbackServiceUrl.isOnThisMachine(url)).isFalse();
  }
}
