import type { Point } from '../case/schema';
import type { Move, Topic } from '../vocabulary';

/**
 * The option a free-text move stands for: same move, then most shared topics, then most shared
 * words with what was typed (so a typed question lands on the option it resembles, not simply
 * on the first one with that move), then the first. An option about other topics that shares
 * no word is not a match. 1-based.
 */
export function matchOption(point: Point, move: Move, topics: readonly Topic[], text = ''): number | undefined {
  // Small talk and unclear turns answer from the fallback: an "overig" option is usually a pitfall, never what a greeting meant.
  if (move === 'overig') return undefined;
  const typed = words(text);
  let best: number | undefined;
  let bestTopics = -1;
  let bestWords = -1;
  point.options.forEach((option, i) => {
    if (option.move !== move) return;
    const topicOverlap = option.topics.filter((t) => topics.includes(t)).length;
    const wordOverlap = typed.size === 0 ? 0 : [...words(option.text)].filter((w) => typed.has(w)).length;
    // Same move but nothing in common: the trainee said something else, and the fallback answers that better.
    const unrelated = topicOverlap === 0 && wordOverlap === 0 && option.topics.length > 0 && topics.length > 0;
    if (unrelated) return;
    if (topicOverlap > bestTopics || (topicOverlap === bestTopics && wordOverlap > bestWords)) {
      best = i + 1;
      bestTopics = topicOverlap;
      bestWords = wordOverlap;
    }
  });
  return best;
}

// Words every consultant question has; they say nothing about which option was meant.
const COMMON = new Set(
  'zelf niet maar voor naar over gaat gaan kunt kunnen heeft hebben bent zijn eens vindt vinden moet moeten wordt worden zouden deze welke wanneer waarom hoeveel graag even misschien eigenlijk gewoon heel veel weer toch ook daar hier iets niets iemand mensen vertelt vertel zegt zeggen denkt denken'.split(' '),
);

/** Content words: short and common words (u, de, het, wat, zelf, kunt…) say nothing about which option was meant. */
function words(text: string): Set<string> {
  return new Set(
    text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !COMMON.has(w)),
  );
}
