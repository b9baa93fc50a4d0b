// @vitest-environment node
// The signals rules of eslint.config.js catch signal misuse in components/: code written as a
// component file is linted with the project's own configuration.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('signals/') || m.ruleId === 'no-restricted-syntax').map((m) => `${m.ruleId}: ${m.message}`);
}

const imports = "import { signal, computed, effect, useSignal, useComputed } from '@preact/signals';\n";

describe('the signals lint in components/', () => {
  it('flags a signal made in a component body, where useSignal belongs', async () => {
    const code = `${imports}export function Counter() {\n  const n = signal(0);\n  return <p>{n.value}</p>;\n}\n`;
    expect(await errors('components/example/Counter.tsx', code)).toEqual([expect.stringMatching(/^signals\/no-signal-in-component-body/)]);
  });

  it('flags a signal tested for truthiness (always true) and a write inside computed', async () => {
    const code = `${imports}export function make() {\n  const a = signal(0);\n  const b = signal(0);\n  const c = computed(() => { b.value = a.value; return a.value; });\n  return a ? c : b;\n}\n`;
    const found = await errors('components/example/model.ts', code);
    expect(found.some((m) => m.startsWith('signals/no-signal-truthiness'))).toBe(true);
    expect(found.some((m) => m.startsWith('signals/no-signal-write-in-computed'))).toBe(true);
  });

  it('flags signals, computeds and effects made at module level', async () => {
    const code = `${imports}const a = signal(0);\nexport const b = computed(() => a.value);\nconst stop = effect(() => void b.value);\nexport { stop };\n`;
    const found = await errors('components/example/store.ts', code);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/No signal, computed or effect at module level/);
  });

  it('lets a model factory and a component use them as intended', async () => {
    const code = `${imports}export function createModel() {\n  const a = signal(0);\n  const twice = computed(() => a.value * 2);\n  return { a, twice, stop: effect(() => void twice.value) };\n}\nexport function View() {\n  const n = useSignal(0);\n  const m = useComputed(() => n.value + 1);\n  return <p>{n.value ? m.value : 0}</p>;\n}\n`;
    expect(await errors('components/example/View.tsx', code)).toEqual([]);
  });

  it('still forbids the string HTML sinks in components', async () => {
    expect(await errors('components/example/Raw.tsx', 'export const Raw = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;\n')).toEqual([
      'no-restricted-syntax: No string HTML sinks in components.',
    ]);
  });
});
