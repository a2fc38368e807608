import path from 'node:path';
import * as fontkit from 'fontkit';
import { packageRoot } from '../store/package-root.js';

/** The fonts shipped in assets/fonts (see its LICENSE.md), so charts look the same on any machine. */
export function chartFontFiles(): { regular: string; bold: string } {
  const dir = path.join(packageRoot(), 'assets', 'fonts');
  return { regular: path.join(dir, 'DejaVuSans.ttf'), bold: path.join(dir, 'DejaVuSans-Bold.ttf') };
}

type Font = fontkit.Font;
let fonts: { regular: Font; bold: Font } | null = null;
const widths = new Map<string, number>();

/**
 * Text width in pixels as the PNG renderer will draw it, from the shipped font's advance widths.
 * Vega's own estimate (0.8 em per character) is about a third too wide for DejaVu Sans, which
 * squeezes the plot and cuts long labels short.
 */
export function measureTextWidth(text: string, fontSize: number, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${fontSize}:${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  fonts ??= { regular: openFont(chartFontFiles().regular), bold: openFont(chartFontFiles().bold) };
  const font = bold ? fonts.bold : fonts.regular;
  let units = 0;
  for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
  const width = (units / font.unitsPerEm) * fontSize;
  if (widths.size > 50_000) widths.clear();
  widths.set(key, width);
  return width;
}

function openFont(file: string): Font {
  const font = fontkit.openSync(file);
  if (!('glyphsForString' in font)) throw new Error(`${file} is a font collection; expected one font`);
  return font;
}
