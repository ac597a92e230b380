import type { ContentData } from '../../src/dataset/content.js';
import type { OfferYear } from '../../src/dataset/load.js';

/** A year's declared content for unit tests: only the files a test states are present. */
export const contentYear = (fields: Partial<ContentData>, year = 2023): OfferYear<ContentData> => ({
  year,
  editorial: undefined,
  territory: undefined,
  communication: undefined,
  events: undefined,
  businessCreation: undefined,
  indicators: {},
  texts: {},
  ...fields,
});
