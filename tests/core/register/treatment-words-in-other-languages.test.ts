/**
 * Treatment decisions as teams type them: in German, French, Spanish, Portuguese, Italian and
 * Dutch, as the "4 Ts", and as a phrase whose leading (or, in German and Dutch, closing) verb is
 * the decision and the rest a qualifier. A phrase naming two options, or negating one, names none.
 */
import { parseTreatment } from '../../../core/register/treatment-words';

describe('treatment words in other languages and phrasings', () => {
  it.each([
    ['Accept with monitoring', 'accept'],
    ['Mit Monitoring akzeptieren', 'accept'],
    ['Mitigate - patch', 'mitigate'],
    ['Mitigate: patch monthly', 'mitigate'],
    ['Reduce (mitigate)', 'mitigate'],
    ['Risk accepted', 'accept'],
    ['Avoided — payments outsourced to a PCI-DSS provider', 'avoid'],
    ['Treat', 'mitigate'],
    ['Tolerate', 'accept'],
    ['Terminate', 'avoid'],
    ['Transfer', 'transfer'],
    ['Mindern', 'mitigate'],
    ['Vermeiden', 'avoid'],
    ['Übertragen', 'transfer'],
    ['Akzeptieren', 'accept'],
    ['Risiko tragen', 'accept'],
    ['réduire', 'mitigate'],
    ['Atténuer', 'mitigate'],
    ['transférer', 'transfer'],
    ['Partager', 'transfer'],
    ['éviter', 'avoid'],
    ['Refuser', 'avoid'],
    ['accepter', 'accept'],
    ['Accepté', 'accept'],
    ['mitigar', 'mitigate'],
    ['Reducir', 'mitigate'],
    ['transferir', 'transfer'],
    ['Compartir', 'transfer'],
    ['evitar', 'avoid'],
    ['Aceptar', 'accept'],
    ['Asumir', 'accept'],
    ['aceitar', 'accept'],
    ['Mitigare', 'mitigate'],
    ['ridurre', 'mitigate'],
    ['Trasferire', 'transfer'],
    ['evitare', 'avoid'],
    ['Accettare', 'accept'],
    ['verminderen', 'mitigate'],
    ['Mitigeren', 'mitigate'],
    ['overdragen', 'transfer'],
    ['Vermijden', 'avoid'],
    ['accepteren', 'accept'],
    ['Risico accepteren', 'accept'],
    ['Reduce / mitigate', 'mitigate'],
    ['Reduzir', 'mitigate'],
    ['Transferencia', 'transfer'],
    ['No New Actions Needed', 'accept'],
    ['Formally Accept the Risk', 'accept'],
    ['Mitigate the Risk', 'mitigate'],
    ['Keine weiteren Maßnahmen', 'accept'],
  ])('reads "%s" as %s', (text, treatment) => {
    expect(parseTreatment(text)).toBe(treatment);
  });

  it.each(['Mitigate or transfer', 'Mitigate/Transfer', 'Accept and transfer', 'Mindern oder übertragen', 'Not accepted', 'Nicht akzeptiert', 'No owner yet', 'Monitor', 'Insure', 'TBD'])(
    'does not read "%s" as a treatment',
    (text) => {
      expect(parseTreatment(text)).toBeNull();
    },
  );
});
