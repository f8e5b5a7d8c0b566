// Types for count-results.mjs, so TypeScript tests can import it.
export declare const REPORT_FILE: string;
export declare const STEPS_FILE: string;
export type StepStatus = { exitCode: number | null };
export interface CountInput {
  report: unknown;
  steps?: Record<string, StepStatus>;
}
export interface CountResult {
  passed: number;
  failed: number;
  problems: string[];
}
export declare function countResults(input: CountInput): CountResult;
export declare function readResults(dir: string): { report: unknown; steps: Record<string, StepStatus> };
export declare function summaryLine(result: { passed: number; failed: number }): string;
