import type { PreviewBlock } from '../../../shared/contract/contract';

/** The extract as it will print, block by block (the PDF adds the page layout). */
export function ExtractPreview({ blocks }: { blocks: PreviewBlock[] }) {
  return (
    <div className="preview">
      {blocks.map((b, i) => {
        if (b.kind === 'pageBreak') return <hr key={i} />;
        if (b.kind === 'table')
          return (
            <table key={i} className="preview-table">
              {b.header !== null && (
                <thead>
                  <tr>
                    {b.header.map((h, j) => (
                      <th key={j} scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
              )}
              <tbody>
                {b.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        return (
          <p key={i} className={`preview-p align-${b.align} indent-${b.indent}${b.level > 0 ? ' preview-title' : ''}`}>
            {/* The markers the PDF prints: « - » before a decision, « * » before its sub-points. */}
            {b.indent === 1 && <span aria-hidden="true">- </span>}
            {b.indent === 2 && <span aria-hidden="true">* </span>}
            {b.runs.map((r, j) =>
              r.superscript ? (
                <sup key={j}>{r.text}</sup>
              ) : (
                <span key={j} className={`${r.bold ? 'b' : ''} ${r.italic ? 'i' : ''}`}>
                  {r.text}
                </span>
              ),
            )}
          </p>
        );
      })}
    </div>
  );
}
