/**
 * Design tokens: colours for the light and dark themes and fonts (prose styles: src/styles/global.css). Loaded from
 * src/styles/global.css with @config. Colours are CSS variables so one class (`bg-page`)
 * serves both themes; the plugin below writes the variables for each theme.
 */
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';

/** Each token: [light, dark]. Pairs are chosen for WCAG AA contrast against `page` and `surface`. */
export const palette = {
  page: ['#fbfcfe', '#0b1016'],
  surface: ['#f1f4f9', '#121922'],
  raised: ['#e4e9f1', '#1b2430'],
  ink: ['#0f1a2a', '#e7edf5'],
  muted: ['#4a5668', '#a4b1c2'],
  line: ['#d5dce6', '#2a3646'],
  /** Primary accent: a deep Python blue. */
  accent: ['#1f56c9', '#82aefc'],
  'accent-ink': ['#ffffff', '#0b1016'],
  'accent-soft': ['#e3ecff', '#17284a'],
  /** Second accent: Python yellow, for marks and highlights behind ink-coloured text. */
  sun: ['#f6c445', '#f2c14a'],
  'sun-soft': ['#fff4cf', '#3a3012'],
  'sun-ink': ['#7a4f00', '#f7d27a'],
  good: ['#166534', '#86efac'],
  warn: ['#92400e', '#fcd34d'],
  focus: ['#b45309', '#fbbf24'],
  /** Career-path families (icons, stripes and labels): each readable as text on page and surface. */
  web: ['#1f56c9', '#82aefc'],
  'web-soft': ['#e3ecff', '#17284a'],
  data: ['#0b6b62', '#5fd6c4'],
  'data-soft': ['#dcf5f1', '#0f2e2b'],
  ml: ['#6a2fc9', '#c5b2fb'],
  'ml-soft': ['#efe6ff', '#2a1c47'],
  infra: ['#b23b08', '#fdac74'],
  'infra-soft': ['#ffeadd', '#3a2012'],
  quality: ['#b3173f', '#fca5b5'],
  'quality-soft': ['#ffe4ea', '#3d1620'],
  lead: ['#5b4b12', '#e8d38a'],
  'lead-soft': ['#f5efd6', '#2f2a15'],
} as const satisfies Record<string, readonly [string, string]>;

/** One declaration per token: CSS light-dark() picks the pair's member for the page's colour scheme. */
const vars = Object.fromEntries(Object.entries(palette).map(([name, [light, dark]]) => [`--color-${name}`, `light-dark(${light}, ${dark})`]));

export default {
  // Sources to scan for class names are set in src/styles/global.css (@source).
  content: [],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palette).map((name) => [name, `var(--color-${name})`])),
      fontFamily: {
        // Figtree (variable, latin subset, 20 KB, self-hosted: src/styles/global.css), then a
        // fallback whose metrics are adjusted to it so the swap barely moves text.
        sans: ['"Figtree Variable"', '"Figtree Fallback"', 'system-ui', '-apple-system', '"Segoe UI"', 'Roboto', 'Arial', 'sans-serif'],
        mono: ['ui-monospace', '"SFMono-Regular"', 'Menlo', 'Consolas', '"Liberation Mono"', 'monospace'],
      },
      maxWidth: { prose: '70ch' },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        // The OS decides until the reader picks a theme (boot.js sets data-theme before paint).
        ':root': { ...vars, colorScheme: 'light dark' },
        ':root[data-theme="light"]': { colorScheme: 'light' },
        ':root[data-theme="dark"]': { colorScheme: 'dark' },
      });
    }),
  ],
} satisfies Config;
