import type { z } from 'zod';
import { printable } from '../control-characters.js';

/** A setting's path as users write it in the file: `territory.communes[2].aliases[0]` (lists count from 0; control characters in a key shown as codes). */
export function settingPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) text += typeof part === 'number' ? `[${part}]` : `${text === '' ? '' : '.'}${printable(String(part))}`;
  return text === '' ? '(racine)' : text;
}

/** The keys a settings object accepts at `path` in `schema` (empty where any key goes, as in `columnAliases`). */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const part of [...path, undefined]) {
    // Wrappers (defaults, optionals, refinements) hold the schema that names the keys.
    for (;;) {
      const def = node?._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType } | undefined;
      if (def?.innerType) node = def.innerType;
      else if (def?.type === 'pipe') node = def.in;
      else break;
    }
    const def = node?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType } | undefined;
    if (part === undefined) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def?.type === 'object' && def.shape && typeof part === 'string' && Object.hasOwn(def.shape, part)) node = def.shape[part];
    else if (def?.type === 'array' && typeof part === 'number') node = def.element;
    else return [];
  }
  return [];
}
