/**
 * The stored user data is read back through zod asynchronously (zod is not in the first
 * download), but the learning mode is needed at once (first frame, the URL's default length):
 * it is read synchronously, with the same rule as its schema.
 */
import { describe, expect, it } from 'vitest';
import { installMemoryStorage } from '../userData/memoryStorage';

const storage = installMemoryStorage();
storage.setItem('handpath.user', JSON.stringify({ state: { mode: 'trainee', acutePain: true }, version: 1 }));
const { useUserData, userDataReady } = await import('../../../src/state/userData');

describe('user data, first read', () => {
  it('the stored mode is there before the asynchronous read-back; the rest after it', async () => {
    expect(useUserData.persist.hasHydrated()).toBe(false);
    expect(useUserData.getState().mode).toBe('trainee');
    expect(useUserData.getState().acutePain).toBe(false);
    await userDataReady();
    expect(useUserData.persist.hasHydrated()).toBe(true);
    expect(useUserData.getState()).toMatchObject({ mode: 'trainee', acutePain: true });
  });
});
