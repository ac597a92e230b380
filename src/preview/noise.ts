/**
 * What editors, spreadsheets and systems write beside the files they open, which the report never
 * reads: hidden files and folders (`.~lock.participants.csv#` of LibreOffice, `.DS_Store`, `.git/`,
 * vim's `.participants.csv.swp`), Office's `~$classeur.xlsx` locks, backups (`participants.csv~`,
 * `*.bak`), emacs' `#participants.csv#`, temporary and partial files, logs, `Thumbs.db`,
 * `desktop.ini`. Some change every few seconds for as long as a file is open.
 */
const NOISE = /^(\..*|~\$.*|.*~|#.*#|.*\.(swp|swo|swx|tmp|temp|bak|part|crdownload|log)|thumbs\.db|desktop\.ini)$/i;

/**
 * Whether a change to `path` (relative to a watched folder) is no reason to rebuild. Without this,
 * a lock file rewritten while the analyst keeps a file open would reset the wait for quiet on
 * every write, and no rebuild would ever start.
 */
export const isNoise = (path: string): boolean => path.split(/[\\/]/).some((name) => NOISE.test(name));
