import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/domain/errors';
import { writeOutputParts } from './output';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputParts', () => {
  it('writes the parts as they come, in batches, into the whole file', () => {
    dir = mkdtempSync(join(tmpdir(), 'registre-output-'));
    const file = join(dir, 'sortie.csv');
    function* rows() {
      yield 'en-tête\r\n';
      for (let i = 0; i < 20_000; i++) yield `ligne ${i} ; é\r\n`;
    }
    writeOutputParts(file, rows());
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('en-tête\r\nligne 0 ; é\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(20_002);
    expect(readdirSync(dir)).toEqual(['sortie.csv']);
  });

  it('leaves nothing, not even its temporary file, when the rows fail midway, and gives back their error', () => {
    dir = mkdtempSync(join(tmpdir(), 'registre-output-'));
    function* failing() {
      for (let i = 0; i < 10_000; i++) yield `ligne ${i}\r\n`;
      throw new AppError('not_found', 'Séance introuvable.');
    }
    expect(() => writeOutputParts(join(dir, 'sortie.csv'), failing())).toThrow('Séance introuvable.');
    expect(readdirSync(dir)).toEqual([]);
  });
});
