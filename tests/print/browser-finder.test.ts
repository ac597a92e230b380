import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, isHeadlessShell } from '../../src/print/browser-finder.js';

const fakeBrowser = () => {
  const path = join(mkdtempSync(join(tmpdir(), 'alpes-browser-')), 'chromium');
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
};

describe('findBrowser', () => {
  it('takes PUPPETEER_EXECUTABLE_PATH first, then CHROME_PATH', () => {
    const a = fakeBrowser();
    const b = fakeBrowser();
    expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: a, CHROME_PATH: b }, [])).toBe(a);
    expect(findBrowser({ CHROME_PATH: b }, [])).toBe(b);
  });

  it('falls back to the first executable system path', () => {
    const b = fakeBrowser();
    expect(findBrowser({}, ['/nonexistent/chromium', b])).toBe(b);
  });

  it('says which variable to set when nothing is found', () => {
    expect(() => findBrowser({}, ['/nonexistent/chromium'])).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('rejects a variable that points nowhere rather than silently using another browser', () => {
    expect(() => findBrowser({ CHROME_PATH: '/nonexistent/chrome' }, [fakeBrowser()])).toThrow(/CHROME_PATH=\/nonexistent\/chrome/);
  });
});

describe('isHeadlessShell', () => {
  it('knows Debian’s and puppeteer’s headless shells from a full browser', () => {
    expect(isHeadlessShell('/usr/bin/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('/home/a/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell-linux64/chrome-headless-shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
    expect(isHeadlessShell('/opt/headless-shell-tools/chrome')).toBe(false);
  });
});
