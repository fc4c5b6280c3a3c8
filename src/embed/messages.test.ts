import { describe, expect, it } from 'vitest';
import { heightMessage, parseHeightMessage, parseWidthMessage, widthMessage } from './messages.ts';

describe('pym height messages', () => {
  it('writes the message pym.js children send', () => {
    expect(heightMessage('chronology-1', 812.4)).toBe('pymxPYMxchronology-1xPYMxheightxPYMx813');
  });

  it.each<[unknown, { id: string; height: number } | null]>([
    ['pymxPYMxexamplexPYMxheightxPYMx640', { id: 'example', height: 640 }],
    ['pymxPYMxxPYMxheightxPYMx12.5', { id: '', height: 12.5 }],
    ['pymxPYMxexamplexPYMxwidthxPYMx640', null],
    ['pymxPYMxexamplexPYMxheightxPYMx-5', null],
    ['pymxPYMxexamplexPYMxheightxPYMx1e9', null],
    ['pymxPYMxexamplexPYMxheightxPYMxNaN', null],
    ['{"height":640}', null],
    [{ height: 640 }, null],
  ])('reads %j as %j', (data, expected) => {
    expect(parseHeightMessage(data)).toEqual(expected);
  });

  it('reads back what it writes', () => {
    expect(parseHeightMessage(heightMessage('a', 300))).toEqual({ id: 'a', height: 300 });
  });

  it('writes and reads the width message pym.Parent sends its child', () => {
    expect(widthMessage('graphic', 639.6)).toBe('pymxPYMxgraphicxPYMxwidthxPYMx640');
    expect(parseWidthMessage('pymxPYMxgraphicxPYMxwidthxPYMx640')).toEqual({ id: 'graphic', width: 640 });
    expect(parseWidthMessage('pymxPYMxgraphicxPYMxheightxPYMx640')).toBeNull();
  });
});
