import {describe, expect, it} from 'vitest';
import type {PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, lightCodeTheme} from '@site/src/config/prism-themes';
import {defined} from '../../support/defined';

type Rgb = [number, number, number];

function parse(colour: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) return [0, 2, 4].map((i) => parseInt(defined(hex[1]).slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(colour);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unparsed colour ${colour}`);
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A style's colour as drawn: its own or the plain one, blended by its opacity. */
function drawn(theme: PrismTheme, style: PrismTheme['plain']): Rgb {
  const bg = parse(theme.plain.backgroundColor!);
  const fg = parse(style.color ?? theme.plain.color!);
  const alpha = style.opacity === undefined ? 1 : Number(style.opacity);
  return fg.map((c, i) => c * alpha + defined(bg[i]) * (1 - alpha)) as Rgb;
}

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('%s code theme', (_name, theme) => {
  it('draws every token type at 4.5:1 or more on its background (WCAG AA)', () => {
    const bg = parse(theme.plain.backgroundColor!);
    const low = [theme.plain, ...theme.styles.map((s) => s.style)]
      .filter((style) => style.color !== undefined || style.opacity !== undefined)
      .map((style) => ({style, ratio: contrast(drawn(theme, style), bg)}))
      .filter(({ratio}) => ratio < 4.5);
    expect(low).toEqual([]);
  });
});
