import type { z } from 'zod';

/**
 * The keys an object of `schema` accepts at `path` (a settings object, a declared JSON file), for
 * « vouliez-vous dire »: empty where any key goes (a record, as `columnAliases`). Wrappers
 * (defaults, optionals, refinements, pipes) are looked through; a record's entries are its values.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const part of [...path, undefined]) {
    // Wrappers (defaults, optionals, refinements) hold the schema that names the keys.
    for (;;) {
      const def = node?._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; out?: z.core.$ZodType } | undefined;
      if (def?.innerType) node = def.innerType;
      // A preprocess (a transform, then the schema) names its keys in what it hands on.
      else if (def?.type === 'pipe') node = def.in?._zod.def.type === 'transform' ? def.out : def.in;
      else break;
    }
    const def = node?._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType; valueType?: z.core.$ZodType } | undefined;
    if (part === undefined) return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def?.type === 'object' && def.shape && typeof part === 'string' && Object.hasOwn(def.shape, part)) node = def.shape[part];
    else if (def?.type === 'array' && typeof part === 'number') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else return [];
  }
  return [];
}
