// The Markdown engine: remark-parse -> remark-rehype -> rehype-sanitize -> Latin-run isolation
// -> rehype-stringify.
// Article text is data, never code: raw HTML in Markdown is shown as the text it is (neither
// executed nor silently dropped), and rehype-sanitize removes script URLs and event handlers.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import rehypeIsolateLatin from './rehype-isolate-latin.ts';
import { isPlainParagraph } from './from-text.ts';
import type { Html, Parents, Root } from 'mdast';
import type { Element, Text } from 'hast';

function htmlAsText(_state: unknown, node: Html, parent: Parents | undefined): Text | Element {
  const text: Text = { type: 'text', value: node.value };
  // A block of HTML stands where a paragraph would: keep it one.
  return parent?.type === 'root' ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype, { handlers: { html: htmlAsText } })
  .use(rehypeSanitize)
  .use(rehypeIsolateLatin)
  .use(rehypeStringify)
  .freeze();

/** Characters micromark reads as line endings, or replaces (NUL): a plain paragraph holds none. */
const LINE_OR_NUL = /[\r\n\0]/;

/**
 * The syntax tree remark-parse gives `markdown`, when it is nothing but plain paragraphs (the
 * Markdown from-text.ts writes for raw text without syntax characters: paragraphs separated by
 * one blank line, a final newline); otherwise undefined. Such a paragraph's text holds no
 * character Markdown reads as syntax, so its tree is known without parsing. The parse is most
 * of unified's cost (micromark: ~0.3 ms of ~0.5 ms an article) and nine in ten corpus articles
 * are plain; the test suite checks this tree against remark-parse's on the corpus sample and on
 * text built to trip it.
 */
export function plainParagraphsTree(markdown: string): Root | undefined {
  if (markdown === '') return { type: 'root', children: [] };
  if (!markdown.endsWith('\n')) return undefined;
  const paragraphs = markdown.slice(0, -1).split('\n\n');
  for (const text of paragraphs) if (text === '' || LINE_OR_NUL.test(text) || !isPlainParagraph(text)) return undefined;
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

/** The full pipeline, remark-parse included: what renderMarkdown's shortcut is checked against. */
export const renderMarkdownParsed = (markdown: string): string => String(processor.processSync(markdown));

/** The HTML of `markdown` when it is plain paragraphs (cheap: no parse), otherwise undefined. */
export function renderPlainMarkdown(markdown: string): string | undefined {
  const tree = plainParagraphsTree(markdown);
  return tree && processor.stringify(processor.runSync(tree));
}

export const renderMarkdown = (markdown: string): string => renderPlainMarkdown(markdown) ?? renderMarkdownParsed(markdown);
