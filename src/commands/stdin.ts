// Reads standard input for a command, with a stated cap: a command never waits on a terminal,
// never holds more than the cap in memory, and says so on stderr when it stopped early.

import { decodeText } from '../text/decode.js';

/** The most a command reads from standard input; the rest is left unread, with a message. */
export const STDIN_CAP_BYTES = 16 * 1024 * 1024;

/** What reading standard input gave. */
export interface StdinRead {
  text: string;
  /** More was there than the cap allows. */
  truncated: boolean;
}

/** Reads `stream` to its end (or to `cap` bytes) and decodes it; errors end the read quietly. */
export async function readCapped(stream: NodeJS.ReadableStream, cap = STDIN_CAP_BYTES): Promise<StdinRead> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (size + buffer.length > cap) {
        chunks.push(buffer.subarray(0, cap - size));
        truncated = true;
        break; // leaving the loop stops reading
      }
      chunks.push(buffer);
      size += buffer.length;
    }
  } catch {
    // A stream that fails (a closed descriptor, a reset pipe) ends what there is to read.
  }
  return { text: decodeText(Buffer.concat(chunks)), truncated };
}

/** The message for input beyond the cap. */
export const TRUNCATED_MESSAGE = `kms-doctor: standard input is longer than ${STDIN_CAP_BYTES / 1024 / 1024} MiB; only the first ${STDIN_CAP_BYTES / 1024 / 1024} MiB were read.\n`;
