/**
 * Rules for the links of learning resources (issue 13): https only, no tracking or affiliate
 * parameters, no link shorteners. Pure functions; the resource schema calls them, so the content
 * check and the build reject a bad link with the same message.
 */

/** Query parameters that track a click or pay someone for it (matched case-insensitively). */
const TRACKING_PARAMS = new Set([
  'ref', 'ref_', 'referrer', 'referral', 'aff', 'aff_id', 'affid', 'affiliate', 'affiliate_id', 'tag', 'fbclid', 'gclid',
  'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', 'yclid', 'partnerid', 'coupon', 'couponcode', 'srsltid', 'si', '_hsenc', '_hsmi', 'trk', 'clickid', 'irclickid', 'ranmid', 'raneaid', 'ransiteid', 'ascsubtag',
]);
/** Prefixes of tracking parameter families (utm_source, utm_medium, ...). */
const TRACKING_PREFIXES = ['utm_', 'aff_', 'pk_', 'mtm_', 'hsa_'];
/** Link shorteners hide where a link goes; a reader should see the real host. */
const SHORTENERS = new Set(['bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'amzn.to', 'buff.ly', 'is.gd', 'rebrand.ly', 'lnkd.in', 'youtu.be']);

/** The tracking or affiliate parameters in a URL's query string (empty when there are none). */
export function trackingParams(url: URL): string[] {
  return [...url.searchParams.keys()].filter((key) => {
    const k = key.toLowerCase();
    return TRACKING_PARAMS.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
  });
}

/** Why a resource URL is not acceptable, or undefined when it is. */
export function linkProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'an absolute https:// URL';
  }
  if (url.protocol !== 'https:') return 'an https:// URL (not http or another scheme)';
  if (url.username || url.password) return 'a URL without a user name or password in it';
  if (SHORTENERS.has(url.hostname.toLowerCase())) return 'the full URL of the resource, not a link shortener';
  const tracking = trackingParams(url);
  if (tracking.length > 0) return `a URL without tracking or affiliate parameters (remove ${tracking.join(', ')})`;
  return undefined;
}

/**
 * The form two URLs share when they point at the same page: host in lowercase without "www.",
 * no fragment, no trailing slash. Used to find duplicates within a list.
 */
export function comparableUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '');
    return `${host}${path}${url.search}`;
  } catch {
    return raw;
  }
}
