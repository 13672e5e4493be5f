// A lean install: the bin is bundled, so `npm install -g kms-doctor` needs only the packages the
// bundle leaves outside and loads at run time. `dependencies` lists exactly those; everything
// the build bundles is a devDependency (a user's install never downloads it).

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { binMetafile } from '../support/bundle.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};

/** A bare specifier's package name: "clipboardy", "@scope/name". */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const isBuiltin = (specifier: string): boolean => specifier.startsWith('node:') || builtinModules.includes(specifier);

describe('dependencies are what the bundled bin loads at run time', () => {
  it('every package the bundle imports from outside is a dependency, and every dependency is imported', async () => {
    const meta = await binMetafile();
    const external = new Set(
      Object.values(meta.outputs)
        .flatMap((o) => o.imports)
        .filter((i) => i.external && !isBuiltin(i.path))
        .map((i) => packageOf(i.path)),
    );
    expect([...external].sort()).toEqual(Object.keys(manifest.dependencies ?? {}).sort());
  });

  it('the bundled packages are devDependencies, pinned to exact versions', () => {
    for (const name of ['ink', 'react', 'xstate', '@xstate/react', 'ink-select-input', 'string-width', 'strip-ansi', 'zod']) {
      expect(manifest.dependencies ?? {}).not.toHaveProperty(name);
      expect(manifest.devDependencies?.[name]).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('ink-text-input, which nothing uses, is gone', () => {
    expect({ ...manifest.dependencies, ...manifest.devDependencies }).not.toHaveProperty('ink-text-input');
  });
});
