import { longDate } from '../../../shared/rules/french-dates';
import { buildCtesBundle } from '../../services/ctes-bundle';
import type { Command } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';
import { writeOutput } from '../output';

export const ctesCommand: Command = {
  name: 'ctes',
  usage: 'registre ctes --session <AAAA-MM-JJ> --body CP [--act G25] --out <fichier.zip> [--db <registre>]',
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, { session: { type: 'string' }, body: { type: 'string' }, act: { type: 'string' }, out: { type: 'string' } });
    const target = required(values, 'out');
    const date = sessionDate(values);
    const act = typeof values.act === 'string' ? values.act : undefined;
    const args = { body: bodyCode(values), date, now: now(), ...(act === undefined ? {} : { act }) };
    const bundle = await buildCtesBundle(await openDb(), args);
    writeOutput(target, bundle.bytes);
    const count = bundle.entries.filter((e) => e.endsWith('_0.xml')).length;
    out(
      act === undefined
        ? `Paquet @ctes de la séance du ${longDate(date)} écrit dans ${target} : ${count} actes, un dossier par acte.`
        : `Paquet @ctes de l'acte ${act} écrit dans ${target}.`,
    );
  },
};
