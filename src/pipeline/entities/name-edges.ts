/**
 * Where a run of capitalised words stops being a name at its front. Sentence-initial capitals
 * glue a function word onto a name ("In Syria", "Am Montag", "Op Schiphol"); a German role
 * compound puts the organisation before the title ("Verdi-Chef Frank Werneke"); a German
 * article introduces a common noun in apposition ("Die Gewerkschaften Verdi"). The Hunspell
 * lexicon does not catch these: it lists "In" as a proper noun (the element) and has no German.
 */
import { CARDINAL_UNITS, VAGUE_QUANTITIES } from '../number-words.ts';
import { fold, type Token } from './text.ts';

/**
 * Closed-class words of en, nl and de that open a sentence but never a name. Name particles
 * ("van", "de", "der", "von", "den", "ter") are left out: "De Jong", "Van Gogh", "Von der Leyen".
 */
const FUNCTION_WORDS = new Set(
  [
    // en
    'a an and as at after before but by during for from if in into near of on since so the then',
    'this that these those to under until when where while with without yet also although because',
    'across against among amid despite over through throughout toward towards upon within besides',
    // nl
    'aan bij een en het in maar met na naar nadat om onder op ook over sinds toen tijdens tot',
    'tussen uit voor volgens want zoals dat deze die dit binnen zonder naast behalve',
    // de
    'am an auf aus bei beim bis das dem des die ein eine einem einen einer eines im in ins mit nach',
    'seit und aber auch bereits vom zum zur unter uber vor wahrend wegen laut gegen fur durch als',
    'innerhalb ausserhalb oberhalb unterhalb trotz ohne statt anstatt jenseits entlang zufolge neben ausser',
    // possessive pronouns, which open a noun phrase ("His lawyer", "Haar advocaat", "Sein Anwalt")
    'his her its their our my your zijn haar hun mijn onze jullie',
    'sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere',
  ]
    .join(' ')
    .split(' '),
);

/**
 * German compass nouns before a genitive name ("im Osten Spaniens", "im Norden Italiens"): the
 * region of a country, never the front of a name. English "East Timor", "South Africa" are names.
 */
const GERMAN_COMPASS_NOUNS = new Set(
  'osten westen norden suden nordosten nordwesten sudosten sudwesten'.split(' '),
);

export function isGermanCompassNoun(norm: string): boolean {
  return GERMAN_COMPASS_NOUNS.has(norm);
}

/** German articles: a capitalised word right after one is a noun unless it is part of a name. */
const GERMAN_ARTICLES = new Set('der die das den dem des ein eine einen einem einer eines'.split(' '));

export function isGermanArticle(norm: string): boolean {
  return GERMAN_ARTICLES.has(norm);
}

/**
 * Role words that end a German or Dutch compound whose front names an organisation or place
 * ("Verdi-Chef", "SPD-Vorsitzende", "EU-Kommissarin", "NAVO-chef"): the compound is a title.
 */
const COMPOUND_TITLES = new Set(
  [
    'chef chefin boss vorsitzende vorsitzender sprecher sprecherin leiter leiterin prasident prasidentin',
    'kommissar kommissarin minister ministerin generalsekretar generalsekretarin gouverneur',
    'burgermeister burgermeisterin anwalt anwaltin experte expertin kandidat kandidatin',
    'voorzitter voorzitster woordvoerder woordvoerster leider topman topvrouw baas fuhrer fuhrerin',
    // Prize winners: "Nobelprijswinnaar X", "Friedensnobelpreisträger X".
    'winnaar winnares trager tragerin laureaat laureate',
    // A party's member: "SPD-Politiker Lars Klingbeil", "D66-politicus Rob Jetten".
    'politiker politikerin politicus politica',
    // A board member: "Bahn-Personalvorstand Martin Seiler".
    'vorstand personalvorstand finanzvorstand vorstandschef',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Titles written before a person's name in en, nl and de ("Governor Maria Delgado", "Minister
 * Piet de Vries"), whoever holds them: the actors' roles list only the titles of listed actors.
 */
const PERSON_TITLES = new Set(
  [
    'president vice governor mayor senator minister secretary chancellor premier prime leader general',
    'speaker judge spokesman spokeswoman spokesperson ambassador chairman chairwoman chief commissioner',
    'king queen prince princess pope paus papst bishop sheriff mr mrs ms dr prof professor',
    'reporter journalist correspondent marine verslaggever correspondente korrespondent korrespondentin',
    'burgemeester gouverneur staatssecretaris woordvoerder woordvoerster koning koningin prinses',
    'bundeskanzler bundeskanzlerin kanzler kanzlerin burgermeister burgermeisterin ministerprasident',
    'oberburgermeister oberburgermeisterin landrat landratin wethouder gedeputeerde commissaris',
    'ministerprasidentin konig konigin herr frau',
    // Heirs to a throne: "Kronprinz Haakon", "Kronprinzessin Mette-Marit", "kroonprins Haakon".
    'kronprinz kronprinzessin prinz prinzessin kroonprins kroonprinses prins',
    // German capitalises a relative before a name: "Seine Mutter Ljudmila Nawalnaja".
    'mutter vater witwe witwer ehefrau ehemann sohn tochter bruder schwester',
    // A member of parliament, declined as the adjective it is: "der Abgeordnete Jens Spahn".
    'abgeordnete abgeordneter abgeordneten',
    'captain kapitein kapitan kapitanin',
    // Military ranks as British papers shorten them, without a full stop: "Gen Waker-Uz-Zaman".
    'gen lt col maj capt sgt brig',
    // "Costa's chief executive, Pier Luigi Foschi": the name begins after the title, "Pier" too.
    'ceo executive topman topvrouw directeur voorzitter',
    // Judges: "Richter Alexandre de Moraes", "rechter Moraes", "Justice Alexandre de Moraes".
    'richter richterin rechter justice',
    // Coaches: "Coach Bert van Marwijk", "bondscoach Ronald Koeman", "Bundestrainer Julian Nagelsmann".
    'coach trainer bondscoach bundestrainer',
    // Clergy: "von dem Prediger Anwar al-Awlaki", "the preacher Anwar al-Awlaki", "predikant X".
    'preacher prediger predikant pfarrer priester rabbiner',
  ]
    .join(' ')
    .split(' '),
);

/** Lowercase particles inside a person's name ("Piet de Vries", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set('van de der den von zu vom ter te la le du da di del dos'.split(' '));

/**
 * Lowercase words inside a town's name ("Črna na Koroškem", "Nové Město nad Metují", "Newcastle
 * upon Tyne", "Boulogne sur Mer"): none is an ordinary word in English, Dutch or German, so only
 * a settlement or landform noun before the name is asked for.
 */
const PLACE_PARTICLES = new Set('na nad pod upon sur sous'.split(' '));

export function isPlaceParticle(norm: string): boolean {
  return PLACE_PARTICLES.has(norm);
}

export function isPersonTitle(norm: string): boolean {
  return PERSON_TITLES.has(norm);
}

export function isNameParticle(norm: string): boolean {
  return NAME_PARTICLES.has(norm);
}

/**
 * Endings of German nouns that are never adjectives ("Gewerkschaften", "Regierung", "Partei"),
 * though some end like one: the doers in -ter ("Reiseveranstalter", "Vertreter") and "Geschichte"
 * end like a participle ("Vereinte").
 */
const GERMAN_NOUN_ENDING =
  /(?:schaft|ung|heit|keit|tion|tat|ismus|nis|tum|ment|ei|verband|konzern|stadt|partei|behorde|ministerium|amt|bund|firma|gruppe|veranstalter|vertreter|arbeiter|leiter|geschichte|aktie)(?:en|e|s|n)?$/;

/**
 * An inflected adjective, which may open a name after the article ("Die Deutsche Bahn", "die
 * Europäische Union", "die Vereinten Nationen", "die Grünen"): a derived adjective (-isch,
 * -lich, -ig, a participle in -t) or a short one ("Neue", "Freie") with its ending.
 */
const GERMAN_ADJECTIVE =
  /(?:sch|lich|ig|al|iv|bar|ell|os|ar|t)(?:e|en|er|es|em)$|^[a-z]{2,5}(?:e|en|er|es|em)$/;

/**
 * Vague quantities that open a sentence or a phrase ("Tausende Häuser", "Hundreds of people",
 * "Duizenden huizen"): never a name, and in German the noun after one is a common noun. Besides
 * those a figure is read from, larger ones and capitalised scale words open no name either, nor
 * do indefinite quantifiers ("Mehrere Menschen werden noch vermisst", "Einige Überlebende").
 */
const QUANTITY_WORDS = new Set([
  ...Object.keys(VAGUE_QUANTITIES),
  ...'tens millions miljoenen millionen tausend hundert'.split(' '),
  ...'billions miljard miljarden milliarde milliarden billionen'.split(' '),
  ...'several numerous meerdere enkele verscheidene diverse'.split(' '),
  ...'mehrere einige etliche zahlreiche viele wenige manche beide weitere'.split(' '),
  // "Drei Menschen wurden behandelt": German has no dictionary to tell a counted noun from a name.
  // Not "one", "een", "ein": also an article or a pronoun.
  ...Object.values(CARDINAL_UNITS).flatMap((units) =>
    Object.entries(units)
      .filter(([, n]) => n > 1)
      .map(([word]) => fold(word)),
  ),
]);

export function isQuantityWord(norm: string): boolean {
  return QUANTITY_WORDS.has(norm);
}

export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

/** Words for a storm, before its name ("storm Henk", "Sturmtief Bernd", "Hurricane Milton"): that name is no actor. */
const STORM_WORDS = new Set(
  'storm hurricane typhoon cyclone orkaan tyfoon cycloon sturm orkan hurrikan taifun zyklon sturmtief orkantief tief'.split(
    ' ',
  ),
);

export function isStormWord(norm: string): boolean {
  return STORM_WORDS.has(norm);
}

/** Words for a wind, after the name it bears ("Santa Ana winds", "Santa-Ana-Winde"): a wind, not the town. */
const WIND_WORDS = new Set('wind winds winden winde windes'.split(' '));

export function isWindWord(norm: string | undefined): boolean {
  return norm !== undefined && WIND_WORDS.has(norm);
}

const OF_WORDS = new Set(['of', 'van', 'von']);

/** "of", "van", "von": between an institution and whose it is ("Bank of England", "the Interior Ministry of Kazakhstan"). */
export function isOf(norm: string | undefined): boolean {
  return norm !== undefined && OF_WORDS.has(norm);
}

const HYPHEN = /^[-‐‑]$/u;

/** The text between two tokens is a hyphen: they make one compound. */
export function isHyphen(between: string): boolean {
  return HYPHEN.test(between);
}

const ROLE_ENDINGS = [...COMPOUND_TITLES];

function isRoleForm(norm: string): boolean {
  if (COMPOUND_TITLES.has(norm)) return true;
  for (const w of ROLE_ENDINGS) if (norm.length >= w.length + 3 && norm.endsWith(w)) return true;
  return false;
}

/** German declines a title before a name: "den Oppositionskandidaten", "des Ministers", "dem Vorsitzenden". */
const DECLENSION = /(?:en|n|s)$/;

/**
 * A role word, also closing a German compound: "Spitzenkandidat", "Fraktionschef",
 * "Innenministerin", and declined: "den venezolanischen Oppositionskandidaten Edmundo González".
 */
export function isRoleWord(norm: string): boolean {
  if (isRoleForm(norm)) return true;
  const declined = DECLENSION.exec(norm);
  return declined !== null && isRoleForm(norm.slice(0, declined.index));
}

/** "Verdi-Chef", "CDU-Spitzenkandidat": the token is a role word written as the end of a hyphenated compound. */
export function endsRoleCompound(tokens: Token[], text: string, i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  if (!t || !before || !isRoleWord(t.norm)) return false;
  return isHyphen(text.slice(before.end, t.start));
}

/** The last token, before `end`, of the hyphenated compound that starts at token `i` ("Schleswig-Holsteins"). */
export function compoundEnd(tokens: Token[], text: string, i: number, end: number): number {
  let k = i;
  while (k + 1 < end && isHyphen(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start))) k++;
  return k;
}

/** A German noun by its ending: "Behörde", "Regierung", "Gewerkschaft". */
export function hasGermanNounEnding(norm: string): boolean {
  return GERMAN_NOUN_ENDING.test(norm);
}

/**
 * A German common noun in apposition, announcing a name: "Die Gewerkschaften Verdi", "an den
 * Flughäfen München", "der Konzern Siemens". Only right after an article; an adjective there
 * opens the name instead (after an adjective, see german-common-nouns.ts).
 */
export function isGermanApposition(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const article = tokens[i - 1];
  if (!t?.capitalised || !article || !GERMAN_ARTICLES.has(article.norm)) return false;
  return GERMAN_NOUN_ENDING.test(t.norm) || !GERMAN_ADJECTIVE.test(t.norm);
}
