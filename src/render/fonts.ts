import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { storedSubsets, storeSubsets, subsetKey } from './font-subsets.js';

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

/** The fonts' files, read once. */
const files = new Map<number, Buffer>();
const fontData = (weight: (typeof WEIGHTS)[number]) => {
  let data = files.get(weight);
  if (data === undefined) files.set(weight, (data = readFileSync(fontFile(weight))));
  return data;
};

/** Printable ASCII and the spaces French typography uses: always kept (page numbers, escaped characters). */
const ALWAYS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\u00a0\u202f';

/** The page's text without its data URLs (images, fonts), whose characters are never printed. */
export const withoutDataUrls = (html: string) => html.replace(/data:[^"')\s]*/g, '');

/** The characters a page can print: its own (character references decoded), both cases (CSS may change case), and `ALWAYS`. */
export function charactersOf(html: string): string {
  const text = html.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) =>
    String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : Number(code)),
  );
  const chars = new Set(ALWAYS);
  // One look at each UTF-16 unit, a table of those already seen: a Set fed the whole page's text
  // (200 000 characters) took 10 to 20 ms of each preview rebuild. A surrogate pair is one character.
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) chars.add(text.slice(i, ++i + 1));
    else if (seen[unit] === 0) {
      seen[unit] = 1;
      chars.add(text[i]!);
    }
  }
  for (const c of [...chars]) for (const variant of [c.toUpperCase(), c.toLowerCase()]) if (variant.length === 1) chars.add(variant);
  return [...chars].sort().join('');
}

/** By character set: the preview renders the same characters again and again. */
const subsets = new Map<string, Promise<string>>();

const SUBSET_OPTIONS = { targetFormat: 'truetype' } as const;

/** The three weights cut down to `chars` (base64): read back from the cache folder when an earlier build cut the same, else cut and stored. */
async function cutFonts(chars: string): Promise<string[]> {
  const fonts = WEIGHTS.map(fontData);
  const key = subsetKey(fonts, chars, SUBSET_OPTIONS);
  const stored = await storedSubsets(key, fonts.length);
  if (stored !== undefined) return stored;
  // Loaded only to cut (its WebAssembly compiled at its first call).
  const { default: subsetFont } = await import('subset-font');
  const cut = await Promise.all(fonts.map(async (data) => (await subsetFont(data, chars, SUBSET_OPTIONS)).toString('base64')));
  // Written while the build goes on; a build that ends first only leaves its temporary file unfinished.
  void storeSubsets(key, cut);
  return cut;
}

/**
 * `@font-face` rules with the fonts inlined, so the page loads nothing from the network, each cut
 * down to the characters of `html`: whole, the three files weigh 1,5 MB in the page, and Chromium
 * takes a second to load them before each print. Layout features (tabular figures, ligatures) are kept.
 */
export function fontFaceCss(html: string): Promise<string> {
  const chars = charactersOf(html);
  let css = subsets.get(chars);
  if (css === undefined) {
    css = cutFonts(chars).then((cut) =>
      cut
        .map(
          (data, i) =>
            `@font-face{font-family:'${FONT_FAMILY}';font-style:normal;font-weight:${WEIGHTS[i]};font-display:block;src:url(data:font/ttf;base64,${data}) ` +
            `format('truetype');}`,
        )
        .join('\n'),
    );
    if (subsets.size > 50) subsets.clear();
    subsets.set(chars, css);
  }
  return css;
}
