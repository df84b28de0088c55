/**
 * Design tokens: colours for the light and dark themes, fonts and prose tweaks. Loaded from
 * src/styles/global.css with @config. Colours are CSS variables so one class (`bg-page`)
 * serves both themes; the plugin below writes the variables for each theme.
 */
import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import typography from '@tailwindcss/typography';

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

const vars = (index: 0 | 1) =>
  Object.fromEntries(Object.entries(palette).map(([name, pair]) => [`--color-${name}`, pair[index]]));

export default {
  content: ['./src/**/*.{astro,ts,md,mdx}', './content/**/*.{md,mdx}'],
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
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--color-ink)',
            '--tw-prose-headings': 'var(--color-ink)',
            '--tw-prose-links': 'var(--color-accent)',
            '--tw-prose-bold': 'var(--color-ink)',
            '--tw-prose-counters': 'var(--color-muted)',
            '--tw-prose-bullets': 'var(--color-muted)',
            '--tw-prose-hr': 'var(--color-line)',
            '--tw-prose-quotes': 'var(--color-ink)',
            '--tw-prose-quote-borders': 'var(--color-line)',
            '--tw-prose-captions': 'var(--color-muted)',
            '--tw-prose-code': 'var(--color-ink)',
            '--tw-prose-pre-code': 'var(--color-ink)',
            '--tw-prose-pre-bg': 'var(--color-surface)',
            '--tw-prose-th-borders': 'var(--color-line)',
            '--tw-prose-td-borders': 'var(--color-line)',
            maxWidth: '70ch',
            lineHeight: '1.7',
            a: { textUnderlineOffset: '0.2em' },
            'code::before': { content: 'none' },
            'code::after': { content: 'none' },
          },
        },
      },
    },
  },
  plugins: [
    typography,
    plugin(({ addBase }) => {
      addBase({
        ':root': { ...vars(0), colorScheme: 'light' },
        ':root[data-theme="dark"]': { ...vars(1), colorScheme: 'dark' },
        '@media (prefers-color-scheme: dark)': {
          ':root:not([data-theme="light"])': { ...vars(1), colorScheme: 'dark' },
        },
      });
    }),
  ],
} satisfies Config;
