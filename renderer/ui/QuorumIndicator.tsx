import type { ActCountsView, QuorumView } from '../../shared/contract/contract';
import { counted } from '../../shared/rules/plural';

/** The live quorum verdict with its figures, announced politely when it changes. */
export function QuorumIndicator(props: { label: string; counts: ActCountsView; quorum: QuorumView; children?: React.ReactNode }) {
  const { counts, quorum } = props;
  return (
    <div className={`indicator${quorum.met ? '' : ' error'}`} role="status" aria-live="polite">
      <strong>
        {props.label} : quorum {quorum.met ? 'atteint' : 'NON ATTEINT'} ({quorum.figures})
      </strong>{' '}
      — {counted(counts.present, 'présent', 'présents')}, {counted(counts.proxies, 'procuration', 'procurations')}, {counted(counts.excused, 'excusé', 'excusés')},{' '}
      {counted(counts.absent, 'absent', 'absents')}
      <span className="field-hint"> · {quorum.article}</span>
      {props.children}
    </div>
  );
}
