import type { BodyCode } from '../../domain/body';
import type { Civility } from '../../domain/member';
import type { CtesTransmissionSettings } from '../../rules/ctes-envelope';
import { body, channel, fileBytes } from '../channel';
import { printable } from '../printable';
import { z } from '../zod-fr';

export interface CollectivityView {
  name: string;
  /** "083" */
  departmentCode: string;
  siren: string;
  /** The seat's SIRET (open data's COLL_SIRET), "22830001800014"; null while unknown. */
  siret: string | null;
  /** "site internet du Département du Var" */
  websiteLabel: string;
}

export interface BodyView {
  code: BodyCode;
  name: string;
  /** The extract's heading, "Commission Permanente". */
  heading: string;
  /** Subject of the examination sentence, "La Commission permanente du Conseil départemental". */
  assembly: string;
  /** "G" */
  series: string;
  /** Acts already numbered with the series letter: the letter is then frozen. */
  acts: number;
}

export interface MemberView {
  id: number;
  civility: Civility;
  firstName: string;
  lastName: string;
  /** "M. Jean-Louis MASSON" */
  label: string;
}

/** A mandate in office on a body, in the order of precedence ("ordre du tableau"). */
export interface MandateView {
  id: number;
  memberId: number;
  /** "M. Jean-Louis MASSON" */
  member: string;
  body: BodyCode;
  startDate: string;
  endDate: string | null;
  quality: string | null;
  /** 0 for the Président, 1 for the Premier Vice-président…; null for a member without rank. */
  precedence: number | null;
}

/** Who certifies the executory character by default for a body (« Pour le Président… »). */
export interface SignatoryView {
  body: BodyCode;
  formula: string;
  quality: string;
  name: string;
  /** 'settings' when set here; 'session' when read from the body's latest session; 'none'. */
  source: 'settings' | 'session' | 'none';
}

/** The @ctes internal number pattern and what its next number would be. */
export interface NumberingView {
  pattern: string;
  /** The values the example is computed with, so that the screen can preview another pattern. */
  context: { decisionDate: string; body: BodyCode; series: string; actNumber: number; sequence: number };
  /** "CP231016_G29" */
  example: string;
}

export interface SettingsView {
  collectivity: CollectivityView | null;
  bodies: BodyView[];
  members: MemberView[];
  /** Mandates not ended today, per body, ranked members first in order, then the others by name. */
  mandates: MandateView[];
  signatories: SignatoryView[];
  numbering: NumberingView;
  ctesTransmission: CtesTransmissionSettings;
}

/** What an import of élus from a spreadsheet added. */
export interface MembersImportView {
  /** Élus new to the register (the others were already there and only got a mandate). */
  members: number;
  mandates: number;
}

export interface PlaceholderView {
  name: string;
  description: string;
}

export interface TemplateSummary {
  /** "extrait" */
  name: string;
  /** "Extrait de délibération" */
  title: string;
  purpose: string;
  /** A custom version stored in the register replaces the shipped one. */
  custom: boolean;
  texts: PlaceholderView[];
  lists: PlaceholderView[];
}

export interface TemplateView extends TemplateSummary {
  text: string;
}

const MAX = 300;
/** A required line of text; `label` names the field in the French message. */
const line = (label: string) =>
  z
    .string({ error: `${label} : texte attendu` })
    .trim()
    .min(1, { error: `${label} : obligatoire` })
    .max(MAX, { error: `${label} : ${MAX} caractères au plus` })
    .superRefine(printable);
const optionalLine = (label: string) =>
  z
    .string({ error: `${label} : texte attendu` })
    .trim()
    .max(MAX, { error: `${label} : ${MAX} caractères au plus` })
    .superRefine(printable)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));
const isoDate = (label: string) => z.string({ error: `${label} : date attendue` }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} : date complète attendue (JJ/MM/AAAA)` });
const id = (label: string) => z.number({ error: `${label} : numéro attendu` }).int().positive();
const templateName = z.string().regex(/^[a-z][a-z-]{0,60}$/, { error: 'modèle : nom de modèle inconnu' });

/** Paramètres: the collectivity, its bodies, members and precedence, signatories, numbering and templates. */
export const SETTINGS_CHANNELS = {
  'settings:get': channel<SettingsView>()('getSettings', z.strictObject({})),
  'collectivity:save': channel<CollectivityView>()(
    'saveCollectivity',
    z.strictObject({
      name: line('nom de la collectivité'),
      departmentCode: z.string({ error: 'code département : texte attendu' }).trim().toUpperCase(),
      siren: z.string({ error: 'SIREN : texte attendu' }).transform((s) => s.replace(/\s/g, '')),
      siret: z
        .string({ error: 'SIRET : texte attendu' })
        .nullish()
        .transform((s) => (s ?? '').replace(/\s/g, '') || null),
      websiteLabel: line('site de publication'),
    }),
  ),
  'body:save': channel<BodyView>()(
    'saveBody',
    z.strictObject({
      body,
      name: line("nom de l'organe"),
      heading: line("intitulé en tête de l'extrait"),
      assembly: line("sujet de la phrase d'examen"),
      series: z.string({ error: 'lettre de série : texte attendu' }).trim().toUpperCase(),
    }),
  ),
  'member:save': channel<MemberView>()(
    'saveMember',
    z.strictObject({
      id: id('élu').nullable(),
      civility: z.enum(['M.', 'Mme'], { error: 'civilité : « M. » ou « Mme »' }),
      firstName: line('prénom'),
      lastName: line('nom'),
    }),
  ),
  'member:delete': channel<{ id: number; label: string }>()('deleteMember', z.strictObject({ id: id('élu') })),
  'mandate:save': channel<MandateView>()(
    'saveMandate',
    z.strictObject({
      id: id('mandat').nullable(),
      memberId: id('élu'),
      body,
      startDate: isoDate('début du mandat'),
      endDate: isoDate('fin du mandat').nullable(),
      quality: optionalLine('qualité'),
      precedence: z.number({ error: 'rang : nombre entier attendu' }).int({ error: 'rang : nombre entier attendu' }).min(0, { error: 'rang : 0 ou plus' }).max(999).nullable(),
    }),
  ),
  'members:import': channel<MembersImportView>()('importMembers', z.strictObject({ base64: fileBytes })),
  'precedence:move': channel<MandateView[]>()(
    'movePrecedence',
    z.strictObject({ mandateId: id('mandat'), direction: z.enum(['up', 'down'], { error: 'sens : « up » ou « down »' }) }),
  ),
  'signatory:save': channel<SignatoryView>()(
    'saveSignatory',
    z.strictObject({ body, formula: line('formule'), quality: line('qualité du signataire'), name: line('nom du signataire') }),
  ),
  'numbering:save': channel<NumberingView>()('saveNumbering', z.strictObject({ pattern: z.string({ error: 'modèle de numéro : texte attendu' }).trim() })),
  'ctes-transmission:save': channel<CtesTransmissionSettings>()(
    'saveCtesTransmission',
    z.strictObject({
      arrondissement: optionalLine('arrondissement'),
      collectivityNature: optionalLine('nature @ctes de la collectivité'),
      referentName: optionalLine('nom du référent'),
      referentTelephone: optionalLine('téléphone du référent'),
      referentEmail: optionalLine('courriel du référent'),
    }),
  ),
  'templates:list': channel<TemplateSummary[]>()('listTemplates', z.strictObject({})),
  'template:show': channel<TemplateView>()('showTemplate', z.strictObject({ name: templateName })),
  'template:save': channel<TemplateView>()(
    'saveTemplate',
    z.strictObject({ name: templateName, text: z.string({ error: 'modèle : texte attendu' }).max(200_000, { error: 'modèle : 200 000 caractères au plus' }) }),
  ),
  'template:reset': channel<TemplateView>()('resetTemplate', z.strictObject({ name: templateName })),
};
