/** `node --import ./tests/support/term-while-writing.mjs …`: SIGTERM comes as the outputs start being written. */
import { register } from 'node:module';

register('./term-while-writing-hooks.mjs', import.meta.url);
