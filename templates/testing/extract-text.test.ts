import { Document, Packer, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxText, normalizeForGolden } from './extract-text';

describe('normalizeForGolden', () => {
  it('composes Unicode and straightens typographic apostrophes', () => {
    expect(normalizeForGolden('l’e\u0301tat')).toBe("l'état");
  });

  it('reduces the conversion artefacts ** and ^{…} to their text', () => {
    expect(normalizeForGolden('N° : **G8** du 1^{er} février')).toBe('N° : G8 du 1er février');
  });

  it('removes lines holding only a page number', () => {
    expect(normalizeForGolden('fin de page\nPage 2 / 3\n\fsuite')).toBe('fin de page suite');
    expect(normalizeForGolden('voir la Page 2 / 3 du recueil')).toBe('voir la Page 2 / 3 du recueil');
  });

  it('joins a word broken after its hyphen', () => {
    expect(normalizeForGolden('au LIEU-\nDIT les Sauvaires')).toBe('au LIEU-DIT les Sauvaires');
  });

  it('makes every run of white space, non-breaking ones included, one space and trims', () => {
    expect(normalizeForGolden(' 4\u202f470\u00a0€\t\n\n  HT ')).toBe('4 470 € HT');
  });
});

describe('docxText', () => {
  it('reads tabs as "\\t" but not the tab stops of paragraph properties', async () => {
    const file = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              tabStops: [{ type: TabStopType.LEFT, position: 2000 }],
              children: [new TextRun({ children: ['a', new Tab(), 'b'] }), new TextRun({ text: 'c', break: 1 })],
            }),
            new Paragraph({ text: '&lt; reste littéral <>' }),
          ],
        },
      ],
    });
    expect(await docxText(await Packer.toBuffer(file))).toBe('a\tb\nc\n&lt; reste littéral <>');
  });
});
