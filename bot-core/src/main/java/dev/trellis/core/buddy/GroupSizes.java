package dev.trellis.core.buddy;

/**
 * The sizes of a round's groups for {@code people} available members and the cohort's size: groups
 * of that size; one left over joins a group (so pairs with an odd count get one trio); two or more
 * left over form one smaller group of their own (groups of 4 with 11 people: 4, 4, 3). Nobody is in
 * a group alone, and at most one group differs from the cohort's size.
 */
final class GroupSizes {

  private GroupSizes() {}

  static int[] plan(int people, int size) {
    if (people < 2) {
      return new int[0];
    }
    int groups = people / size;
    int rest = people % size;
    if (rest == 1) {
      int[] sizes = new int[groups];
      java.util.Arrays.fill(sizes, size);
      sizes[0] = size + 1;
      return sizes;
    }
    int[] sizes = new int[groups + (rest == 0 ? 0 : 1)];
    java.util.Arrays.fill(sizes, size);
    if (rest > 0) {
      sizes[groups] = rest;
    }
    return sizes;
  }
}
