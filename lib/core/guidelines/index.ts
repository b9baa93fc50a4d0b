export { checkDraft, kindLabel, normaliseDraft } from './engine';
export { RULES, ruleById } from './rules';
export { scoreOf, PENALTY } from './score';
export * from './types';
