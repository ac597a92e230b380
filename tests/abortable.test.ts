import { describe, expect, it } from 'vitest';
import { abortable } from '../src/abortable.js';
import { ErrorCode, ReportError } from '../src/errors.js';

const never = new Promise<never>(() => undefined);

describe('racing work against an abort signal', () => {
  it('gives the work’s outcome when nothing aborts', async () => {
    await expect(abortable(Promise.resolve(42), new AbortController().signal)).resolves.toBe(42);
    await expect(abortable(Promise.reject(new Error('lecture')), new AbortController().signal)).rejects.toThrow('lecture');
    await expect(abortable(Promise.resolve(1), undefined)).resolves.toBe(1);
  });

  it('stops work that never ends as soon as the signal aborts, or at once if it already has', async () => {
    const controller = new AbortController();
    const waiting = abortable(never, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
    await expect(abortable(never, controller.signal)).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
    // Work that fails after an abort already said is not an unhandled rejection.
    await expect(abortable(Promise.reject(new Error('plus tard')), controller.signal)).rejects.toMatchObject({ code: ErrorCode.INTERRUPTED });
  });

  it('says the signal’s reason when it is a ReportError (a time limit)', async () => {
    const controller = new AbortController();
    const late = new ReportError(ErrorCode.RENDER_FAILED, 'abandonnée après 3 s');
    const waiting = abortable(never, controller.signal);
    controller.abort(late);
    await expect(waiting).rejects.toBe(late);
  });
});
