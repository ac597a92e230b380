/** The valid year folders every bad-input case starts from, and small builders of broken rows. */
export const PARTICIPANTS =
  'identifiant;sexe;date_naissance;commune;qpv;date_entree;date_sortie;categorie_sortie;motif_sortie;secteur_sortie;niveau_qualification;rsa;deld;th;structure_referente';
export const STEPS = 'identifiant_participant;type_etape;sous_type;date_debut;date_fin;secteur;organisme;action;convention;heures;resultat';

export const ML_HEADERS = {
  'jeunes.csv': 'identifiant;sexe;date_naissance;commune;qpv;niveau_qualification;date_premier_accueil',
  'evenements.csv': 'identifiant_jeune;date;type;theme;atelier;intervenant',
  'propositions.csv': 'identifiant_jeune;date;theme;detail',
  'situations.csv': 'programme;identifiant_personne;type;sous_type;date_debut;date_fin;secteur;agrement_ml;financeur',
  'dispositifs.csv': 'identifiant_jeune;dispositif;date_entree;date_sortie;situation_31_12',
  'aides.csv': 'programme;identifiant_beneficiaire;fonds;date;montant;decision',
};

export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

export const P1 = 'P1;F;01/01/1980;Lambersart;Non;01/02/2022;;;;;3;Oui;Non;Non;ALPES';
export const P2 = 'P2;H;15/07/1975;Lompret;Non;10/03/2023;15/06/2023;Emploi;;Commerce;4;Non;Oui;Non;ALPES';
export const S1 = 'P1;Prestation;;01/03/2023;;;;;;;';

/** The valid PLIE year every case starts from. */
export const VALID_PLIE = { 'participants.csv': csv(PARTICIPANTS, P1, P2), 'etapes.csv': csv(STEPS, S1) };

/** The valid Mission Locale year of the `ml` cases. */
export const VALID_ML = {
  'jeunes.csv': csv(ML_HEADERS['jeunes.csv'], 'J1;F;01/06/2003;Lambersart;Non;4;10/01/2023'),
  'evenements.csv': csv(ML_HEADERS['evenements.csv'], 'J1;12/01/2023;Entretien individuel;;;'),
  'propositions.csv': csv(ML_HEADERS['propositions.csv']),
  'situations.csv': csv(ML_HEADERS['situations.csv']),
  'dispositifs.csv': csv(ML_HEADERS['dispositifs.csv']),
  'aides.csv': csv(ML_HEADERS['aides.csv'], 'ML;J1;FAJ;15/03/2023;100;Accordée'),
};

export const participants = (...rows: string[]) => ({ 'participants.csv': csv(PARTICIPANTS, P1, ...rows) });
export const aids = (...rows: string[]) => ({ 'aides.csv': csv(ML_HEADERS['aides.csv'], ...rows) });
/** P2 with some cells replaced, by column name. */
export function p2(cells: Record<string, string>): string {
  const values = P2.split(';');
  return PARTICIPANTS.split(';')
    .map((column, i) => cells[column] ?? values[i])
    .join(';');
}
export const latin1 = (text: string) => Buffer.from(text, 'latin1');
