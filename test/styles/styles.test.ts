import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const css = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src/styles/styles.css'),
  'utf8',
).replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the first rule whose selector text matches `selector` (a regex on the prelude). */
function declarationsOf(selector: RegExp): Map<string, string> {
  const rule = new RegExp(`${selector.source}\\s*\\{([^{}]*)\\}`).exec(css);
  if (rule === null) throw new Error(`no rule matches ${selector}`);
  const body = rule[rule.length - 1] ?? '';
  const declarations = new Map<string, string>();
  for (const [, name, value] of body.matchAll(/(--problemkit-[\w-]+)\s*:\s*([^;]+);/g)) {
    declarations.set(name as string, (value as string).trim());
  }
  return declarations;
}

const light = declarationsOf(/:where\(:root\),\s*:where\(\[data-theme="light"\], \.problemkit-theme-light\)/);
const darkByMedia = declarationsOf(/:where\(:root:not\(\[data-theme="light"\], \.problemkit-theme-light\)\)/);
const darkByHook = declarationsOf(/:where\(\[data-theme="dark"\], \.problemkit-theme-dark\)/);

/** WCAG 2.2 relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [value >> 16, (value >> 8) & 255, value & 255].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (channels[0] ?? 0) + 0.7152 * (channels[1] ?? 0) + 0.0722 * (channels[2] ?? 0);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

function colour(tokens: Map<string, string>, name: string): string {
  const value = tokens.get(`--problemkit-color-${name}`);
  if (value === undefined || !/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`${name} is not a #rrggbb colour`);
  return value;
}

// Text the kit draws, and what it draws it on (styles.css rules).
const textPairs: [foreground: string, background: string][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text-muted', 'background'],
  ['text-muted', 'surface'],
  ['error', 'background'],
  ['error', 'surface'],
  ['link', 'background'],
  ['link', 'surface'],
  ['warning', 'background'],
  ['warning', 'surface'],
  ['success', 'background'],
  ['success', 'surface'],
  ['action-text', 'action'],
  ['held-text', 'held'],
  ['focus-text', 'focus'],
];
// Borders that carry meaning (WCAG 1.4.11 non-text contrast, ≥ 3:1).
const borderPairs: [border: string, background: string][] = [
  ['border', 'background'],
  ['error', 'background'],
  ['info', 'background'],
  ['info', 'surface'],
  ['warning', 'surface'],
];

describe.each([
  ['light', light],
  ['dark', darkByHook],
])('the %s theme', (_name, tokens) => {
  it.each(textPairs)('keeps %s on %s at a contrast of at least 4.5:1', (foreground, background) => {
    expect(contrast(colour(tokens, foreground), colour(tokens, background))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(borderPairs)('keeps the %s border on %s at a contrast of at least 3:1', (border, background) => {
    expect(contrast(colour(tokens, border), colour(tokens, background))).toBeGreaterThanOrEqual(3);
  });

  it('keeps the focus ring visible: its yellow or its dark edge contrasts 3:1 with the background', () => {
    const background = colour(tokens, 'background');
    const best = Math.max(
      contrast(colour(tokens, 'focus'), background),
      contrast(colour(tokens, 'focus-text'), background),
    );
    expect(best).toBeGreaterThanOrEqual(3);
  });
});

describe('styles.css', () => {
  it('gives the dark theme the same colours through prefers-color-scheme and through data-theme', () => {
    expect([...darkByMedia]).toEqual([...darkByHook]);
  });

  it('defines every colour token in both themes', () => {
    expect([...darkByHook.keys()].sort()).toEqual([...light.keys()].sort());
  });

  it('lets data-theme="light" win over a dark system preference', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:where\(:root:not\(\[data-theme="light"\]/);
  });

  it('turns motion off under prefers-reduced-motion', () => {
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*--problemkit-duration:\s*0s/);
    // Every transition runs for the token's duration, never a fixed one.
    for (const [, duration] of css.matchAll(/transition:[^;]*?\s(\S+)\s+ease/g)) {
      expect(duration).toBe('var(--problemkit-duration)');
    }
  });

  it('uses only logical properties for direction-dependent layout, so right-to-left pages mirror', () => {
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)\b/);
    expect(css).not.toMatch(/\b(left|right)\s*:/);
    expect(css).not.toMatch(/text-align:\s*(left|right)/);
  });

  it('draws every colour from a token', () => {
    const outsideTokens = css.replace(/--problemkit-[\w-]+\s*:[^;]+;/g, '');
    expect(outsideTokens).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });

  it('styles every form-side component by its default class', () => {
    for (const name of ['FieldError', 'ErrorSummary', 'RateLimitNotice', 'SubmitButton']) {
      expect(css).toContain(`.problemkit-${name}`);
    }
    expect(css).toContain('.problemkit-visually-hidden');
  });
});
