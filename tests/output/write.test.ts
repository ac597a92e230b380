import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/output/write.js';

describe('writeOutputs', () => {
  it('replaces the earlier files and leaves no staging folder behind', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old');
    await writeOutputs(out, { 'a.json': 'new', 'b.html': 'page' });
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('new');
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.html']);
  });

  it('keeps the whole earlier report when one file cannot be put in place', async () => {
    const out = await mkdtemp(join(tmpdir(), 'alpes-out-'));
    await writeFile(join(out, 'a.json'), 'old json');
    await mkdir(join(out, 'b.html', 'blocking'), { recursive: true }); // a non-empty folder where a file should go
    await expect(writeOutputs(out, { 'a.json': 'new json', 'b.html': 'page' })).rejects.toMatchObject({ code: 'OUTPUT_FAILED' });
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('old json');
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.html']);
  });
});
