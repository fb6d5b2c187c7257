export { reportHtml } from './html';
export { reportMarkdown } from './markdown';
export { topologyFromReport } from './embedded';
export type { ReportOptions } from './model';
