import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfText } from '../../../templates/render/extract-text';
import { shippedTemplate } from '../../../templates/template-files';
import type { Db } from '../../db/open';
import { settingValue } from '../../db/repositories/settings';
import type { tempRegister } from '../../testing/temp-register';
import { referenceRegister, snapshot } from '../../testing/temp-register';
import { handle } from '../dispatch';
import { renderExtracts } from '../extracts';
import { SHIPPED_TEMPLATES } from './template-catalogue';

const now = new Date('2026-11-24T09:00:00Z');
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
    for (const t of SHIPPED_TEMPLATES) expect(() => t.check(shippedTemplate(t.file))).not.toThrow();
  });

  it('shows the shipped text', async () => {
    expect(await handle(db, 'template:show', { name: 'extrait' }, now)).toMatchObject({ ok: true, value: { name: 'extrait', custom: false, text: shippedTemplate('extrait/extrait.modele') } });
  });

  it('stores a custom extract in the register, which the next extract prints; the reset gives back the shipped bytes', async () => {
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
});
