import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages, builtHtml } from './helpers/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ...> and attributes the way the HTML spec allows.
    'void-style': 'off',
    // Kazakh and Russian text uses typographic quotes and dashes on purpose.
    'no-raw-characters': ['error', { relaxed: true }],
    // Long generated lines are fine in built output.
    'attribute-boolean-style': 'off',
    // Official programme names in Kazakh are long; the full name in the title helps readers more than a cut one.
    'long-title': 'off',
  },
});

describe('every built page is valid HTML', () => {
  for (const { url } of builtPages()) {
    it(url, async () => {
      const report = await validator.validateString(builtHtml(url), url);
      const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} @${m.line}:${m.column} ${m.message} [${m.selector ?? ''}]`));
      expect(errors).toEqual([]);
    });
  }
});
