import { longDate } from '../shared/rules/french-dates';
import { listSessions } from './db/repositories/sessions';
import { defaultRegisterPath } from './services/register-file';
import { prepareRegister } from './services/register-prepare';

const file = defaultRegisterPath();
try {
  const { db, created } = await prepareRegister(file, new Date());
  const lines = [
    created ? `Nouveau registre créé avec la séance de démonstration : ${file}` : `Registre : ${file}`,
    ...listSessions(db).map((s) => `  ${s.body} — séance du ${longDate(s.date)} : ${s.acts} actes`),
    '',
    'Commandes : npx registre show --session 2023-10-16 --body CP [--act G25]',
    '            npx registre extract --session 2023-10-16 --body CP --act G25 --format pdf --out G25.pdf',
    '            npx registre --help',
  ];
  db.close();
  process.stdout.write(`${lines.join('\n')}\n`);
} catch (e) {
  process.stderr.write(`Erreur : ${(e as Error).message}\n`);
  process.exitCode = 1;
}
