// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { checkContent } from './src/build/check-content.ts';
import { ContentError, ContentErrors, contentErrorReport } from './src/build/content-files.ts';
import { remarkParagraphIds } from './src/plugins/remark-paragraph-ids.ts';
import { remarkProgrammeLinks } from './src/plugins/remark-programme-links.ts';
import { SITE_URL } from './src/build/site-url.ts';
import { isSitemapPage, withAlternates } from './src/build/sitemap-filter.ts';

// Content errors (missing translation, misaligned paragraphs, unknown programme...) stop the build
// here, before anything is written to dist/: all of them at once, each with its file and line, and no
// trace of the code (an editor cannot act on one).
function checkedContent() {
  try {
    return checkContent(process.cwd());
  } catch (error) {
    if (!(error instanceof ContentErrors || error instanceof ContentError)) throw error;
    console.error(contentErrorReport(error));
    process.exit(1);
  }
}
const content = checkedContent();

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkProgrammeLinks, { programmes: content.programmes }], remarkParagraphIds],
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    // Alternates come from the pages' own rule (src/lib/paths.ts), not the plugin's i18n option, whose
    // codes and x-default would differ from the pages'.
    sitemap({ filter: isSitemapPage, serialize: withAlternates }),
  ],
});
