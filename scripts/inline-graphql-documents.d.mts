// Types of scripts/inline-graphql-documents.mjs for the Vite config (TypeScript).
import type { Plugin } from 'vite';

export function loadDocuments(gqlDir: string): Map<string, string>;
export function inlineGraphqlDocuments(options: { gqlDir: string }): Plugin;
