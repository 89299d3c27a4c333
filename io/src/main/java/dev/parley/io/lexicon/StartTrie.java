package dev.parley.io.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trie of the starts of a lexicon's patterns over their ASCII chars, walked char by char from a
 * place of a folded text to find every start that stands there.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
final class StartTrie {
  /** The node a walk begins at. */
  static final int ROOT = 0;

  private static final int[] NONE = new int[0];

  /** Each node's children by ASCII char, -1 for none; null for a node with no children. */
  private final int[][] children;

  /** The ids of the starts that end at each node. */
  private final int[][] ids;

  private StartTrie(int[][] children, int[][] ids) {
    this.children = children;
    this.ids = ids;
  }

  /** Whether the trie holds no start. */
  boolean isEmpty() {
    return children[ROOT] == null;
  }

  /** The node reached from {@code node} by {@code c}, or -1. */
  int child(int node, char c) {
    int[] next = children[node];
    return next == null || c >= next.length ? -1 : next[c];
  }

  /** The ids of the starts that end at {@code node}. */
  int[] ids(int node) {
    return ids[node];
  }

  /** Collects starts, each an ASCII string with an id. */
  static final class Builder {
    private final List<int[]> children = new ArrayList<>();
    private final List<int[]> ids = new ArrayList<>();

    Builder() {
      node();
    }

    private int node() {
      children.add(null);
      ids.add(NONE);
      return children.size() - 1;
    }

    /** Adds {@code literal}, which must be ASCII, under {@code id}. */
    void add(String literal, int id) {
      int node = ROOT;
      for (int i = 0; i < literal.length(); i++) {
        char c = literal.charAt(i);
        if (c >= 0x80) {
          throw new IllegalArgumentException("start '" + literal + "' is not ASCII");
        }
        int[] next = children.get(node);
        if (next == null || c >= next.length) {
          int[] grown = next == null ? new int[c + 1] : Arrays.copyOf(next, c + 1);
          Arrays.fill(grown, next == null ? 0 : next.length, grown.length, -1);
          children.set(node, grown);
          next = grown;
        }
        if (next[c] < 0) {
          next[c] = node();
        }
        node = next[c];
      }
      int[] at = ids.get(node);
      int[] grown = Arrays.copyOf(at, at.length + 1);
      grown[at.length] = id;
      ids.set(node, grown);
    }

    StartTrie build() {
      return new StartTrie(children.toArray(new int[0][]), ids.toArray(new int[0][]));
    }
  }
}
