import { z } from 'zod';

// zod's French locale for every schema of the app: the secretary reads these messages.
z.config(z.locales.fr());

/** "actes[13].absent[2]" from a zod path, the way the messages name a field. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** One French sentence per issue, each naming its field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${fieldPath(issue.path) || 'fichier'} : ${issue.message}`)
    .join(' ; ');
}

export { z };
