import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFObjectStreamParser,
  PDFParser,
  PDFRawStream,
  PDFRef,
  PDFString,
  PDFXRefStreamParser,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';

/**
 * Decides whether an uploaded PDF may carry anything that runs, launches or carries other content,
 * by PARSING it (the maintained parser `@cantoo/pdf-lib`), not by scanning bytes. Every indirect
 * object is inspected — in the file body, in incremental updates (every version of a redefined
 * object, not only the last), and inside compressed object streams — and every dictionary in it,
 * however deeply nested. Runs in the inspection worker (`pdf-inspector.ts`), never in the server's
 * own thread: the parser keeps every name it ever saw, and a hostile file must not cost the
 * server memory or time.
 *
 * Refused (`ACTIVE`):
 * - actions that run code or other programs, or fetch/send/open other content: `/S` of
 *   JavaScript, Launch, Rendition, Movie, Sound, SubmitForm, ImportData, GoToR, GoToE,
 *   RichMediaExecute, and Thread with a file (`/F`); any `/JS` entry; the `/JavaScript` name tree;
 * - a `URI` action whose scheme is not http, https or mailto (file:, javascript:, smb: … open or run
 *   something locally; web links are allowed: the reader asks before following them);
 * - embedded files: `/EmbeddedFiles`, `/EF`, `/Type /EmbeddedFile`, file-attachment annotations;
 * - XFA forms (`/XFA`), and annotations that play or run media: RichMedia, Screen, Movie, Sound, 3D.
 * Harmless actions stay allowed: GoTo (internal links), Named (next page …), SetOCGState, Hide,
 * ResetForm, Trans, GoTo3DView; so do AcroForm fields without scripts, signatures, bookmarks.
 *
 * Not checkable (`UNREADABLE`): encrypted files (strings and object streams cannot be read without
 * the key), any object the parser cannot read (`throwOnInvalidObject`: a reader might repair it
 * differently), object or cross-reference streams with a filter other than FlateDecode, or that
 * inflate to more than `DECODE_BUDGET` bytes (a "deflate bomb").
 */

export type PdfFinding = { kind: 'ACTIVE'; what: string } | { kind: 'UNREADABLE'; what: string };

const RUNS_OR_LAUNCHES = new Set(['JavaScript', 'Launch', 'Rendition', 'Movie', 'Sound', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE', 'RichMediaExecute']);
const ACTIVE_ANNOTATIONS = new Set(['FileAttachment', 'RichMedia', 'Screen', 'Movie', 'Sound', '3D']);
const ACTIVE_KEYS = new Set(['JS', 'JavaScript', 'EmbeddedFiles', 'EF', 'XFA', 'RichMediaContent']);
const SAFE_URI = /^(https?|mailto):/i;

/** Bytes all object and cross-reference streams of one file may inflate to. */
export const DECODE_BUDGET = 64 * 1024 * 1024;

class Unreadable extends Error {}

let budget = DECODE_BUDGET;

/**
 * The parser inflates object streams (and cross-reference streams) while it reads the file, with
 * no size limit. Inside the worker only, each is first inflated by zlib against the file's budget;
 * anything else than FlateDecode (or no filter) is not read at all.
 */
function guardStreamDecoding(): void {
  const guard = (stream: PDFRawStream) => {
    const filter = stream.dict.lookup(PDFName.of('Filter'));
    const filters = filter instanceof PDFArray ? filter.asArray() : filter ? [filter] : [];
    if (filters.length === 0) return;
    if (filters.length > 1 || !(filters[0] instanceof PDFName) || filters[0].decodeText() !== 'FlateDecode') {
      throw new Unreadable(`不支持的压缩方式 ${filters.map(String).join(' ')}`);
    }
    try {
      budget -= inflateSync(stream.contents, { maxOutputLength: Math.max(budget, 1) }).length;
    } catch {
      throw new Unreadable('压缩数据无法解开或解开后过大');
    }
  };
  const objStm = PDFObjectStreamParser.forStream;
  PDFObjectStreamParser.forStream = (stream, tick) => {
    guard(stream);
    return objStm(stream, tick);
  };
  const xrefStm = PDFXRefStreamParser.forStream;
  PDFXRefStreamParser.forStream = (stream) => {
    guard(stream);
    return xrefStm(stream);
  };
}

let guarded = false;

const nameOf = (o: PDFObject | undefined): string | null => (o instanceof PDFName ? o.decodeText() : null);

function textOf(context: PDFContext, o: PDFObject | undefined): string | null {
  const v = o instanceof PDFRef ? context.lookup(o) : o;
  if (v instanceof PDFString || v instanceof PDFHexString) return v.decodeText();
  return null;
}

/** The first active feature of one dictionary (its own entries, not nested ones). */
function activeIn(context: PDFContext, dict: PDFDict): string | null {
  const s = nameOf(dict.get(PDFName.of('S')));
  if (s && RUNS_OR_LAUNCHES.has(s)) return `动作 ${s}`;
  if (s === 'Thread' && dict.has(PDFName.of('F'))) return '动作 Thread（指向其他文件）';
  if (s === 'URI') {
    const uri = textOf(context, dict.get(PDFName.of('URI')));
    if (uri === null || !SAFE_URI.test(uri.trim())) return `链接 ${uri === null ? '（无法读取）' : `${uri.trim().split(':')[0]}:`}`;
  }
  for (const key of dict.keys()) {
    const k = key.decodeText();
    if (ACTIVE_KEYS.has(k)) return `/${k}`;
  }
  const type = nameOf(dict.get(PDFName.of('Type')));
  if (type === 'EmbeddedFile') return '嵌入文件';
  const subtype = nameOf(dict.get(PDFName.of('Subtype')));
  if (subtype && ACTIVE_ANNOTATIONS.has(subtype) && (type === 'Annot' || type === null)) return `注释 ${subtype}`;
  return null;
}

/** Walks one object and every dictionary and array nested in it (references are visited as objects of their own). */
function findActive(context: PDFContext, root: PDFObject): string | null {
  const stack: PDFObject[] = [root];
  while (stack.length) {
    const o = stack.pop()!;
    const dict = o instanceof PDFRawStream ? o.dict : o instanceof PDFDict ? o : null;
    if (dict) {
      const hit = activeIn(context, dict);
      if (hit) return hit;
      for (const [, v] of dict.entries()) if (v instanceof PDFDict || v instanceof PDFArray) stack.push(v);
    } else if (o instanceof PDFArray) {
      for (const v of o.asArray()) if (v instanceof PDFDict || v instanceof PDFArray) stack.push(v);
    }
  }
  return null;
}

/** Parses the PDF and reports the first active or unreadable feature, or null for a plain document. */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfFinding | null> {
  if (!guarded) {
    guardStreamDecoding();
    guarded = true;
  }
  budget = DECODE_BUDGET;
  const parser = PDFParser.forBytesWithOptions(bytes, 500, true);
  // Every version of every object, including those a later incremental update redefines: a
  // reader that follows an older cross-reference table would use them.
  const context = (parser as unknown as { context: PDFContext }).context;
  const versions: PDFObject[] = [];
  const assign = context.assign.bind(context);
  context.assign = (ref, object) => {
    versions.push(object);
    assign(ref, object);
  };
  try {
    await parser.parseDocument();
  } catch (e) {
    return { kind: 'UNREADABLE', what: e instanceof Unreadable ? e.message : '文件结构无法解析' };
  }
  if (context.trailerInfo.Encrypt) return { kind: 'UNREADABLE', what: '文件已加密' };
  for (const object of versions) {
    const hit = findActive(context, object);
    if (hit) return { kind: 'ACTIVE', what: hit };
  }
  return null;
}
