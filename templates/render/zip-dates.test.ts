import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { setZipEntryDates } from './zip-dates';

const zipOf = (entries: Record<string, string>): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const zip = new ZipFile();
    for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name, { mtime: new Date() });
    zip.end();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });

const dosStamps = (bytes: Uint8Array): Promise<[string, number, number][]> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error !== null) return reject(error);
      const stamps: [string, number, number][] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        stamps.push([entry.fileName, entry.lastModFileDate, entry.lastModFileTime]);
        zip.readEntry();
      });
      zip.on('end', () => resolve(stamps));
      zip.readEntry();
    });
  });

describe('setZipEntryDates', () => {
  it('stamps every entry with the given instant, in DOS date and time', async () => {
    const zip = await zipOf({ 'a.xml': '<a/>', 'dir/b.xml': '<b/>' });
    setZipEntryDates(zip, new Date('2023-10-20T08:30:06Z'));
    // 2023-10-20: (43 << 9) | (10 << 5) | 20; 08:30:06: (8 << 11) | (30 << 5) | 3.
    expect(await dosStamps(zip)).toEqual([
      ['a.xml', 22356, 17347],
      ['dir/b.xml', 22356, 17347],
    ]);
  });

  it('refuses bytes that are not a zip file', () => {
    expect(() => setZipEntryDates(new Uint8Array(40), new Date())).toThrow('Not a zip file');
  });
});
