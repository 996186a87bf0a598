/**
 * JSON over HTTP cannot carry bytes: Uint8Array values travel as `{"$bytes": "<base64>"}`.
 * Electron IPC carries them natively (structured clone) and needs none of this.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, bytes.length);
    let out = '';
    for (let i = offset; i < end; i += 3) {
      const a = bytes[i]!,
        b = bytes[i + 1],
        c = bytes[i + 2];
      const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
      out +=
        ALPHABET[(n >> 18) & 63]! +
        ALPHABET[(n >> 12) & 63]! +
        (i + 1 < end ? ALPHABET[(n >> 6) & 63]! : '=') +
        (i + 2 < end ? ALPHABET[n & 63]! : '=');
    }
    parts.push(out);
  }
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  // Padding stripped by an index loop: a `=+$` regex is quadratic on a long run of '=' (a request body).
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length -= 1;
  const clean = text.slice(0, length);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0,
    bits = 0,
    o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? LOOKUP[code]! : -1;
    if (value < 0) throw new Error('Invalid base64 data');
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** JSON.stringify with bytes encoded. */
export function toWire(value: unknown): string {
  // Read the holder's raw value: a Node Buffer's toJSON() has already run on `v`.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Uint8Array ? { $bytes: bytesToBase64(raw) } : v;
  });
}

/** JSON.parse with bytes decoded. */
export function fromWire(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const encoded = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return v;
  });
}
