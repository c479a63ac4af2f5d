// The editor at /admin/: Decap CMS (decap-cms.js, loaded after this script) with the site's own file
// formats and the checks across fields an assessment's form cannot make on its own.
import { recordProblem, type FormRecord } from './record-check';
import { mdxFromFile, mdxToFile, RECORDS_FIELD, yamlFromFile, yamlToFile } from './yaml-keep';

interface ImmutableEntry {
  get(key: 'collection'): string;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}

interface DecapCms {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: Record<string, unknown>): string }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableEntry }) => void }): void;
  init(): void;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

// Decap starts itself when its script loads unless told not to: the formats must be registered first.
window.CMS_MANUAL_INIT = true;

document.addEventListener('DOMContentLoaded', () => {
  const cms = window.CMS;
  if (!cms) throw new Error('decap-cms.js did not load');
  cms.registerCustomFormat('joldau-yaml-list', 'yaml', { fromFile: (text) => yamlFromFile(text, true), toFile: (data) => yamlToFile(data, true) });
  cms.registerCustomFormat('joldau-yaml', 'yaml', { fromFile: (text) => yamlFromFile(text, false), toFile: (data) => yamlToFile(data, false) });
  cms.registerCustomFormat('joldau-mdx', 'mdx', { fromFile: mdxFromFile, toFile: mdxToFile });
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (entry.get('collection') !== 'assessments') return;
      const records = (entry.get('data').toJS()[RECORDS_FIELD] ?? []) as FormRecord[];
      const problem = recordProblem(records);
      if (problem) throw new Error(problem);
    },
  });
  cms.init();
});
