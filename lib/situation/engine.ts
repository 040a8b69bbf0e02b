/**
 * The judgment's code, loaded by the panel as its own chunk (not on its first paint): the panel
 * imports this module dynamically; the reply reader is a second chunk, loaded only when there are
 * words to read.
 */
export { advise } from './advise';
export { buildQueue } from './queue';
export { judgeGathered } from './queue-index';
