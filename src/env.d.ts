/** Set per build in astro.config.mjs (vite.define): the tag under which search loads its index entry file. */
declare const __SEARCH_INDEX_TAG__: string;
