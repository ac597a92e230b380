#!/usr/bin/env node
// The bundle `npm run build` makes of dist/cli.js (scripts/bundle.mjs): quicker to load.
import { main } from '../dist/bundle/cli.js';

process.exitCode = await main();
