/**
 * The hand-off of each finished page from rendering to the build integrations that need it
 * (search index, social cards, the Content-Security-Policy check), so none of them has to read
 * every page back from disk after the build.
 *
 * src/middleware.ts gives every HTML page here as it renders, in its final form. During
 * `astro build` the integrations register sinks at astro:build:start; anywhere else (dev server,
 * tests) there are none and handing a page over does nothing. Integrations still list the
 * built files afterwards and read from disk any page that did not come through here.
 */
import { htmlFiles, pageFile, relativeFile } from './built-pages.ts';

export interface BuiltPage {
  /** Its file relative to the build output: "paths/backend-developer/index.html", "404.html". */
  file: string;
  html: string;
}

export type PageSink = (page: BuiltPage) => void;

const SINKS = Symbol.for('python-career-guide.page-sinks');
type WithSinks = typeof globalThis & { [SINKS]?: Map<string, PageSink> };

const sinks = (): Map<string, PageSink> => ((globalThis as WithSinks)[SINKS] ??= new Map());

/** Registers (or, with undefined, removes) the sink called `name`. */
export function setPageSink(name: string, sink: PageSink | undefined): void {
  if (sink) sinks().set(name, sink);
  else sinks().delete(name);
}

/** Hands the finished page rendered at `pathname` to every registered sink. */
export function pageRendered(pathname: string, html: string): void {
  const registered = sinks();
  if (registered.size === 0) return;
  const page = { file: pageFile(pathname), html };
  for (const sink of registered.values()) sink(page);
}

export interface PageCollector {
  /** How many pages came through so far. */
  readonly handed: number;
  /** Rendering is over: stop taking pages. */
  stop(): void;
  /** The built pages under `outDir` that never came through: their relative and full paths. */
  missed(outDir: string): Array<{ file: string; path: string }>;
}

/**
 * An integration's sink for the build: `onPage` gets each page as it renders, and afterwards
 * `missed` lists whatever was built without coming through, for the integration to read back.
 */
export function collectPages(name: string, onPage: PageSink): PageCollector {
  const seen = new Set<string>();
  setPageSink(name, (page) => { seen.add(page.file); onPage(page); });
  return {
    get handed() { return seen.size; },
    stop: () => setPageSink(name, undefined),
    missed: (outDir) => htmlFiles(outDir).map((path) => ({ file: relativeFile(outDir, path), path })).filter(({ file }) => !seen.has(file)),
  };
}
