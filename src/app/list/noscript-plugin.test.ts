import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, ResolvedConfig } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { noscriptList } from './noscript-plugin.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the plugin's hooks the way vite does for index.html and returns the tags it injects. */
function injected(file: string): HtmlTagDescriptor[] {
  const plugin = noscriptList(file);
  const configResolved = plugin.configResolved as (config: ResolvedConfig) => void;
  configResolved({ root } as ResolvedConfig);
  const transform = plugin.transformIndexHtml as () => HtmlTagDescriptor[];
  return transform();
}

describe('noscriptList', () => {
  it('injects a <noscript> table of the events at the end of the body', () => {
    const [tag, ...rest] = injected('e2e/fixtures/events.json');
    expect(rest).toEqual([]);
    expect(tag?.tag).toBe('noscript');
    expect(tag?.injectTo).toBe('body');
    expect(String(tag?.children)).toContain('<th scope="row">Russian troops arrive in Kazakhstan</th>');
  });

  it('injects nothing when the event file does not exist', () => {
    expect(injected('public/no-such-events.json')).toEqual([]);
  });

  it('injects nothing, with a warning naming the problem, when the event file is invalid', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(injected('e2e/fixtures/invalid.json')).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('events[2].title: must not be empty'));
    warn.mockRestore();
  });
});
