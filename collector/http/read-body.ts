import type { IncomingMessage } from 'node:http';
import { IngestError } from '../ingest/decode-body.js';

/**
 * The request body as UTF-8 text, refused with 413 as soon as it passes `limit` bytes (the rest
 * is not read into memory). A declared `Content-Length` over the limit is refused before reading.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(new IngestError(413, `the body is ${declared} bytes; the limit is ${limit}: send smaller batches`));
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new IngestError(413, `the body is over ${limit} bytes: send smaller batches`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
