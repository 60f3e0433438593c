// Builds the browser bundle of the search normaliser (src/search/browser.ts) with esbuild:
// one minified ES module with no imports, for the search page to load beside pagefind.js.
// esbuild is what tsx runs on, so it is installed wherever this project runs.
import { build } from 'esbuild';
import { join } from 'node:path';
import { SOURCE_DIR } from '../code-version.ts';

// Always the TypeScript source, also when the CLI runs compiled (code-version.ts).
export const BROWSER_ENTRY = join(SOURCE_DIR, 'search', 'browser.ts');

/** The bundle's text (ES module). */
export async function bundleSearchModule(): Promise<string> {
  const result = await build({
    entryPoints: [BROWSER_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    write: false,
    legalComments: 'none',
    // Arabic as UTF-8, not \u escapes: 12.4 instead of 13.3 KB gzipped (module scripts are
    // always read as UTF-8).
    charset: 'utf8',
  });
  return result.outputFiles[0]!.text;
}
