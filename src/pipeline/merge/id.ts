/**
 * FNV-1a, 64 bits as two 32-bit halves, of the lines joined by "\n": a short, stable content hash
 * without platform dependencies. The lines are hashed without building the joined text (an event's
 * id hashes its document, first sentence and kind: one string fewer to build and copy per event).
 */
export function linesHash(lines: readonly string[]): string {
  // Kept as 32-bit integers: the bits are those of the unsigned halves, made unsigned at the end.
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x050c5d1f;
  for (let l = 0; l < lines.length; l++) {
    if (l > 0) {
      h1 = Math.imul(h1 ^ 10, 0x01000193);
      h2 = Math.imul(h2 ^ 10, 0x01000193) ^ (h1 >>> 7);
    }
    const text = lines[l] as string;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
    }
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0').slice(0, 4);
}
