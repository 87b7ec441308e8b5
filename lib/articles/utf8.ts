// Text from outside (a file, a form field) must be valid UTF-8: a bad byte is
// refused, saying where it is, instead of silently becoming U+FFFD.

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * The offset of the first byte of the first malformed sequence (RFC 3629:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is narrower after some leads (overlongs, surrogates, > U+10FFFF).
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < lo || byte > hi) return i;
    }
    i += length;
  }
  return -1;
}

export type Utf8Result = { text: string } | { invalidAt: number; byte: number };

/** Decodes strictly (a leading byte order mark is dropped); on failure, where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8Byte(bytes);
    return { invalidAt: at, byte: bytes[at] ?? 0 };
  }
}
