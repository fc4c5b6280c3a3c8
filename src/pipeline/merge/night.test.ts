/**
 * A night reaches into the small hours of the next day: what one paper dates "vannacht" and
 * another "in the early hours of Friday" is one happening, as are an evacuation "on Monday night"
 * and the count of those who had left by Tuesday.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventFile } from '../../schema/events.ts';
import { eventFileOf, eventsFrom } from '../test-articles.ts';

let file: EventFile;
beforeAll(async () => {
  file = await eventFileOf({
    'en_fissure.txt': [
      ' date 2025-11-21 ',
      'Second fissure opens near Grindavík',
      '',
      'A second fissure opened in the early hours of Friday just north of Grindavík, the met office said.',
    ].join('\n'),
    'nl_spleet.txt': [
      ' date 2025-11-21 ',
      'Tweede spleet bij Grindavík',
      '',
      'Bij Grindavík is vannacht een tweede spleet in de aarde opengegaan.',
    ].join('\n'),
    'en_quake.txt': [
      ' date 2025-11-23 ',
      'Another eruption',
      '',
      'A fissure opened near Grindavík on Saturday afternoon, the met office said.',
    ].join('\n'),
  });
}, 30_000);

describe('a night and the small hours of the next day', () => {
  it('the Dutch fissure of "vannacht" and the English one of the early hours of Friday are one event', () => {
    const [fissure, ...others] = eventsFrom(file, 'vannacht een tweede spleet');
    expect(others).toEqual([]);
    expect(fissure?.sources.map((s) => s.document).sort()).toEqual(['en_fissure', 'nl_spleet']);
  });

  it('a fissure the next afternoon stays apart', () => {
    const [later] = eventsFrom(file, 'on Saturday afternoon');
    expect(later?.sources.map((s) => s.document)).toEqual(['en_quake']);
  });
});
