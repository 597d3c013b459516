import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { validationError } from '../../../shared/domain/errors';
import { prepareRegister } from '../../services/register/register-prepare';
import type { Command } from '../command';
import { parseCommand } from '../args';
import { registerPath } from '../register-path';

export const initCommand: Command = {
  name: 'init',
  usage: 'registre init --db <nouveau registre.sqlite> [--demo]   (vide ; avec --demo : la séance de démonstration)',
  async run(argv, { out, now }) {
    const { values } = parseCommand(argv, { demo: { type: 'boolean' } });
    const file = registerPath(argv);
    if (existsSync(file)) {
      throw validationError(`Le fichier « ${file} » existe déjà : registre init ne crée qu'un registre nouveau, il n'en remplace jamais un.`, 'db');
    }
    if (!existsSync(dirname(file))) throw validationError(`Le dossier « ${dirname(file)} » n'existe pas : créez-le d'abord, ou choisissez un autre emplacement.`, 'db');
    const demo = values.demo === true;
    (await prepareRegister(file, now(), demo ? 'demo' : 'empty')).db.close();
    out(
      demo
        ? `Registre créé avec la séance de démonstration : ${file}`
        : `Registre vide créé : ${file}. Ouvrez-le dans l'application (npm run serve -- --db "${file}") pour saisir la collectivité, les organes et les élus, ou importez une séance : registre import <séance.json> --db "${file}".`,
    );
  },
};
