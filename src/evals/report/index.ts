import type { EvalReport } from '../runner/analyze.js';
import type { ThresholdResult } from '../runner/thresholds.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['table', 'markdown', 'json', 'junit'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function renderReport(format: ReportFormat, r: EvalReport, thresholds: ThresholdResult[] = []): string {
  switch (format) {
    case 'table':
      return renderText(r, thresholds);
    case 'markdown':
      return renderMarkdown(r, thresholds);
    case 'json':
      return `${JSON.stringify({ ...r, thresholds }, null, 2)}\n`;
    case 'junit':
      return renderJunit(r, thresholds);
  }
}
