import {
  createDocument,
  dashItem,
  heading,
  keepTogether,
  paragraph,
  spacer,
  subItem,
  sup,
  table,
  type Block,
  type Document,
  type DocumentInput,
} from '../model';

/**
 * Renderer test material: text that breaks naive writers (XML and template metacharacters,
 * French typography, non-breaking spaces) and every kind of block.
 */
export const AWKWARD_TEXT =
  'Texte <b>non balisé</b> & "guillemets droits" {placeholder} « guillemets\u202ffrançais » ' +
  'l’œuvre d’Œdipe : 4\u202f470\u202f133,50\u00a0€ au 16\u00a0octobre 2023.';

const WORDS = [
  'considérant',
  'que',
  'la',
  'délibération',
  'du',
  'Département',
  'porte',
  'sur',
  'le',
  'LIEU-DIT',
  'Saint-Maximin-la-Sainte-Baume',
  'à',
  'hauteur',
  'de',
  '1\u00a0894\u00a0056,50\u00a0€',
  'après',
  'avis',
  'conforme',
  'ŒUVRE',
  'où',
  'l’État',
];

/** A paragraph of exactly `length` characters made of French words, deterministic. */
export function longText(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index += 1) text += `${WORDS[(index * 5) % WORDS.length]} `;
  return text.slice(0, length - 1) + '.';
}

/** `count` one-line numbered paragraphs, to push content down a page. */
export function fillerLines(count: number, prefix = 'Ligne'): Block[] {
  return Array.from({ length: count }, (_, index) => paragraph(`${prefix} ${index + 1}`, { align: 'left' }));
}

export const SAMPLE_META = {
  title: 'Extrait n° G1 <test> & "x"',
  author: 'Département du Var',
  subject: 'Délibération',
  createdAt: '2023-10-20T08:30:00Z',
};

/** A document with the given blocks and the sample's metadata. */
export function sampleDocumentOf(blocks: Block[], input: Partial<DocumentInput> = {}): Document {
  return createDocument({ meta: SAMPLE_META, ...input, blocks });
}

/** An extract-like document with every block kind, on one page. */
export function sampleDocument(): Document {
  return sampleDocumentOf([
    heading(1, 'LE DÉPARTEMENT', { align: 'center' }),
    heading(2, 'Extrait du registre des délibérations', { align: 'center' }),
    paragraph(AWKWARD_TEXT, { anchor: 'awkward' }),
    paragraph(['Vu la délibération n°A9 du 1', sup('er'), ' février 2022 relative au règlement budgétaire,']),
    paragraph(longText(2000)),
    paragraph('DECIDE :', { align: 'left' }),
    dashItem(
      'd’autoriser le Président du Conseil départemental à signer les marchés suivants,',
      paragraph('concernant le lot 1 (marché n°20230816) Pôle technique de Toulon Est :'),
      subItem('pour la partie forfaitaire, le montant de l’offre s’élève à 22\u00a0240,00\u00a0€ HT,'),
      table(
        ['Lot', 'Désignation', 'Montant'],
        [
          ['1', 'Pôle technique de Toulon Est <&>', '22\u00a0240,00\u00a0€'],
          ['2', 'Pôle technique de Toulon Ouest', '27\u00a0760,00\u00a0€'],
        ],
        { columnWidths: [1, 4, 2], columnAlign: ['left', 'left', 'right'], anchor: 'lots' },
      ),
    ),
    dashItem('d’approuver la convention ci-annexée.'),
    keepTogether(
      paragraph('Adopté à l’unanimité.'),
      paragraph('Signé : Jean-Louis MASSON\nPrésident du Conseil départemental', { align: 'left', anchor: 'signature' }),
      spacer(12),
      paragraph('Acte certifié exécutoire\nle 20/10/2023', { align: 'left', anchor: 'certification' }),
    ),
  ]);
}

/** The text a reader should get from `doc`, block after block, for golden comparisons. */
export function expectedText(doc: Document): string {
  const runsText = (runs: readonly { text: string }[]): string => runs.map((run) => run.text).join('');
  const tableText = (t: { header?: string[]; rows: string[][] }): string[] =>
    [...(t.header ? [t.header] : []), ...t.rows].map((row) => row.join(' '));
  const blockText = (block: Block): string[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [runsText(block.runs)];
      case 'dashItem':
        return [
          `- ${runsText(block.runs)}`,
          ...block.content.flatMap((content) =>
            content.kind === 'table'
              ? tableText(content)
              : content.kind === 'subItem'
                ? [`* ${runsText(content.runs)}`]
                : [runsText(content.runs)],
          ),
        ];
      case 'table':
        return tableText(block);
      case 'keepTogether':
        return block.blocks.flatMap(blockText);
      case 'spacer':
      case 'pageBreak':
        return [];
    }
  };
  return doc.blocks.flatMap(blockText).join('\n');
}
