// Element metadata for html-validate on top of its html5 set.
// Pagefind reads filters and metadata from <meta data-pagefind-filter|meta="key[content]" content="...">,
// a documented form that html5 metadata rejects because the <meta> has no name.
const META_CONTENT_OWNERS = ['name', 'http-equiv', 'itemprop', 'property', 'data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'];

export default {
  meta: {
    attributes: {
      content: {
        allowed(node) {
          if (META_CONTENT_OWNERS.some((attr) => node.hasAttribute(attr))) return null;
          return `requires one of ${META_CONTENT_OWNERS.map((a) => `"${a}"`).join(', ')}`;
        },
      },
    },
  },
};
