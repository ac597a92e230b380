import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Browser } from 'puppeteer-core';
import { ErrorCode, ReportError } from '../errors.js';
import { abandonedFolders, makeOwnedFolder } from '../output/owned.js';
import { findBrowser, isHeadlessShell } from './browser-finder.js';

/** No network here: every background service is switched off. Root cannot use Chromium's sandbox. */
const CHROMIUM_ARGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // The headless shell hints glyphs to whole pixels by default: words then print closer together
  // than the page laid them out. Unhinted, both builds print the same pages.
  '--font-render-hinting=none',
];

/**
 * The temporary folders of a print: the page, and the browser's profile (which puppeteer would
 * otherwise make as `puppeteer_dev_profile-*`, unnamed). Named after this process, so that what a
 * killed run leaves is recognised, and removed by the next one (`removePrintLeftovers`).
 */
export const PAGE_PREFIX = 'alpes-print-';
const PROFILE_PREFIX = 'alpes-chromium-';

/** Removes the pages and browser profiles that ended processes left in the temporary folder. */
export async function removePrintLeftovers(): Promise<void> {
  const left = [...(await abandonedFolders(tmpdir(), PAGE_PREFIX)), ...(await abandonedFolders(tmpdir(), PROFILE_PREFIX))];
  await Promise.all(left.map((folder) => rm(folder, { recursive: true, force: true }).catch(() => undefined)));
}

/** Removes `folder` when this process exits, if nothing did before; the returned function removes it now. */
export function removedOnExit(folder: string): () => void {
  const remove = () => {
    process.off('exit', remove);
    rmSync(folder, { recursive: true, force: true, maxRetries: 2 });
  };
  process.on('exit', remove);
  return remove;
}

/**
 * The system's Chromium, headless, without network services (also what the preview's browser
 * tests drive). Driven through a pipe rather than a port: Chromium runs in its own process group,
 * out of reach of the terminal's Ctrl-C, and the pipe closing ends it even when this process dies
 * without a word (killed, out of memory); on a plain exit puppeteer kills it. Its profile is
 * removed once it has ended.
 */
export async function launchBrowser(timeoutMs = 30_000, signal?: AbortSignal): Promise<Browser> {
  const executablePath = findBrowser();
  const profile = await makeOwnedFolder(tmpdir(), PROFILE_PREFIX);
  const removeProfile = removedOnExit(profile);
  try {
    // Loaded only when a print is asked for (the indicators' files alone do without it). puppeteer-core: the browser is
    // always given, so puppeteer's configuration files (searched for at its import) say nothing here.
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({
      executablePath,
      headless: isHeadlessShell(executablePath) ? 'shell' : true,
      args: CHROMIUM_ARGS,
      userDataDir: profile,
      pipe: true,
      timeout: timeoutMs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Aborted, its process group is killed even before it answers (a browser hung while starting).
      signal,
    });
    const chromium = browser.process();
    // Killed on purpose (a print abandoned, Ctrl-C), Chromium may leave unread bytes in its pipes:
    // reading them then fails with ECONNRESET, which an unwatched stream would throw at the top level.
    for (const stream of chromium?.stdio ?? []) stream?.on('error', () => undefined);
    if (chromium === null || chromium.exitCode !== null || chromium.signalCode !== null) removeProfile();
    // Removed off this thread, beside the writing of the files (rmSync held it 40 ms); at exit at once if not yet.
    else chromium.once('exit', () => void rm(profile, { recursive: true, force: true, maxRetries: 2 }).then(removeProfile, () => undefined));
    return browser;
  } catch (cause) {
    removeProfile();
    throw new ReportError(ErrorCode.RENDER_FAILED, `Impossible de lancer le navigateur ${executablePath} : ${(cause as Error).message}`, { cause });
  }
}

/** How long a killed browser's end is waited for (it has no reason to take more than milliseconds). */
export const SHUT_DOWN_WAIT_MS = 5000;

/** Kills Chromium and its renderer and zygote processes (its process group) at once. */
function kill(browser: Browser): void {
  const chromium = browser.process();
  if (chromium?.pid === undefined || chromium.exitCode !== null || chromium.signalCode !== null) return;
  try {
    process.kill(-chromium.pid, 'SIGKILL');
  } catch {
    chromium.kill('SIGKILL');
  }
}

/**
 * Ends the browser at once, its processes killed, and waits for its end: nothing of a print's
 * browser is kept (its profile is removed once it has ended), and its graceful `close()` took 100
 * to 230 ms at the end of every build, the PDF in hand. A print never leaves a Chromium behind.
 */
export async function shutDown(browser: Browser): Promise<void> {
  const chromium = browser.process();
  const running = chromium !== null && chromium.exitCode === null && chromium.signalCode === null;
  const ended = running ? new Promise<void>((done) => chromium.once('exit', () => done())) : Promise.resolve();
  kill(browser);
  await Promise.race([ended, new Promise<void>((done) => setTimeout(done, SHUT_DOWN_WAIT_MS).unref())]);
}
