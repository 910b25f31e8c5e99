// Types of scripts/precompress.mjs for the Vite configs (TypeScript).
import type { Plugin } from 'vite';

export const COMPRESSIBLE: RegExp;
export const MIN_BYTES: number;
export interface PrecompressedFile {
  file: string;
  bytes: number;
  br: number | null;
  gz: number | null;
}
export function precompressDir(dir: string): PrecompressedFile[];
export function precompress(): Plugin;
