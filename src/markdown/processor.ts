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
import type { Html, Parents } from 'mdast';
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

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
