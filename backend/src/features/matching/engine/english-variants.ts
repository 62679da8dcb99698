/**
 * English words that mean one thing to a matcher but stem apart: British and American spellings
 * (localise / localize, colour / color) and a small curated table of synonyms and word families
 * the Porter stemmer leaves apart (Japanese / Japan, photo / photography, client / customer). The
 * bridge's Japanese glosses go through the same tokenizer, so a Japanese word glossed with one
 * member of a family meets every English profile that uses another (日本 → japan meets "Japanese").
 * Added for issue 14 from the tuning half's English terms that missed the Japanese side of
 * cross-language pairs; kept small and unambiguous in this domain.
 */

/** British spellings by their leading letters → the American ones (the rest of the word is kept). */
const BRITISH_PREFIXES: readonly (readonly [string, string])[] = [
  ...[
    'organis',
    'optimis',
    'localis',
    'visualis',
    'digitis',
    'anonymis',
    'monetis',
    'prioritis',
    'recognis',
    'realis',
    'specialis',
    'utilis',
    'customis',
    'minimis',
    'maximis',
    'standardis',
    'commercialis',
    'revitalis',
    'mobilis',
    'personalis',
    'summaris',
    'categoris',
    'modernis',
    'harmonis',
    'authoris',
    'democratis',
    'decarbonis',
    'stabilis',
    'centralis',
    'decentralis',
    'globalis',
    'industrialis',
    'urbanis',
    'synchronis',
    'incentivis',
    'sanitis',
    'characteris',
    'finalis',
    'capitalis',
    'energis',
  ].map((b) => [b, `${b.slice(0, -2)}iz`] as const),
  ['analys', 'analyz'],
  ['colour', 'color'],
  ['labour', 'labor'],
  ['behaviour', 'behavior'],
  ['favour', 'favor'],
  ['flavour', 'flavor'],
  ['harbour', 'harbor'],
  ['neighbour', 'neighbor'],
  ['honour', 'honor'],
  ['humour', 'humor'],
  ['centre', 'center'],
  ['theatre', 'theater'],
  ['fibre', 'fiber'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['licence', 'license'],
  ['defence', 'defense'],
  ['ageing', 'aging'],
  ['tonne', 'ton'],
];

/** American spelling of a lowercase word (`localisation` → `localization`), or the word itself. */
export function americanSpelling(word: string): string {
  for (const [british, american] of BRITISH_PREFIXES) {
    if (word.startsWith(british)) return american + word.slice(british.length);
  }
  return word;
}

/**
 * Porter stems → the stem they count as. Each line joins words a member writing English and a
 * Japanese gloss use for one thing in this domain (the target is the stem the bridge's glosses give).
 */
const STEM_SYNONYMS: Readonly<Record<string, string>> = {
  japanes: 'japan',
  photo: 'photographi',
  photograph: 'photographi',
  client: 'custom',
  employe: 'employ',
  tourist: 'tourism',
  visitor: 'visit',
  deliveri: 'deliv',
  analysi: 'analyt',
  analyz: 'analyt',
  recruit: 'hire',
  abroad: 'oversea',
  rail: 'railwai',
  urban: 'citi',
  breweri: 'brewer',
  farm: 'agricultur',
  farmer: 'agricultur',
  fisheri: 'fish',
  fisher: 'fish',
  fishermen: 'fish',
  comic: 'manga',
  smartphon: 'phone',
  multilingu: 'languag',
  elder: 'elderli',
  film: 'video',
  filmmak: 'video',
  carer: 'care',
};

/** The stem a Porter stem counts as (itself unless the synonym table joins it to another). */
export function canonicalStem(stem: string): string {
  return STEM_SYNONYMS[stem] ?? stem;
}
