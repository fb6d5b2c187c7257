// Setup of the `dom` Vitest project: the page's analysis code is there before any test renders, as it is in the
// app moments after start-up (store/analysisCode.ts fetches it on demand), so components see an analysis at once.
import { loadPageAnalysis } from './analysisCode';

await loadPageAnalysis();
