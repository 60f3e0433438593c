// article.njk's URL and canonical path, as functions: a Nunjucks permalink is rendered as a
// template three times a page, and a computed value once more (each a Nunjucks context made
// from the page's data through Eleventy's pagination proxy); these read one field.
export default {
  permalink: (data) => `/${data.article.url}`,
  eleventyComputed: {
    canonical: (data) => data.article.url,
  },
};
