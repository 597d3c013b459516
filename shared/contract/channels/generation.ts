import type { DocumentFormat } from '../../domain/document-format';
import { exportNameProblem } from '../../rules/file-name';
import { body, channel, date } from '../channel';
import { z } from '../zod-fr';

/** The groups the Génération screen shows, in this order. */
export const GENERATION_GROUPS = ['extraits', 'conventions', 'recueil-registre', 'ctes', 'signes'] as const;
export type GenerationGroup = (typeof GENERATION_GROUPS)[number];

/** One document a session can produce, as the plan lists it. */
export interface PlannedDocumentView {
  /** Stable for a given register, e.g. "extrait:G25:pdf", "convention:CO 2023-1098:pdf", "recueil". */
  id: string;
  group: GenerationGroup;
  /** French, e.g. "Extrait G25 (PDF)". */
  label: string;
  /** What it is about (the act's OBJET), or null. */
  detail: string | null;
  format: DocumentFormat | 'zip';
  /** The name it gets in the export folder unless another is chosen, e.g. "G25 - extrait.pdf". */
  fileName: string;
  /** Signed extracts not signed yet: the run needs the PKCS#12 and its passphrase. */
  needsCertificate: boolean;
}

export interface GenerationPlanView {
  /** The session's export folder, beside the register file. */
  folder: string;
  documents: PlannedDocumentView[];
}

/** A document written into the export folder; its bytes also in base64 for the browser's download. */
export interface GeneratedFileView {
  id: string;
  fileName: string;
  /** Where it was written. */
  path: string;
  /** Its size, in bytes. */
  bytes: number;
  mediaType: string;
  base64: string;
}

const base64 = z.string().min(1, 'fichier vide').regex(/^[A-Za-z0-9+/]+=*$/, 'contenu attendu en base64');

/** A file name chosen for an export: a plain name that stays in the export folder (shared/rules/file-name.ts). */
const fileName = z.string().superRefine((name, ctx) => {
  const problem = exportNameProblem(name);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

/** Génération: the documents of a session written to its export folder. */
export const GENERATION_CHANNELS = {
  'generation:plan': channel<GenerationPlanView>()('planGeneration', z.strictObject({ body, date })),
  'generation:run': channel<GeneratedFileView>()(
    'runGeneration',
    z.strictObject({
      body,
      date,
      id: z.string().min(1).max(120),
      fileName: fileName.optional(),
      // Signed extracts only; used for this call, never stored nor logged.
      // The delegation (« arrêté n° … du … ») when the certificate's holder is not the presiding member; recorded with the signature.
      certificate: z
        .strictObject({ p12: base64, passphrase: z.string().max(1024), delegation: z.string().trim().max(300, { error: 'délégation : 300 caractères au plus' }).optional() })
        .optional(),
    }),
  ),
  'generation:reveal': channel<{ path: string }>()('revealGenerated', z.strictObject({ body, date, fileName })),
};
