import { describe, expect, it } from 'vitest';
import { keyAction, type KeyTarget } from './keys.ts';

describe('keyAction', () => {
  it.each<[string, string, KeyTarget, ReturnType<typeof keyAction>]>([
    ['plus zooms in', '+', 'canvas', { kind: 'zoom', factor: 2 }],
    ['the = key (unshifted plus) zooms in', '=', 'event', { kind: 'zoom', factor: 2 }],
    ['minus zooms out', '-', 'canvas', { kind: 'zoom', factor: 0.5 }],
    ['the typographic minus zooms out', '−', 'canvas', { kind: 'zoom', factor: 0.5 }],
    ['Home resets the view', 'Home', 'count', { kind: 'reset' }],
    ['left arrow on the canvas shows earlier times', 'ArrowLeft', 'canvas', { kind: 'pan', fraction: 0.2 }],
    ['right arrow on the canvas shows later times', 'ArrowRight', 'canvas', { kind: 'pan', fraction: -0.2 }],
    ['up arrow on the canvas is left to the page', 'ArrowUp', 'canvas', null],
    ['left arrow on an event goes to the previous event', 'ArrowLeft', 'event', { kind: 'step', delta: -1 }],
    ['up arrow on an event goes to the previous event', 'ArrowUp', 'event', { kind: 'step', delta: -1 }],
    ['right arrow on an event goes to the next event', 'ArrowRight', 'event', { kind: 'step', delta: 1 }],
    ['down arrow on an event goes to the next event', 'ArrowDown', 'event', { kind: 'step', delta: 1 }],
    ['Enter on an event selects it', 'Enter', 'event', { kind: 'activate' }],
    ['Space on a count opens it', ' ', 'count', { kind: 'activate' }],
    ['Enter on the canvas does nothing', 'Enter', 'canvas', null],
    ['other keys are left alone', 'a', 'event', null],
  ])('%s', (_name, key, target, action) => {
    expect(keyAction(key, target)).toEqual(action);
  });
});
