// Places named in an article: countries (Arabic names from the i18n-iso-countries package),
// Saudi regions and governorates, Syrian governorates and towns, Arab capitals and major
// world cities (data/places.json, hand-compiled). Matching is by whole words after folding,
// so adjectives ("السوري"، "الإيرانية") never read as the country.
import countryNames from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import data from './data/places.json' with { type: 'json' };
import { PhraseMatcher, firstDistinct, fold, tokenize, type PhraseMatch, type Token } from './match.ts';

export type PlaceKind = 'country' | 'region' | 'city';

export interface Place {
  /** Canonical Arabic name. */
  name: string;
  /** Every spelling that matches, the name included unless it is an ordinary word. */
  aliases: string[];
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export const MAX_PLACES = 8;

interface CountryExtra {
  name?: string;
  aliases?: string[];
  aliasesOnly?: boolean;
  alsoAdjective?: string[];
  exclude?: string[];
}
interface PlaceRow {
  name: string;
  aliases: string[];
  kind: string;
  country: string;
  aliasesOnly?: boolean;
  exclude?: string[];
}

const KINDS: readonly string[] = ['country', 'region', 'city'];
const countryExtras: Record<string, CountryExtra> = data.countries;
const matcher = new PhraseMatcher<Place>();
const places: Place[] = [];
const seen = new Map<string, string>(); // folded alias -> place name, to catch data clashes
/** Folded aliases that are also a feminine adjective ("السعودية"). */
const alsoAdjective = new Set<string>();

function register(place: Place, exclude: readonly string[] = []): void {
  for (const alias of place.aliases) {
    const key = fold(alias);
    const other = seen.get(key);
    if (other !== undefined && other !== place.name) throw new Error(`places data: "${alias}" names both ${other} and ${place.name}`);
    seen.set(key, place.name);
    matcher.add(alias, place, exclude);
  }
  places.push(place);
}

for (const [code, names] of Object.entries(countryNames.countries)) {
  const extra = countryExtras[code] ?? {};
  const official: string = Array.isArray(names) ? String(names[0]) : names;
  const aliases = [...(extra.aliasesOnly ? [] : [official]), ...(extra.aliases ?? [])];
  for (const adjective of extra.alsoAdjective ?? []) alsoAdjective.add(fold(adjective));
  register({ name: extra.name ?? official, aliases: [...new Set(aliases)], kind: 'country', country: code }, extra.exclude);
}

for (const row of data.places as PlaceRow[]) {
  if (!KINDS.includes(row.kind)) throw new Error(`places data: bad kind "${row.kind}" for ${row.name}`);
  if (!(row.country in countryNames.countries)) throw new Error(`places data: unknown country "${row.country}" for ${row.name}`);
  const aliases = [...(row.aliasesOnly ? [] : [row.name]), ...row.aliases];
  register({ name: row.name, aliases: [...new Set(aliases)], kind: row.kind as PlaceKind, country: row.country }, row.exclude);
}

/** Every known place: countries first, then data/places.json in file order. */
export const PLACES: readonly Place[] = places;

const PLACE_BY_NAME = new Map(places.map((p) => [p.name, p]));

/**
 * A place's other one-word spellings (ميونخ: ميونيخ; the United States: أمريكا, أميركا), for the
 * search page, which reads a proclitic typed on any of them as the name (بميونيخ). None for a
 * name the gazetteer does not know.
 */
export function otherSpellings(name: string): string[] {
  return (PLACE_BY_NAME.get(name)?.aliases ?? []).filter((alias) => alias !== name && !/\s/.test(alias.trim()));
}

const byName = (name: string): Place => {
  const p = PLACE_BY_NAME.get(name);
  if (!p) throw new Error(`places data: missing ${name}`);
  return p;
};
const AMMAN = byName('عمّان');

// Definite words that are not nouns, so a following "السعودية" is still the country ("إلى السعودية").
const DEFINITE_FUNCTION_WORDS = new Set(['الي', 'الا', 'الان', 'الذي', 'التي', 'الذين', 'اليه', 'اليها', 'اليهم', 'الينا', 'اللتين', 'اللذين']);

/**
 * "الحكومة السعودية": the alias follows a definite noun in the same phrase (only spaces between)
 * and has no clitic of its own, so it is the adjective.
 */
function isAdjective(text: string, tokens: readonly Token[], m: PhraseMatch<Place>): boolean {
  const word = tokens[m.start];
  const prev = tokens[m.start - 1];
  if (!m.bare || m.end - m.start !== 1 || !word || !prev || !alsoAdjective.has(word.folded)) return false;
  const p = prev.folded;
  return p.startsWith('ال') && p.length > 3 && !DEFINITE_FUNCTION_WORDS.has(p) && /^[ \t\u00a0]+$/.test(text.slice(prev.end, word.start));
}

// tokenize() hands out the same array for the same article, so findPlaces and salientTerms share one scan.
const scanned = new WeakMap<readonly Token[], readonly PhraseMatch<Place>[]>();

/**
 * Place mentions as token spans, in text order; `tokens` must be tokenize(text). Rule for the
 * homograph "عمان": Oman, unless written with shadda ("عمّان") or as "العاصمة الأردنية عمان",
 * which are Amman.
 */
export function matchPlaces(tokens: readonly Token[], text: string): readonly PhraseMatch<Place>[] {
  let found = scanned.get(tokens);
  if (!found) {
    found = matcher
      .scan(tokens, (m) => !isAdjective(text, tokens, m))
      .map((m) => (m.value.country === 'OM' && m.value.kind === 'country' && tokens[m.start]?.surface.includes('\u0651') ? { ...m, value: AMMAN } : m));
    scanned.set(tokens, found);
  }
  return found;
}

/** Canonical names of the places mentioned, in order of first mention, without duplicates, at most 8. */
export function findPlaces(text: string): string[] {
  return firstDistinct(matchPlaces(tokenize(text), text).map((m) => m.value.name), MAX_PLACES);
}
