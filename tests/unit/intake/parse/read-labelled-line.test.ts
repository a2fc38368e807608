import { describe, expect, it } from 'vitest';
import { readLabelledLine } from '../../../../src/intake/parse/read-labelled-line.js';

describe('readLabelledLine', () => {
  it.each([
    ['- **Name of agreement:** Boe Declaration', 'agreement.name', 'Boe Declaration'],
    ["Nom de l’accord : Appel de Paris", 'agreement.name', 'Appel de Paris'],
    ['Nombre del acuerdo: Lista de Medidas', 'agreement.name', 'Lista de Medidas'],
    ['Date de lancement : juin 2014', 'agreement.date', 'juin 2014'],
    ['Fecha de lanzamiento: 2017', 'agreement.date', '2017'],
    ['Parties prenantes : États', 'agreement.parties', 'États'],
    ['Partes: Estados miembros', 'agreement.parties', 'Estados miembros'],
    ['Lista de firmantes: https://x.org', 'agreement.signatories', 'https://x.org'],
    ['Organización que mantiene el acuerdo: OEA', 'agreement.maintainer', 'OEA'],
    ["Organisation qui maintient l'accord : OCDE", 'agreement.maintainer', 'OCDE'],
    ['Which organization maintains the agreement? If possible, provide contact information: Forum Secretariat', 'agreement.maintainer', 'Forum Secretariat'],
    ['**Does the agreement include any of the following UN-GGE consensus norms?** Yes', 'agreement.gge', 'Yes'],
    ['Name **Bart Hogeveen**', 'contributor.name', 'Bart Hogeveen'],
    ['**Affiliation** Centre for Internet Policy', 'contributor.affiliation', 'Centre for Internet Policy'],
    ['E-mail (for contact only/will not be published) **x@y.org**', 'contributor.email', 'x@y.org'],
    ['Afiliacion: CiberLab', 'contributor.affiliation', 'CiberLab'],
    ['País: Argentina', 'contributor.country', 'Argentina'],
    ['Pays : France', 'contributor.country', 'France'],
    ['3.1) Date of launch - 2019', 'agreement.date', '2019'],
    ['- ¿Qué organización mantiene el acuerdo? Si es posible, proporcione información de contacto: CICTE', 'agreement.maintainer', 'CICTE'],
    ["Quelle organisation maintient l'accord ? Si possible, fournir les coordonnées : ANSSI", 'agreement.maintainer', 'ANSSI'],
    ["L'accord inclut-il l'une des normes du GGE de l'ONU ? Oui, la norme 13(f)", 'agreement.gge', 'Oui, la norme 13(f)'],
    ['¿El acuerdo incluye alguna de las normas del GGE? Sí', 'agreement.gge', 'Sí'],
    ['Partes interesadas en el acuerdo: Estados', 'agreement.parties', 'Estados'],
    ["Parties prenantes à l'accord : États membres", 'agreement.parties', 'États membres'],
    ['Número o enlace a la lista de firmantes: https://x.org', 'agreement.signatories', 'https://x.org'],
    ['Nombre ou lien vers la liste des signataires : 47', 'agreement.signatories', '47'],
    ['Does it include any of the UN GGE norms? Yes, 13(g)', 'agreement.gge', 'Yes, 13(g)'],
    ['Who maintains the agreement? ISOC', 'agreement.maintainer', 'ISOC'],
    ['When was it launched? 2014', 'agreement.date', '2014'],
    ['Agreement 2: Christchurch Call', 'agreement.name', 'Christchurch Call'],
    ['**¿Qué organización mantiene el acuerdo?** Comisión Europea', 'agreement.maintainer', 'Comisión Europea'],
  ])('reads %j', (line, field, value) => {
    expect(readLabelledLine(line)).toMatchObject({ field, value });
  });

  it('reads a label with its value on the next line', () => {
    expect(readLabelledLine('Name of agreement:')).toMatchObject({ field: 'agreement.name', value: '' });
  });

  it.each(['The AMCC process is probably the most active', 'Parties to the agreement are mostly states', 'Dear colleagues,'])('finds no label in prose: %j', (line) => {
    expect(readLabelledLine(line)).toBeNull();
  });
});
