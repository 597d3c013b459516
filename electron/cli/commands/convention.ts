import { validationError } from '../../../shared/domain/errors';
import { renderConvention } from '../../services/documents/conventions';
import { writeOutput } from '../output';
import type { CommandCode } from '../command';
import { bodyCode, parseCommand, required, sessionDate } from '../args';

export const conventionCommand: CommandCode = {
  async run(argv, { openDb, out, now }) {
    const { values } = parseCommand(argv, {
      session: { type: 'string' },
      body: { type: 'string' },
      act: { type: 'string' },
      numero: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    });
    const format = typeof values.format === 'string' ? values.format : 'pdf';
    if (format !== 'pdf' && format !== 'docx') throw validationError(`Option --format : « ${format} » inconnu ; attendu pdf ou docx.`, 'format');
    const target = required(values, 'out');
    const args = { body: bodyCode(values), date: sessionDate(values), act: required(values, 'act') };
    const convention = await renderConvention(await openDb(), {
      ...args,
      ...(typeof values.numero === 'string' ? { number: values.numero } : {}),
      format,
      now: now(),
    });
    writeOutput(target, convention.bytes);
    out(`Convention ${convention.number} écrite dans ${target}.`);
  },
};
