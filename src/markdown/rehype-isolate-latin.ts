// rehype plugin: wrap Latin runs of article text in <bdi> (see site/bidi.ts for why), leaving
// code and existing isolation alone.
import type { Element, ElementContent, Root, Text } from 'hast';
import { LATIN_RUN } from '../site/bidi.ts';

const SKIP = new Set(['code', 'pre', 'bdi', 'bdo', 'script', 'style']);

function split(node: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(LATIN_RUN)) {
    if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
    parts.push({ type: 'element', tagName: 'bdi', properties: {}, children: [{ type: 'text', value: match[0] }] });
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

function visit(parent: Root | Element): void {
  const children: (typeof parent.children)[number][] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...split(child));
    else {
      if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}

export default function rehypeIsolateLatin() {
  return (tree: Root): void => visit(tree);
}
