import { longDate } from '../shared/rules/french-dates';
import { defaultRegisterPath, openOrCreateRegister } from './services/register-file';
import { listSessions } from './db/repositories/sessions';

const file = defaultRegisterPath();
const { db, created } = openOrCreateRegister(file);
const lines = [
  created ? `Nouveau registre créé avec la séance de démonstration : ${file}` : `Registre : ${file}`,
  ...listSessions(db).map((s) => `  ${s.body} — séance du ${longDate(s.date)} : ${s.acts} actes`),
  '',
  'Commandes : npx registre show --session 2023-10-16 --body CP [--act G25]',
  '            npx registre import <fichier.json> | npx registre export --session <date> --body CP --out <fichier.json>',
];
db.close();
process.stdout.write(`${lines.join('\n')}\n`);
