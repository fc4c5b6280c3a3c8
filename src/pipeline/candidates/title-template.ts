/** One title template of a kind in data/event-lexicon.json, with the conditions it applies under. */
export interface TitleTemplate {
  text: string;
  /** A concept id that must occur in the sentence for this template to apply; it names {object}. */
  if?: string;
  /** More concepts that must occur too ("if": ["troops", "foreign"] in the data file). */
  also?: string[];
  /** Set aside by a trigger that names its own title: the template is about another concept. */
  aside?: boolean;
  /** Applies only where the happening befalls one person introduced as "a …" ("A young woman was injured"). */
  one?: boolean;
  /** Applies only where those befallen are not told as many with no count ("several people", "Dutzende"). */
  single?: boolean;
  /** Applies only where the trigger's shooting is itself what was heard ("gunfire was heard"). */
  heard?: boolean;
  /** The title where the trigger is only what someone tried to do ("Protesters try to storm …"). */
  tried?: string;
  /**
   * The title when deaths the same sentence reports join this happening ("{deaths} in crash in
   * {place}"): {deaths} stands for the deaths' own title ("10 people killed").
   */
  deadly?: string;
  /**
   * The title where the one it befell died of it, as another event of the story tells: an
   * assassination attempt Shinzo Abe died of reads "Shinzo Abe shot", no attempt.
   */
  fatal?: string;
}
