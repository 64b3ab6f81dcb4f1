/**
 * The words teams head the columns of their own Statement of Applicability with, as data: per
 * field, per language, in the three strengths of the register's vocabulary
 * (`core/register/header-vocabulary.ts`): `words` name a field outright, `generic` words name it
 * unless another column names it outright ("Status" beside "Implementation status"), `fallback`
 * words only where no column names it at all. Headers are compared after the register's
 * normalisation (case, spacing, punctuation do not matter), then without accents.
 *
 * The vocabulary is separate from the register's: in an SoA "Risk" is a reason for selecting a
 * control and "Reference" the evidence, where in a register they are a title and an id.
 */
import type { FieldWords, Words } from '../register/header-vocabulary';
import { LANGUAGES } from '../register/header-vocabulary';
import type { Strength } from '../register/header-words';
import { foldAccents, normalizeHeader, outranks } from '../register/header-words';
import type { TeamSoaField } from './types';

/**
 * The fields of a team SoA, and one more: a column that names the reasons in words ("Reason":
 * "Legal, Risk assessment"), read into the reason flags; where no other column names the
 * justification, it is the justification column.
 */
export type SoaHeaderField = TeamSoaField | 'reasonText';

export const SOA_FIELD_WORDS: Readonly<Record<SoaHeaderField, FieldWords>> = {
  controlId: {
    words: {
      en: [
        'Control ID', 'Control No.', 'Control number', 'Control #', 'Control ref', 'Control reference', 'Control identifier', 'Control code',
        'Annex A ref', 'Annex A reference', 'Annex A ID', 'Annex A control ID', 'Annex A no', 'Annex A number', 'Annex A clause', 'ISO ref',
        'ISO 27001 ref', 'ISO 27001 reference', 'ISO 27001 control', 'ISO control', 'ISO control ID', 'Control clause', 'Clause',
      ],
      de: ['Control-ID', 'Kontroll-ID', 'Kontrollnummer', 'Kontroll-Nr.', 'Maßnahmen-ID', 'Maßnahmennummer', 'Maßnahmen-Nr.', 'Maßnahme Nr.', 'Control-Nr.', 'Anhang A Nr.', 'Anhang-A-Referenz', 'Referenz Anhang A', 'Kapitel Anhang A', 'Abschnitt', 'Ziffer'],
      fr: ['ID de la mesure', 'N° de la mesure', 'Numéro de la mesure', 'Référence de la mesure', 'Réf. annexe A', 'Référence annexe A', 'Clause', 'Identifiant de la mesure'],
      es: ['ID del control', 'Nº de control', 'Número de control', 'Referencia del control', 'Ref. anexo A', 'Referencia anexo A', 'Cláusula', 'Código del control'],
      pt: ['ID do controle', 'ID do controlo', 'Nº do controle', 'Número do controle', 'Referência do controle', 'Ref. anexo A', 'Referência anexo A', 'Cláusula', 'Código do controle'],
      it: ['ID controllo', 'ID del controllo', 'N. controllo', 'Numero controllo', 'Riferimento controllo', 'Rif. allegato A', 'Riferimento allegato A', 'Clausola', 'Codice controllo'],
      nl: ['Maatregel-ID', 'Maatregelnummer', 'Nr. maatregel', 'Beheersmaatregel-ID', 'Referentie bijlage A', 'Bijlage A ref', 'Clausule', 'Nummer beheersmaatregel'],
    },
    generic: {
      en: ['Ref', 'Ref.', 'Ref no', 'ID', 'Section', 'Sec', 'Annex A', 'Control No'],
      de: ['Nr.', 'Nummer', 'Referenz Nr.', 'ID-Nr.', 'Kapitel'],
      fr: ['Réf.', 'N°', 'Numéro', 'Chapitre', 'Article'],
      es: ['Ref.', 'Nº', 'Número', 'Sección', 'Apartado'],
      pt: ['N.º', 'Número', 'Secção', 'Seção'],
      it: ['Rif.', 'N.', 'Numero', 'Sezione', 'Punto'],
      nl: ['Nr.', 'Nummer', 'Sectie', 'Paragraaf'],
    },
    fallback: { en: ['No.', '#', 'Number', 'Identifier', 'Code'], de: ['Kennung'], fr: ['Identifiant', 'Code'], es: ['Identificador', 'Código'], pt: ['Identificador', 'Código'], it: ['Identificativo', 'Codice'], nl: ['Kenmerk', 'Code'] },
  },
  title: {
    words: {
      en: [
        'Control name', 'Control title', 'Control description', 'Annex A control', 'Annex A control name', 'Control objective', 'Control objective / control',
        'Control objective and control', 'Information security control', 'Security control', 'ISO 27001 control name',
      ],
      de: ['Maßnahme', 'Kontrollname', 'Kontrollbezeichnung', 'Kontrolltitel', 'Maßnahmenbezeichnung', 'Maßnahmentitel', 'Bezeichnung der Maßnahme', 'Control-Bezeichnung', 'Titel der Maßnahme', 'Kontrolle', 'Sicherheitsmaßnahme', 'Anforderung'],
      fr: ['Mesure', 'Intitulé de la mesure', 'Nom de la mesure', 'Titre de la mesure', 'Mesure de sécurité', 'Contrôle', 'Mesure de sécurité de l\'annexe A'],
      es: ['Nombre del control', 'Título del control', 'Descripción del control', 'Control de seguridad', 'Objetivo de control'],
      pt: ['Controle', 'Controlo', 'Nome do controle', 'Nome do controlo', 'Título do controle', 'Descrição do controle', 'Objetivo de controle'],
      it: ['Controllo', 'Nome del controllo', 'Titolo del controllo', 'Descrizione del controllo', 'Obiettivo di controllo'],
      nl: ['Beheersmaatregel', 'Maatregel', 'Naam beheersmaatregel', 'Titel beheersmaatregel', 'Omschrijving beheersmaatregel', 'Naam maatregel'],
    },
    generic: {
      en: ['Control', 'Controls', 'Title', 'Name'],
      de: ['Titel', 'Bezeichnung', 'Name'],
      fr: ['Intitulé', 'Titre', 'Nom', 'Libellé'],
      es: ['Control', 'Título', 'Nombre'],
      pt: ['Título', 'Nome'],
      it: ['Titolo', 'Nome', 'Denominazione'],
      nl: ['Titel', 'Naam', 'Benaming'],
    },
    fallback: { en: ['Objective', 'Requirement'], de: ['Ziel'], fr: ['Objectif', 'Exigence'], es: ['Objetivo', 'Requisito'], pt: ['Objetivo', 'Requisito'], it: ['Obiettivo', 'Requisito'], nl: ['Doelstelling', 'Eis'] },
  },
  theme: {
    words: {
      en: ['Theme', 'Control theme', 'Category', 'Control category', 'Domain', 'Control domain', 'Control group', 'Control type'],
      de: ['Thema', 'Themengebiet', 'Kategorie', 'Maßnahmenkategorie', 'Bereich', 'Domäne', 'Maßnahmengruppe'],
      fr: ['Thème', 'Catégorie', 'Domaine', 'Catégorie de mesure'],
      es: ['Tema', 'Categoría', 'Dominio', 'Categoría del control'],
      pt: ['Tema', 'Categoria', 'Domínio', 'Categoria do controle'],
      it: ['Tema', 'Categoria', 'Dominio', 'Categoria del controllo'],
      nl: ['Thema', 'Categorie', 'Domein', 'Categorie beheersmaatregel'],
    },
  },
  applicable: {
    words: {
      en: [
        'Applicable', 'Applicability', 'Is applicable', 'Applicable?', 'Status of applicability', 'Applicability status', 'Applicability decision',
        'Included', 'Included in scope', 'Selected', 'Control selected', 'Selected control', 'Selected controls', 'Control applicable', 'Applies', 'In scope',
        'Inclusion', 'Applicable to ISMS', 'Applicable to scope',
      ],
      de: ['Anwendbar', 'Anwendbarkeit', 'Ist anwendbar', 'Anwendbar?', 'Relevant', 'Ausgewählt', 'Zutreffend', 'Anwendbarkeit der Maßnahme', 'Berücksichtigt'],
      fr: ['Applicabilité', 'Applicable ?', 'Retenue', 'Retenu', 'Mesure retenue', 'Sélectionnée', 'Incluse', 'Applicable (oui/non)'],
      es: ['Aplicable', 'Aplicabilidad', 'Aplica', '¿Aplica?', '¿Aplicable?', 'Seleccionado', 'Incluido', 'Control aplicable'],
      pt: ['Aplicável', 'Aplicabilidade', 'Aplica-se', 'Selecionado', 'Incluído', 'Controle aplicável'],
      it: ['Applicabile', 'Applicabilità', 'Selezionato', 'Incluso', 'Controllo applicabile'],
      nl: ['Van toepassing', 'Toepasbaar', 'Toepasselijkheid', 'Toepasbaarheid', 'Geselecteerd', 'Van toepassing?', 'Relevant'],
    },
  },
  reasonRisk: {
    words: {
      en: [
        'Risk assessment', 'Results of risk assessment', 'Result of risk assessment', 'Risk assessment result', 'Risk assessment results', 'RRA', 'Risk treatment',
        'Risk based', 'Identified risk', 'Identified risks', 'Related risks', 'Linked risks', 'Risk IDs', 'Risk references', 'Risk reduction', 'Risk analysis',
      ],
      de: ['Risikobewertung', 'Ergebnis der Risikobewertung', 'Ergebnisse der Risikobewertung', 'Risikoanalyse', 'Risikobehandlung', 'Zugehörige Risiken', 'Verknüpfte Risiken'],
      fr: ['Appréciation des risques', 'Résultat de l\'appréciation des risques', 'Analyse de risques', 'Analyse des risques', 'Traitement des risques', 'Risques associés'],
      es: ['Evaluación de riesgos', 'Resultado de la evaluación de riesgos', 'Análisis de riesgos', 'Tratamiento de riesgos', 'Riesgos asociados'],
      pt: ['Avaliação de riscos', 'Resultado da avaliação de riscos', 'Análise de riscos', 'Tratamento de riscos', 'Riscos associados'],
      it: ['Valutazione del rischio', 'Valutazione dei rischi', 'Risultato della valutazione dei rischi', 'Analisi dei rischi', 'Trattamento del rischio', 'Rischi associati'],
      nl: ['Risicobeoordeling', 'Risicoanalyse', 'Resultaat risicobeoordeling', 'Risicobehandeling', 'Gerelateerde risico\'s'],
    },
    generic: { en: ['Risk', 'Risks', 'RA'], de: ['Risiko', 'Risiken'], fr: ['Risque', 'Risques'], es: ['Riesgo', 'Riesgos'], pt: ['Risco', 'Riscos'], it: ['Rischio', 'Rischi'], nl: ['Risico', 'Risico\'s'] },
  },
  reasonLegal: {
    words: {
      en: ['Legal', 'LR', 'Legal requirement', 'Legal requirements', 'Legal and regulatory', 'Legal / regulatory', 'Regulatory', 'Regulatory requirement', 'Legal obligation', 'Statutory', 'Law', 'Laws and regulations'],
      de: ['Gesetzlich', 'Gesetzliche Anforderung', 'Gesetzliche Anforderungen', 'Rechtlich', 'Rechtliche Anforderung', 'Regulatorisch', 'Gesetz', 'Recht'],
      fr: ['Légal', 'Légale', 'Exigence légale', 'Exigences légales', 'Réglementaire', 'Exigence réglementaire', 'Loi'],
      es: ['Requisito legal', 'Requisitos legales', 'Regulatorio', 'Obligación legal', 'Ley'],
      pt: ['Requisito legal', 'Requisitos legais', 'Regulamentar', 'Obrigação legal', 'Lei'],
      it: ['Legale', 'Requisito legale', 'Requisiti legali', 'Normativo', 'Cogente', 'Obbligo di legge', 'Legge'],
      nl: ['Wettelijk', 'Wettelijke eis', 'Wettelijke eisen', 'Juridisch', 'Wet- en regelgeving', 'Wet'],
    },
  },
  reasonContractual: {
    words: {
      en: ['Contractual', 'CO', 'Contractual obligation', 'Contractual obligations', 'Contractual requirement', 'Contractual requirements', 'Contract', 'Contracts', 'Customer requirement'],
      de: ['Vertraglich', 'Vertragliche Verpflichtung', 'Vertragliche Verpflichtungen', 'Vertragliche Anforderung', 'Vertragliche Anforderungen', 'Vertrag'],
      fr: ['Contractuel', 'Contractuelle', 'Obligation contractuelle', 'Obligations contractuelles', 'Exigence contractuelle', 'Contrat'],
      es: ['Contractual', 'Obligación contractual', 'Obligaciones contractuales', 'Requisito contractual', 'Contrato'],
      pt: ['Contratual', 'Obrigação contratual', 'Obrigações contratuais', 'Requisito contratual', 'Contrato'],
      it: ['Contrattuale', 'Obbligo contrattuale', 'Obblighi contrattuali', 'Requisito contrattuale', 'Contratto'],
      nl: ['Contractueel', 'Contractuele verplichting', 'Contractuele verplichtingen', 'Contractuele eis', 'Contract'],
    },
  },
  reasonBusiness: {
    words: {
      en: ['Business requirement', 'Business requirements', 'BR', 'BR/BP', 'Business', 'Business need', 'Business needs', 'Business requirement / best practice', 'Business objective'],
      de: ['Geschäftsanforderung', 'Geschäftsanforderungen', 'Geschäftliche Anforderung', 'Geschäftliche Anforderungen', 'Geschäftlich', 'Unternehmensanforderung'],
      fr: ['Exigence métier', 'Exigences métier', 'Besoin métier', 'Métier', 'Exigence de l\'entreprise'],
      es: ['Requisito de negocio', 'Requisitos de negocio', 'Necesidad del negocio', 'Negocio'],
      pt: ['Requisito de negócio', 'Requisitos de negócio', 'Necessidade do negócio', 'Negócio'],
      it: ['Requisito di business', 'Requisiti di business', 'Esigenza aziendale', 'Esigenze aziendali', 'Requisito aziendale'],
      nl: ['Bedrijfseis', 'Bedrijfseisen', 'Bedrijfsbehoefte', 'Zakelijke eis', 'Zakelijk'],
    },
  },
  reasonBestPractice: {
    words: {
      en: ['Best practice', 'Best practices', 'BP', 'Good practice', 'Good practices', 'Industry best practice', 'Adopted best practice', 'Adopted best practices'],
      de: ['Bewährte Praxis', 'Bewährte Praktiken', 'Gute Praxis', 'Stand der Technik'],
      fr: ['Bonne pratique', 'Bonnes pratiques', 'Meilleure pratique', 'Meilleures pratiques'],
      es: ['Buena práctica', 'Buenas prácticas', 'Mejor práctica', 'Mejores prácticas'],
      pt: ['Boa prática', 'Boas práticas', 'Melhor prática', 'Melhores práticas'],
      it: ['Buona pratica', 'Buone pratiche', 'Migliore pratica', 'Migliori pratiche'],
      nl: ['Goede praktijk', 'Goede praktijken', 'Beste praktijk'],
    },
  },
  reasonText: {
    words: {
      en: ['Reason', 'Reasons', 'Reason for selection', 'Reasons for selection', 'Reason for inclusion', 'Reasons for inclusion', 'Selection reason', 'Control source', 'Source of requirement', 'Driver', 'Drivers'],
      de: ['Grund', 'Gründe', 'Grund für Auswahl', 'Grund für Aufnahme', 'Grund der Einbeziehung', 'Auswahlgrund', 'Grund der Aufnahme', 'Quelle der Anforderung'],
      fr: ['Raison', 'Raisons', 'Motif de sélection', 'Raison de la sélection', 'Raison de l\'inclusion', 'Source de l\'exigence'],
      es: ['Razón', 'Razones', 'Motivo de selección', 'Razón de la selección', 'Razón de inclusión', 'Fuente del requisito'],
      pt: ['Razão', 'Razões', 'Motivo da seleção', 'Razão da seleção', 'Razão da inclusão', 'Fonte do requisito'],
      it: ['Ragione', 'Ragioni', 'Motivo della selezione', 'Ragione della selezione', 'Ragione dell\'inclusione', 'Fonte del requisito'],
      nl: ['Reden', 'Redenen', 'Reden voor selectie', 'Reden van selectie', 'Reden voor opname', 'Reden opname', 'Bron van de eis'],
    },
  },
  justification: {
    words: {
      en: [
        'Justification', 'Justification for inclusion', 'Justification for selection', 'Inclusion justification', 'Applicability justification',
        'Justification of applicability', 'Justification for applicability', 'Justification for inclusion / exclusion', 'Justification for inclusion or exclusion',
        'Rationale', 'Rationale for inclusion', 'Justification (inclusion / exclusion)', 'Reason for applicability',
      ],
      de: ['Begründung', 'Begründung der Anwendbarkeit', 'Begründung für Aufnahme', 'Begründung für die Auswahl', 'Begründung Anwendbarkeit', 'Rechtfertigung', 'Begründung (Aufnahme / Ausschluss)'],
      fr: ['Justification de l\'inclusion', 'Justification de l\'applicabilité', 'Justification de la sélection', 'Motivation'],
      es: ['Justificación', 'Justificación de inclusión', 'Justificación de la inclusión', 'Justificación de aplicabilidad'],
      pt: ['Justificativa', 'Justificação', 'Justificativa de inclusão', 'Justificação da inclusão', 'Justificativa de aplicabilidade'],
      it: ['Giustificazione', 'Motivazione', 'Giustificazione inclusione', 'Giustificazione dell\'inclusione', 'Motivazione dell\'applicabilità'],
      nl: ['Rechtvaardiging', 'Motivatie', 'Onderbouwing', 'Verantwoording', 'Rechtvaardiging opname', 'Motivering'],
    },
    fallback: { en: ['Comments', 'Comment', 'Remarks'], de: ['Bemerkung', 'Bemerkungen', 'Kommentar'], fr: ['Commentaire', 'Commentaires', 'Remarques'], es: ['Comentario', 'Comentarios', 'Observaciones'], pt: ['Comentário', 'Comentários', 'Observações'], it: ['Commento', 'Commenti', 'Osservazioni'], nl: ['Opmerking', 'Opmerkingen', 'Commentaar'] },
  },
  exclusionJustification: {
    words: {
      en: [
        'Justification for exclusion', 'Reason for exclusion', 'Reasons for exclusion', 'Exclusion justification', 'Exclusion reason', 'Exclusion rationale',
        'Justification for non-applicability', 'Reason for non-applicability', 'Reason not applicable', 'Why not applicable', 'Justification if not applicable',
        'Justification for exclusion (if not applicable)',
      ],
      de: ['Begründung für Ausschluss', 'Begründung für den Ausschluss', 'Ausschlussbegründung', 'Begründung Ausschluss', 'Begründung bei Nichtanwendbarkeit', 'Grund für Ausschluss', 'Begründung für Nichtanwendbarkeit', 'Ausschlussgrund'],
      fr: ['Justification de l\'exclusion', 'Justification d\'exclusion', 'Motif d\'exclusion', 'Raison de l\'exclusion', 'Justification de non-applicabilité', 'Justification exclusion'],
      es: ['Justificación de exclusión', 'Justificación de la exclusión', 'Motivo de exclusión', 'Razón de exclusión', 'Justificación de no aplicabilidad'],
      pt: ['Justificativa de exclusão', 'Justificação da exclusão', 'Motivo de exclusão', 'Razão da exclusão', 'Justificativa de não aplicabilidade'],
      it: ['Giustificazione dell\'esclusione', 'Giustificazione esclusione', 'Motivo di esclusione', 'Motivazione esclusione', 'Ragione dell\'esclusione'],
      nl: ['Reden van uitsluiting', 'Reden voor uitsluiting', 'Reden uitsluiting', 'Rechtvaardiging uitsluiting', 'Motivatie uitsluiting', 'Onderbouwing uitsluiting'],
    },
  },
  implementationStatus: {
    words: {
      en: [
        'Implementation status', 'Implemented?', 'Implemented', 'Implemented (Y/N)', 'Control status', 'Status of implementation', 'Implementation state',
        'Implementation stage', 'Current implementation status', 'Implementation progress',
      ],
      de: ['Umsetzungsstatus', 'Umsetzungsstand', 'Umgesetzt', 'Implementierungsstatus', 'Stand der Umsetzung', 'Status der Umsetzung', 'Umsetzungsgrad'],
      fr: ['État de mise en œuvre', 'Statut de mise en œuvre', 'Mis en œuvre', 'Mise en œuvre effective', 'Implémenté', 'État d\'avancement'],
      es: ['Estado de implementación', 'Estado de implantación', 'Implementado', 'Implantado', 'Estado de la implementación'],
      pt: ['Status de implementação', 'Estado de implementação', 'Implementado', 'Situação da implementação'],
      it: ['Stato di attuazione', 'Stato di implementazione', 'Implementato', 'Attuato', 'Stato dell\'implementazione'],
      nl: ['Implementatiestatus', 'Geïmplementeerd', 'Status implementatie', 'Stand van zaken', 'Implementatiegraad'],
    },
    generic: { en: ['Status', 'Current status', 'State'], de: ['Status', 'Stand'], fr: ['Statut', 'État'], es: ['Estado', 'Situación'], pt: ['Situação'], it: ['Stato'], nl: ['Status'] },
    fallback: { en: ['Implementation', 'Maturity'], de: ['Umsetzung', 'Reifegrad'], fr: ['Mise en œuvre', 'Maturité'], es: ['Implementación', 'Implantación', 'Madurez'], pt: ['Implementação', 'Maturidade'], it: ['Attuazione', 'Implementazione', 'Maturità'], nl: ['Implementatie', 'Volwassenheid'] },
  },
  implementationNotes: {
    words: {
      en: [
        'Implementation description', 'How implemented', 'How is it implemented', 'How the control is implemented', 'Implementation details', 'Implementation notes',
        'Description of implementation', 'Implementation summary', 'Control implementation', 'Current controls', 'Existing controls', 'Implemented controls',
        'Implementation method', 'Implementation comments', 'Means of implementation',
      ],
      de: ['Umsetzungsbeschreibung', 'Beschreibung der Umsetzung', 'Wie umgesetzt', 'Umgesetzte Maßnahmen', 'Umsetzungshinweise', 'Art der Umsetzung', 'Vorhandene Maßnahmen'],
      fr: ['Description de la mise en œuvre', 'Modalités de mise en œuvre', 'Mesures en place', 'Mesures existantes', 'Commentaires de mise en œuvre'],
      es: ['Descripción de la implementación', 'Cómo se implementa', 'Controles existentes', 'Detalle de la implementación'],
      pt: ['Descrição da implementação', 'Como é implementado', 'Controles existentes', 'Detalhes da implementação'],
      it: ['Descrizione dell\'implementazione', 'Modalità di attuazione', 'Controlli esistenti', 'Dettagli dell\'implementazione'],
      nl: ['Beschrijving implementatie', 'Implementatiebeschrijving', 'Hoe geïmplementeerd', 'Bestaande maatregelen', 'Toelichting implementatie'],
    },
    fallback: { en: ['Notes', 'Description', 'Details'], de: ['Anmerkungen', 'Beschreibung', 'Hinweise'], fr: ['Notes', 'Description'], es: ['Notas', 'Descripción'], pt: ['Notas', 'Descrição'], it: ['Note', 'Descrizione'], nl: ['Toelichting', 'Beschrijving', 'Omschrijving'] },
  },
  evidence: {
    words: {
      en: [
        'Evidence', 'Evidence reference', 'Evidence references', 'Evidence location', 'Document reference', 'Document references', 'Documentation', 'Policy reference',
        'Related documents', 'Supporting documents', 'Supporting documentation', 'Reference documents', 'Related policy', 'Related policies', 'Proof', 'Artifacts', 'Artefacts',
      ],
      de: ['Nachweis', 'Nachweise', 'Dokumentenreferenz', 'Dokumentation', 'Referenzdokument', 'Referenzdokumente', 'Zugehörige Dokumente', 'Beleg', 'Belege', 'Richtlinie'],
      fr: ['Preuve', 'Preuves', 'Document de référence', 'Documents de référence', 'Documentation', 'Références documentaires', 'Justificatif'],
      es: ['Evidencia', 'Evidencias', 'Documento de referencia', 'Documentación', 'Referencia documental', 'Documentos relacionados'],
      pt: ['Evidência', 'Evidências', 'Documento de referência', 'Documentação', 'Referência documental', 'Documentos relacionados'],
      it: ['Evidenza', 'Evidenze', 'Documento di riferimento', 'Documentazione', 'Riferimento documentale', 'Documenti correlati'],
      nl: ['Bewijs', 'Bewijsstuk', 'Bewijsstukken', 'Documentatie', 'Referentiedocument', 'Verwijzing naar document', 'Gerelateerde documenten'],
    },
    generic: {
      en: ['Reference', 'References', 'Document', 'Documents', 'Policy', 'Policies', 'Link', 'Source'],
      de: ['Referenz', 'Referenzen', 'Dokument', 'Dokumente', 'Verweis'],
      fr: ['Référence', 'Références', 'Document', 'Documents'],
      es: ['Referencia', 'Referencias', 'Documento', 'Documentos'],
      pt: ['Referência', 'Referências', 'Documento', 'Documentos'],
      it: ['Riferimento', 'Riferimenti', 'Documento', 'Documenti'],
      nl: ['Referentie', 'Referenties', 'Document', 'Documenten', 'Verwijzing'],
    },
  },
  owner: {
    words: {
      en: ['Control owner', 'Owner', 'Responsible', 'Responsibility', 'Responsible person', 'Responsible party', 'Accountable', 'Accountable owner', 'Process owner'],
      de: ['Verantwortlich', 'Verantwortlicher', 'Verantwortliche', 'Verantwortung', 'Maßnahmenverantwortlicher', 'Eigentümer', 'Zuständig', 'Zuständigkeit'],
      fr: ['Responsable', 'Propriétaire', 'Propriétaire de la mesure', 'Pilote', 'Responsable de la mesure'],
      es: ['Propietario', 'Propietario del control', 'Responsable del control', 'Dueño'],
      pt: ['Responsável', 'Proprietário', 'Proprietário do controle', 'Dono'],
      it: ['Responsabile', 'Proprietario', 'Proprietario del controllo', 'Referente'],
      nl: ['Eigenaar', 'Verantwoordelijke', 'Verantwoordelijk', 'Eigenaar beheersmaatregel', 'Eigenaar maatregel'],
    },
  },
  lastReviewed: {
    words: {
      en: ['Last review', 'Last reviewed', 'Reviewed on', 'Date reviewed', 'Date of last review', 'Last review date', 'Last reviewed on', 'Reviewed', 'Last assessed', 'Last assessment'],
      de: ['Letzte Prüfung', 'Letzte Überprüfung', 'Geprüft am', 'Überprüft am', 'Datum der letzten Überprüfung', 'Letztes Review', 'Zuletzt geprüft'],
      fr: ['Dernière revue', 'Date de dernière revue', 'Revu le', 'Date de la dernière revue', 'Dernière vérification'],
      es: ['Última revisión', 'Fecha de última revisión', 'Revisado el', 'Fecha de la última revisión'],
      pt: ['Última revisão', 'Data da última revisão', 'Revisto em', 'Revisado em'],
      it: ['Ultima revisione', 'Data ultima revisione', 'Revisionato il', 'Data dell\'ultima revisione'],
      nl: ['Laatste beoordeling', 'Laatst beoordeeld', 'Beoordeeld op', 'Laatste review', 'Datum laatste beoordeling'],
    },
    generic: {
      en: ['Review date', 'Date of review', 'Last updated', 'Updated', 'Assessment date'],
      de: ['Prüfdatum', 'Überprüfungsdatum', 'Aktualisiert'],
      fr: ['Date de revue', 'Mis à jour le'],
      es: ['Fecha de revisión', 'Actualizado'],
      pt: ['Data de revisão', 'Atualizado'],
      it: ['Data di revisione', 'Aggiornato'],
      nl: ['Beoordelingsdatum', 'Bijgewerkt'],
    },
    fallback: { en: ['Date'], de: ['Datum'], fr: ['Date'], es: ['Fecha'], pt: ['Data'], it: ['Data'], nl: ['Datum'] },
  },
};

/** Yes / No notes a header carries after its words: "Applicable (Y/N)", "Anwendbar J/N", "Selected Yes/No". */
const YES_NO_TOKENS: ReadonlySet<string> = new Set(['y', 'n', 'yes', 'no', 'j', 'ja', 'nein', 'o', 'oui', 'non', 's', 'si', 'sí', 'sim', 'não', 'nao', 'nee', 'x']);

/** Words a header may start with that say nothing of its own: "Is applicable", "The control's owner". */
const LEADING_FILLERS: ReadonlySet<string> = new Set(['is', 'the', 'ist', 'est', 'es', 'é', 'è']);

export interface SoaHeaderSense {
  readonly field: SoaHeaderField;
  readonly strength: Strength;
}

/** Normalised words to a field; folded (accent-free) keys that two fields share are dropped. */
const EXACT = new Map<string, SoaHeaderSense>();
const FOLDED = new Map<string, SoaHeaderSense | null>();

function add(word: string, entry: SoaHeaderSense): void {
  const key = normalizeHeader(word);
  const had = EXACT.get(key);
  // A programming error: each header word may name one field only.
  if (had && had.field !== entry.field) throw new Error(`SoA header word "${word}" claimed by ${had.field} and ${entry.field}`);
  if (!had || outranks(entry.strength, had.strength)) EXACT.set(key, entry);
  const fold = foldAccents(key);
  const other = FOLDED.get(fold);
  if (other === undefined || (other !== null && other.field === entry.field && outranks(entry.strength, other.strength))) FOLDED.set(fold, entry);
  else if (other !== null && other.field !== entry.field) FOLDED.set(fold, null);
}

const wordsOf = (words: Words | undefined): string[] => LANGUAGES.flatMap((lang) => words?.[lang] ?? []);

for (const [field, table] of Object.entries(SOA_FIELD_WORDS) as [SoaHeaderField, FieldWords][]) {
  for (const w of wordsOf(table.words)) add(w, { field, strength: 'outright' });
  for (const w of wordsOf(table.generic)) add(w, { field, strength: 'generic' });
  for (const w of wordsOf(table.fallback)) add(w, { field, strength: 'fallback' });
}

function lookup(key: string): SoaHeaderSense | null {
  if (key === '') return null;
  return EXACT.get(key) ?? FOLDED.get(foldAccents(key)) ?? null;
}

/** A normalised key, then without a trailing yes / no note, then without a leading filler word. */
function senseOfKey(key: string): SoaHeaderSense | null {
  const direct = lookup(key);
  if (direct) return direct;
  const tokens = key.split(' ');
  let end = tokens.length;
  while (end > 1 && YES_NO_TOKENS.has(tokens[end - 1]!)) end--;
  let start = 0;
  while (start < end - 1 && LEADING_FILLERS.has(tokens[start]!)) start++;
  return start > 0 || end < tokens.length ? lookup(tokens.slice(start, end).join(' ')) : null;
}

/** Text without a trailing note in brackets, or after a dash or colon: "Applicable (Y/N)", "Status - 2024". */
function withoutNote(text: string): string | null {
  const patterns = [/\s*[([][^()[\]]*[)\]]\s*$/, /\s*[-–—:]\s*[^-–—:]*$/, /^\s*[([][^()[\]]*[)\]]\s*/];
  for (const p of patterns) {
    const m = p.exec(text);
    if (m && m[0].trim() !== '' && m[0].length < text.length) return text.slice(0, m.index) + text.slice(m.index + m[0].length);
  }
  return null;
}

/** What an SoA header names on its own, leaving out notes one at a time until a word is found. */
export function readSoaHeaderText(text: string): SoaHeaderSense | null {
  const sense = senseOfKey(normalizeHeader(text));
  if (sense) return sense;
  const bare = withoutNote(text);
  return bare !== null ? readSoaHeaderText(bare) : null;
}

/**
 * What a header names read with the banners above it (nearest first): a header and its banner
 * read together win where they name a field ("Status" under "Implementation", "ID" under
 * "Control"); otherwise the header alone.
 */
export function readSoaHeader(text: string, groups: readonly string[] = []): SoaHeaderSense | null {
  const own = normalizeHeader(text);
  for (const group of groups) {
    const g = normalizeHeader(group);
    if (g === '' || g === own) continue;
    const together = senseOfKey(`${g} ${own}`) ?? senseOfKey(`${own} ${g}`) ?? underJustification(group, own);
    if (together) return together;
  }
  return readSoaHeaderText(text);
}

/**
 * Which side of a decision a header under a justification banner states: "Begründung" over
 * "Einbeziehung | Ausschluss", "Justification" over "Inclusion | Exclusion".
 */
export const DECISION_SIDES: Readonly<Record<'inclusion' | 'exclusion', Words>> = {
  inclusion: {
    en: ['Inclusion', 'Included', 'Selection', 'Selected', 'Applicable', 'If applicable', 'In'],
    de: ['Einbeziehung', 'Aufnahme', 'Auswahl', 'Anwendbar', 'Wenn anwendbar'],
    fr: ['Inclusion', 'Sélection', 'Retenue', 'Si applicable'],
    es: ['Inclusión', 'Selección', 'Si aplica'],
    pt: ['Inclusão', 'Seleção', 'Se aplicável'],
    it: ['Inclusione', 'Selezione', 'Se applicabile'],
    nl: ['Opname', 'Selectie', 'Indien van toepassing'],
  },
  exclusion: {
    en: ['Exclusion', 'Excluded', 'Not applicable', 'If not applicable', 'If excluded', 'Out'],
    de: ['Ausschluss', 'Nicht anwendbar', 'Nichtanwendbarkeit', 'Wenn nicht anwendbar'],
    fr: ['Exclusion', 'Non applicable', 'Si non applicable'],
    es: ['Exclusión', 'No aplicable', 'Si no aplica'],
    pt: ['Exclusão', 'Não aplicável', 'Se não aplicável'],
    it: ['Esclusione', 'Non applicabile', 'Se non applicabile'],
    nl: ['Uitsluiting', 'Niet van toepassing', 'Indien niet van toepassing'],
  },
};

const SIDE_KEYS: ReadonlyMap<string, 'inclusion' | 'exclusion'> = new Map(
  (Object.entries(DECISION_SIDES) as ['inclusion' | 'exclusion', Words][]).flatMap(([side, words]) => wordsOf(words).map((w) => [foldAccents(normalizeHeader(w)), side] as const)),
);

function underJustification(group: string, own: string): SoaHeaderSense | null {
  const banner = readSoaHeaderText(group);
  if (!banner || (banner.field !== 'justification' && banner.field !== 'reasonText')) return null;
  const side = SIDE_KEYS.get(foldAccents(own));
  if (side === undefined) return null;
  return { field: side === 'inclusion' ? 'justification' : 'exclusionJustification', strength: 'outright' };
}

export type ReasonField = 'reasonRisk' | 'reasonLegal' | 'reasonContractual' | 'reasonBusiness' | 'reasonBestPractice';

const REASON_FIELDS: ReadonlySet<SoaHeaderField> = new Set<SoaHeaderField>(['reasonRisk', 'reasonLegal', 'reasonContractual', 'reasonBusiness', 'reasonBestPractice']);

/** Separators between reasons named in one cell: "Legal, Risk assessment", "LR / RRA", "Legal and contractual". */
const REASON_SEPARATORS = /\s*(?:[,;/+&\n|]|\s(?:and|und|et|y|e|en)\s)\s*/i;

/**
 * The reasons a cell names when it is nothing but a list of reasons ("Legal, Risk assessment",
 * "LR, RRA", "Gesetzlich; Vertraglich"); null when any part is something else, so a justification
 * written out in a sentence never sets a reason by a word it happens to contain.
 */
export function reasonsInText(text: string): ReadonlySet<ReasonField> | null {
  const parts = text.split(REASON_SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const out = new Set<ReasonField>();
  for (const part of parts) {
    const sense = readSoaHeaderText(part);
    if (!sense || !REASON_FIELDS.has(sense.field)) return null;
    out.add(sense.field as ReasonField);
  }
  return out;
}
