/**
 * A government's end told in three languages: a confidence vote lost or survived, a parliament
 * dissolved by its own name, a coalition's collapse as the consequence of a dismissal.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndTitles, type MentionSpec } from './test-helpers.ts';

const SCHOLZ: MentionSpec = ['Olaf Scholz', 'unknown', 'name:olaf-scholz'];
const STEINMEIER: MentionSpec = ['Frank-Walter Steinmeier', 'unknown', 'name:frank-walter-steinmeier'];
const LINDNER: MentionSpec = ['Christian Lindner', 'unknown', 'name:christian-lindner'];

describe('a confidence vote', () => {
  it.each([
    [
      'en',
      'On Monday Olaf Scholz lost a confidence vote in parliament.',
      'Olaf Scholz loses a confidence vote',
    ],
    [
      'nl',
      'Bondskanselier Olaf Scholz heeft vandaag zoals verwacht de vertrouwensstemming in de Bondsdag verloren.',
      'Olaf Scholz loses a confidence vote',
    ],
    [
      'de',
      'Olaf Scholz hatte am 16. Dezember die Vertrauensfrage gestellt und wie beabsichtigt verloren.',
      'Olaf Scholz loses a confidence vote',
    ],
    ['en', 'On Monday Olaf Scholz survived a confidence vote.', 'Olaf Scholz survives a confidence vote'],
    ['de', 'Olaf Scholz gewann am Montag die Vertrauensfrage.', 'Olaf Scholz survives a confidence vote'],
  ])('[%s] “%s” is “%s”', (lang, text, title) => {
    expect(kindsAndTitles(lang, text, '2024-12-16', [SCHOLZ])).toContainEqual({
      kind: 'confidence-vote',
      title,
    });
  });
});

describe('a parliament dissolved', () => {
  it.each([
    ['de', 'Bundespräsident Frank-Walter Steinmeier hat am Freitag den Bundestag aufgelöst.'],
    ['nl', 'President Frank-Walter Steinmeier heeft vrijdag de Bondsdag ontbonden.'],
    ['en', 'On Friday President Frank-Walter Steinmeier dissolved the Bundestag.'],
  ])('[%s] “%s” names the parliament it dissolves', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-27', [STEINMEIER])).toContainEqual({
      kind: 'parliament-dissolved',
      title: expect.stringMatching(/Steinmeier dissolves parliament$/),
    });
  });

  it.each([
    [
      'nl',
      'President Frank-Walter Steinmeier moet nu binnen 21 dagen beslissen of hij het parlement ontbindt.',
    ],
    ['de', 'Frank-Walter Steinmeier muss nun entscheiden, ob er den Bundestag auflöst.'],
    ['en', 'Frank-Walter Steinmeier must now decide whether he dissolves parliament.'],
  ])('[%s] “%s” dissolves none', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-16', [STEINMEIER]).map((k) => k.kind)).not.toContain(
      'parliament-dissolved',
    );
  });

  it('police dissolving a crowd dissolve no parliament', () => {
    expect(
      kindsAndTitles('en', 'On Friday police dissolved the crowd in front of the hotel.', '2024-12-16').map(
        (k) => k.kind,
      ),
    ).not.toContain('parliament-dissolved');
  });
});

describe('a coalition that collapses when its minister is fired', () => {
  it('“fired … on Wednesday, causing the collapse of his coalition” reports both', () => {
    const kinds = kindsAndTitles(
      'en',
      'Olaf Scholz fired his finance minister Christian Lindner on Wednesday, causing the collapse of his three-way coalition.',
      '2024-11-07',
      [SCHOLZ, LINDNER],
    ).map((k) => k.kind);
    expect(kinds).toEqual(expect.arrayContaining(['dismissal', 'government-collapse']));
  });

  it.each([
    ['nl', 'Scholz vroeg de stemming aan nadat zijn regeringscoalitie begin november uiteen was gevallen.'],
    ['de', 'Der Bruch der Ampel-Koalition kam Anfang November.'],
  ])('[%s] “%s” is a government collapse', (lang, text) => {
    expect(kindsAndTitles(lang, text, '2024-12-16').map((k) => k.kind)).toContain('government-collapse');
  });
});
