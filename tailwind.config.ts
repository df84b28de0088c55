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
  page: ['#ffffff', '#0f1419'],
  surface: ['#f4f6f8', '#171e26'],
  raised: ['#e8ecf0', '#222b35'],
  ink: ['#17202a', '#e6ebf0'],
  muted: ['#4a5563', '#a9b4c0'],
  line: ['#cfd6de', '#36414d'],
  accent: ['#1d4ed8', '#8ab4ff'],
  'accent-ink': ['#ffffff', '#0f1419'],
  'accent-soft': ['#e0e9ff', '#1c2b4a'],
  good: ['#166534', '#86efac'],
  warn: ['#92400e', '#fcd34d'],
  focus: ['#b45309', '#fbbf24'],
} as const satisfies Record<string, readonly [string, string]>;

const vars = (index: 0 | 1) =>
  Object.fromEntries(Object.entries(palette).map(([name, pair]) => [`--color-${name}`, pair[index]]));

export default {
  content: ['./src/**/*.{astro,ts,md,mdx}', './content/**/*.{md,mdx}'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(palette).map((name) => [name, `var(--color-${name})`])),
      fontFamily: {
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', 'Arial', 'sans-serif'],
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
