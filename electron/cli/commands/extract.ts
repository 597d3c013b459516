import { join } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { renderExtracts } from '../../services/extracts';
import { writeOutput } from '../output';
import type { Command } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';

export const extractCommand: Command = {
  name: 'extract',
  usage: 'registre extract --session <AAAA-MM-JJ> --body CP (--act G25 | --all) --format pdf|docx --out <fichier|dossier> [--db <registre>]',
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, {
      session: { type: 'string' },
      body: { type: 'string' },
      act: { type: 'string' },
      all: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const format = required(values, 'format');
    if (format !== 'pdf' && format !== 'docx') throw validationError(`Option --format : « ${format} » inconnu ; attendu pdf ou docx.`, 'format');
    const act = typeof values.act === 'string' ? values.act : undefined;
    if ((act === undefined) === (values.all !== true)) throw validationError("Indiquez soit --act <numéro>, soit --all.", 'act');
    const target = required(values, 'out');
    const total = { count: 0 };
    const where = { body: bodyCode(values), date: sessionDate(values) };
    const extracts = await renderExtracts(await openDb(), {
      ...where,
      ...(act === undefined ? {} : { act }),
      format,
      now: now(),
      onProgress: (number) => {
        total.count += 1;
        if (act === undefined) out(`${number} : extrait généré (${total.count})`);
      },
    });
    for (const e of extracts) writeOutput(act === undefined ? join(target, `${e.number}.${format}`) : target, e.bytes);
    out(act === undefined ? `${extracts.length} extraits écrits dans ${target}.` : `Extrait ${extracts[0]?.number ?? act} écrit dans ${target}.`);
  },
};
