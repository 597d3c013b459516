import { describe, expect, it } from 'vitest';
import { createDocument } from './document';
import { creationDate } from './document-meta';
import { paragraph } from './paragraph';
import { bold, sup } from './run';

const meta = { title: 'Extrait', author: 'Département du Var', subject: 'Délibération', createdAt: '2023-10-20T00:00:00Z' };

describe('createDocument', () => {
  it('fills A4 margins and Liberation Serif 11 pt where the input is silent', () => {
    const doc = createDocument({ meta, blocks: [], page: { marginLeftMm: 30 } });
    expect(doc.page).toEqual({
      size: 'A4',
      marginTopMm: 20,
      marginBottomMm: 20,
      marginLeftMm: 30,
      marginRightMm: 20,
      pageNumbers: 'whenMultiPage',
    });
    expect(doc.typography).toEqual({ fontFamily: 'serif', fontSizePt: 11, lineSpacing: 1 });
  });

  it('is plain data that survives JSON', () => {
    const doc = createDocument({ meta, blocks: [paragraph(['N° : ', bold('G1'), ' du 1', sup('er')], { anchor: 'g1' })] });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

describe('creationDate', () => {
  it('reads the injected ISO 8601 instant', () => {
    expect(creationDate(meta).toISOString()).toBe('2023-10-20T00:00:00.000Z');
  });

  it('refuses anything else', () => {
    expect(() => creationDate({ ...meta, createdAt: '20/10/2023' })).toThrow('Invalid document creation date');
    expect(() => creationDate({ ...meta, createdAt: '2023-13-45T00:00:00Z' })).toThrow('Invalid document creation date');
  });
});
