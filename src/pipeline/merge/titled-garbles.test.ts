/**
 * A translation's "British Prime Minister Keir Hardie" is Keir Starmer where another report of the
 * story names him; alone, the name stays as written.
 */
import { describe, expect, it } from 'vitest';
import { actorNames, eventFileOf, eventsFrom } from '../test-articles.ts';

const WIRE =
  ' date 2025-06-12 Air India plane crashes in Ahmedabad\n\nAn Air India plane with 242 people on board crashed in Ahmedabad on Thursday, killing 241 of them.\n\nBritish Prime Minister Keir Starmer called the scenes emerging from Ahmedabad devastating on Thursday.\n';

describe('a garbled title holder named right in a sister report', () => {
  it.each([
    [
      'en',
      'British Prime Minister Keir Hardie had called the images from Ahmedabad "devastating" on Thursday.',
      'The Air India plane with 242 people on board that crashed in Ahmedabad on Thursday killed 241 of them.',
    ],
    [
      'de',
      'Der britische Premierminister Keir Hardie nannte die Bilder aus Ahmedabad am Donnerstag verheerend.',
      'Beim Absturz der Air-India-Maschine mit 242 Menschen an Bord in Ahmedabad kamen am Donnerstag 241 von ihnen ums Leben.',
    ],
  ])('[%s] “%s” is Keir Starmer', async (lang, garbled, crash) => {
    const file = await eventFileOf({
      'en_wire_0612.txt': WIRE,
      [`${lang}_translation.txt`]: ` date 2025-06-13 Title\n\n${crash}\n\n${garbled}\n`,
    });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toContain('Keir Starmer');
  });

  it('without a sister report naming him, “Keir Hardie” stays as written', async () => {
    const garbled =
      'British Prime Minister Keir Hardie had called the images from Ahmedabad "devastating" on Thursday.';
    const file = await eventFileOf({ 'en_translation.txt': ` date 2025-06-13 Title\n\n${garbled}\n` });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toEqual(['Keir Hardie']);
  });
});

describe('a garbled title holder whose sister report names him in an apposition', () => {
  const garbled =
    'British Prime Minister Keir Hardie had called the images from Ahmedabad "devastating" on Thursday.';
  const translation = ` date 2025-06-13 Title\n\nThe Air India plane with 242 people on board that crashed in Ahmedabad on Thursday killed 241 of them.\n\n${garbled}\n`;
  it.each([
    [
      'en',
      'An Air India plane with 242 people on board crashed in Ahmedabad on Thursday, killing 241 of them.',
      'The British Prime Minister, Keir Starmer, called the scenes from Ahmedabad devastating on Thursday.',
    ],
    [
      'nl',
      'Een toestel van Air India met 242 mensen aan boord is donderdag in Ahmedabad neergestort, waarbij 241 van hen om het leven kwamen.',
      'De Britse premier, Keir Starmer, noemde de beelden uit Ahmedabad donderdag verschrikkelijk.',
    ],
    [
      'de',
      'Ein Flugzeug von Air India mit 242 Menschen an Bord ist am Donnerstag in Ahmedabad abgestürzt, 241 von ihnen kamen ums Leben.',
      'Der britische Premierminister, Keir Starmer, nannte die Bilder aus Ahmedabad am Donnerstag verheerend.',
    ],
  ])(
    '[%s] a report naming him “%s … %s” lets the translation’s “Keir Hardie” be Keir Starmer',
    async (lang, crash, named) => {
      const file = await eventFileOf({
        [`${lang}_wire_0612.txt`]: ` date 2025-06-12 Title\n\n${crash}\n\n${named}\n`,
        'en_translation.txt': translation,
      });
      const [event] = eventsFrom(file, garbled);
      expect(event && actorNames(file, event)).toContain('Keir Starmer');
    },
  );
});

describe('a title only one listed person holds, before a name nobody listed', () => {
  it.each([
    [
      'en',
      'WHO chief Haile Gebrselassie on Monday called on rich countries to share vaccines against mpox with Africa.',
    ],
    [
      'en',
      'WHO chief Haile Gebrselassie said on Monday that rich countries must share their vaccines against mpox.',
    ],
  ])('[%s] “%s” is Tedros where a sister report names him after his title', async (_, garbled) => {
    const file = await eventFileOf({
      'en_wire_0814.txt':
        ' date 2024-08-14 WHO declares mpox emergency\n\nThe World Health Organization declared mpox a global health emergency on Wednesday after an outbreak in Congo.\n\nWHO Director-General Tedros Adhanom Ghebreyesus said the spread of mpox in Congo was very worrying.\n',
      'en_translation.txt': ` date 2024-08-19 Title\n\nThe World Health Organization declared mpox a global health emergency last Wednesday after an outbreak in Congo.\n\n${garbled}\n`,
    });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toContain('Tedros Adhanom Ghebreyesus');
  });
});

describe('a sister report naming the holder in a sentence that reports nothing', () => {
  const garbled =
    'WHO chief Haile Gebrselassie on Monday called on rich countries to share vaccines against mpox with Africa.';
  it.each([
    [
      'a quotation',
      '"The spread in Congo is very worrying," WHO Director-General Tedros Adhanom Ghebreyesus said.',
    ],
    ['a description', 'WHO Director-General Tedros Adhanom Ghebreyesus is an Ethiopian biologist.'],
  ])('names him as surely: in %s (“%s”)', async (_, named) => {
    const file = await eventFileOf({
      'en_wire_0814.txt': ` date 2024-08-14 WHO declares mpox emergency\n\nThe World Health Organization declared mpox a global health emergency on Wednesday after an outbreak in Congo.\n\n${named}\n`,
      'en_translation.txt': ` date 2024-08-19 Title\n\nThe World Health Organization declared mpox a global health emergency last Wednesday after an outbreak in Congo.\n\n${garbled}\n`,
    });
    const [event] = eventsFrom(file, garbled);
    expect(event && actorNames(file, event)).toContain('Tedros Adhanom Ghebreyesus');
  });
});

describe('a title worded otherwise, and a given name a letter off, in a translation days later', () => {
  const WIRE_0515 =
    ' date 2024-05-15 France declares state of emergency in New Caledonia\n\nInterior Minister Gerald Darmanin said 130 people had been arrested since Monday.\n';
  const translation = (named: string) =>
    ` date 2024-05-24 New Caledonia: the President promises dialogue\n\nMinister of the Interior ${named}, who accompanied the head of state, announced that 3,000 members of the forces of order would remain on the archipelago.\n`;
  it.each([
    ['Gérard Depardieu', 'Gérald Darmanin'],
    ['Pierre Joxe', 'Pierre Joxe'],
  ])(
    'where a wire report names “Interior Minister Gerald Darmanin”, “Minister of the Interior %s” is %s',
    async (named, actor) => {
      const file = await eventFileOf({ 'en_wire_0515.txt': WIRE_0515, 'en_mt_0524.txt': translation(named) });
      const [event] = eventsFrom(file, 'Minister of the Interior');
      expect(event && actorNames(file, event)).toContain(actor);
      expect(event?.title).toBe(`${actor} makes a statement`);
    },
  );

  it('without a report naming him, “Gérard Depardieu” stays as written', async () => {
    const file = await eventFileOf({ 'en_mt_0524.txt': translation('Gérard Depardieu') });
    const [event] = eventsFrom(file, 'Minister of the Interior');
    expect(event && actorNames(file, event)).toContain('Gérard Depardieu');
  });
});

describe('a garble set off by commas after the title', () => {
  const WIRE =
    ' date 2024-10-30 Floods in Spain\n\nPrime Minister Pedro Sánchez declared three days of national mourning from Thursday.\n';
  const translation = (named: string) =>
    ` date 2024-11-05 The Government approves aid\n\nThe President of the Government, ${named}, announced this Tuesday a first package of aid of 10.6 billion euros for the victims.\n`;
  it.each([
    ['Pedro Almodóvar', 'Pedro Sánchez'],
    ['Carmen Calvo', 'Carmen Calvo'],
  ])(
    'where a wire report names “Prime Minister Pedro Sánchez”, “The President of the Government, %s,” is %s',
    async (named, actor) => {
      const file = await eventFileOf({ 'en_wire_1030.txt': WIRE, 'en_mt_1105.txt': translation(named) });
      const [event] = eventsFrom(file, 'The President of the Government');
      expect(event && actorNames(file, event)).toContain(actor);
    },
  );
});
