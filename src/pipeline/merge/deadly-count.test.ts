/**
 * Dead whose sentences tell no cause join the one attack of their day, at a place they share, that
 * counts as many people: "waarbij 26 mensen om het leven kwamen" after "de aanslag" named again is
 * the toll of the attack in which "gewapende mannen 26 mensen doodschoten".
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../candidates/stage.ts';
import { article, day, type MentionSpec } from '../candidates/test-helpers.ts';
import { mergeCandidates } from './stage.ts';

const tuesday = day('2025-04-22', 'dinsdag');

function attackAndToll(tollPlace: MentionSpec) {
  const nos = article(
    'nos',
    'nl',
    [
      {
        text: 'Bij die aanslag, dinsdag in een bergweide bij het toeristenoord Pahalgam, schoten gewapende mannen 26 mensen dood, bijna allemaal toeristen.',
        times: [tuesday],
        mentions: [['Pahalgam', 'place', 'pahalgam']],
      },
    ],
    '2025-04-24',
  );
  const volkskrant = article(
    'volkskrant',
    'nl',
    [
      {
        text: `De escalatie begon met de aanslag van 22 april bij ${tollPlace[0]}, waarbij 26 mensen om het leven kwamen.`,
        times: [day('2025-04-22', '22 april')],
        mentions: [tollPlace],
      },
    ],
    '2025-05-11',
  );
  return mergeCandidates([...extractCandidates(nos), ...extractCandidates(volkskrant)])
    .filter((e) => e.kind === 'attack' || e.kind === 'death')
    .map((e) => ({ title: e.title, documents: e.sources.map((s) => s.document).sort() }));
}

describe('dead joined to their attack by the count they share', () => {
  it('the 26 who died at Pahalgam on 22 April are the dead of the attack there that day', () => {
    expect(attackAndToll(['Pahalgam', 'place', 'pahalgam'])).toEqual([
      { title: '26 people killed in attack in Pahalgam', documents: ['nos', 'volkskrant'] },
    ]);
  });

  it('as many dead on that day at another place stay their own event', () => {
    expect(
      attackAndToll(['Srinagar', 'place', 'srinagar'])
        .map((e) => e.documents)
        .sort(),
    ).toEqual([['nos'], ['volkskrant']]);
  });
});
