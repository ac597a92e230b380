import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fifo } from '../../support/fs.js';
import type { BadInput, CasePaths } from '../bad-input.js';

/** The build's usual arguments, the output folder replaced. */
const buildInto = (out: (paths: CasePaths) => string) => (paths: CasePaths) => [
  '2023',
  '--data',
  paths.dir,
  '--out',
  out(paths),
  '--quiet',
  '--format',
  'json',
];

/** What a run killed (kill -9) while moving its outputs into place leaves: one file moved, one not yet. */
async function interruptedReplacement({ out }: CasePaths): Promise<void> {
  // A process id that no process has (above the kernel's highest).
  const staging = join(out, '.alpes-report-99999999-Ab12Cd');
  await mkdir(join(staging, 'new'), { recursive: true });
  await mkdir(join(staging, 'old'));
  await writeFile(join(staging, 'journal.json'), JSON.stringify({ direction: 'forward', files: ['indicators-2023.json', 'rapport-2023.html'] }));
  await writeFile(join(staging, 'old', 'indicators-2023.json'), '{ "rapport": "avant-dernier" }\n');
  await writeFile(join(out, 'indicators-2023.json'), '{ "rapport": "interrompu" }\n');
  await writeFile(join(staging, 'new', 'rapport-2023.html'), '<p>rapport interrompu</p>\n');
}

/** Output folders that cannot take the report, and writes cut short. */
export const PROCESS_CASES: BadInput[] = [
  {
    name: 'an output folder under a regular file (--out file/sub)',
    setup: ({ root }) => writeFile(join(root, 'file'), 'x'),
    argv: buildInto(({ root }) => join(root, 'file', 'sub')),
    exitCode: 3,
    says: ['Erreur : le dossier de sortie file/sub n’est pas utilisable : « file » est un fichier (rien n’a été écrit)'],
    neverSays: ['ENOTDIR', 'EEXIST'],
  },
  {
    name: 'an output folder that is a file',
    setup: ({ root }) => writeFile(join(root, 'rapport.pdf'), 'x'),
    argv: buildInto(({ root }) => join(root, 'rapport.pdf')),
    exitCode: 3,
    says: ['Erreur : le dossier de sortie rapport.pdf n’est pas utilisable : c’est un fichier, pas un dossier (rien n’a été écrit)'],
  },
  {
    name: 'an output folder that is a named pipe (FIFO)',
    setup: ({ root }) => fifo(join(root, 'sortie')),
    argv: buildInto(({ root }) => join(root, 'sortie')),
    exitCode: 3,
    says: ['le dossier de sortie sortie n’est pas utilisable : c’est un tube nommé (FIFO), pas un dossier'],
  },
  {
    name: 'a folder in place of an output file',
    setup: async ({ out }) => {
      await rm(join(out, 'indicators-2023.json'));
      await mkdir(join(out, 'indicators-2023.json', 'dedans'), { recursive: true });
    },
    exitCode: 3,
    says: [
      'Erreur : Écriture impossible dans out : « out/indicators-2023.json » est un dossier à la place du fichier. Les fichiers précédents sont conservés.',
    ],
  },
  {
    name: 'explain --csv into a folder under a file',
    setup: ({ root }) => writeFile(join(root, 'file'), 'x'),
    argv: (paths) => ['explain', '2023', 'plie.exits', '--data', paths.dir, '--csv', join(paths.root, 'file', 'lignes.csv')],
    exitCode: 3,
    says: [
      'Erreur : Écriture impossible : le dossier de sortie file n’est pas utilisable : c’est un fichier, pas un dossier. Les fichiers précédents sont conservés.',
    ],
  },
  {
    name: 'a replacement of the outputs cut short by kill -9, completed by the next run',
    setup: interruptedReplacement,
    exitCode: 0,
    says: ['Le remplacement des fichiers de out, interrompu lors d’une exécution précédente, a été terminé.'],
    output: { file: 'rapport-2023.html', contains: ['rapport interrompu'] },
  },
  {
    // Node's recursive mkdir loops for ever there (ENOENT on every new name), ignoring SIGTERM.
    name: 'an output folder on a virtual file system of the kernel (--out /proc/…)',
    argv: buildInto(() => '/proc/alpes-nope'),
    exitCode: 3,
    says: [
      'Erreur : le dossier de sortie /proc/alpes-nope n’est pas utilisable : « /proc » est dans un système de fichiers virtuel du système (proc), où aucun dossier ne peut être créé (rien n’a été écrit)',
    ],
  },
  {
    name: 'an output folder inside the year folder (--out 2023/contenu)',
    argv: buildInto(({ dir }) => join(dir, 'contenu')),
    exitCode: 2,
    says: [
      'Erreur : le dossier de sortie contenu est dans le dossier des données 2023 : ce qui y est écrit serait relu comme un export à chaque exécution suivante. Choisissez un dossier de sortie hors du dossier des données (--out)',
    ],
  },
  {
    name: 'the year folder as output folder (--out 2023)',
    argv: buildInto(({ dir }) => dir),
    exitCode: 2,
    says: ['Erreur : le dossier de sortie 2023 est le dossier des données 2023 :'],
  },
  {
    name: 'an output folder reaching the year folder through a symbolic link',
    setup: ({ root, dir }) => symlink(dir, join(root, 'raccourci')),
    argv: buildInto(({ root }) => join(root, 'raccourci', 'rapport')),
    exitCode: 2,
    says: [
      'Erreur : le dossier de sortie raccourci/rapport est dans le dossier des données 2023 :',
      'Choisissez un dossier de sortie hors du dossier des données (--out)',
    ],
  },
  {
    name: 'an output folder inside the previous year’s folder, read for the evolutions',
    setup: ({ root }) => mkdir(join(root, '2022')),
    argv: buildInto(({ root }) => join(root, '2022', 'rapport')),
    exitCode: 2,
    says: ['Erreur : le dossier de sortie 2022/rapport est dans le dossier des données 2022 :'],
  },
  {
    name: 'explain --csv into the year folder',
    argv: (paths) => ['explain', '2023', 'plie.exits', '--data', paths.dir, '--csv', join(paths.dir, 'contenu', 'lignes.csv')],
    exitCode: 2,
    says: ['Erreur : le fichier --csv est écrit dans contenu, qui est dans le dossier des données 2023 :', '(--csv)'],
  },
];
