import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';

/** A file answer: always an attachment (never shown inline), never kept by a browser or proxy. */
export interface Download {
  filename: string;
  contentType: string;
  body: Readable;
}

/** `ratings-group-2026-01-01-to-2026-06-30.csv`: ASCII only, so the header needs no encoding. */
export function downloadFilename(kind: string, scope: string, range: { from: string; to: string }, extension: string): string {
  return `${kind}-${scope}-${range.from}-to-${range.to}.${extension}`;
}

export function toStreamableFile(download: Download): StreamableFile {
  return new StreamableFile(download.body, {
    type: download.contentType,
    disposition: `attachment; filename="${download.filename}"`,
  });
}
