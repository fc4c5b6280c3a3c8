import { describe, expect, it } from 'vitest';
import { parseEventFile } from '../schema/validate.ts';
import { fromTimelineJS, htmlToText, isTimelineJS } from './from-timelinejs.ts';
import { sampleFile } from './sample-file.ts';
import { toTimelineJS } from './timelinejs.ts';

describe('toTimelineJS', () => {
  const timeline = toTimelineJS(sampleFile(), 'Kazakhstan <January>');

  it('titles the timeline and makes one slide per event keyed by the event id', () => {
    expect(timeline.title.text.headline).toBe('Kazakhstan &lt;January&gt;');
    expect(timeline.events.map((e) => e.unique_id)).toEqual(['e-riots', 'e-arrest', 'e-exports']);
  });

  it('gives day-precise events year, month and day', () => {
    const riots = timeline.events[0];
    expect(riots?.start_date).toEqual({ year: 2022, month: 1, day: 5 });
    expect(riots?.end_date).toEqual({ year: 2022, month: 1, day: 5 });
    expect(riots?.group).toBe('protest');
  });

  it('drops the day of an event known only to the month', () => {
    const file = sampleFile();
    file.events[0] = {
      ...file.events[0]!,
      when: { start: '2022-01-01', end: '2022-01-31', precision: 'month', value: '2022-01', confidence: 0.5 },
    };
    expect(toTimelineJS(file).events[0]?.start_date).toEqual({ year: 2022, month: 1 });
  });

  it('quotes the sources in the slide text, escaped as HTML', () => {
    const arrest = timeline.events[1];
    expect(arrest?.text.headline).toBe('Former security chief Massimov arrested, &quot;a betrayal&quot;');
    expect(arrest?.text.text).toContain('<blockquote>Kazakh authorities have detained');
    expect(arrest?.display_date).toBe('earlier this week');
  });
});

describe('fromTimelineJS', () => {
  it('gets back the same ids, titles and dates after an export', () => {
    const original = sampleFile();
    const imported = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(original))));
    const summary = (events: typeof original.events) =>
      events.map((e) => ({ id: e.id, title: e.title, start: e.when.start, end: e.when.end }));
    expect(summary(imported.events)).toEqual(summary(original.events));
  });

  it('gives a file that passes the event-file validation, each event citing its slide text', () => {
    const imported = parseEventFile(fromTimelineJS(toTimelineJS(sampleFile())), 'timeline.json');
    const arrest = imported.events.find((e) => e.id === 'e-arrest');
    expect(arrest?.sources[0]?.sentence).toContain('Kazakh authorities have detained');
    expect(arrest?.when.text).toBe('earlier this week');
    expect(imported.documents[0]?.published.inferred).toBe(true);
  });

  it.each([
    [{ year: '2022' }, { start: '2022-01-01', end: '2022-12-31', precision: 'year', value: '2022' }],
    [
      { year: 2022, month: 2 },
      { start: '2022-02-01', end: '2022-02-28', precision: 'month', value: '2022-02' },
    ],
    [
      { year: 2022, month: '1', day: '6' },
      { start: '2022-01-06', end: '2022-01-06', precision: 'day', value: '2022-01-06' },
    ],
    [
      { year: 2022, month: 1, day: 6, hour: 9, minute: 5 },
      { start: '2022-01-06T09:05', end: '2022-01-06T09:05', precision: 'time', value: '2022-01-06T09:05' },
    ],
  ])('reads the TimelineJS date %j as %j', (start_date, when) => {
    const file = fromTimelineJS({ events: [{ start_date, text: { headline: 'Something happened' } }] });
    expect(file.events[0]?.when).toMatchObject(when);
  });

  it('makes stable ids from the content when slides have no unique_id, skipping slides without a date', () => {
    const json = {
      title: { text: { headline: 'A story' } },
      events: [
        {
          start_date: { year: 2020, month: 3, day: 1 },
          text: { headline: 'First', text: '<p>One &amp; two</p>' },
        },
        { text: { headline: 'No date' } },
      ],
    };
    const a = fromTimelineJS(json);
    expect(a.events).toHaveLength(1);
    expect(a.events[0]?.id).toMatch(/^tl-[0-9a-f]{8}$/);
    expect(fromTimelineJS(json).events[0]?.id).toBe(a.events[0]?.id);
    expect(a.documents[0]?.title).toBe('A story');
    expect(a.events[0]?.sources[0]?.sentence).toBe('First\nOne & two');
  });

  it('names the field when the file is not TimelineJS', () => {
    expect(() => fromTimelineJS({ events: [{ start_date: { month: 1 } }] }, 'x.json')).toThrow(
      /^x\.json: events\[0\]\.start_date\.year: /,
    );
  });

  it.each([
    [{ events: [{ start_date: { year: 2022 } }] }, true],
    [{ schemaVersion: 1, events: [] }, false],
    [[], false],
    [null, false],
  ])('recognises %j as TimelineJS: %s', (json, expected) => {
    expect(isTimelineJS(json)).toBe(expected);
  });

  it('turns HTML into plain text without running or keeping markup', () => {
    expect(htmlToText('<p>A &lt;b&gt;</p><script>alert(1)</script><p>B&#39;s&nbsp;&#x41;</p>')).toBe(
      "A <b>\nB's A",
    );
  });
});
