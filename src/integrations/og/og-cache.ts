/**
 * How social cards are named in their cache (node_modules/.cache/og-cards), in one place for
 * the build that looks cards up (og-images.ts), the workers that write them (og-worker.ts) and
 * the clean-up after a build.
 */

/** A card's file in the cache: the SHA-1 hex digest of what it shows, as a PNG. */
export const cardFileName = (key: string): string => `${key}.png`;

/**
 * Where a worker writes a card before renaming it into place, so a build stopped mid-write
 * never leaves a broken card under the card's own name.
 */
export const cardTempFile = (file: string, pid: number, thread: number): string => `${file}.${pid}-${thread}.tmp`;

const CACHED_CARD = /^[0-9a-f]{40}\.png$/;
const CARD_IN_PROGRESS = /^[0-9a-f]{40}\.png\.\d+-\d+\.tmp$/;

/**
 * The files to delete from the card cache after a build that used the cards `used` (file
 * names): cards no page of this build asked for (an edited or removed title), and half-written
 * cards a stopped build left. Anything else in the folder is not the cache's, and is kept.
 */
export function staleCacheFiles(files: readonly string[], used: ReadonlySet<string>): string[] {
  return files.filter((f) => (CACHED_CARD.test(f) && !used.has(f)) || CARD_IN_PROGRESS.test(f));
}
