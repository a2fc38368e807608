import { describeQuestionTable } from '../../helpers/describe-question-table.js';
import { HELD_OUT_CASES } from './tables/held-out-questions.js';
import { POST_MODEL_CASES } from './tables/post-model-questions.js';

describeQuestionTable('held-out member questions (written before the question model, not tuned against; first run: 29 of 30)', HELD_OUT_CASES, {
  // "espionage" alone is not in the vocabulary of 5.2 (only economic, commercial and industrial
  // espionage are): cyber espionage in general is broader than theft of intellectual property. The
  // answer is an honest "no element matches", listing the elements.
  'what agreements deal with espionage against businesses?': 'vocabulary',
});

describeQuestionTable(
  'questions written after the model was done (first run: 18 of 20; the two misses led to a fix in reading parties after an article and to absence words among the negation cues)',
  POST_MODEL_CASES,
);
