import { request, type IncomingHttpHeaders } from 'node:http';

/**
 * GETs a URL with the given Accept-Encoding and resolves with the headers and the body as sent,
 * not decoded (fetch() would undo a Content-Encoding and hide it).
 * @example const { headers, body } = await rawResponse('http://127.0.0.1:4321/', 'gzip')
 */
export function rawResponse(url: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
