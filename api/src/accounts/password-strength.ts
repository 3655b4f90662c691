import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** zxcvbn's 0–4; 3 is "safely unguessable" against throttled online attacks, with margin. */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
const getEstimator = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    // Matching time grows with length; what lies past this does not weaken a password.
    maxLength: 100,
  }));

/**
 * NIST SP 800-63B: a length floor, no composition rules, and a refusal of passwords that are
 * common, repetitive or made of the account's own details (zxcvbn's dictionaries and patterns,
 * with the email, name and site as context). Returns why a password is refused, or null.
 */
/** A password made of the account's own address or name is weak: its words, as zxcvbn context. */
export const accountWords = (account: { email: string; displayName: string }) => [account.email, ...account.email.split(/[@.+_-]/), account.displayName];

export function passwordWeakness(password: string, context: string[]): string | null {
  const result = getEstimator().check(password, [...context, 'commons', 'support', 'forum']);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return `This password is too easy to guess.${hint ? ` ${hint}` : ''} A few unrelated words make a strong one.`;
}
