import type { z } from '../zod-fr';

/**
 * Every field path a zod schema accepts, e.g. ['content', 'vote', 'for'], through optional,
 * nullable, piped, array and union schemas: what a refusal can name.
 */
export function schemaFields(schema: z.ZodType): string[][] {
  const out: string[][] = [];
  walk(schema, [], out);
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.join('.')) && Boolean(seen.add(p.join('.'))));
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  items?: z.ZodType[];
}

function walk(schema: z.ZodType, path: string[], out: string[][]): void {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = [def.innerType, def.in, def.out, def.element, def.left, def.right, ...(def.options ?? []), ...(def.items ?? []), def.getter?.()];
  for (const [key, value] of Object.entries(def.shape ?? {})) {
    out.push([...path, key]);
    walk(value, [...path, key], out);
  }
  for (const s of inner) if (s !== undefined) walk(s, path, out);
}
