import { expect, it } from 'vitest';
import { describeQuestionTable } from '../../helpers/describe-question-table.js';
import { MEMBER_CASES } from './tables/member-questions.js';

it('has at least 60 member questions', () => {
  expect(MEMBER_CASES.length).toBeGreaterThanOrEqual(60);
});

describeQuestionTable('member questions (the table the question model was built on)', MEMBER_CASES);
