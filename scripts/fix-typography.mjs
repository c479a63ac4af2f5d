// `npm run fix:typography`: applies the site's typography rules (src/lib/typography/rules.ts) to the
// content and interface strings in place, so that an editor fixes what the build reports in one step.
import { fixTypography } from '../src/build/typography-check.ts';

const changed = fixTypography(process.cwd());
console.log(changed.length === 0 ? 'Typography: nothing to fix.' : `Typography fixed in ${changed.length} file(s):\n${changed.map((f) => `  ${f}`).join('\n')}`);
