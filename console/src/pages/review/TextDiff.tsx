import { textDiff } from './textDiff';

/** Text changes highlighted: removed text struck through on red, added text underlined on green. */
export function TextDiff({ before, after }: { before: string | null | undefined; after: string | null | undefined }) {
  const parts = textDiff(before ?? '', after ?? '');
  if (!parts.length) return <span>—</span>;
  return (
    <span className="text-diff">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} style={{ background: '#ffe7e6', color: '#a8071a' }} aria-label={`删除：${part.text}`}>
            {part.text}
          </del>
        ) : (
          <ins key={i} style={{ background: '#e6ffed', color: '#135200' }} aria-label={`新增：${part.text}`}>
            {part.text}
          </ins>
        ),
      )}
    </span>
  );
}
