/** Any site may frame the embed views: the default, and what `*` in EMBED_ALLOWED_ORIGINS means. */
export const ANY_ORIGIN = '*';

const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/;

/**
 * The sites allowed to show our embed views in a frame, from `EMBED_ALLOWED_ORIGINS`: origins (scheme and
 * host, `*.` allowed for subdomains) separated by spaces or commas; empty or `*` means any site.
 * Throws a message naming the variable and the bad entry.
 * @example parseAllowedOrigins('https://almaty.gov.kz/, https://*.almaty.kz') // ['https://almaty.gov.kz', 'https://*.almaty.kz']
 * @example parseAllowedOrigins(undefined) // ['*']
 */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (entries.length === 0 || (entries.length === 1 && entries[0] === ANY_ORIGIN)) return [ANY_ORIGIN];
  return entries.map((entry) => {
    const origin = entry.toLowerCase().replace(/\/$/, '');
    if (!ORIGIN.test(origin)) {
      throw new Error(
        `EMBED_ALLOWED_ORIGINS: "${entry}" is not a site origin. Write scheme and host only, such as ` +
          '"https://almaty.gov.kz" or "https://*.almaty.kz", separated by spaces or commas, or "*" alone for any site.',
      );
    }
    return origin;
  });
}

/**
 * The allowed origins of this build, from the environment variable `EMBED_ALLOWED_ORIGINS`. Read when
 * called, not when imported, so that a bad value fails the build step that uses it, with its message.
 * @example embedAllowedOrigins() // ['*'] when the variable is not set
 */
export function embedAllowedOrigins(): string[] {
  return parseAllowedOrigins(process.env.EMBED_ALLOWED_ORIGINS);
}
