package dev.trellis.core.inbox;

/**
 * A stored request that no retry can ever handle (a button whose action id is not one of Trellis's,
 * say): the inbox finishes it as ignored at once, with one warning, instead of trying it again. The
 * reason is logged, so it must never carry what a person wrote.
 */
public final class UnhandleableRequest extends RuntimeException {

  public UnhandleableRequest(String reason) {
    super(reason, null, false, false);
  }
}
