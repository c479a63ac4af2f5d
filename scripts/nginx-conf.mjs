// `npm run nginx-conf` (after a build): brings deploy/nginx.conf, and the README's copy of it, in step
// with the built site. Each Content-Security-Policy there lists in `style-src` the hashes of the pages'
// inline stylesheets, which change whenever the CSS does; tests/security-headers.test.ts says when to run it.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtStyleHashes } from './security-headers.mjs';
import { withStyleHashes } from '../src/build/style-hashes.ts';

const CONF = 'deploy/nginx.conf';

/**
 * The nginx configuration with every policy's `style-src` allowing exactly the given inline stylesheets.
 * @example nginxWithStyleHashes(`add_header Content-Security-Policy "style-src 'self' 'sha256-old='";`, ["'sha256-new='"])
 * // `add_header Content-Security-Policy "style-src 'self' 'sha256-new='";`
 */
export function nginxWithStyleHashes(conf, hashes) {
  return conf.replace(/(Content-Security-Policy ")([^"]*)(")/g, (_, open, policy, close) => {
    const withoutHashes = policy
      .split('; ')
      .map((directive) => (directive.startsWith('style-src ') ? directive.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, '') : directive))
      .join('; ');
    return open + withStyleHashes(withoutHashes, hashes) + close;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = readFileSync(CONF, 'utf8');
  const after = nginxWithStyleHashes(before, builtStyleHashes('dist'));
  const readme = readFileSync('README.md', 'utf8');
  if (!readme.includes('```nginx\n' + before + '```')) throw new Error(`README.md does not show ${CONF} as it is: copy it there by hand first.`);
  writeFileSync(CONF, after);
  writeFileSync('README.md', readme.replace('```nginx\n' + before + '```', () => '```nginx\n' + after + '```'));
  console.log(before === after ? `${CONF} was already in step with dist/.` : `${CONF} and README.md updated: style-src hashes of dist/.`);
}
