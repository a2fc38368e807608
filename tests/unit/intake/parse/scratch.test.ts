import { readLabelledLine } from '../../../../src/intake/parse/read-labelled-line.js';
import { test } from "vitest"; test("scratch", () => {
for (const l of [
  '- **Name of agreement:** subsequent chairs\' statements',
  '- Which organization maintains the agreement? If possible, provide contact information: Forum Secretariat',
  '- **Does the agreement include any of the following UN-GGE consensus norms?** The AMCC participants',
  'Name **Bart Hogeveen**',
  'E-mail (for contact only/will not be published) **barthogeveen@aspi.org.au**',
  'Organizacion que mantiene el acuerdo: Secretaria del CICTE, OEA',
  'Afiliacion: CiberLab Argentina', 'País: Argentina', "Nom de l’accord : Appel de Paris", 'Date de lancement : juin 2014',
  'Parties prenantes : États', 'The AMCC process is probably', 'Date of launch: 2018', 'Name: Jonas Berg', ' - <https://x>',
  'Number or link to list of signatories: x', 'Normas del GGE: cooperacion', 'Partes: Estados', 'Lista de firmantes: https://www.oas.org/es/sms/cicte/',
]) console.log(JSON.stringify(l), '=>', JSON.stringify(readLabelledLine(l)));
});
