/**
 * The words teams head their register columns with, as data: per field, per language. Adding a
 * language is adding its lines here; `header-words.ts` turns the tables into lookups.
 *
 * Words are written as people type them; they are compared after normalisation (case, spacing,
 * punctuation, `&`, `#`, snake_case and camelCase do not matter) and, where that is safe, without
 * accents. A word may name one field only: the lookups refuse to build otherwise.
 *
 * Three strengths, so competing columns settle by rule instead of by column order:
 * - `words` name the field outright ("Risk owner", "Last reviewed");
 * - `generic` words name it unless another column names it outright ("Owner" beside "Risk owner",
 *   "Review date" beside "Last reviewed", "current_proba" beside "inherent_proba");
 * - `fallback` words stand in only where no column names the field at all ("Asset owner").
 *
 * Likelihood, impact, score and level also take a stage: a stage word ("Inherent", "Residual",
 * "Rest-", "résiduel"…) beside one of their words names the inherent or the residual field, so the
 * tables list each of those words once, without its stage.
 */
import type { RegisterField } from './types';

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Words per language. */
export type Words = Readonly<Partial<Record<Language, readonly string[]>>>;

export interface FieldWords {
  readonly words: Words;
  readonly generic?: Words;
  readonly fallback?: Words;
}

/**
 * Header words per field. `Rating` alone is absent: teams use it for a score, a level or a colour.
 * The stage-less base fields (likelihood, impact, inherent score, level) list their words without a
 * stage; the residual fields list only words that carry no stage word of their own.
 */
export const FIELD_WORDS: Readonly<Record<RegisterField, FieldWords>> = {
  id: {
    words: {
      en: ['Risk ID', 'ID', 'Ref', 'Ref ID', 'Reference', 'Risk ref', 'Risk reference', 'Risk no', 'Risk number', 'Risk #', 'Risk code', 'Risk identifier', 'Identifier', 'Reference ID'],
      de: ['Risiko-ID', 'Risikonummer', 'Risiko-Nr.', 'Risikonr.', 'Risikoreferenz', 'Referenz', 'Kennung', 'Risikokennung'],
      fr: ['Référence', 'Réf.', 'ID du risque', 'Identifiant', 'Identifiant du risque', 'N° du risque', 'N° de risque', 'Numéro du risque', 'Numéro de risque', 'Code du risque'],
      es: ['Referencia', 'ID de riesgo', 'ID del riesgo', 'Código', 'Código de riesgo', 'Código del riesgo', 'Identificador', 'Nº de riesgo', 'Número de riesgo'],
      pt: ['Referência', 'ID do risco', 'Código do risco', 'Nº do risco', 'Número do risco'],
      it: ['Riferimento', 'Rif.', 'ID rischio', 'ID del rischio', 'Codice', 'Codice rischio', 'Codice del rischio', 'Identificativo', 'Numero rischio'],
      nl: ['Risico-ID', 'Risiconummer', 'Risiconr.', 'Referentie', 'Kenmerk', 'Risicokenmerk'],
    },
    // A row number is the risk's id only where no column names the id.
    fallback: {
      en: ['No.', '#', 'Number', 'Num'],
      de: ['Nr.', 'Nummer', 'Lfd. Nr.'],
      fr: ['N°', 'Numéro'],
      es: ['Nº', 'Número'],
      pt: ['N.º'],
      it: ['N.', 'Numero'],
    },
  },
  title: {
    words: {
      en: ['Risk title', 'Risk name', 'Title', 'Risk short name', 'Short name', 'Risk summary', 'Risk'],
      de: ['Titel', 'Risikotitel', 'Risikoname', 'Risikobezeichnung', 'Kurzbezeichnung', 'Kurztitel', 'Risiko'],
      fr: ['Intitulé', 'Intitulé du risque', 'Titre', 'Titre du risque', 'Nom du risque', 'Libellé du risque', 'Risque'],
      es: ['Título', 'Título del riesgo', 'Nombre del riesgo', 'Denominación del riesgo', 'Riesgo'],
      pt: ['Título do risco', 'Nome do risco', 'Designação do risco', 'Risco'],
      it: ['Titolo', 'Titolo del rischio', 'Nome del rischio', 'Denominazione del rischio', 'Rischio'],
      nl: ['Risicotitel', 'Risiconaam', 'Naam van het risico', 'Risico'],
    },
    generic: {
      en: ['Name', 'Short description'],
      de: ['Bezeichnung', 'Kurzbeschreibung'],
      fr: ['Nom', 'Libellé'],
      es: ['Nombre', 'Denominación'],
      pt: ['Nome', 'Designação'],
      it: ['Denominazione'],
      nl: ['Naam', 'Benaming'],
    },
  },
  asset: {
    words: {
      en: [
        'Asset', 'Assets', 'Asset name', 'Information asset', 'Information assets', 'Asset group', 'Affected asset', 'Affected assets',
        'Assets affected', 'Asset affected', 'Asset or process', 'Asset / Process', 'Asset / Process affected', 'Asset and process',
        'Process / Asset', 'Affected system', 'Affected systems', 'Asset / System',
      ],
      de: [
        'Asset / Prozess', 'Prozess / Asset', 'Vermögenswert', 'Vermögenswerte', 'Informationswert', 'Informationswerte', 'Betroffenes Asset',
        'Betroffene Assets', 'Schutzobjekt', 'Zielobjekt', 'Betroffenes System', 'Asset-Name',
      ],
      fr: ['Actif', 'Actifs', 'Bien', 'Biens', 'Bien support', 'Biens supports', 'Actif concerné', 'Actifs concernés', 'Actif / Processus', 'Valeur métier', 'Actif informationnel'],
      es: ['Activo', 'Activos', 'Activo afectado', 'Activos afectados', 'Activo / Proceso', 'Activo de información'],
      pt: ['Ativo', 'Ativos', 'Ativo afetado', 'Ativos afetados', 'Ativo / Processo', 'Ativo de informação', 'Activos'],
      it: ['Bene', 'Beni', 'Risorsa', 'Risorse', 'Asset / Processo', 'Asset coinvolto', 'Asset coinvolti'],
      nl: ['Bedrijfsmiddel', 'Bedrijfsmiddelen', 'Informatiemiddel', 'Asset / Proces', 'Betrokken asset'],
    },
    generic: {
      en: ['System', 'Systems', 'Information system', 'Application', 'Service'],
      de: ['System', 'Systeme', 'Anwendung', 'IT-System'],
      fr: ['Système', 'Application'],
      es: ['Sistema', 'Aplicación'],
      pt: ['Sistema', 'Aplicação'],
      it: ['Sistema', 'Applicazione'],
      nl: ['Systeem', 'Applicatie'],
    },
  },
  threat: {
    words: {
      en: ['Threat', 'Threats', 'Threat source', 'Threat event', 'Threat description', 'Threat name', 'Threat actor', 'Threat agent', 'Threat type'],
      de: ['Bedrohung', 'Bedrohungen', 'Gefährdung', 'Gefährdungen', 'Bedrohungsquelle', 'Bedrohungsszenario'],
      fr: ['Menace', 'Menaces', 'Source de menace', 'Source de risque', 'Sources de risque'],
      es: ['Amenaza', 'Amenazas', 'Fuente de amenaza'],
      pt: ['Ameaça', 'Ameaças', 'Fonte de ameaça', 'Fonte da ameaça'],
      it: ['Minaccia', 'Minacce', 'Fonte della minaccia'],
      nl: ['Dreiging', 'Dreigingen', 'Bedreiging', 'Bedreigingen'],
    },
  },
  vulnerability: {
    words: {
      en: ['Vulnerability', 'Vulnerabilities', 'Weakness', 'Weaknesses', 'Vulnerability description'],
      de: ['Schwachstelle', 'Schwachstellen', 'Verwundbarkeit'],
      fr: ['Vulnérabilité', 'Vulnérabilités', 'Faiblesse'],
      es: ['Vulnerabilidad', 'Vulnerabilidades', 'Debilidad'],
      pt: ['Vulnerabilidade', 'Vulnerabilidades', 'Fragilidade'],
      it: ['Vulnerabilità', 'Debolezza'],
      nl: ['Kwetsbaarheid', 'Kwetsbaarheden', 'Zwakte', 'Zwakheid'],
    },
  },
  description: {
    words: {
      en: ['Description', 'Scenario', 'Risk description', 'Risk scenario', 'Risk statement', 'Description of risk', 'Risk details', 'Risk event'],
      de: ['Beschreibung', 'Risikobeschreibung', 'Szenario', 'Risikoszenario'],
      fr: ['Description du risque', 'Scénario', 'Scénario de risque'],
      es: ['Descripción', 'Descripción del riesgo', 'Escenario', 'Escenario de riesgo'],
      pt: ['Descrição', 'Descrição do risco', 'Cenário', 'Cenário de risco'],
      it: ['Descrizione', 'Descrizione del rischio', 'Scenario di rischio'],
      nl: ['Beschrijving', 'Omschrijving', 'Risicobeschrijving', 'Risicoscenario'],
    },
  },
  likelihood: {
    words: {
      en: [
        'Likelihood', 'Probability', 'Proba', 'Prob', 'Likelihood of occurrence', 'Probability of occurrence', 'Likelihood rating', 'Likelihood score',
        'Likelihood level', 'Probability rating', 'Probability score', 'Probability level',
      ],
      de: ['Eintrittswahrscheinlichkeit', 'Wahrscheinlichkeit', 'Eintrittshäufigkeit'],
      fr: ['Probabilité', 'Vraisemblance', "Probabilité d'occurrence", 'Niveau de vraisemblance'],
      es: ['Probabilidad', 'Probabilidad de ocurrencia', 'Verosimilitud'],
      pt: ['Probabilidade', 'Probabilidade de ocorrência', 'Verossimilhança'],
      it: ['Probabilità', 'Verosimiglianza', 'Probabilità di accadimento'],
      nl: ['Waarschijnlijkheid', 'Kans', 'Kans van optreden', 'Kans op optreden'],
    },
  },
  impact: {
    words: {
      en: [
        'Impact', 'Consequence', 'Consequences', 'Severity', 'Max impact', 'Maximum impact', 'Overall impact', 'Combined impact', 'Highest impact',
        'Impact rating', 'Impact score', 'Impact level',
      ],
      de: ['Auswirkung', 'Auswirkungen', 'Maximale Auswirkung', 'Max. Auswirkung', 'Gesamtauswirkung', 'Schadensausmaß', 'Schadenshöhe', 'Tragweite'],
      fr: ['Gravité', 'Conséquence', 'Conséquences', 'Sévérité', 'Impact maximal', 'Impact max', 'Gravité maximale'],
      es: ['Impacto', 'Consecuencia', 'Consecuencias', 'Gravedad', 'Severidad', 'Impacto máximo'],
      pt: ['Impacto', 'Consequência', 'Consequências', 'Gravidade', 'Severidade', 'Impacto máximo'],
      it: ['Impatto', 'Conseguenza', 'Conseguenze', 'Gravità', 'Severità', 'Impatto massimo'],
      nl: ['Gevolg', 'Gevolgen', 'Ernst', 'Maximale impact'],
    },
  },
  impactC: {
    words: {
      en: ['Confidentiality impact', 'Confidentiality'],
      de: ['Vertraulichkeit'],
      fr: ['Confidentialité'],
      es: ['Confidencialidad'],
      pt: ['Confidencialidade'],
      it: ['Riservatezza', 'Confidenzialità'],
      nl: ['Vertrouwelijkheid'],
    },
  },
  impactI: {
    words: {
      en: ['Integrity impact', 'Integrity'],
      de: ['Integrität'],
      fr: ['Intégrité'],
      es: ['Integridad'],
      pt: ['Integridade'],
      it: ['Integrità'],
      nl: ['Integriteit'],
    },
  },
  impactA: {
    words: {
      en: ['Availability impact', 'Availability'],
      de: ['Verfügbarkeit'],
      fr: ['Disponibilité'],
      es: ['Disponibilidad'],
      pt: ['Disponibilidade'],
      it: ['Disponibilità'],
      nl: ['Beschikbaarheid'],
    },
  },
  owner: {
    words: {
      en: ['Risk owner', 'Risk owner name', 'Risk owners', 'Owner of the risk'],
      de: ['Risikoeigentümer', 'Risikoeigner', 'Risiko-Eigner', 'Risikoverantwortlicher', 'Risikoverantwortliche', 'Risikoverantwortung'],
      fr: ['Propriétaire du risque', 'Responsable du risque', 'Pilote du risque', 'Porteur du risque'],
      es: ['Propietario del riesgo', 'Responsable del riesgo', 'Dueño del riesgo'],
      pt: ['Proprietário do risco', 'Responsável pelo risco', 'Responsável do risco', 'Dono do risco'],
      it: ['Proprietario del rischio', 'Responsabile del rischio', 'Titolare del rischio'],
      nl: ['Risico-eigenaar', 'Risicoeigenaar', 'Risicoverantwoordelijke'],
    },
    generic: {
      en: ['Owner', 'Owner name', 'Owners', 'Responsible'],
      de: ['Eigentümer', 'Eigner', 'Verantwortlich', 'Verantwortlicher', 'Verantwortliche', 'Verantwortung'],
      fr: ['Propriétaire', 'Responsable'],
      es: ['Propietario', 'Dueño'],
      pt: ['Proprietário', 'Responsável', 'Dono'],
      it: ['Proprietario', 'Responsabile', 'Titolare'],
      nl: ['Eigenaar', 'Verantwoordelijke'],
    },
    fallback: {
      en: [
        'Asset owner', 'Asset owners', 'Risk mitigation responsibility', 'Mitigation responsibility', 'Responsibility', 'Mitigation owner',
        'Treatment owner', 'Action owner', 'Process owner', 'System owner', 'Application owner', 'Service owner',
      ],
      de: ['Asset-Eigentümer', 'Asset-Verantwortlicher', 'Assetverantwortlicher', 'Eigentümer des Assets', 'Maßnahmenverantwortlicher', 'Prozessverantwortlicher', 'Systemverantwortlicher'],
      fr: ["Propriétaire de l'actif", 'Propriétaire du bien', "Responsable de l'actif", 'Responsable du traitement', "Responsable de l'action"],
      es: ['Propietario del activo', 'Responsable del activo', 'Responsable del tratamiento'],
      pt: ['Proprietário do ativo', 'Responsável pelo ativo', 'Responsável pelo tratamento'],
      it: ["Proprietario dell'asset", "Responsabile dell'asset", 'Responsabile del trattamento'],
      nl: ['Asseteigenaar', 'Eigenaar asset', 'Eigenaar bedrijfsmiddel', 'Eigenaar maatregel'],
    },
  },
  treatment: {
    words: {
      en: [
        'Treatment', 'Treatment option', 'Treatment decision', 'Treatment strategy', 'Treatment approach', 'Risk treatment', 'Risk treatment option',
        'Risk treatment decision', 'Risk treatment strategy', 'Decision', 'Risk decision', 'Response', 'Risk response', 'Risk response strategy',
      ],
      de: ['Behandlung', 'Behandlungsentscheidung', 'Behandlungsoption', 'Behandlungsstrategie', 'Risikobehandlung', 'Risikobehandlungsoption', 'Entscheidung'],
      fr: ['Traitement', 'Traitement du risque', 'Option de traitement', 'Décision de traitement', 'Stratégie de traitement', 'Décision'],
      es: ['Tratamiento', 'Tratamiento del riesgo', 'Opción de tratamiento', 'Decisión de tratamiento', 'Estrategia de tratamiento', 'Respuesta al riesgo', 'Decisión'],
      pt: ['Tratamento', 'Tratamento do risco', 'Opção de tratamento', 'Decisão de tratamento', 'Estratégia de tratamento', 'Resposta ao risco', 'Decisão'],
      it: ['Trattamento', 'Trattamento del rischio', 'Opzione di trattamento', 'Decisione di trattamento', 'Strategia di trattamento', 'Decisione'],
      nl: ['Behandeling', 'Risicobehandeling', 'Behandeloptie', 'Behandelbeslissing', 'Behandelstrategie', 'Beslissing'],
    },
  },
  controls: {
    words: {
      en: [
        'Controls', 'Control', 'Annex A controls', 'Annex A control', 'Annex A', 'Annex A ref', 'Annex A reference', 'Selected controls', 'Control ids',
        'Control id', 'Control no', 'Control number', 'Control numbers', 'Control ref', 'Control reference', 'Control references', 'Controls Annex A',
        'Mitigating controls', 'ISO 27001 controls', 'ISO 27001 control', 'ISO 27002 controls', 'ISO 27002 control', 'ISO 27001 Annex A controls',
        'Related controls', 'Applicable controls', 'Security controls',
      ],
      de: ['Kontrollen', 'Kontrolle', 'Maßnahmen', 'Sicherheitsmaßnahmen', 'Anhang A Kontrollen', 'Maßnahmen nach Anhang A', 'Controls nach Anhang A'],
      fr: ['Mesures', 'Contrôles', 'Mesures de sécurité', "Mesures de l'annexe A", 'Contrôles annexe A', 'Mesures annexe A'],
      es: ['Controles', 'Controles del Anexo A', 'Medidas', 'Salvaguardas', 'Controles de seguridad'],
      pt: ['Controles', 'Controlos', 'Controle', 'Controlo', 'Controles do Anexo A', 'Controlos do Anexo A', 'Medidas de segurança'],
      it: ['Controlli', 'Controllo', 'Misure', 'Misure di sicurezza', "Controlli dell'Allegato A"],
      nl: ['Maatregelen', 'Beheersmaatregelen', 'Beheersmaatregel', 'Maatregelen bijlage A'],
    },
    // The controls a treatment selects: beside the controls already in place, these are the ones to trace.
    generic: {
      en: ['Additional controls', 'Planned controls', 'Proposed controls', 'Recommended controls', 'New controls', 'Countermeasures', 'Safeguards'],
      de: ['Geplante Maßnahmen', 'Zusätzliche Kontrollen', 'Zusätzliche Maßnahmen', 'Geplante Kontrollen'],
      fr: ['Mesures additionnelles', 'Mesures complémentaires', 'Mesures prévues', 'Contrôles additionnels'],
      es: ['Controles adicionales', 'Controles propuestos', 'Controles planificados'],
      pt: ['Controles adicionais', 'Controlos adicionais', 'Controles propostos', 'Controles planejados'],
      it: ['Controlli aggiuntivi', 'Controlli proposti', 'Controlli pianificati'],
      nl: ['Aanvullende maatregelen', 'Aanvullende beheersmaatregelen', 'Geplande maatregelen'],
    },
    // The controls already in place: the register's controls only where it names no others.
    fallback: {
      en: ['Existing controls', 'Current controls', 'Implemented controls', 'Controls in place', 'Existing mitigations'],
      de: ['Vorhandene Kontrollen', 'Bestehende Kontrollen', 'Bestehende Maßnahmen', 'Vorhandene Maßnahmen', 'Umgesetzte Maßnahmen'],
      fr: ['Mesures existantes', 'Contrôles existants', 'Mesures en place'],
      es: ['Controles existentes', 'Controles actuales', 'Controles implementados'],
      pt: ['Controles existentes', 'Controlos existentes', 'Controles atuais', 'Controles implementados'],
      it: ['Controlli esistenti', 'Controlli attuali', 'Misure esistenti', 'Controlli implementati'],
      nl: ['Bestaande maatregelen', 'Bestaande beheersmaatregelen', 'Huidige maatregelen'],
    },
  },
  residualLikelihood: { words: { en: ['Target likelihood', 'Target probability'] } },
  residualImpact: { words: { en: ['Target impact'] } },
  approvedBy: {
    words: {
      en: [
        'Approved by', 'Acceptance approver', 'Approver', 'Risk acceptance by', 'Accepted by', 'Risk accepted by', 'Risk acceptance authority',
        'Acceptance authority', 'Approval authority', 'Approving authority', 'Risk acceptor', 'Risk approver', 'Signed off by', 'Sign-off by',
      ],
      de: ['Genehmigt von', 'Genehmigt durch', 'Freigegeben von', 'Freigegeben durch', 'Freigabe durch', 'Akzeptiert von', 'Akzeptiert durch', 'Risikoakzeptanz durch', 'Risikoakzeptanz von'],
      fr: ['Approuvé par', 'Accepté par', 'Validé par', 'Approbateur', 'Risque accepté par'],
      es: ['Aprobado por', 'Aceptado por', 'Aprobador', 'Riesgo aceptado por'],
      pt: ['Aprovado por', 'Aceito por', 'Aceite por', 'Aprovador', 'Risco aceito por'],
      it: ['Approvato da', 'Accettato da', 'Approvatore', 'Rischio accettato da'],
      nl: ['Goedgekeurd door', 'Geaccepteerd door', 'Geaccordeerd door', 'Risico geaccepteerd door'],
    },
  },
  approvalDate: {
    words: {
      en: ['Approval date', 'Accepted on', 'Acceptance date', 'Date approved', 'Approved on', 'Date accepted', 'Date of approval', 'Date of acceptance', 'Sign-off date'],
      de: ['Genehmigungsdatum', 'Freigabedatum', 'Akzeptanzdatum', 'Datum der Genehmigung', 'Datum der Freigabe', 'Genehmigt am', 'Akzeptiert am', 'Freigegeben am'],
      fr: ["Date d'approbation", "Date d'acceptation", 'Date de validation', 'Approuvé le', 'Accepté le'],
      es: ['Fecha de aprobación', 'Fecha de aceptación', 'Aprobado el', 'Aceptado el'],
      pt: ['Data de aprovação', 'Data da aprovação', 'Data de aceitação', 'Data da aceitação', 'Aprovado em'],
      it: ['Data di approvazione', 'Data approvazione', 'Data di accettazione', 'Approvato il'],
      nl: ['Datum goedkeuring', 'Goedkeuringsdatum', 'Acceptatiedatum', 'Datum acceptatie', 'Goedgekeurd op'],
    },
  },
  acceptanceRationale: {
    words: {
      en: [
        'Acceptance rationale', 'Acceptance justification', 'Rationale for acceptance', 'Justification for acceptance', 'Reason for acceptance',
        'Acceptance reason', 'Risk acceptance rationale', 'Risk acceptance justification', 'Reason for accepting',
      ],
      de: ['Begründung der Akzeptanz', 'Akzeptanzbegründung', 'Begründung der Risikoakzeptanz', 'Begründung für die Akzeptanz'],
      fr: ["Justification de l'acceptation", "Motif de l'acceptation", "Justification de l'acceptation du risque"],
      es: ['Justificación de la aceptación', 'Motivo de la aceptación', 'Justificación de aceptación'],
      pt: ['Justificativa da aceitação', 'Justificação da aceitação', 'Motivo da aceitação'],
      it: ["Motivazione dell'accettazione", "Giustificazione dell'accettazione"],
      nl: ['Onderbouwing acceptatie', 'Motivatie acceptatie', 'Reden van acceptatie'],
    },
    // A plain "Rationale" beside the approval says why the risk owner signed.
    generic: {
      en: ['Rationale', 'Justification'],
      de: ['Begründung'],
      fr: ['Justification'],
      es: ['Justificación'],
      pt: ['Justificativa', 'Justificação'],
      it: ['Motivazione', 'Giustificazione'],
      nl: ['Onderbouwing', 'Motivatie'],
    },
  },
  lastReview: {
    words: {
      en: [
        'Last review', 'Last reviewed', 'Last review date', 'Date reviewed', 'Reviewed on', 'Date last reviewed', 'Date of last review', 'Last reviewed on',
        'Last assessed', 'Last assessment date',
      ],
      de: ['Letzte Überprüfung', 'Zuletzt überprüft', 'Letzte Prüfung', 'Letztes Review', 'Datum der letzten Überprüfung', 'Überprüft am', 'Geprüft am'],
      fr: ['Dernière revue', 'Date de dernière revue', 'Date de la dernière revue', 'Dernière révision', 'Revu le'],
      es: ['Última revisión', 'Fecha de última revisión', 'Fecha de la última revisión', 'Revisado el'],
      pt: ['Última revisão', 'Data da última revisão', 'Revisto em', 'Revisado em'],
      it: ['Ultima revisione', 'Ultimo riesame', 'Data ultima revisione', 'Data ultimo riesame', "Data dell'ultima revisione", "Data dell'ultimo riesame", 'Rivisto il'],
      nl: ['Laatste review', 'Laatst beoordeeld', 'Laatste beoordeling', 'Datum laatste review', 'Beoordeeld op'],
    },
    generic: {
      en: ['Review date', 'Date of review', 'Reviewed date'],
      de: ['Überprüfungsdatum', 'Prüfdatum', 'Review-Datum'],
      fr: ['Date de revue', 'Date de révision'],
      es: ['Fecha de revisión'],
      pt: ['Data de revisão', 'Data da revisão'],
      it: ['Data di revisione', 'Data revisione', 'Data del riesame'],
      nl: ['Reviewdatum', 'Datum review', 'Beoordelingsdatum'],
    },
  },
  nextReview: {
    words: {
      en: [
        'Next review', 'Next review date', 'Review due', 'Review due date', 'Review by', 'Due for review', 'Next review due', 'Review deadline',
        'Planned review', 'Next assessment', 'Next review on',
      ],
      de: ['Nächste Überprüfung', 'Nächstes Review', 'Nächste Prüfung', 'Wiedervorlage', 'Überprüfung fällig', 'Datum der nächsten Überprüfung'],
      fr: ['Prochaine revue', 'Date de prochaine revue', 'Date de la prochaine revue', 'Prochaine révision'],
      es: ['Próxima revisión', 'Fecha de próxima revisión', 'Fecha de la próxima revisión'],
      pt: ['Próxima revisão', 'Data da próxima revisão'],
      it: ['Prossima revisione', 'Prossimo riesame', 'Data prossima revisione'],
      nl: ['Volgende review', 'Volgende beoordeling', 'Datum volgende review'],
    },
  },
  status: {
    words: {
      en: ['Status', 'Risk status', 'State'],
      de: ['Risikostatus', 'Bearbeitungsstatus'],
      fr: ['Statut', 'État', 'Statut du risque'],
      es: ['Estado', 'Estatus', 'Estado del riesgo'],
      pt: ['Situação', 'Estado do risco'],
      it: ['Stato', 'Stato del rischio'],
      nl: ['Risicostatus'],
    },
  },
  // ISMS-level or information security (Clause 6.1.1); a plain "Type" or "Category" names too much else.
  riskType: {
    words: {
      en: ['Risk type', 'Type of risk', 'Risk kind', 'Risk scope', 'ISMS or information security', 'ISMS / information security'],
      de: ['Risikotyp', 'Risikoart', 'Art des Risikos', 'Typ des Risikos'],
      fr: ['Type de risque', 'Type du risque', 'Nature du risque'],
      es: ['Tipo de riesgo', 'Tipo del riesgo'],
      pt: ['Tipo de risco', 'Tipo do risco'],
      it: ['Tipo di rischio', 'Tipo del rischio', 'Tipologia di rischio', 'Tipologia del rischio'],
      nl: ['Risicotype', 'Soort risico', 'Type risico'],
    },
  },
  inherentRating: { words: { en: ['Inherent rating', 'Inherent risk rating'] } },
  inherentScore: {
    words: {
      en: ['Score', 'Risk score', 'Risk value', 'Risk score value'],
      de: ['Risikowert', 'Risikoscore', 'Risikopunktzahl', 'Punktzahl', 'Risikozahl'],
      fr: ['Score de risque', 'Score du risque', 'Valeur du risque', 'Cotation'],
      es: ['Puntuación', 'Puntaje', 'Puntuación del riesgo', 'Valor del riesgo'],
      pt: ['Pontuação', 'Pontuação do risco', 'Valor do risco'],
      it: ['Punteggio', 'Punteggio del rischio', 'Valore del rischio'],
      nl: ['Risicoscore', 'Risicowaarde'],
    },
  },
  inherentLevel: {
    words: {
      en: ['Level', 'Risk level', 'Band', 'Risk band', 'Risk class', 'Risk severity', 'Risk classification'],
      de: ['Risikolevel', 'Risikostufe', 'Risikoniveau', 'Risikoklasse', 'Risikoeinstufung', 'Stufe', 'Risikoklassifizierung'],
      fr: ['Niveau', 'Niveau de risque', 'Niveau du risque', 'Criticité', 'Classe de risque', 'Classification du risque'],
      es: ['Nivel', 'Nivel de riesgo', 'Nivel del riesgo', 'Criticidad', 'Clasificación del riesgo'],
      pt: ['Nível', 'Nível de risco', 'Nível do risco', 'Criticidade', 'Classificação do risco'],
      it: ['Livello', 'Livello di rischio', 'Livello del rischio', 'Criticità', 'Classe di rischio', 'Classificazione del rischio'],
      nl: ['Niveau', 'Risiconiveau', 'Risicoklasse', 'Risicolevel', 'Risicoclassificatie'],
    },
  },
  residualRating: { words: { en: ['Residual rating', 'Residual risk rating'] } },
  residualScore: { words: { en: ['Target score'] } },
  residualLevel: { words: { en: ['Target level', 'Target risk level'] } },
  // A team's own year-on-year column: then Riskbook appends none (core/cycle).
  cycleChange: {
    words: {
      en: [
        'Change since last cycle', 'Change since last assessment', 'Change since previous assessment', 'Change since last year', 'Year-on-year change',
        'Change vs last cycle', 'Change vs previous cycle', 'Change from last cycle',
      ],
      de: ['Änderung seit dem letzten Zyklus', 'Änderung seit der letzten Bewertung', 'Änderung zum Vorjahr', 'Veränderung zum Vorjahr'],
      fr: ['Évolution depuis le dernier cycle', 'Changement depuis le dernier cycle', 'Changement depuis la dernière évaluation', "Évolution par rapport à l'an dernier"],
      es: ['Cambio desde el último ciclo', 'Cambio desde la última evaluación', 'Cambio respecto al año anterior'],
      pt: ['Alteração desde o último ciclo', 'Alteração desde a última avaliação', 'Alteração face ao ano anterior'],
      it: ['Variazione dal ciclo precedente', "Variazione dall'ultima valutazione", "Variazione rispetto all'anno precedente"],
      nl: ['Wijziging sinds vorige cyclus', 'Wijziging sinds laatste beoordeling', 'Wijziging ten opzichte van vorig jaar'],
    },
  },
};

/**
 * Where a generic column loses to one that names its field outright, the field it names instead:
 * a plain "Review Date" beside "Last Reviewed" is the date of the next review.
 */
export const WHEN_OUTRANKED: Readonly<Partial<Record<RegisterField, RegisterField>>> = { lastReview: 'nextReview' };

/**
 * Fields that go in pairs: where two columns name one of them equally plainly, the one beside its
 * partner is used ("Approved By" beside "Date of Acceptance", not the one under "Mitigation Proposal").
 */
export const PAIRED_FIELDS: Readonly<Partial<Record<RegisterField, RegisterField>>> = { approvedBy: 'approvalDate', approvalDate: 'approvedBy' };

export type Stage = 'inherent' | 'current' | 'residual';

/**
 * Stage words. `current` (the risk with today's controls, before the planned treatment) is the
 * inherent stage where a register has no column that says inherent.
 */
export const STAGE_WORDS: Readonly<Record<Stage, Words>> = {
  inherent: {
    en: ['inherent', 'initial', 'gross', 'raw', 'untreated', 'before treatment', 'pre treatment', 'before controls'],
    de: ['inhärent', 'inhärente', 'inhärenter', 'inhärentes', 'inhärenten', 'brutto', 'ursprünglich', 'ursprüngliches', 'vor behandlung', 'vor maßnahmen'],
    fr: ['inhérent', 'inhérente', 'brut', 'brute', 'initial', 'initiale', 'avant traitement'],
    es: ['inherente', 'inicial', 'bruto', 'antes del tratamiento', 'antes de tratamiento'],
    pt: ['inerente', 'inicial', 'bruto', 'antes do tratamento'],
    it: ['inerente', 'iniziale', 'lordo', 'prima del trattamento'],
    nl: ['inherente', 'bruto', 'initieel', 'initiële', 'voor behandeling'],
  },
  current: {
    en: ['current'],
    de: ['aktuell', 'aktuelle', 'aktueller', 'aktuelles'],
    fr: ['actuel', 'actuelle'],
    es: ['actual'],
    pt: ['atual'],
    it: ['attuale'],
    nl: ['huidig', 'huidige'],
  },
  residual: {
    en: ['residual', 'target', 'net', 'treated', 'after treatment', 'post treatment', 'after controls'],
    de: ['rest', 'netto', 'verbleibend', 'verbleibende', 'verbleibendes', 'nach behandlung', 'nach maßnahmen'],
    fr: ['résiduel', 'résiduelle', 'nette', 'cible', 'après traitement'],
    es: ['neto', 'objetivo', 'después del tratamiento', 'tras el tratamiento', 'tras tratamiento'],
    pt: ['líquido', 'alvo', 'após tratamento', 'após o tratamento', 'depois do tratamento'],
    it: ['residuo', 'residua', 'residuale', 'netto', 'dopo il trattamento'],
    nl: ['residueel', 'residuele', 'na behandeling'],
  },
};

/** Stage words written glued to the next word in compounds: "Restrisikowert", "Nettorisico". */
export const GLUED_STAGE_PREFIXES: Readonly<Partial<Record<Stage, Words>>> = {
  inherent: { de: ['brutto'], nl: ['bruto'] },
  residual: { de: ['rest', 'netto'], nl: ['rest', 'netto'] },
};

/**
 * Words that name a score or a level only beside a stage word: "Inherent Risk" and "Restrisiko" are
 * the team's level, "Inhärenter Wert" its score; "Risk" and "Wert" alone are not.
 */
export const STAGED_ONLY: Readonly<Partial<Record<'inherentScore' | 'inherentLevel', Words>>> = {
  inherentScore: {
    en: ['value', 'risk value'],
    de: ['wert'],
    fr: ['valeur'],
    es: ['valor'],
    pt: ['valor'],
    it: ['valore'],
    nl: ['waarde'],
  },
  inherentLevel: {
    en: ['risk'],
    de: ['risiko'],
    fr: ['risque'],
    es: ['riesgo'],
    pt: ['risco'],
    it: ['rischio'],
    nl: ['risico'],
  },
};

/**
 * Words that name the team's risk value without saying score or level ("Rating", "Risk rating"):
 * read as the team's level, and as its score where the column holds numbers.
 */
export const SCORE_OR_LEVEL_WORDS: Words = {
  en: ['Rating', 'Risk rating', 'Risk value rating'],
  de: ['Bewertung', 'Risikobewertung'],
  fr: ['Cotation du risque', 'Évaluation du risque'],
  es: ['Valoración', 'Valoración del riesgo', 'Calificación del riesgo'],
  pt: ['Avaliação do risco', 'Classificação'],
  it: ['Valutazione del rischio'],
  nl: ['Beoordeling', 'Risicobeoordeling'],
};

/**
 * Little words a header may carry between a stage or an impact word and the word that names the
 * field ("Likelihood of the inherent risk", "Impact on confidentiality", "Niveau du risque résiduel").
 */
export const FILLER_WORDS: Words = {
  en: ['risk', 'the', 'of', 'on', 'to', 'for', 'total', 'overall'],
  de: ['risiko', 'der', 'die', 'das', 'des', 'auf', 'für', 'gesamt'],
  fr: ['risque', 'le', 'la', 'l', 'du', 'de', 'des', 'sur'],
  es: ['riesgo', 'el', 'la', 'del', 'de', 'en', 'sobre'],
  pt: ['risco', 'o', 'a', 'do', 'da', 'de', 'em', 'na', 'no'],
  it: ['rischio', 'il', 'la', 'l', 'del', 'della', 'di', 'sulla', 'sul'],
  nl: ['risico', 'het', 'de', 'van', 'op'],
};

/**
 * Words that make a banner an impact group: the C / I / A (or their letters in other languages)
 * under "Information Security" or "Auswirkung" are impact dimensions.
 */
export const IMPACT_GROUP_WORDS: Words = {
  en: ['impact', 'impacts', 'information security', 'security', 'cia', 'protection goals', 'business impact', 'consequence', 'severity'],
  de: ['auswirkung', 'auswirkungen', 'informationssicherheit', 'schutzziele', 'schutzbedarf', 'schaden'],
  fr: ['gravité', "sécurité de l'information", 'sécurité', 'dic', 'dicp', 'critères de sécurité'],
  es: ['impacto', 'seguridad de la información', 'seguridad', 'cid'],
  pt: ['impacto', 'segurança da informação', 'segurança', 'cid'],
  it: ['impatto', 'sicurezza delle informazioni', 'sicurezza', 'rid'],
  nl: ['gevolg', 'informatiebeveiliging', 'beveiliging', 'biv'],
};

/**
 * Single letters for confidentiality, integrity and availability, per language. They name impact
 * dimensions only when the row holds all three of one set, or they sit under an impact group.
 */
export const CIA_LETTER_SETS: readonly { readonly impactC: string; readonly impactI: string; readonly impactA: string }[] = [
  { impactC: 'c', impactI: 'i', impactA: 'a' },
  // French, Spanish, Portuguese: disponibilité / disponibilidad / disponibilidade.
  { impactC: 'c', impactI: 'i', impactA: 'd' },
  // Italian: riservatezza, integrità, disponibilità.
  { impactC: 'r', impactI: 'i', impactA: 'd' },
  // Dutch: BIV, beschikbaarheid, integriteit, vertrouwelijkheid.
  { impactC: 'v', impactI: 'i', impactA: 'b' },
];
