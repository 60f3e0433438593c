// Crawls a served site over HTTP from its root, the way a link checker (linkinator) does:
// every page reachable by links, and every href/src on them, must answer 200. Only URLs
// under the start URL are followed; others are out of the site and not checked.
const ATTR = /\s(?:href|src)="([^"]*)"/g;

export async function crawl(start: string, concurrency = 8): Promise<{ pages: number; checked: number; broken: string[] }> {
  const seen = new Set<string>([start]);
  const queue: { url: string; from: string }[] = [{ url: start, from: '(start)' }];
  const broken: string[] = [];
  let pages = 0;
  const visit = async (url: string, from: string): Promise<void> => {
    const response = await fetch(url, { redirect: 'follow' });
    if (response.status !== 200) {
      broken.push(`${response.status} ${decodeURI(url)} (linked from ${decodeURI(from)})`);
      return;
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return void (await response.arrayBuffer());
    pages++;
    const html = await response.text();
    for (const [, raw] of html.matchAll(ATTR)) {
      const target = new URL(raw!.replace(/&amp;/g, '&'), response.url);
      target.hash = '';
      if (!target.href.startsWith(start) || seen.has(target.href)) continue;
      seen.add(target.href);
      queue.push({ url: target.href, from: url });
    }
  };
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) await visit(next.url, next.from);
  };
  // Workers stop when the queue is empty; restart while visits add more.
  while (queue.length) await Promise.all(Array.from({ length: concurrency }, worker));
  return { pages, checked: seen.size, broken };
}
