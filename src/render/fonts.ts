import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The report's one typeface, shipped with the project so that no machine font is ever used. */
export const FONT_FAMILY = 'Source Sans 3';
const WEIGHTS = [400, 600, 700] as const;

/** TrueType files for the chart canvas (node-canvas cannot read WOFF2). */
export const chartFontFiles = [
  { path: require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'), weight: 'normal' },
  { path: require.resolve('@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf'), weight: 'bold' },
];

let css: string | undefined;

/** `@font-face` rules with the WOFF2 files inlined, so the page loads nothing from the network. */
export function fontFaceCss(): string {
  css ??= WEIGHTS.map((weight) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`);
    const data = readFileSync(file).toString('base64');
    return `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');}`;
  }).join('\n');
  return css;
}
