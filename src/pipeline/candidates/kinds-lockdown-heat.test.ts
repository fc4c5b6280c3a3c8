/** A lockdown imposed (not lifted) and a heatwave's record temperatures, in English, Dutch and German. */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles } from './test-helpers.ts';

const kinds = (lang: string, text: string) => kindsAndTitles(lang, text, '2024-07-11').map((c) => c.kind);

describe('lockdowns and heatwaves', () => {
  it.each([
    ['en', 'On Monday the government imposed a nationwide lockdown.', 'lockdown'],
    ['nl', 'Het kabinet kondigde maandag een lockdown af.', 'lockdown'],
    ['de', 'Die Regierung verhängte am Montag einen Lockdown.', 'lockdown'],
    ['en', 'Temperatures reached 46 degrees in Seville on Monday.', 'heatwave'],
    ['nl', 'Maandag werd in Sevilla een warmterecord gemeten.', 'heatwave'],
    ['de', 'In Sevilla wurden am Montag 46 Grad gemessen.', 'heatwave'],
  ])('[%s] “%s” is a %s', (lang, text, kind) => {
    expect(kinds(lang, text)).toEqual([kind]);
  });

  it.each([
    ['en', 'On Monday the government lifted the lockdown.'],
    ['de', 'Am Montag wurde der Lockdown aufgehoben.'],
  ])('[%s] “%s” imposes no lockdown', (lang, text) => {
    expect(kinds(lang, text)).not.toContain('lockdown');
  });

  it('a fire that forces evacuations during a heatwave is an evacuation', () => {
    expect(
      kinds(
        'en',
        'The fire, burning during a prolonged heatwave, has forced evacuations on Corfu on Sunday.',
      ),
    ).toEqual(['evacuation']);
  });
});
