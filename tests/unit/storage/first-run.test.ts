import { describe, expect, it } from 'vitest';
import { firstWelcome, WELCOMED_KEY } from '@/lib/platform/storage/first-run';
import { memoryArea } from './helpers';

describe('the welcome page is shown once per profile', () => {
  it('answers true the first time only, however often install is reported', async () => {
    const area = memoryArea();
    const now = new Date('2026-12-02T10:00:00Z');
    expect(await firstWelcome(now, area)).toBe(true);
    expect(area.data.get(WELCOMED_KEY)).toBe('2026-12-02T10:00:00.000Z');
    expect(await firstWelcome(now, area)).toBe(false);
    expect(await firstWelcome(now, area)).toBe(false);
  });
});
