/**
 * pym.js's message format (pym.js 1.x, Parent/Child): "pym" + id + type + payload joined with "xPYMx".
 * Speaking it lets our iframe work on pages that already run pym.Parent, and our loader size pym children.
 */
const DELIMITER = 'xPYMx';

/** The height message a pym child sends: `pymxPYMx${id}xPYMxheightxPYMx${px}`. */
export function heightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(Math.ceil(height))].join(DELIMITER);
}

/** The width message pym.Parent sends its child on load and resize; a child answers with its height. */
export function widthMessage(id: string, width: number): string {
  return ['pym', id, 'width', String(Math.round(width))].join(DELIMITER);
}

function parse(data: unknown, type: string): { id: string; value: number } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== type) return null;
  if (!/^\d+(\.\d+)?$/.test(parts[3] ?? '')) return null;
  return { id: parts[1] ?? '', value: Number(parts[3]) };
}

/** Reads a pym height message; anything else (other types, other libraries' messages) is null. */
export function parseHeightMessage(data: unknown): { id: string; height: number } | null {
  const message = parse(data, 'height');
  return message && { id: message.id, height: message.value };
}

/** Reads a pym width message (the parent asking for the child's height). */
export function parseWidthMessage(data: unknown): { id: string; width: number } | null {
  const message = parse(data, 'width');
  return message && { id: message.id, width: message.value };
}
