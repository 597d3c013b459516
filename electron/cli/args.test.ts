import { describe, expect, it } from 'vitest';
import { runCaptured } from './capture';

describe('registre options', () => {
  it('tells a mistyped or incomplete option in French, naming the options the command knows', async () => {
    // Seen trying the CLI: --acte (the journal's spelling) given to show answered in Node's English.
    const unknown = await runCaptured(['show', '--session', '2023-10-16', '--body', 'CP', '--acte', 'G25', '--db', '/nonexistent/r.sqlite']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Option --acte inconnue pour cette commande ; ses options : --db, --session, --body, --act.');
    expect(unknown.err).not.toMatch(/Unknown|positional/);
    const missing = await runCaptured(['extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'pdf', '--out']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("L'option --out attend une valeur (par exemple --out <valeur>).");
    const valued = await runCaptured(['init', '--db', '/nonexistent/r.sqlite', '--demo=oui']);
    expect(valued.err).toContain("L'option --demo ne prend pas de valeur.");
  });
});
