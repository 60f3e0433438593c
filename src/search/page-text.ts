// Pass 1 without Pagefind: the text, meta and filters Pagefind 1.6's HTML reader would take from
// a page (its fossick parser: data-pagefind-body, -ignore, -meta, -filter, its removed elements,
// sentence full stops, anchors and weights), computed here from the HTML string. Asking the
// Pagefind service costs about 4 ms of CPU a page (31k pages: ~65 s of the index stage); this
// reads one in a small fraction of that.
//
// It is an emulation, so it answers only where it is sure: a page with anything it does not
// model exactly (an element closed implicitly or not at all, an entity other than the few our
// serialisers write, foreign content, the rarer data-pagefind attributes, an image after the
// title, a meta or filter value holding `&`) gives undefined, and the caller asks Pagefind for
// that page. Tested page by page against Pagefind (page-text.test.ts, scripts/check-page-text.ts).

import type { PageText } from './shard-index.ts';

/** Unicode White_Space: what Rust's split_whitespace and regex `\s` split on (JS `\s` differs). */
const WS = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${WS}]+`);
const TRIM = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g');
const NEWLINES = /(?:\n|\r\n)+/g;
const EXTRANEOUS = new RegExp(`[${WS}]{2,}`, 'g');
/** Rust regex `[\w'")$*]` (Unicode \w). */
const SENTENCE_CHAR = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Join_Control}'")$*]$/u;
const ALL_SPACES = new RegExp(`[${WS}]`, 'g');
const ATTRIBUTE_MATCH = /^[\s]*([^:[\]]+)\[(.+)\][\s]*$/;

const SENTENCE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
const REMOVED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Text up to their end tag is text, not markup. */
const RAW_TEXT = new Map(['script', 'style', 'title'].map((name) => [name, new RegExp(`</${name}`, 'ig')]));
/** Elements whose parsing (raw text, foreign content, templates) this reader does not model. */
const UNMODELLED = new Set(['textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template', 'svg', 'math']);
const UNMODELLED_ATTRIBUTES = ['data-pagefind-weight', 'data-pagefind-default-meta', 'data-pagefind-sort', 'data-pagefind-index-attrs'];
const AUTO_WEIGHT: Record<string, string> = { h1: '7', h2: '6', h3: '5', h4: '4', h5: '3', h6: '2' };
const MARKERS = ['___PAGEFIND_ANCHOR___', '___PAGEFIND_WEIGHT___', '___PAGEFIND_AUTO_WEIGHT___', '___END_PAGEFIND_WEIGHT___'];

const enum Status {
  Indexing,
  Ignored,
  Excluded,
  Body,
  ParentOfBody,
}

interface Node {
  tag: string;
  value: string;
  status: Status;
  parent: Node | undefined;
  filter: string[] | undefined;
  meta: string[] | undefined;
}

/** Thrown inside the reader for anything it does not model; readPageText turns it into undefined. */
class Unsure extends Error {}
const unsure = (): never => {
  throw new Unsure();
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML character references decoded once, as Pagefind does (no Windows-1252 remapping). */
function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#[xX]?[0-9A-Fa-f]*;?|[A-Za-z][A-Za-z0-9]*;?)?/g, (match, reference: string | undefined) => {
    if (reference === undefined) return match; // `&` before anything else is text
    if (!reference.endsWith(';')) return unsure(); // `&name` without `;`: legacy rules not modelled
    const body = reference.slice(0, -1);
    if (body.startsWith('#')) {
      const code = /^#[xX][0-9a-fA-F]{1,6}$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]{1,7}$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return unsure();
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(NAMED, body) ? NAMED[body]! : unsure();
  });
}

/** Pagefind's normalize_content for meta and filter values. */
function normalize(raw: string): string {
  const decoded = decode(raw);
  // Pagefind decodes these values more than once in places: a value still holding `&` after one
  // decoding is where its result depends on which, so it is left to Pagefind. So is one holding
  // an anchor or weight marker (an element with an id inside it), which Pagefind drops there
  // in ways not modelled.
  if (decoded.includes('&') || decoded.includes('___PAGEFIND_')) unsure();
  return decoded.replace(TRIM, '').replace(NEWLINES, ' ').replace(EXTRANEOUS, ' ');
}

/** Pagefind's parse_attr_string: `a, b[attr], c:literal` into `name` or `name:value` items. */
function attrItems(input: string, attribute: (name: string) => string | undefined): string[] {
  const colon = input.indexOf(':');
  if (colon >= 0) {
    const items = attrItems(input.slice(0, colon), attribute);
    if (items.length > 0) items[items.length - 1] += `:${input.slice(colon + 1)}`;
    return items;
  }
  return input.split(',').map((chunk) => {
    const trimmed = chunk.trim();
    const match = ATTRIBUTE_MATCH.exec(trimmed);
    return match ? `${match[1]}:${attribute(match[2]!.toLowerCase()) ?? ''}` : trimmed;
  });
}

/** Pagefind's get_attribute_pair: `name:value`, or the element's own text under `name`. */
function pair(item: string, node: Node): [string, string] | undefined {
  const colon = item.indexOf(':');
  if (colon >= 0) return [item.slice(0, colon), item.slice(colon + 1)];
  return node.value === '' ? undefined : [item, node.value];
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
  end: number;
}

const NAME_END = /[\t\n\f\r />]/g;

/** The start tag at `at` (just after `<`): its name, raw attribute values, and where it ends. */
function startTag(html: string, at: number): Tag {
  NAME_END.lastIndex = at;
  const nameEnd = NAME_END.exec(html)?.index ?? unsure();
  const name = html.slice(at, nameEnd).toLowerCase();
  const attributes = new Map<string, string>();
  let i = nameEnd;
  for (;;) {
    while (i < html.length && ' \t\n\f\r'.includes(html[i]!)) i++;
    if (i >= html.length) return unsure();
    if (html[i] === '>') return { name, attributes, end: i + 1 };
    if (html[i] === '/') {
      if (html[i + 1] !== '>') return unsure();
      return { name, attributes, end: i + 2 }; // `/>` means nothing on an HTML element
    }
    let j = i;
    while (j < html.length && !' \t\n\f\r/>='.includes(html[j]!)) j++;
    const attribute = html.slice(i, j).toLowerCase();
    if (attribute === '' || /["'<]/.test(attribute) || attributes.has(attribute)) return unsure();
    i = j;
    while (i < html.length && ' \t\n\f\r'.includes(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && ' \t\n\f\r'.includes(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return unsure();
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        let k = i;
        while (k < html.length && !' \t\n\f\r>'.includes(html[k]!)) k++;
        value = html.slice(i, k);
        if (value === '' || /["'<=`]/.test(value)) return unsure();
        i = k;
      }
    } else i = j;
    attributes.set(attribute, value);
  }
}

/**
 * What Pagefind would read from `html` (URL `url`): its text as the fragment holds it, its meta
 * and its filters; or undefined where the page holds anything this reader does not model.
 */
export function readPageText(html: string, url: string): PageText | undefined {
  try {
    return read(html, url);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function read(html: string, url: string): PageText | undefined {
  const root: Node = { tag: '', value: '', status: Status.Indexing, parent: undefined, filter: undefined, meta: undefined };
  let current = root;
  let htmlOpen = 0; // how many <html> elements are open: text counts only inside one
  let sawHtml = false;
  const filters: Record<string, string[]> = {};
  const meta = new Map<string, string>();
  let anchors = 0;

  /** The element's filter and meta values (they count on ignored elements too, not excluded). */
  const collect = (node: Node): void => {
    for (const item of node.filter ?? []) {
      const found = pair(item, node);
      if (found) (filters[found[0]] ??= []).push(normalize(found[1]));
    }
    for (const item of node.meta ?? []) {
      const found = pair(item, node);
      if (found) meta.set(found[0], normalize(found[1]));
    }
  };

  const closeNode = (node: Node, tag: string): void => {
    current = node.parent!;
    if (node.status === Status.Excluded) return;
    collect(node);
    if (tag === 'h1' && !meta.has('auto_title') && node.value.replace(TRIM, '') !== '') meta.set('auto_title', normalize(node.value));
    if (tag === 'title' && !meta.has('auto_page_title')) meta.set('auto_page_title', normalize(node.value));
    if (node.status === Status.Ignored) return;
    if (SENTENCE.has(tag)) {
      node.value = ` ${node.value}`;
      if (SENTENCE_CHAR.test(node.value)) node.value += '.';
      node.value += ' ';
    }
    const weight = AUTO_WEIGHT[tag];
    if (weight) node.value = ` ___PAGEFIND_AUTO_WEIGHT___${weight} ${node.value} ___END_PAGEFIND_WEIGHT___ `;
    const parent = current;
    if (parent.status === Status.ParentOfBody && node.status !== Status.Body && node.status !== Status.ParentOfBody) return;
    if (node.status === Status.Indexing) parent.value += node.value;
    else if (node.status === Status.Body || node.status === Status.ParentOfBody) {
      if (parent.status !== Status.ParentOfBody) parent.value = '';
      parent.value += node.value;
      parent.status = Status.ParentOfBody;
    }
  };

  const text = (chunk: string): void => {
    if (htmlOpen > 0) current.value += chunk;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) return undefined;
      i = close + 3;
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', lt);
      if (close < 0) return undefined;
      i = close + 1;
    } else if (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? '')) {
      const close = html.indexOf('>', lt);
      if (close < 0) return undefined;
      const name = html.slice(lt + 2, close).trimEnd().toLowerCase();
      if (name !== current.tag || current === root) return undefined; // implied or stray end tags: not modelled
      if (name === 'html') htmlOpen--;
      closeNode(current, name);
      i = close + 1;
    } else if (next !== undefined && /[A-Za-z]/.test(next)) {
      const tag = startTag(html, lt + 1);
      const { name, attributes } = tag;
      if (UNMODELLED.has(name) || UNMODELLED_ATTRIBUTES.some((a) => attributes.has(a))) return undefined;
      i = tag.end;
      if (name === 'html') {
        htmlOpen++;
        sawHtml = true;
      }
      if (htmlOpen === 0) return undefined; // elements outside <html>: not modelled
      const attribute = (a: string): string | undefined => attributes.get(a);
      const ignoreFlag = attributes.get('data-pagefind-ignore');
      const explicitIgnore = ignoreFlag === undefined ? undefined : ['', 'index', 'true'].includes(ignoreFlag.toLowerCase()) ? Status.Ignored : Status.Excluded;
      const status = attributes.has('data-pagefind-body') ? Status.Body : (explicitIgnore ?? Status.Indexing);
      const filterAttribute = attributes.get('data-pagefind-filter');
      const metaAttribute = attributes.get('data-pagefind-meta');
      if (filterAttribute?.includes('&') || metaAttribute?.includes('&')) return undefined;
      const id = attributes.get('id');
      if (id !== undefined && status !== Status.Excluded && status !== Status.Ignored) {
        if (!(current.status === Status.ParentOfBody && status !== Status.Body)) {
          current.value += ` ___PAGEFIND_ANCHOR___${name}:${anchors}:${id.replace(ALL_SPACES, '')} `;
          anchors++;
        }
      }
      if (name === 'br' && status !== Status.Excluded) current.value += ' ';
      const node: Node = {
        tag: name,
        value: '',
        status: current.status === Status.Excluded ? Status.Excluded : status,
        parent: current,
        filter: filterAttribute === undefined ? undefined : attrItems(filterAttribute, attribute),
        meta: metaAttribute === undefined ? undefined : attrItems(metaAttribute, attribute),
      };
      // Pagefind's removed elements are matched after the element's own status is set: they end
      // up ignored whatever their attributes say (the html element itself never matches).
      if (REMOVED.has(name) && name !== 'html') node.status = Status.Ignored;
      current = node;
      if (VOID.has(name)) {
        if (name === 'img' && (meta.has('auto_title') || meta.has('title'))) return undefined; // its image meta: not modelled
        // No end tag: only its meta and filters, from attributes (its text is empty).
        current = node.parent!;
        if (node.status !== Status.Excluded) collect(node);
      } else if (RAW_TEXT.has(name)) {
        const end = RAW_TEXT.get(name)!;
        end.lastIndex = i;
        const close = end.exec(html)?.index ?? -1;
        if (close < 0) return undefined;
        text(html.slice(i, close));
        i = close;
      }
    } else {
      text('<');
      i = lt + 1;
    }
  }
  if (current !== root || !sawHtml || root.status !== Status.ParentOfBody) return undefined; // unclosed elements, or no data-pagefind-body

  const autoTitle = meta.get('auto_title');
  meta.delete('auto_title');
  const autoPageTitle = meta.get('auto_page_title');
  meta.delete('auto_page_title');
  if (autoTitle !== undefined && !meta.has('title')) meta.set('title', autoTitle);
  if (autoPageTitle !== undefined && !meta.has('title')) meta.set('title', autoPageTitle);

  const words: string[] = [];
  for (const word of decode(root.value).split(SPACES)) {
    if (word === '') continue;
    if (word.startsWith('_') && MARKERS.some((marker) => word.startsWith(marker))) continue;
    const visible = word.replaceAll('\u200b', '');
    if (visible !== '') words.push(visible); // a word of zero-width spaces alone is no word
  }
  const content = words.join(' ');
  // Pagefind leaves out a page with no text, and (seen: a page of one zero-width joiner) some with
  // no letters or digits: such pages are its call.
  if (!/[\p{L}\p{N}]/u.test(content)) return undefined;
  return { url, content, meta: Object.fromEntries(meta), filters };
}
