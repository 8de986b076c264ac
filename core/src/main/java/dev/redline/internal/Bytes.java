package dev.redline.internal;

/** Small helpers on raw bytes, shared by the readers of drafts and of YAML files. */
public final class Bytes {
  private Bytes() {}

  /** Whether the bytes start with these values (each 0 to 255): a byte-order mark, say. */
  public static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
