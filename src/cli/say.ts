import { frenchTypography } from '../text/typography.js';

/**
 * What the command line writes, typeset once here (text/typography.ts) rather than in each
 * message: a narrow no-break space before « ; », « ! », « ? », « % » and inside « », a spaced
 * colon made no-break, the apostrophe ’. A colon written without a space stays so
 * (`fichier:12: colonne: message`, as editors read it), and so do the quoted values and paths.
 */
export const terminalTypography = (text: string): string => frenchTypography(text, { keepQuoted: true });

/** Writes a message on stderr (progress, warnings, errors). */
export const say = (text: string): boolean => process.stderr.write(terminalTypography(text));

/** Writes on stdout what a command prints (help, `explain`). */
export const print = (text: string): boolean => process.stdout.write(terminalTypography(text));
