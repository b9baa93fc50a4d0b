/** The template library: built-in templates, the placeholder engine, user templates and the note card. */
export { BUILTIN_TEMPLATES, builtinTemplate, builtinTemplatesFor } from './builtin';
export {
  cleanValue,
  fillNodes,
  fillTemplate,
  fillText,
  formatDate,
  interviewDay,
  MAX_VALUE_CHARS,
  pickInterviewer,
  splitName,
  toHtmlNodes,
  toPlainText,
  valuesFromNotes,
} from './placeholders';
export type { HtmlOptions, ValuesOptions } from './placeholders';
export { isPlaceholderName, PLACEHOLDER_NAMES, PLACEHOLDERS } from './types';
export type { FilledTemplate, PlaceholderName, PlaceholderValues, Segment, Template } from './types';
export {
  isTemplateId,
  parseTemplatesFile,
  sanitizeTemplateHtml,
  serializeTemplates,
  templatesFileName,
  TEMPLATES_FORMAT,
  TEMPLATES_VERSION,
  userTemplateFragment,
  userTemplateFromBuiltin,
  UserTemplateSchema,
  validateUserTemplate,
} from './user-templates';
export type { TemplatesFile, UserTemplate } from './user-templates';
export { buildNoteCard, CARD_SIZES, cardSizeLabel, MAX_CARD_CHARS, noteCardQuery, parseNoteCardParams } from './note-card';
export type { CardSize, NoteCardParams } from './note-card';
