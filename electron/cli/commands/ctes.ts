import { join } from 'node:path';
import { longDate } from '../../../shared/rules/french-dates';
import { buildCtesArchives } from '../../services/ctes/ctes-archive';
import { buildCtesBundle } from '../../services/ctes/ctes-bundle';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';
import { writeOutput } from '../output';
import { counted } from '../../../shared/rules/plural';

export const ctesCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, {
      session: { type: 'string' },
      body: { type: 'string' },
      act: { type: 'string' },
      out: { type: 'string' },
      archive: { type: 'boolean' },
    });
    const target = required(values, 'out');
    const date = sessionDate(values);
    const act = typeof values.act === 'string' ? values.act : undefined;
    const args = { body: bodyCode(values), date, now: now(), ...(act === undefined ? {} : { act }) };
    if (values.archive === true) {
      const archives = await buildCtesArchives(await openDb(), args);
      for (const a of archives) writeOutput(join(target, a.fileName), a.bytes);
      out(`Archives @ctes écrites dans ${target} : ${archives.map((a) => `${a.number} → ${a.fileName}`).join(', ')}.`);
      return;
    }
    const bundle = await buildCtesBundle(await openDb(), args);
    writeOutput(target, bundle.bytes);
    const count = bundle.entries.filter((e) => e.endsWith('_0.xml')).length;
    out(
      act === undefined
        ? `Paquet @ctes de la séance du ${longDate(date)} écrit dans ${target} : ${counted(count, 'acte', 'actes')}, un dossier par acte.`
        : `Paquet @ctes de l'acte ${act} écrit dans ${target}.`,
    );
  },
};
