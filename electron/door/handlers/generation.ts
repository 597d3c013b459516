import type { GENERATION_CHANNELS } from '../../../shared/contract/channels/generation';
import { exportFolder } from '../../services/generation/export-folder';
import { cancelJob, jobProgress, startJob } from '../../services/generation/jobs';
import { planDocuments, planView } from '../../services/generation/plan';
import { revealablePath, showInFileManager } from '../../services/generation/reveal';
import { runGeneration } from '../../services/generation/run';
import type { Handlers } from './handler';

export const GENERATION_HANDLERS: Handlers<typeof GENERATION_CHANNELS> = {
  'generation:plan': (db, { body, date }) => ({ folder: exportFolder(db, { body, date }), documents: planDocuments(db, { body, date }).map(planView) }),
  'generation:run': (db, { certificate, ...request }, now) =>
    runGeneration(
      db,
      {
        ...request,
        certificate: certificate && {
          p12: Buffer.from(certificate.p12, 'base64'),
          passphrase: certificate.passphrase,
          ...(certificate.delegation ? { delegation: certificate.delegation } : {}),
        },
      },
      now,
    ),
  'generation:start': (db, request, now) => startJob(db, request, now),
  'generation:progress': (_db, { job }) => jobProgress(job),
  'generation:cancel': (_db, { job }) => cancelJob(job),
  'generation:reveal': async (db, { body, date, fileName }) => {
    const path = revealablePath(db, { body, date }, fileName);
    await showInFileManager(path);
    return { path };
  },
};
