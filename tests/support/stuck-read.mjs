/** `node --import ./tests/support/stuck-read.mjs …`: the data's read never ends (see stuck-read-hooks.mjs). */
import { register } from 'node:module';

register('./stuck-read-hooks.mjs', import.meta.url);
