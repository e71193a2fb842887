/// <reference types="vite/client" />
declare module 'virtual:kantel/cases' {
  import type { Scenario } from '../../engine/case/schema';
  import type { CaseCard } from './case-card';
  export const CASES: CaseCard[];
  /** Located errors of broken cases; only filled by the dev server (a build stops on them). */
  export const CASE_ERRORS: string[];
  export const LOADERS: Record<string, () => Promise<{ default: Scenario }>>;
  /** scenarios/begrippen.yaml: plain-Dutch explanations of terms, marked in the debrief. */
  export const GLOSSARY: import('../../engine/glossary/glossary').Glossary;
}
