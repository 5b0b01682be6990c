// The local engine (see engine.ts) and its understanding step, for the pipeline and the eval harness.
export { createLocalEngine, type LocalEngineOptions } from './engine';
export { understand, type Understanding, type UnderstandContext } from './nlu/understand';
export { extractEntities, DEFAULT_ORDER_NUMBER_FORMAT, type Entities, type OrderNumberFormat } from './nlu/entities';
export type { Intent } from './nlu/cues';
export type { LocalHistoryMessage } from './dialogue';
