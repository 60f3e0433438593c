// A documented patch for Eleventy 3.1's Nunjucks engine. Since 3.1.0 Eleventy no longer caches
// compiled Nunjucks templates itself ("we've moved to use Nunjucks' internal cache"), but it
// still builds `new Template(source)` for every page it renders, so a paginated template is
// compiled again for each of its pages: in a profile of 6,937 pages, compiling took 10.2 of the
// 14.0 s Eleventy spent rendering. Nunjucks skips compiling a Template that already carries its
// compiled properties (`tmplProps`, how it loads precompiled templates), so here the first
// compile of a (path, source) is kept and handed to the later ones.
// The compiled code depends only on the source, the path and the environment's async filters,
// extensions and options (its functions take the environment and context as arguments), which
// is what the cache is keyed by. The cache is the process's, not one environment's: a build
// renders in runs, each with a new Eleventy and so a new environment, and template functions
// made anew for each run were optimised anew by V8 each run (in a trace of the corpus build,
// the templates' b_main, root and b_head were compiled by TurboFan 121 times, 4.7 s).
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
  extensionsList: { __name?: string; tags?: unknown }[];
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

/**
 * Environments passed to cacheCompiledTemplates, with what their compiled code depends on,
 * worked out at their first compile: Eleventy adds its filters and extensions after it hands
 * the environment out.
 */
const signatures = new WeakMap<NunjucksEnvironment, string | null>();
const compiled = new Map<string, unknown>();
let patched = false;

/** What a template's compiled code depends on besides its path and source (see above). */
const signatureOf = (env: NunjucksEnvironment): string =>
  JSON.stringify([env.asyncFilters, env.extensionsList.map((e) => [e.__name ?? null, e.tags ?? null]), env.opts]);

/** Compile each template once from now on, for environments passed here (and reuse it in any with the same signature). */
export function cacheCompiledTemplates(environment: unknown): void {
  const env = environment as NunjucksEnvironment;
  if (!signatures.has(env)) signatures.set(env, null);
  if (patched) return;
  patched = true;
  const original = nunjucks.Template.prototype._compile;
  nunjucks.Template.prototype._compile = function (this: NunjucksTemplate) {
    let signature = signatures.get(this.env);
    if (signature === null) signatures.set(this.env, (signature = signatureOf(this.env)));
    if (signature !== undefined && this.tmplProps === undefined) {
      const key = `${signature}\0${this.path ?? ''}\0${this.tmplStr}`;
      let props = compiled.get(key);
      if (props === undefined) {
        // What Nunjucks' own _compile does for a template given as source.
        props = new Function(nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts))() as unknown;
        compiled.set(key, props);
      }
      this.tmplProps = props;
    }
    original.call(this);
  };
}
