import { assignmentAt } from '../../fixes/assignmentAt';
import type { FixBuilder } from '../../fixes/fix';

/**
 * "Comment out KEY": the line stays as a note of the key (templates count commented-out keys as
 * documented), and nothing loads it. Not offered for a value over several lines, whose other lines
 * would then be read on their own.
 */
export const commentOutUnreadFix: FixBuilder = (context, span) => {
  const assignment = assignmentAt(context.env, span.start);
  const { text } = context.env;
  if (!assignment || /[\r\n]/.test(text.slice(assignment.span.start, assignment.span.end).replace(/\r?\n$|\r$/, ''))) return [];
  // A byte order mark stays the file's first character.
  const at = assignment.span.start === 0 && text.startsWith('\uFEFF') ? 1 : assignment.span.start;
  return [{ title: `Comment out ${assignment.key}`, changes: [{ span: { start: at, end: at }, newText: '# ' }], safe: false }];
};
