/**
 * Colour contrast as WCAG 2 measures it. The configured colours are each offer's identity (bands'
 * rules, charts); text in them must reach 4.5:1 on white (level AA), which a bright orange or teal
 * does not: text gets the same hue, darkened just enough.
 */

/** WCAG AA for body text. */
export const MIN_TEXT_CONTRAST = 4.5;
/** What a shade is darkened to: a little above AA, so that no checker's rounding puts it under. */
const TARGET = 4.6;

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((d) => d + d).join('') : hex.slice(1, 7);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
};

const hexOf = (rgb: Rgb): string => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2, sRGB). */
export function luminance(colour: string): number {
  const [r, g, b] = parse(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The colour itself when text in it reads on `background`, else the same hue mixed with black in
 * steps of 2 % until it does: the darkest shade needed, no darker (#e07b00 → #b46300).
 */
export function textShade(colour: string, background = '#ffffff', min = TARGET): string {
  const rgb = parse(colour);
  for (let dark = 0; dark <= 1; dark += 0.02) {
    const shade = hexOf(rgb.map((c) => c * (1 - dark)) as Rgb);
    if (contrast(shade, background) >= min) return shade;
  }
  return '#000000';
}
