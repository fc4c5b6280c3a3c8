/**
 * pym.js's message format (pym.js 1.x, Parent/Child): "pym" + id + type + payload joined with "xPYMx".
 * Speaking it lets our iframe work on pages that already run pym.Parent, and our loader size pym children.
 */
const DELIMITER = 'xPYMx';

/** The height message a pym child sends: `pymxPYMx${id}xPYMxheightxPYMx${px}`. */
export function heightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(Math.ceil(height))].join(DELIMITER);
}

/** Reads a pym height message; anything else (other types, other libraries' messages) is null. */
export function parseHeightMessage(data: unknown): { id: string; height: number } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return null;
  const height = Number(parts[3]);
  if (!/^\d+(\.\d+)?$/.test(parts[3] ?? '') || !Number.isFinite(height)) return null;
  return { id: parts[1] ?? '', height };
}
