import { inflatedLength } from './inflated-length.ts';
import { ImportError } from './import-error.ts';

/*
 * pdf.js inflates a compressed stream whole, whatever size it unpacks to: a 306 KB PDF whose page
 * content inflates to 300 MB took 8.6 s and 900 MB. This pass runs first: every deflated stream
 * that is not an image (images are bounded by pixel caps when drawn) is inflated here, counted and
 * thrown away, and the file is refused when one unpacks past the cap.
 */
export const PDF_STREAM_CAPS = {
  /** One content, font or object stream: a page of dense vector drawing is a few MB. */
  streamBytes: 128 * 1024 * 1024,
  /** All of them together. */
  totalBytes: 512 * 1024 * 1024,
};

const latin1 = new TextDecoder('latin1');
/** How far back from `stream` the dictionary that describes it is looked for. */
const DICTIONARY_WINDOW = 4096;

export async function checkPdfStreams(bytes: Uint8Array, caps = PDF_STREAM_CAPS): Promise<void> {
  let total = 0;
  let at = indexOf(bytes, 'stream', 0);
  while (at !== -1) {
    const keywordEnd = at + 'stream'.length;
    // `endstream` also contains `stream`; a real stream keyword follows a dictionary's `>>`.
    const isKeyword = !isEndstream(bytes, at) && (bytes[keywordEnd] === 0x0a || bytes[keywordEnd] === 0x0d);
    if (!isKeyword) {
      at = indexOf(bytes, 'stream', keywordEnd);
      continue;
    }
    const dataStart = keywordEnd + (bytes[keywordEnd] === 0x0d && bytes[keywordEnd + 1] === 0x0a ? 2 : 1);
    const dataEnd = indexOf(bytes, 'endstream', dataStart);
    if (dataEnd === -1) return; // cut off: pdf.js reports the damage itself
    const dictionary = latin1.decode(bytes.subarray(Math.max(0, at - DICTIONARY_WINDOW), at));
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    if (/\/FlateDecode\b|\/Fl\b/.test(own) && !/\/Subtype\s*\/Image\b/.test(own)) {
      const size = await inflatedLength(
        bytes.subarray(dataStart, dataEnd),
        Math.min(caps.streamBytes, caps.totalBytes - total),
        'zlib',
        true,
      );
      if (size !== null) {
        if (size > caps.streamBytes) throw tooLarge(`one of its parts unpacks to more than ${caps.streamBytes / 1024 / 1024} MB`);
        total += size;
        if (total > caps.totalBytes) throw tooLarge(`its parts unpack to more than ${caps.totalBytes / 1024 / 1024} MB`);
      }
    }
    at = indexOf(bytes, 'stream', dataEnd + 'endstream'.length);
  }
}

function tooLarge(detail: string): ImportError {
  return new ImportError('too-large', `This PDF is built in a way Lontar cannot read safely: ${detail}.`);
}

function isEndstream(bytes: Uint8Array, at: number): boolean {
  return at >= 3 && bytes[at - 3] === 0x65 && bytes[at - 2] === 0x6e && bytes[at - 1] === 0x64; // "end"
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from, 'latin1');
}
