/**
 * Data a page hands to its browser script, as the text of a <script type="application/json">.
 * "<" is written as \u003c (and ">", "&" likewise), so no value can close the script element or
 * open a comment; JSON.parse reads the escapes back as the original characters.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
