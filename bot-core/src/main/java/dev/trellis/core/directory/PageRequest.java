package dev.trellis.core.directory;

/** A zero-based page number and a page size. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1-" + MAX_SIZE + ", was " + size);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
