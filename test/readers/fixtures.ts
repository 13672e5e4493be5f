// The pasted outputs the reader tests read: real samples (test/fixtures/samples, copied verbatim
// from the shared samples) and our own variants (test/fixtures/readers).

import { readdirSync, readFileSync } from 'node:fs';

const SAMPLES = new URL('../fixtures/samples/', import.meta.url);
const VARIANTS = new URL('../fixtures/readers/', import.meta.url);

/** A real sample's text. */
export const sample = (name: string): string => readFileSync(new URL(name, SAMPLES), 'utf8');

/** One of our variants' text. */
export const variant = (name: string): string => readFileSync(new URL(name, VARIANTS), 'utf8');

/** A variant's raw bytes. */
export const variantBytes = (name: string): Buffer => readFileSync(new URL(name, VARIANTS));

/** The file names of every real sample. */
export const sampleNames = (): string[] => readdirSync(SAMPLES).filter((f) => !f.startsWith('.')).sort();

/** The file names of every variant. */
export const variantNames = (): string[] => readdirSync(VARIANTS).filter((f) => /\.(txt|json)$/.test(f)).sort();
