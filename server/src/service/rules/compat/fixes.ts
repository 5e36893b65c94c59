import type { FixBuilder } from '../../fixes/fix';
import { assignmentAt } from '../../fixes/assignmentAt';
import { quoteValueFix } from '../../fixes/quoteValue';

export const quoteSplitValue: FixBuilder = (context, span) => quoteValueFix(context, span, true);

export const removeSpacesFix: FixBuilder = (context, span) => {
  const node = assignmentAt(context.env, span.start);
  if (!node) return [];
  return [
    {
      title: 'Remove the spaces around =',
      changes: [{ span: { start: node.keySpan.end, end: Math.max(node.valueSpan.start, node.separatorSpan.end) }, newText: '=' }],
      safe: true,
    },
  ];
};

export const colonToEqualsFix: FixBuilder = (context, span) => {
  const node = assignmentAt(context.env, span.start);
  if (!node) return [];
  return [{ title: 'Write KEY=value', changes: [{ span: { start: node.separatorSpan.start, end: node.valueSpan.start }, newText: '=' }], safe: true }];
};
