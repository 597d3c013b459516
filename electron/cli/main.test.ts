import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../templates/testing/extract-text';
import { demoRegisterFile } from '../testing/demo-register-file';
import { referenceSession } from '../testing/temp-register';
import { runCaptured } from './capture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
  return runCaptured(argv);
}

describe('registre CLI', () => {
  it('creates the demo register with init --demo and shows G25 with its lists and quorum', async () => {
    const db = join(dir, 'r.sqlite');
    expect((await cli('init', '--db', db, '--demo')).out).toBe(`Registre créé avec la séance de démonstration : ${db}`);
    const r = await cli('show', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out).toContain('33 présents, 3 procurations, 0 excusé, 10 absents = 46 ; quorum atteint (33 + 3 ≥ 24, CGCT L3121-14-1)');
    expect(r.out).toContain('Présidence : Monsieur Jean-Louis MASSON, Président du Conseil départemental');
    expect(r.out).toContain('Procurations : M. Guillaume DECARD à Mme Andrée SAMAT, Mme Nathalie BICAIS à M. Jean-Louis MASSON, M. Joseph MULE à M. Ludovic PONTONE.');
    expect(r.out).toContain('Excusés : .');
  });

  it('exports a session, and refuses to import it twice into the same register', async () => {
    const first = await demoRegisterFile(dir, 'a.sqlite');
    const file = join(dir, 'seance.json');
    expect((await cli('export', '--session', '2023-10-16', '--body', 'CP', '--out', file, '--db', first)).code).toBe(0);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { acts: { number: string; counts: unknown }[] };
    expect(exported.acts).toHaveLength(16);
    const second = await demoRegisterFile(dir, 'b.sqlite');
    const again = await cli('import', file, '--db', second);
    expect(again.code).toBe(1);
    expect(again.err).toContain('La séance du 16 octobre 2023 (Commission permanente du Conseil départemental du Var) existe déjà dans le registre.');
  });

  it('imports several session files as one command: all of them, or none when one is wrong', async () => {
    const db = join(dir, 'r.sqlite');
    const reference = referenceSession();
    const sessionFile = (name: string, date: string) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify({ ...reference, recueil: undefined, session: { ...reference.session, date } }));
      return file;
    };
    const [first, second, bad] = [sessionFile('a.json', '2023-10-02'), sessionFile('b.json', '2023-10-16'), join(dir, 'bad.json')];
    writeFileSync(bad, '{');
    expect((await cli('init', '--db', db)).code).toBe(0);
    const refused = await cli('import', first, bad, '--db', db);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("« bad.json » : Le fichier n'est pas un JSON valide");
    // a.json was not kept: imported again, it is not refused as already there.
    const imported = await cli('import', first, second, '--db', db);
    expect(imported.out).toBe('2 séances importées (du 2 octobre 2023 au 16 octobre 2023) : 32 actes.');
  });

  it('refuses bad options in French with a non-zero exit', async () => {
    const db = await demoRegisterFile(dir);
    expect(await cli('show', '--session', '16/10/2023', '--body', 'CP', '--db', db)).toMatchObject({ code: 1 });
    expect((await cli('show', '--session', '2023-10-16', '--body', 'XX', '--db', db)).err).toContain("« XX » inconnu ; attendu CP");
    expect((await cli('show', '--session', '2023-10-16', '--body', 'CP', '--act', 'G5', '--db', db)).err).toContain("L'acte G5 n'existe pas");
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('runs as the `registre` command and exits 1 on a malformed file, the register unchanged', () => {
    const db = join(dir, 'r.sqlite');
    const bin = new URL('../../bin/registre.mjs', import.meta.url).pathname;
    execFileSync(process.execPath, [bin, 'init', '--db', db, '--demo'], { stdio: 'pipe' });
    const before = readFileSync(db);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "acts": [');
    const r = spawnSync(process.execPath, [bin, 'import', bad, '--db', db], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Erreur : Le fichier n'est pas un JSON valide");
    expect(readFileSync(db).equals(before)).toBe(true);
    // Two processes started with tsx: slow on a loaded machine.
  }, 300_000);
});

describe('registre extract', () => {
  const now = () => new Date('2023-10-20T08:00:00Z');
  const run = async (...argv: string[]) => {
    const r = await runCaptured(argv, now);
    return { ...r, out: r.lines };
  };

  it('writes one act as PDF whose text is the extract', async () => {
    const db = await demoRegisterFile(dir);
    const file = join(dir, 'G25.pdf');
    const r = await run('extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'pdf', '--out', file, '--db', db);
    expect(r.code).toBe(0);
    const text = await pdfText(readFileSync(file), { raw: true });
    expect(text).toContain('N° : G25');
    expect(text).toContain('Référence technique : 083-228300018-20231016-lmc171929-DE-1-1');
  });

  it('writes every act of the session as DOCX, one progress line per act, same bytes twice', async () => {
    const db = await demoRegisterFile(dir);
    const r = await run('extract', '--session', '2023-10-16', '--body', 'CP', '--all', '--format', 'docx', '--out', join(dir, 'a'), '--db', db);
    expect(r.code).toBe(0);
    expect(r.out.filter((l) => / : extrait généré \(\d+\)$/.test(l))).toHaveLength(16);
    await run('extract', '--session', '2023-10-16', '--body', 'CP', '--all', '--format', 'docx', '--out', join(dir, 'b'), '--db', db);
    expect(readFileSync(join(dir, 'a', 'G28.docx')).equals(readFileSync(join(dir, 'b', 'G28.docx')))).toBe(true);
    expect(await docxText(readFileSync(join(dir, 'a', 'G1.docx')))).toContain('OBJET : RESILIATION ANTICIPEE DU BAIL EMPHYTEOTIQUE');
  });

  it('refuses an unknown format or a missing act choice, writing nothing', async () => {
    const db = await demoRegisterFile(dir);
    const out = join(dir, 'x.pdf');
    expect((await run('extract', '--session', '2023-10-16', '--body', 'CP', '--act', 'G25', '--format', 'odt', '--out', out, '--db', db)).err).toContain('« odt » inconnu ; attendu pdf ou docx');
    expect((await run('extract', '--session', '2023-10-16', '--body', 'CP', '--format', 'pdf', '--out', out, '--db', db)).err).toContain('soit --act <numéro>, soit --all');
    expect(existsSync(out)).toBe(false);
  });
});

describe('registre backup and restore', () => {
  it('backs up the register, lists the backups and restores one', async () => {
    const db = await demoRegisterFile(dir);
    const backup = await cli('backup', '--db', db);
    expect(backup.code).toBe(0);
    const path = /Sauvegarde écrite : (.+)$/.exec(backup.out)?.[1] ?? '';
    expect(existsSync(path)).toBe(true);
    expect((await cli('restore', '--db', db)).out).toContain(path);
    const restored = await cli('restore', path, '--db', db);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain('CP — séance du 16 octobre 2023 : 16 actes');
  });

  it('refuses a backup that is not a register', async () => {
    const db = join(dir, 'r.sqlite');
    const bogus = join(dir, 'pas-un-registre.sqlite');
    writeFileSync(bogus, 'bonjour');
    expect((await cli('restore', bogus, '--db', db)).err).toContain('est illisible ou endommagée');
  });
});

describe('registre settings', () => {
  it('shows and sets the pattern of @ctes internal numbers, refusing a pattern that can exceed 15 characters', async () => {
    const db = await demoRegisterFile(dir);
    expect((await cli('settings', '--db', db)).out).toBe('Modèle des numéros internes @ctes : {ORGANE}{AA}{MM}{JJ}_{SERIE}{NUM}');
    expect((await cli('settings', '--internal-number-pattern', 'R{AAAA}_{SEQ:6}', '--db', db)).out).toBe('Modèle des numéros internes @ctes : R{AAAA}_{SEQ:6}');
    const bad = await cli('settings', '--internal-number-pattern', 'DEPARTEMENT{AAAA}{SEQ:6}', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/15/);
    expect((await cli('settings', '--db', db)).out).toContain('R{AAAA}_{SEQ:6}');
  });
});

describe('registre dates', () => {
  it('records transmission, reception and publication of a new act, computes the executory date, and refuses a broken chronology', async () => {
    const db = join(dir, 'r.sqlite');
    expect((await cli('init', '--db', db)).code).toBe(0);
    const file = join(dir, 'seance.json');
    const s = JSON.parse(readFileSync(new URL('../../reference/session-2023-10-16.json', import.meta.url), 'utf8')) as {
      session: { date: string };
      recueil?: unknown;
      acts: Record<string, unknown>[];
    };
    s.session.date = '2024-01-15';
    delete s.recueil;
    s.acts = s.acts.slice(0, 2).map((a) => ({ ...a, internalId: undefined, legalityReceptionDate: null, executoryDate: null, onlineDate: null }));
    writeFileSync(file, JSON.stringify(s));
    expect((await cli('import', file, '--db', db)).code).toBe(0);
    const args = ['--session', '2024-01-15', '--body', 'CP', '--act', 'G1', '--db', db];
    const bad = await cli('dates', ...args, '--transmission', '2024-01-10');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Acte G1 : .*antérieure/);
    expect((await cli('dates', ...args, '--transmission', '2024-01-16')).out).toBe(
      'Acte G1 : transmis le 16/01/2024, reçu en préfecture le —, mis en ligne le — ; pas encore exécutoire.',
    );
    expect((await cli('dates', ...args, '--reception', '2024-01-17', '--online', '2024-01-18')).out).toBe(
      'Acte G1 : transmis le 16/01/2024, reçu en préfecture le 17/01/2024, mis en ligne le 18/01/2024 ; exécutoire le 18/01/2024.',
    );
    expect((await cli('dates', ...args, '--online', '2024-01-19')).err).toMatch(/verrouillé|exécutoire/);
    const g2 = ['--session', '2024-01-15', '--body', 'CP', '--act', 'G2', '--db', db];
    expect((await cli('dates', ...g2, '--transmission', '2024-01-16', '--online', '2024-01-18')).out).toBe(
      'Acte G2 : transmis le 16/01/2024, reçu en préfecture le —, mis en ligne le 18/01/2024 ; exécutoire le 18/01/2024.\n' +
        "Exécutoire sur sa seule transmission, sans accusé de réception enregistré : il est scellé, un accusé daté d'après ne pourra plus y être enregistré.",
    );
  });
});
