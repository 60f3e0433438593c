// A documented patch for Eleventy 3.1's Nunjucks engine. Since 3.1.0 Eleventy no longer caches
// compiled Nunjucks templates itself ("we've moved to use Nunjucks' internal cache"), but it
// still builds `new Template(source)` for every page it renders, so a paginated template is
// compiled again for each of its pages: in a profile of 6,937 pages, compiling took 10.2 of the
// 14.0 s Eleventy spent rendering. Nunjucks skips compiling a Template that already carries its
// compiled properties (`tmplProps`, how it loads precompiled templates), so here the first
// compile of a (path, source) in an Eleventy environment is kept and handed to the later ones.
// The compiled code depends only on the source, the path and the environment's filters and
// extensions, which is what the cache is keyed by (one cache per environment, dropped with it).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface NunjucksTemplate {
  tmplProps?: unknown;
  tmplStr: string;
  path: string | null;
  env: NunjucksEnvironment;
}
interface NunjucksEnvironment {
  asyncFilters: unknown;
  extensionsList: unknown;
  opts: unknown;
}
interface NunjucksLib {
  Template: { prototype: { _compile: (this: NunjucksTemplate) => void } };
  compiler: { compile: (source: string, asyncFilters: unknown, extensions: unknown, path: string | null, opts: unknown) => string };
  runtime: { SafeString: new (s: string) => unknown };
  /** What autoescape does to a {{ }} value. */
  lib: { escape: (text: string) => string };
}

/** The nunjucks Eleventy itself loads (its own dependency), not one of ours. */
export const nunjucks = createRequire(join(dirname(createRequire(import.meta.url).resolve('@11ty/eleventy')), '..', 'package.json'))('nunjucks') as NunjucksLib;

const caches = new WeakMap<NunjucksEnvironment, Map<string, unknown>>();
let patched = false;

/** Compile each template once per environment from now on, for environments passed here. */
export function cacheCompiledTemplates(environment: unknown): void {
  const env = environment as NunjucksEnvironment;
  if (!caches.has(env)) caches.set(env, new Map());
  if (patched) return;
  patched = true;
  const original = nunjucks.Template.prototype._compile;
  nunjucks.Template.prototype._compile = function (this: NunjucksTemplate) {
    const cache = caches.get(this.env);
    if (cache && this.tmplProps === undefined) {
      const key = `${this.path ?? ''}\0${this.tmplStr}`;
      let props = cache.get(key);
      if (props === undefined) {
        // What Nunjucks' own _compile does for a template given as source.
        props = new Function(nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts))() as unknown;
        cache.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}
