import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateName } from '../../../templates/catalogue';
import { TEMPLATES } from '../../../templates/catalogue';
import { pdfText } from '../../../templates/testing/extract-text';
import { shippedTemplate } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { settingValue } from '../../db/repositories/settings';
import type { tempRegister } from '../../testing/temp-register';
import { draftReferenceRegister, referenceRegister, snapshot } from '../../testing/temp-register';
import { renderConvention } from '../documents/conventions';
import { handle } from '../../door/dispatch';
import { renderExtracts } from '../documents/extracts';
import { renderListeDeliberations } from '../documents/liste-deliberations';
import { renderRecueil } from '../documents/recueil';
import { renderRegistre } from '../documents/registre';

const now = new Date('2026-11-24T09:00:00Z');
const referenceConventions = (): unknown => JSON.parse(readFileSync(new URL('../../../reference/conventions-2023-10-16.json', import.meta.url), 'utf8'));
const g25 = async (db: Db) => (await renderExtracts(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf', now }))[0]?.bytes ?? new Uint8Array();

describe('templates', () => {
  let register: ReturnType<typeof tempRegister>;
  let db: Db;
  beforeEach(() => {
    register = referenceRegister();
    db = register.db;
  });
  afterEach(() => register.cleanup());

  it('lists the shipped templates with the placeholders each may use, every one parsed by its builder', async () => {
    const reply = await handle(db, 'templates:list', {}, now);
    expect(reply.ok).toBe(true);
    const list = reply.ok ? (reply.value as { name: string; custom: boolean; texts: { name: string }[] }[]) : [];
    expect(list.map((t) => t.name)).toContain('extrait');
    expect(list.find((t) => t.name === 'extrait')?.texts.map((p) => p.name)).toContain('acte.numéro');
    expect(list.every((t) => !t.custom)).toBe(true);
    for (const t of TEMPLATES) expect(() => t.load(shippedTemplate(t.file))).not.toThrow();
  });

  it('shows the shipped text', async () => {
    expect(await handle(db, 'template:show', { name: 'extrait' }, now)).toMatchObject({ ok: true, value: { name: 'extrait', custom: false, text: shippedTemplate('extrait/extrait.modele') } });
  });

  it('stores a custom extract in the register, which the next extract prints; the reset gives back the shipped bytes', async () => {
    // An act still in the secretariat: one that has left it keeps the template it was issued with.
    register.cleanup();
    register = draftReferenceRegister();
    db = register.db;
    const shipped = await g25(db);
    const text = shippedTemplate('extrait/extrait.modele').replace('N° : {acte.numéro}', 'Délibération n° {acte.numéro}');
    expect(await handle(db, 'template:save', { name: 'extrait', text }, now)).toMatchObject({ ok: true, value: { custom: true, text } });
    expect(settingValue(db, 'template.extrait')).toBe(text);
    const custom = await pdfText(await g25(db), { raw: true });
    expect(custom).toContain('Délibération n° G25');
    expect(custom).not.toContain('N° : G25');
    expect(await handle(db, 'template:reset', { name: 'extrait' }, now)).toMatchObject({ ok: true, value: { custom: false } });
    expect(settingValue(db, 'template.extrait')).toBeUndefined();
    expect(Buffer.from(await g25(db)).equals(Buffer.from(shipped))).toBe(true);
  });

  it("refuses an unknown placeholder with the engine's message and line, and changes nothing", async () => {
    const before = snapshot(db);
    const text = shippedTemplate('extrait/extrait.modele').replace('N° : {acte.numéro}', 'N° : {acte.numero}');
    const reply = await handle(db, 'template:save', { name: 'extrait', text }, now);
    expect(reply).toMatchObject({ ok: false, error: { type: 'validation', field: 'modèles/extrait' } });
    if (!reply.ok) expect(reply.error.message).toMatch(/^Modèle « extrait », ligne 24 : champ inconnu \{acte\.numero\}\. Champs disponibles : /);
    expect(snapshot(db)).toEqual(before);
  });

  it('refuses a name that is not a shipped template', async () => {
    expect(await handle(db, 'template:show', { name: '../../etc/passwd' }, now)).toMatchObject({ ok: false, error: { type: 'validation', field: 'name' } });
    expect(await handle(db, 'template:save', { name: 'inconnu', text: '@paragraphe\nx' }, now)).toMatchObject({ ok: false, error: { type: 'not_found', field: 'name' } });
  });

  it('prints a convention with the convention template saved in Paramètres', async () => {
    register.cleanup();
    register = referenceRegister(referenceConventions());
    db = register.db;
    const convention = async () =>
      pdfText((await renderConvention(db, { body: 'CP', date: '2023-10-16', act: 'G25', format: 'pdf', now })).bytes, { raw: true });
    expect(await convention()).not.toContain('CONVENTION MODIFIÉE');
    const text = `@titre centré\nCONVENTION MODIFIÉE {convention.numéro}\n\n${shippedTemplate('convention-garantie/convention-garantie.modele')}`;
    expect(await handle(db, 'template:save', { name: 'convention-garantie', text }, now)).toMatchObject({ ok: true });
    expect(await convention()).toMatch(/CONVENTION MODIFIÉE CO 2023-\d+/);
  });
});

describe('every shipped template', () => {
  /** The text of the document each template prints in, from the reference register. */
  const printedIn: Record<TemplateName, 'extrait' | 'liste' | 'recueil' | 'registre' | 'garantie' | 'tripartite'> = {
    extrait: 'extrait',
    'liste-deliberations': 'liste',
    'recueil-couverture': 'recueil',
    'recueil-sommaire': 'recueil',
    'recueil-quatrieme-de-couverture': 'recueil',
    'registre-couverture': 'registre',
    'registre-cloture': 'registre',
    'registre-table-chronologique': 'registre',
    'registre-table-matieres': 'registre',
    'registre-table-matieres-groupe': 'registre',
    'convention-garantie': 'garantie',
    'convention-tripartite': 'tripartite',
  };

  it('is printed from its version saved in Paramètres, by the document it belongs to', async () => {
    // Acts still in the secretariat, which print from the templates saved now.
    const register = draftReferenceRegister(referenceConventions());
    try {
      const { db } = register;
      const mark = (name: string) => `MARQUE-${name.toUpperCase()}`;
      for (const t of TEMPLATES) {
        const text = `${shippedTemplate(t.file)}\n\n@paragraphe\n${mark(t.name)}\n`;
        expect(await handle(db, 'template:save', { name: t.name, text }, now)).toMatchObject({ ok: true });
      }
      const session = { body: 'CP', date: '2023-10-16', now } as const;
      const text = async (bytes: Promise<Uint8Array>) => (await pdfText(await bytes, { raw: true })).replace(/\s+/g, ' ');
      const documents = {
        extrait: await text(renderExtracts(db, { ...session, act: 'G25', format: 'pdf' }).then((r) => r[0]?.bytes ?? new Uint8Array())),
        liste: await text(renderListeDeliberations(db, session).then((r) => r.bytes)),
        recueil: await text(renderRecueil(db, session).then((r) => r.bytes)),
        registre: await text(renderRegistre(db, { body: 'CP', year: 2023, now }).then((r) => r.bytes)),
        garantie: await text(renderConvention(db, { ...session, act: 'G25', format: 'pdf' }).then((r) => r.bytes)),
        tripartite: await text(renderConvention(db, { ...session, act: 'G26', format: 'pdf' }).then((r) => r.bytes)),
      };
      for (const t of TEMPLATES) expect(documents[printedIn[t.name]], t.name).toContain(mark(t.name));
    } finally {
      register.cleanup();
    }
  });
});
