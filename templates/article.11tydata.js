// article.njk's URL, as a function: a Nunjucks permalink is rendered as a template three times a
// page, each a Nunjucks context made from the page's data through Eleventy's pagination proxy.
// (Its canonical path is set in the template itself: computed data costs a dependency graph a
// page.)
export default {
  permalink: (data) => `/${data.article.url}`,
};
