/**
 * Who a happening befell, as choosePatient picks it among a sentence's names: the person it
 * belongs to, the one an active verb acts on, else the nearest person who neither does it nor
 * speaks of it.
 */
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from './lexicon.ts';
import { choosePatient } from './patient.ts';
import { mentionsIn, patientIn } from './patient-fixture.ts';

describe('choosePatient', () => {
  it.each<[string, string, string[], boolean, string | undefined]>([
    ['Police arrested Anna Schmidt in Berlin.', 'arrested', ['Anna Schmidt'], false, 'Anna Schmidt'],
    [
      'Tokayev removes Nursultan Nazarbayev as head of the Security Council.',
      'removes',
      ['Tokayev', 'Nursultan Nazarbayev'],
      false,
      'Nursultan Nazarbayev',
    ],
    [
      'Rishi Sunak accepted the resignation of Dominic Raab.',
      'resignation',
      ['Rishi Sunak', 'Dominic Raab'],
      true,
      'Dominic Raab',
    ],
    [
      'Anna Schmidt was arrested by Peter Weber.',
      'arrested',
      ['Anna Schmidt', 'Peter Weber'],
      false,
      'Anna Schmidt',
    ],
    ['Spokesman Peter Weber said two men were arrested.', 'arrested', ['Peter Weber'], false, undefined],
    [
      'Yevgeny Prigozhin accused the ministry of a missile strike that he said had killed "a huge number" of his fighters.',
      'killed',
      ['Yevgeny Prigozhin'],
      false,
      undefined,
    ],
    [
      'Peter Weber said that the blast had killed dozens of workers.',
      'killed',
      ['Peter Weber'],
      false,
      undefined,
    ],
    [
      'Yevgeny Prigozhin, who had spent the summer in Africa, died a week after the mutiny.',
      'died',
      ['Yevgeny Prigozhin'],
      false,
      'Yevgeny Prigozhin',
    ],
    [
      'At least 11 people were killed in the protests, according to the human rights group Foro Penal.',
      'killed',
      ['Foro Penal'],
      false,
      undefined,
    ],
    [
      'Bei den Protesten wurden nach Angaben der venezolanischen Menschenrechtsgruppe Foro Penal elf Menschen getötet.',
      'getötet',
      ['Foro Penal'],
      false,
      undefined,
    ],
    [
      'Volgens de Venezolaanse mensenrechtenorganisatie Foro Penal kwamen zeker twaalf mensen om het leven.',
      'leven',
      ['Foro Penal'],
      false,
      undefined,
    ],
    ['President Maduro zei dat ruim 1200 mensen zijn opgepakt.', 'opgepakt', ['Maduro'], false, undefined],
    ['Rutte zei dat zijn arrestatie onterecht was.', 'arrestatie', ['Rutte'], false, 'Rutte'],
    [
      'Das Repräsentantenhaus stimmte für die Eröffnung eines Amtsenthebungsverfahrens gegen Trump.',
      'für',
      ['Trump'],
      true,
      'Trump',
    ],
    [
      'Luis Urzúa, the shift foreman, stepped out of the Fénix capsule at 9.55pm local time.',
      'out of',
      ['Luis Urzúa', 'Fénix'],
      false,
      'Luis Urzúa',
    ],
    [
      'Als laatste stapte ploegleider Urzúa om 21.55 uur uit de Fénix.',
      'uit de',
      ['Urzúa', 'Fénix'],
      false,
      'Urzúa',
    ],
  ])('in “%s” (trigger “%s”) the patient is %5$s', (text, trigger, names, owned, expected) => {
    const mentions = mentionsIn(text, names);
    const at = text.indexOf(trigger);
    const byMarked = mentions.find((m) => text.slice(0, m.start).endsWith('by '));
    const patient = choosePatient(text, mentions, at, {
      owned,
      byMarked,
      lexicon: defaultLexicon,
      isPerson: () => true,
    });
    expect(patient?.text).toBe(expected);
  });
});

describe('the person named as the source of the news is not the one it befell', () => {
  it.each<[string, string, string, string[], string | undefined]>([
    [
      "a minister through whom bodies were reported ('wie … mitteilte') is not killed",
      'Rettungskräfte bargen in der Nacht zu Mittwoch fünf weitere Leichen, wie Energieminister Fatih Dönmez mitteilte.',
      'Leichen',
      ['Fatih Dönmez'],
      undefined,
    ],
    [
      'a prosecutor who told a briefing after an apposition of his office is not among the dead',
      "Serik Shalabayev, head of criminal prosecution at the prosecutor-general's office, told a briefing that the dead included armed bandits.",
      'dead',
      ['Serik Shalabayev'],
      undefined,
    ],
    [
      "a mayor cited with 'volgens' is not the one evacuated",
      'Volgens burgemeester Gerard Beukema zijn zeker 350 bewoners geëvacueerd.',
      'geëvacueerd',
      ['Gerard Beukema'],
      undefined,
    ],
    [
      "'according to' a governor leaves the arrested man the patient",
      'Police arrested Anna Schmidt on Monday, according to Governor Peter Weber.',
      'arrested',
      ['Anna Schmidt', 'Peter Weber'],
      'Anna Schmidt',
    ],
  ])('%s', (_name, text, trigger, names, expected) => {
    expect(patientIn(text, trigger, names)).toBe(expected);
  });
});
