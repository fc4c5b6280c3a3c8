/** What a key press on the timeline does, depending on what has focus. */
export type KeyAction =
  | { kind: 'zoom'; factor: number }
  /** Pan by a fraction of the width; positive shows earlier times. */
  | { kind: 'pan'; fraction: number }
  | { kind: 'reset' }
  /** Move focus to the previous (-1) or next (+1) event in time order. */
  | { kind: 'step'; delta: number }
  | { kind: 'activate' };

export type KeyTarget = 'event' | 'count' | 'canvas';

/**
 * The timeline's keyboard map: + and − zoom, Home resets, ←/→ pan the canvas, and on an event
 * ←/→ and ↑/↓ move between events while Enter and Space select it (or open a count).
 */
export function keyAction(key: string, target: KeyTarget): KeyAction | null {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom', factor: 0.5 };
    case 'Home':
      return { kind: 'reset' };
    case 'ArrowLeft':
    case 'ArrowUp':
      if (target === 'event') return { kind: 'step', delta: -1 };
      return key === 'ArrowLeft' ? { kind: 'pan', fraction: 0.2 } : null;
    case 'ArrowRight':
    case 'ArrowDown':
      if (target === 'event') return { kind: 'step', delta: 1 };
      return key === 'ArrowRight' ? { kind: 'pan', fraction: -0.2 } : null;
    case 'Enter':
    case ' ':
      return target === 'canvas' ? null : { kind: 'activate' };
    default:
      return null;
  }
}
