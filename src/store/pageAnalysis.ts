// The page's own analysis code, in a chunk of its own: the core's analyzeTopology (small topologies are analysed on
// the page) and the decoder of the worker's answers, with the analysis's English texts. The first paint does not wait
// for it (store/analysisCode.ts fetches it at start-up); the analysis it produces then drives the panels.
import { enAnalysis } from '../core/i18n/enAnalysis';
import { registerEnglish } from '../core/i18n/text';
import { analyzeTopology } from '../core/validation/analyzeTopology';
import type { PageAnalysis } from './analysisRunner';
import { decodeAnalysis } from './analysisWire';

/** Registers the analysis's English texts and hands out the code that produces what shows them. */
export function pageAnalysis(): PageAnalysis {
  registerEnglish(enAnalysis);
  return { analyze: analyzeTopology, decode: decodeAnalysis };
}
