// Organisations named in an article, from the hand-written list in data/organisations.json.
// Same whole-word matching as places (clitics, hamza variants), plus two rules:
// - an acronym in parentheses right after a name is that name's alias, not a second
//   organisation: "القيادة المركزية الأمريكية (سينتكوم)" is one mention;
// - bare club names that are ordinary words ("الهلال", "النصر", "الأهلي", "الاتحاد") count only in
//   an article with a sports cue ("الدوري", "مباراة", "كرة القدم" ...); "نادي الهلال" always counts.
import data from './data/organisations.json' with { type: 'json' };
import { PhraseMatcher, firstDistinct, tokenize, type PhraseMatch, type Token } from './match.ts';

export type OrganisationKind =
  | 'international' | 'government' | 'military' | 'armed-group' | 'political'
  | 'company' | 'media' | 'education' | 'sports' | 'club';

export interface Organisation {
  name: string;
  /** Spellings that match anywhere, the name included unless aliasesOnly. */
  aliases: string[];
  /** Spellings that match only in sports articles. */
  sportsAliases: string[];
  kind: OrganisationKind;
}

export const MAX_ORGANISATIONS = 8;

interface Row {
  name: string;
  kind: string;
  aliases: string[];
  aliasesOnly?: boolean;
  sportsAliases?: string[];
  exclude?: string[];
}
interface Hit {
  org: Organisation;
  sportsOnly: boolean;
}

const KINDS: readonly string[] = ['international', 'government', 'military', 'armed-group', 'political', 'company', 'media', 'education', 'sports', 'club'];
const matcher = new PhraseMatcher<Hit>();
const organisations: Organisation[] = [];

for (const row of data.organisations as Row[]) {
  if (!KINDS.includes(row.kind)) throw new Error(`organisations data: bad kind "${row.kind}" for ${row.name}`);
  const org: Organisation = {
    name: row.name,
    aliases: [...new Set([...(row.aliasesOnly ? [] : [row.name]), ...row.aliases])],
    sportsAliases: row.sportsAliases ?? [],
    kind: row.kind as OrganisationKind,
  };
  for (const alias of org.aliases) matcher.add(alias, { org, sportsOnly: false }, row.exclude);
  for (const alias of org.sportsAliases) matcher.add(alias, { org, sportsOnly: true }, row.exclude);
  organisations.push(org);
}

export const ORGANISATIONS: readonly Organisation[] = organisations;

const sportsCues = new PhraseMatcher<true>();
for (const cue of data.sportsCues) sportsCues.add(cue, true);

// tokenize() hands out the same array for the same article, so findOrganisations and salientTerms share one scan.
const scanned = new WeakMap<readonly Token[], readonly PhraseMatch<Organisation>[]>();

/** Organisation mentions as token spans, in text order; `tokens` must be tokenize(text). */
export function matchOrganisations(tokens: readonly Token[], text: string): readonly PhraseMatch<Organisation>[] {
  let found = scanned.get(tokens);
  if (!found) scanned.set(tokens, (found = scan(tokens, text)));
  return found;
}

function scan(tokens: readonly Token[], text: string): PhraseMatch<Organisation>[] {
  let sports: boolean | undefined; // looked up only when a bare club name turns up
  const isSports = () => (sports ??= tokens.some((_, i) => sportsCues.matchAt(tokens, i) !== undefined));
  const hits = matcher.scan(tokens, (m) => !m.value.sportsOnly || isSports());
  const out: PhraseMatch<Organisation>[] = [];
  let prev: PhraseMatch<Hit> | undefined;
  for (const m of hits) {
    if (!(prev && isParenthesisedAfter(text, tokens, prev, m))) out.push({ ...m, value: m.value.org });
    prev = m;
  }
  return out;
}

/** Is `m` wrapped in parentheses right after `prev` ("… الديمقراطية” (قسد)")? */
function isParenthesisedAfter(text: string, tokens: readonly Token[], prev: PhraseMatch<unknown>, m: PhraseMatch<unknown>): boolean {
  if (prev.end !== m.start) return false;
  const before = text.slice(tokens[prev.end - 1]?.end ?? 0, tokens[m.start]?.start ?? 0);
  const after = text.slice(tokens[m.end - 1]?.end ?? 0, tokens[m.end]?.start ?? text.length);
  return /^[\s"'“”«»‘’]*\(\s*$/.test(before) && /^\s*\)/.test(after);
}

/** Canonical names of the organisations mentioned, in order of first mention, without duplicates, at most 8. */
export function findOrganisations(text: string): string[] {
  return firstDistinct(matchOrganisations(tokenize(text), text).map((m) => m.value.name), MAX_ORGANISATIONS);
}
