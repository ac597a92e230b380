import { controlsInValue, describeControl } from '../control-characters.js';
import { settingPath } from './paths.js';

/** Every setting (keys included) holding a one-line control character (see control-characters.ts), as `path: message`. */
export function settingControls(value: unknown): { path: string; message: string }[] {
  return controlsInValue(value).map(({ path, char, position, inKey }) => ({
    path: settingPath(path),
    message: inKey
      ? `caractère de contrôle invisible ${describeControl(char)} dans le nom du paramètre : retirez-le`
      : `caractère de contrôle invisible ${describeControl(char)} en position ${position} : retirez-le`,
  }));
}
