import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStalePartials } from './stale-partials';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'registre-partiels-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeStalePartials', () => {
  it('removes what a dead writer left, and nothing of a living writer nor of another name', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const living = String(process.ppid);
    for (const name of [`.${dead}-1.partiel`, `.${living}-2.partiel`, `.${process.pid}-3.partiel`, 'G25.pdf', `.${dead}-4.pdf`]) writeFileSync(join(dir, name), 'x');
    removeStalePartials(dir, /^\.(\d+)-\d+\.partiel$/);
    expect(readdirSync(dir).sort()).toEqual([`.${dead}-4.pdf`, `.${living}-2.partiel`, `.${process.pid}-3.partiel`, 'G25.pdf'].sort());
  });

  it('does nothing where there is no folder yet', () => {
    expect(() => removeStalePartials(join(dir, 'absent'), /^(\d+)$/)).not.toThrow();
  });
});
