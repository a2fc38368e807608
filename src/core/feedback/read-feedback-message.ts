import type { FeedbackVerdict } from './feedback.js';

/**
 * A chat message that rates the previous answer rather than asking something: "that's wrong, it
 * misses MANRS", "👎", "+1". Null for anything else, including questions that merely contain "wrong".
 */
export function readFeedbackMessage(text: string): { verdict: FeedbackVerdict; comment: string } | null {
  const t = text.trim();
  const wrong = /^(?:(?:no|nope|hmm|sorry)[,.!]?\s+)?(?:that(?:'|’)?s|that is|this is|it(?:'|’)?s|that was|this answer is|the answer is)?\s*(?:wrong|not right|incorrect|not correct|a wrong answer)\b[\s,.:;!-]*(.*)$/is.exec(t);
  if (wrong && !/\?\s*$/.test(t)) return { verdict: 'wrong', comment: wrong[1] ?? '' };
  if (/^(?:👎|:-1:|:thumbsdown:|-1|bad answer|not helpful)[\s.!]*$/i.test(t)) return { verdict: 'down', comment: '' };
  if (/^(?:👍|:\+1:|:thumbsup:|\+1|good answer|that(?:'|’)?s right|correct|helpful|perfect)[\s.!]*$/i.test(t)) return { verdict: 'up', comment: '' };
  return null;
}
