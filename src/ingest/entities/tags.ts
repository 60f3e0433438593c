// Tags for an article: salient terms when the source gave no keywords, and the keyword lines
// some outlets append to the body ("سمات …", "الكلمات الدلالية: …").
import { createRequire } from 'node:module';
import { CLITIC_LETTERS, fold, foldWords, plain, readingsOf, tokenize, type PhraseMatch, type Token } from './match.ts';
import { matchOrganisations } from './organisations.ts';
import { matchPlaces } from './places.ts';

// Arabic list (`ara`) of the `stopword` package (MIT). The package ships no type declarations,
// so it is loaded through require rather than a typed import.
const { ara } = createRequire(import.meta.url)('stopword') as { ara: string[] };

// Hand-written by Arshif: function words, reporting verbs, dates and honorifics of news prose
// that the package list lacks. Folded like the text, so hamza and ة/ه variants need no entry.
const NEWS_STOPWORDS = `
  أنه أنها إنه إنها أنهم لأن كان كانت يكون تكون كانوا أصبح أصبحت أعلن أعلنت أكد أكدت أضاف أضافت
  أشار أشارت أوضح أوضحت قال قالت يقول تقول ذكر ذكرت بحسب حسب وفق وفقا نقلا عبر خلال حيث أيضا كما
  إلى على عن من في مع بين منذ حتى بعد قبل أمس اليوم غدا الذي التي الذين هذا هذه ذلك تلك هناك هنا
  ضمن إطار أجل أمام أثناء عند دون جانب لدى لها له لهم عليه عليها عليهم فيه فيها فيهم منه منها منهم
  عنه عنها إليه إليها به بها بهم تم يتم جرى يجري الحالي الجاري الماضي المقبل الماضية المقبلة
  الحالية الجارية شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط يوم أيام عام العام سنة السنة شهر
  الشهر أسبوع الأسبوع ساعة الساعة الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار
  نيسان أيار حزيران تموز آب أيلول تشرين الثاني الأول الأولى محرم صفر ربيع جمادى رجب شعبان شوال
  القعدة الحجة ذو ألف مليون مليار أكثر أقل أول آخر أخرى ثاني ثالث بشكل نحو مثل غير كل بعض جميع
  عدد عدة أي إذا إذ لكن لكنه لكنها بل قد لقد سوف لن لم لا ما ماذا متى أين كيف هل إن أن أو أم ثم
  كذلك بينما فيما حين عندما بأن بأنه بأنها إلا سواء مدى جراء إثر بسبب نتيجة أما هو هي هم نحن
  خاصة عامة فقط حاليا لاحقا سابقا مؤخرا بنحو نسبة حوالي قرابة ضد تجاه لصالح إضافة بالإضافة فضلا
  مما ممن الآن يذكر يشار أنباء وأن
  الله عبد بن بنت أبو الأمير الأميرة الملك الشيخ السيد الدكتور سمو صاحب السمو الملكي معالي فضيلة
`.split(/\s+/).filter(Boolean);

const STOP = new Set([...ara, ...NEWS_STOPWORDS].map(fold));

/** Slots of `max` kept for content terms (when there are that many), so entities cannot fill them all. */
const SLOTS_KEPT_FOR_TERMS = 2;

interface Parsed {
  /** Counting key: folded, article and clitics removed. */
  key: string;
  /** Surface (harakat dropped) without conjunction/preposition, article kept. */
  display: string;
  /** display is rebuilt, not in the text ("للغاز" -> "الغاز"): used only if no written form is. */
  rebuilt: boolean;
  /** Carried a conjunction or preposition: such a word does not end a bigram. */
  prefixed: boolean;
}

// Clitics before the article are unambiguous (و/ف + ب/ك + ال). ل + ال is written لل.
const WITH_ARTICLE = /^([وف]?[بك]?)ال(.{3,})$/;
const LAM_ARTICLE = /^([وف]?)لل(.{3,})$/;
// Without the article a leading و/ف/ب/ل/ك may be part of the word (وزير، بيان، لبنان); it is
// stripped only when the bare form also occurs in the same article.
const AMBIGUOUS_PREFIXES = ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

function parse(folded: string, surface: string): Parsed {
  // fold drops exactly the marks plain drops, so equal lengths mean there is nothing to drop.
  const shown = surface.length === folded.length ? surface : plain(surface);
  const a = WITH_ARTICLE.exec(folded);
  if (a) return { key: a[2]!, display: shown.slice(a[1]!.length), rebuilt: false, prefixed: a[1] !== '' };
  const l = LAM_ARTICLE.exec(folded);
  if (l) return { key: l[2]!, display: 'ال' + shown.slice(l[1]!.length + 2), rebuilt: true, prefixed: true };
  return { key: folded, display: shown, rebuilt: false, prefixed: false };
}

function isStopword(t: Token): boolean {
  const w = t.folded;
  if (STOP.has(w)) return true;
  if (!CLITIC_LETTERS.includes(w[0] ?? '') && !w.startsWith('ال')) return false; // no other reading
  return readingsOf(t).some((r) => STOP.has(r) || (r.startsWith('ال') && STOP.has(r.slice(2))));
}

/** Only spaces between two tokens: no punctuation, so they may form a bigram. */
function spaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (!/\s/.test(text[k]!)) return false;
  return true;
}

interface Tally {
  count: number;
  first: number;
  words: string[];
  votes: Map<string, number>;
}

function vote(tallies: Map<string, Tally>, key: string, words: string[], at: number, display: string, rebuilt: boolean): void {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { count: 0, first: at, words, votes: new Map() }));
  t.count++;
  t.votes.set(display, (t.votes.get(display) ?? 0) + (rebuilt ? 0.001 : 1));
}

/** Most frequent written form; ties go to the first seen. */
function surfaceOf(t: Tally): string {
  let best = '';
  let n = 0;
  for (const [form, c] of t.votes) if (c > n) [best, n] = [form, c];
  return best;
}

/**
 * Frequent content words and bigrams (at least two occurrences), best first, as written.
 * `used` holds counting keys already tagged (words of entity names): terms sharing one are
 * skipped, so "التحالف" does not follow "التحالف الدولي".
 */
function contentTerms(tokens: readonly Token[], covered: ReadonlySet<number>, text: string, used: Set<string>): string[] {
  const parsed: (Parsed | undefined)[] = tokens.map((t, i) =>
    covered.has(i) || /^\d+$/.test(t.folded) || isStopword(t) ? undefined : parse(t.folded, t.surface),
  );
  const present = new Set(parsed.map((p) => p?.key));
  for (const [i, p] of parsed.entries()) {
    // only words read without an article, and starting with a clitic letter
    if (!p || p.key !== tokens[i]!.folded || !CLITIC_LETTERS.includes(p.key[0] ?? '')) continue;
    const prefix = AMBIGUOUS_PREFIXES.find((x) => p.key.startsWith(x) && present.has(p.key.slice(x.length)) && p.key.length - x.length >= 3);
    if (prefix) parsed[i] = { key: p.key.slice(prefix.length), display: p.display.slice(prefix.length), rebuilt: false, prefixed: true };
  }

  const tallies = new Map<string, Tally>();
  for (const [i, p] of parsed.entries()) {
    if (!p || p.key.length < 3) continue;
    vote(tallies, p.key, [p.key], i, p.display, p.rebuilt);
    const q = parsed[i + 1];
    if (q && q.key.length >= 3 && !q.prefixed && spaceBetween(text, tokens[i]!.end, tokens[i + 1]!.start)) {
      vote(tallies, `${p.key} ${q.key}`, [p.key, q.key], i, `${p.display} ${q.display}`, p.rebuilt);
    }
  }

  const ranked = [...tallies.values()]
    .filter((t) => t.count >= 2)
    .map((t) => ({ t, score: t.count * t.words.length }))
    .sort((a, b) => b.score - a.score || a.t.first - b.t.first);
  const out: string[] = [];
  for (const { t } of ranked) {
    if (t.words.some((w) => used.has(w))) continue;
    t.words.forEach((w) => used.add(w));
    out.push(surfaceOf(t));
  }
  return out;
}

/** Places and organisations by number of mentions, then first mention. */
function entityNames(mentions: readonly PhraseMatch<{ name: string }>[]): string[] {
  const tally = new Map<string, { count: number; first: number }>();
  for (const m of mentions) {
    const t = tally.get(m.value.name);
    if (t) t.count++;
    else tally.set(m.value.name, { count: 1, first: m.start });
  }
  return [...tally.entries()].sort(([, a], [, b]) => b.count - a.count || a.first - b.first).map(([name]) => name);
}

/**
 * A few salient terms for an article without keywords: places and organisations first (by
 * mentions), then repeated content words and bigrams, counted with clitics, article, hamza and
 * ta marbuta folded but returned as written. Never digits-only tokens or words under 3 letters.
 */
export function salientTerms(text: string, max = 5): string[] {
  if (max <= 0) return [];
  const tokens = tokenize(text);
  const mentions = [...matchPlaces(tokens, text), ...matchOrganisations(tokens, text)];
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.start; i < m.end; i++) covered.add(i);

  const entities = entityNames(mentions);
  const entityWords = new Set(entities.flatMap((name) => foldWords(name).map((w) => parse(w, w).key)));
  const terms = contentTerms(tokens, covered, text, entityWords);
  const kept = Math.min(SLOTS_KEPT_FOR_TERMS, terms.length, Math.floor(max / 2));
  const picked = entities.slice(0, max - kept);
  return [...picked, ...terms.filter((t) => !picked.includes(t))].slice(0, max);
}

const KEYWORD_LINE = /^\s*(?:سمات\s+|(?:ال)?كلمات\s+(?:ال)?دلالية\s*:\s*)/u;

/**
 * Keywords from a trailing keyword line: "سمات …" or "(ال)كلمات (ال)دلالية: …"; otherwise
 * undefined. Comma-separated lists (، or ,) keep multiword keywords; a space-separated list
 * ("سمات تبوك جامعة معمة تبوك") is split into single words, since where one keyword ends
 * and the next begins cannot be recovered. Duplicates (after folding) are dropped.
 */
export function parseKeywordLine(line: string): string[] | undefined {
  const m = KEYWORD_LINE.exec(line);
  if (!m) return undefined;
  const rest = line.slice(m[0].length);
  const parts = /[،,]/.test(rest) ? rest.split(/[،,]/) : rest.split(/\s+/);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const keyword = part.replace(/^[\s.؛;:"'“”«»]+|[\s.؛;:"'“”«»]+$/g, '').replace(/\s+/g, ' ');
    const key = fold(keyword);
    if (keyword && !seen.has(key)) {
      seen.add(key);
      out.push(keyword);
    }
  }
  return out.length ? out : undefined;
}
