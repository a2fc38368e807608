import { describe, expect, it } from 'vitest';
import { isGreeting } from '../../../../../src/intake/parse/contributor/read-signature-block.js';

describe('isGreeting, told by its first word', () => {
  it.each(['Señor Presidente:', 'Señores miembros del BPF:', '¡Hola a todos!', 'Déar colleagues,', '***Dear colleagues,***', 'HELLO ALL,', 'Estimadas colegas:', 'To: the members', 'An die Mitglieder des BPF:'])(
    'hears the greeting %j, its first word accented, in capitals or after marks',
    (line) => {
      expect(isGreeting(line)).toBe(true);
    },
  );

  it.each(['Dearest friends,', 'Ana, members:', 'Members: 27 states', 'Deare colleagues,'])('hears no greeting in %j, whose first word greets no one', (line) => {
    expect(isGreeting(line)).toBe(false);
  });
});
