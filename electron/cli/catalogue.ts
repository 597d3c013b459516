import type { Command } from './command';

/**
 * The `registre` commands as `--help` lists them. Each command's code is loaded when it is called:
 * loading all of them (the PDF, DOCX, signature and PostgreSQL libraries among them) took a second
 * more at every start, for any command.
 */
export const COMMANDS: readonly Command[] = [
  {
    name: 'init',
    usage: 'registre init --db <nouveau registre.sqlite | postgres://utilisateur@hôte:port/base> [--demo]   (vide ; avec --demo : la séance de démonstration)',
    load: async () => (await import('./commands/init')).initCommand,
  },
  {
    name: 'import',
    usage: 'registre import <fichier.json>… [--conventions <conventions.json>] [--db <registre>]',
    load: async () => (await import('./commands/import')).importCommand,
  },
  {
    name: 'export',
    usage: 'registre export --session <AAAA-MM-JJ> --body CP --out <fichier.json> [--db <registre>]',
    load: async () => (await import('./commands/export')).exportCommand,
  },
  {
    name: 'show',
    usage: 'registre show --session <AAAA-MM-JJ> --body CP [--act G25] [--db <registre>]',
    load: async () => (await import('./commands/show')).showCommand,
  },
  {
    name: 'extract',
    usage: 'registre extract --session <AAAA-MM-JJ> --body CP (--act G25 | --all) --format pdf|docx --out <fichier|dossier> [--db <registre>] ' +
    '[--sign --p12 <certificat.p12> --password-env <VARIABLE> [--delegation "<texte de la délégation>"]]',
    load: async () => (await import('./commands/extract')).extractCommand,
  },
  {
    name: 'recueil',
    usage: 'registre recueil --session <AAAA-MM-JJ> --body CP --out <fichier.pdf> [--db <registre>]',
    load: async () => (await import('./commands/recueil')).recueilCommand,
  },
  {
    name: 'registre',
    usage: 'registre registre --body CP --year <AAAA> --out <fichier.pdf> [--db <registre>]',
    load: async () => (await import('./commands/registre')).registreCommand,
  },
  {
    name: 'liste',
    usage: 'registre liste --session <AAAA-MM-JJ> --body CP --out <fichier.pdf> [--db <registre>]',
    load: async () => (await import('./commands/liste')).listeCommand,
  },
  {
    name: 'convention',
    usage: 'registre convention --session <AAAA-MM-JJ> --body CP --act G25 --out <fichier> [--format pdf|docx] [--numero "CO 2023-1098"] [--db <registre>]',
    load: async () => (await import('./commands/convention')).conventionCommand,
  },
  {
    name: 'conventions-import',
    usage: 'registre conventions-import <fichier.json> [--db <registre>]',
    load: async () => (await import('./commands/conventions-import')).conventionsImportCommand,
  },
  {
    name: 'ctes',
    usage: 'registre ctes --session <AAAA-MM-JJ> --body CP [--act G25] --out <fichier.zip> [--db <registre>]\n' +
    '       registre ctes --session <AAAA-MM-JJ> --body CP [--act G25] --archive --out <dossier> [--db <registre>]',
    load: async () => (await import('./commands/ctes')).ctesCommand,
  },
  {
    name: 'ar',
    usage: 'registre ar <ARActe.xml> [--db <registre>]',
    load: async () => (await import('./commands/ar')).arCommand,
  },
  {
    name: 'classification',
    usage: 'registre classification [<classification.xml>] [--db <registre>]',
    load: async () => (await import('./commands/classification')).classificationCommand,
  },
  {
    name: 'opendata',
    usage: 'registre opendata --year <AAAA> --out <fichier.csv> [--siret <14 chiffres>] [--db <registre>]',
    load: async () => (await import('./commands/opendata')).opendataCommand,
  },
  {
    name: 'backup',
    usage: 'registre backup [--db <registre.sqlite | postgres://utilisateur@hôte:port/base>]',
    load: async () => (await import('./commands/backup')).backupCommand,
  },
  {
    name: 'restore',
    usage: 'registre restore <sauvegarde.sqlite | sauvegarde.dump> [--db <registre.sqlite | postgres://utilisateur@hôte:port/base vide>]   (sans fichier : liste les sauvegardes)',
    load: async () => (await import('./commands/restore')).restoreCommand,
  },
  {
    name: 'copy',
    usage: 'registre copy --from <registre.sqlite> --to postgres://utilisateur@hôte:port/base   (tout le registre, dans une base PostgreSQL vide)',
    load: async () => (await import('./commands/copy')).copyCommand,
  },
  {
    name: 'sign',
    usage: 'registre sign <entrée.pdf> --p12 <certificat.p12> --password-env <VARIABLE> --out <sortie.pdf> [--qualite "<qualité du signataire>"]',
    load: async () => (await import('./commands/sign')).signCommand,
  },
  {
    name: 'verify',
    usage: 'registre verify <fichier.pdf>',
    load: async () => (await import('./commands/verify')).verifyCommand,
  },
  {
    name: 'settings',
    usage: 'registre settings [--internal-number-pattern "<motif>"] [--arrondissement <chiffre>] [--nature-collectivite <2 chiffres>]\n' +
    '                  [--referent-nom <nom>] [--referent-telephone <téléphone>] [--referent-courriel <adresse>] [--db <registre>]   (sans option : affiche les paramètres)',
    load: async () => (await import('./commands/settings')).settingsCommand,
  },
  {
    name: 'dates',
    usage: 'registre dates --session <AAAA-MM-JJ> --body CP --act G25 [--transmission <AAAA-MM-JJ>] [--reception <AAAA-MM-JJ>] [--online <AAAA-MM-JJ>] [--db <registre>]',
    load: async () => (await import('./commands/dates')).datesCommand,
  },
  {
    name: 'journal',
    usage: 'registre journal [--seance CP:2023-10-16] [--acte G25] [--csv <fichier.csv>] [--db <registre>]',
    load: async () => (await import('./commands/journal')).journalCommand,
  },
];
