import { describe, expect, it } from 'vitest';
import { AppError } from '../domain/errors';
import { checkExportName, exportNameProblem, MAX_EXPORT_NAME } from './file-name';

describe('exportNameProblem', () => {
  const accepted = ['G25 - extrait.pdf', 'G25.pdf', 'Recueil CP 2023-10-16.pdf', 'G25 - @ctes.zip', 'Convention CO 2023-1098 (G25).docx', 'été n° 59.pdf', 'CONSEIL.pdf', 'console.pdf', 'COM10.pdf', 'LPT0', 'a..b.pdf', '.cache', 'x'.repeat(MAX_EXPORT_NAME)];
  for (const name of accepted) {
    it(`accepts « ${name.slice(0, 40)} »`, () => {
      expect(exportNameProblem(name)).toBeNull();
      expect(checkExportName(name)).toBe(name);
    });
  }

  const refused: [string, RegExp][] = [
    ['', /^Nom de fichier : il est vide/],
    ['   ', /il est vide/],
    ['..', /« \.\. » désigne le dossier parent/],
    ['../x.pdf', /« \.\. » désigne le dossier parent/],
    ['..\\..\\x.pdf', /dossier parent/],
    ['a/../../b.pdf', /dossier parent/],
    ['a/b.pdf', /les caractères « \/ » et « \\ » ne sont pas permis/],
    ['a\\b.pdf', /les caractères « \/ » et « \\ » ne sont pas permis/],
    ['/etc/passwd', /un chemin absolu n'est pas permis/],
    ['C:\\x', /un chemin absolu n'est pas permis/],
    ['c:x.pdf', /un chemin absolu/],
    ['\\\\server\\share\\x.pdf', /un chemin absolu/],
    ['CON', /nom réservé par Windows/],
    ['CON.pdf', /nom réservé par Windows/],
    ['con.tar.gz', /nom réservé par Windows/],
    ['Prn.docx', /nom réservé/],
    ['aux', /nom réservé/],
    ['NUL .txt', /nom réservé/],
    ['COM1', /nom réservé/],
    ['com9.zip', /nom réservé/],
    ['lpt1', /nom réservé/],
    ['LPT9.pdf', /nom réservé/],
    ['COM¹.pdf', /nom réservé/],
    ['a<b.pdf', /le caractère « < » n'est pas permis/],
    ['a>b.pdf', /le caractère « > »/],
    ['G25: extrait.pdf', /le caractère « : »/],
    ['"G25".pdf', /le caractère « " »/],
    ['a|b.pdf', /le caractère « \| »/],
    ['a?.pdf', /le caractère « \? »/],
    ['*.pdf', /le caractère « \* »/],
    ['a\tb.pdf', /caractère de contrôle \(U\+0009\)/],
    ['a\u0000.pdf', /caractère de contrôle \(U\+0000\)/],
    ['a\u007f.pdf', /caractère de contrôle \(U\+007F\)/],
    ['extrait.', /ne se termine ni par un point ni par une espace/],
    ['extrait.pdf ', /ne se termine ni par un point/],
    ['.', /ne se termine ni par un point/],
    ['x'.repeat(MAX_EXPORT_NAME + 1), /201 caractères ; 200 au plus/],
  ];
  for (const [name, message] of refused) {
    it(`refuses ${JSON.stringify(name.length > 40 ? `${name.slice(0, 20)}…` : name)} with the French rule`, () => {
      expect(exportNameProblem(name)).toMatch(message);
      expect(() => checkExportName(name)).toThrow(message);
    });
  }

  it('throws a validation error on the field it is given', () => {
    const error = (() => {
      try {
        checkExportName('CON.pdf', 'documents[2].fileName');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toInfo()).toMatchObject({ type: 'validation', field: 'documents[2].fileName' });
  });

  it('quotes a long name by its start only', () => {
    const message = exportNameProblem(`${'a'.repeat(250)}.pdf`) ?? '';
    expect(message).toContain(`« ${'a'.repeat(59)}… »`);
    expect(message.length).toBeLessThan(140);
  });
});
