// Plain paragraphs -> Markdown that renders back to exactly those paragraphs. Raw text is
// text: `*`, `#`, `1.`, `<script>` or `[x](y)` in an article must not become Markdown or
// HTML, so we build the syntax tree and let mdast-util-to-markdown escape what is needed.
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';

// Most news paragraphs hold no character Markdown could read as syntax: those are their own
// Markdown, and skip the serializer (it costs ~0.2 ms an article). The test suite checks the
// shortcut against toMarkdown's output.
const SYNTAX_CHARS = /[\\`*_[\]<>&#!|~]/;
const BLOCK_START = /^(?:[-+=>]|\d+[.)]|\s)/;

export const isPlainParagraph = (text: string): boolean => !SYNTAX_CHARS.test(text) && !BLOCK_START.test(text) && !/\s$/.test(text);

const serialize = (paragraphs: readonly string[]): string =>
  toMarkdown({ type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) } satisfies Root);

export function markdownFromParagraphs(paragraphs: readonly string[]): string {
  if (paragraphs.every(isPlainParagraph)) return paragraphs.length ? `${paragraphs.join('\n\n')}\n` : '';
  return serialize(paragraphs);
}

/** The serializer's own output, for checking the shortcut. */
export const markdownBySerializer = serialize;
