import { z } from 'zod';

/** zod's own messages (wrong type, out of range…) in French, like every message users read. */
z.config(z.locales.fr());
