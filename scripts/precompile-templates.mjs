// Run by `npm run build`, after tsc: the shipped templates compiled once (src/render/precompiled-templates.ts).
import { writeFileSync } from 'node:fs';
import { precompiledModule, PRECOMPILED_FILE } from '../dist/render/precompiled-templates.js';
import { TEMPLATES_DIR } from '../dist/render/handlebars.js';

writeFileSync(new URL(`../dist/render/${PRECOMPILED_FILE}`, import.meta.url), precompiledModule(TEMPLATES_DIR));
