/** Finding indicator tables on a sheet and reading what their columns mean. */
export { classifyHeader, type HeaderClassification, type HeaderContext } from './columnRoles';
export { findTables } from './findTables';
export { displayText, headerKey, headerWords, isBlank } from './headerText';
export { SYNONYMS, type SynonymGroup } from './headerSynonyms';
