/**
 * Rules that tell site chrome from article text, by the shape of a line and by phrases that
 * news sites use in English, Dutch and German. They describe kinds of lines, never particular sites.
 */

/** Sentence-final punctuation, allowing closing quotes and brackets after it. */
const SENTENCE_END = /[.!?;:…]["'”’»)\]]*$/;

/** A short line without sentence punctuation: a headline, a subheading, a menu item or a site name. */
export function isHeadlineShaped(line: string): boolean {
  // Most lines end like a sentence: that is told without splitting them into words.
  if (line.length > 160 || SENTENCE_END.test(line)) return false;
  return line.split(/\s+/).filter(Boolean).length <= 25;
}

/** Lines that are boilerplate wherever they stand. */
const ANYWHERE: RegExp[] = [
  // Comment forms.
  /^(leave a (reply|comment)|post a comment|add a comment|reageer|plaats een reactie|kommentar (schreiben|verfassen)|kommentare?)\b/i,
  /^(your|je|uw|ihre) e-?mail(adres| address|-adresse)? /i,
  /required fields are marked|verplichte velden|pflichtfelder/i,
  // Navigation and layout.
  /^(back to top|naar boven|nach oben|top)$/i,
  /^(enlarge|expand|zoom) (image|photo|picture)$|^(vergroot|afbeelding vergroten)|^bild vergrößern$/i,
  /^(skip to (main )?content|menu|home|search|zoeken|suche|sign in|log ?in|inloggen|anmelden|subscribe|abonneren|abonnieren|newsletter|share( this( article)?)?|delen|teilen|print|tweet)$/i,
  /^(advertisement|advertentie|anzeige|werbung|sponsored|gesponsord)$/i,
  /^(share|deel|delen|teilen)\b.{0,30}\b(facebook|twitter|whatsapp|linkedin|e-?mail|artikel|article|beitrag|bericht)$/i,
  // Paywall and subscription calls.
  /\b(abonneer je|word abonnee|subscribe (now|today)|jetzt (abonnieren|testen)|abo abschließen)\b/i,
  // Credits and provenance.
  /^(photo|photos|foto|fotos|bild|bilder|image|picture|credit|credits|beeld|video)\s*(credit)?\s*[:©]/i,
  /^(source|sources|bron|bronnen|quelle|quellen)\s*:/i,
  // Wire-service credits and standards lines ("Reporting by …; Editing by …").
  /^\(?(additional )?(reporting|writing|editing|edited|compiled|research) by\b/i,
  /^our standards\s*:/i,
  /^all (news )?articles (on|from|about)\b/i,
  // Teasers for other articles.
  /^(read more|read also|also read|see also|more on this|related|lees ook|lees meer|lees verder|zie ook|meer over|mehr zum thema|mehr dazu|lesen sie auch|auch interessant|weiterlesen)\b\s*[:|–—-]?/i,
  /^https?:\/\/\S+$/i,
  /^\[[^\]]+\]\([^)]+\)$/,
  // Cookie and privacy notices.
  /\bcookies?\b.{0,80}\b(accept|use|gebruik|akkoord|verwenden|zustimmen|policy|beleid|richtlinie)/i,
  // The site's own notice names the site first, however long the sentence after it runs.
  /\b(we use|wij gebruiken|we gebruiken|wir verwenden|wir nutzen|this (web)?site uses|deze (web)?site gebruikt|diese (web)?seite verwendet) cookies\b/i,
  /^(privacy( policy)?|privacybeleid|datenschutz(erklärung)?|terms( of (use|service))?|impressum|disclaimer)$/i,
  /^(©|\(c\)|copyright\b)|©\s*\d{4}|\bcopyright\s*\d{4}/i,
  // Aggregator notices.
  /non-english news|not under our control|does not necessarily imply|niet noodzakelijk|keine verantwortung/i,
  // Widget titles that stand alone.
  /^(you may (also )?like|recommended( for you)?|most (read|popular|viewed)|popular|latest( news)?|trending|trends \d+h|top stories|meest gelezen|net binnen|meistgelesen|neueste|aktuell)$/i,
];

/** A line that only announces links to other articles: "Lesen Sie auch", "Lees ook", "Related". */
const TEASER_MARKER =
  /^(read more|read also|also read|see also|related( articles| stories)?|more on this( story)?|lees ook|lees meer|zie ook|meer over dit onderwerp|mehr zum thema|lesen sie auch|auch interessant)\s*:?$/i;

/**
 * The headline of another article under such a line ("Wat gebeurt er in Kazachstan?",
 * "Unruhen in Zentralasien: Was in Kasachstan auf dem Spiel steht"): one short line, no sentences.
 */
export function isTeaserLink(previous: string | undefined, line: string): boolean {
  return (
    previous !== undefined && TEASER_MARKER.test(previous) && line.length <= 120 && !/[.!?]\s/.test(line)
  );
}

/** Lines after which nothing of the article follows: comment forms, widget titles, agency sign-offs. */
const END_MARKERS: RegExp[] = [
  /^(leave a (reply|comment)|post a comment|plaats een reactie|kommentar schreiben)\b/i,
  /^(you may (also )?like|recommended( for you)?|most (read|popular)|meest gelezen|meistgelesen)$/i,
  /^all (news )?articles (on|from|about)\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /^(share|delen|teilen) (this|dit|diesen)\b/i,
  /^\(?(additional )?reporting by\b/i,
];

/**
 * A news agency sign-off ("asc / dpa / AFP", "ANP/Reuters"): a short line of initials and
 * agency names joined by slashes or commas, closing the article's text.
 */
export function isSignOff(line: string): boolean {
  return line.length <= 40 && /^[A-Za-z]{1,8}(\s*[/,]\s*[A-Za-z.]{1,8}){1,5}$/.test(line);
}

/**
 * The rules above as one expression: a line is read once, not once per rule. They are all written
 * to ignore case (the one that is not has no letters), which the joined expression does.
 */
const ANY_BOILERPLATE = new RegExp(ANYWHERE.map((rule) => `(?:${rule.source})`).join('|'), 'i');

export function isBoilerplate(line: string): boolean {
  if (line.length > 300) return false;
  return ANY_BOILERPLATE.test(line);
}

export function isEndMarker(line: string): boolean {
  return isSignOff(line) || END_MARKERS.some((rule) => rule.test(line));
}

/** A teaser that ends in an ellipsis: "Now you can see…", "Read the full story..." */
export function isEllipsisTeaser(line: string): boolean {
  return line.length <= 120 && /(\.\.\.|…)$/.test(line) && !/[.!?]\s/.test(line);
}
