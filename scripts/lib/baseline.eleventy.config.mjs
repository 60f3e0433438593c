// The build baseline of scripts/bench-build.ts: stock Eleventy 3 over the records Arshif wrote
// (Markdown with YAML front matter), with its default Markdown engine (markdown-it) and one
// minimal right-to-left layout. Plain JavaScript so that Eleventy runs as it ships, with no
// TypeScript loader in its process. Run by the Eleventy CLI:
//   eleventy --config=scripts/lib/baseline.eleventy.config.mjs --input=RECORDS --output=SITE --quiet
// Each setting keeps a record's front matter from making Eleventy fail or do work Arshif's
// build does not do.

const LAYOUT = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main data-pagefind-body>{{ content | safe }}</main></body></html>
`;

export default function (eleventyConfig) {
  // A virtual layout, so the input folder holds nothing but the records.
  eleventyConfig.addTemplate('_includes/article.njk', LAYOUT);
  eleventyConfig.addGlobalData('layout', 'article.njk');
  // Arshif's URL for the record, from its `id` field: never Eleventy's slugify of a file name.
  eleventyConfig.addGlobalData('eleventyComputed', { permalink: (data) => `/articles/${data.id}/` });
  // Records carry `tags`, and Eleventy makes a collection of each tag, every one filtered over
  // every page (tags × pages: tens of thousands of each on the corpus). This baseline renders
  // no list pages, so no collections at all (not even `all`).
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
  eleventyConfig.addDateParsing(
    // `date` is null or a real YYYY-MM-DD (the record schema guarantees it), which Eleventy
    // parses as given. Undated records would get their file's creation time (a stat per file,
    // and not the article's date); the epoch instead, as Arshif dates undated feed items.
    (date) => (date == null ? new Date(0) : undefined),
  );
  return {
    templateFormats: ['md'],
    // Archived text is data: `{{` and `{%` in an article are text, as in Arshif.
    markdownTemplateEngine: false,
  };
}
