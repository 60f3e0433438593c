// Plain paragraphs -> Markdown that renders back to exactly those paragraphs. Raw text is
// text: `*`, `#`, `1.`, `<script>` or `[x](y)` in an article must not become Markdown or
// HTML, so we build the syntax tree and let mdast-util-to-markdown escape what is needed.
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Root } from 'mdast';

export function markdownFromParagraphs(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree);
}
