import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The report's one typeface, shipped with the project so that no machine font is ever used. */
export const FONT_FAMILY = 'Source Sans 3';
const WEIGHTS = [400, 600, 700] as const;

/**
 * The complete TrueType files: web subsets lack signs the report prints (≤, →), which would
 * silently fall back to whatever font the machine has.
 */
const fontFile = (weight: (typeof WEIGHTS)[number]) => {
  const name = { 400: '400Regular', 600: '600SemiBold', 700: '700Bold' }[weight];
  return require.resolve(`@expo-google-fonts/source-sans-3/${name}/SourceSans3_${name}.ttf`);
};

/** For the chart canvas. */
export const chartFontFiles = [
  { path: fontFile(400), weight: 'normal' },
  { path: fontFile(700), weight: 'bold' },
];

let css: string | undefined;

/** `@font-face` rules with the fonts inlined, so the page loads nothing from the network. */
export function fontFaceCss(): string {
  css ??= WEIGHTS.map((weight) => {
    const data = readFileSync(fontFile(weight)).toString('base64');
    return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/ttf;base64,${data}) format('truetype');}`;
  }).join('\n');
  return css;
}
