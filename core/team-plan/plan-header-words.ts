/**
 * The words teams head the columns of their own risk treatment plan with, as data: per field, per
 * language, in the three strengths of the register's vocabulary (`core/register/header-vocabulary.ts`):
 * `words` name the field outright ("Action owner"), `generic` words name it unless another column
 * names it outright ("Owner"), `fallback` words only where no column names it at all ("Risk owner"
 * is who owns the risk, the plan's owner is who carries out the action).
 *
 * A plan's words differ from a register's: "Maßnahme", "Mesure" and "Maatregel" are the action to
 * take, not the controls, and "Status" is the action's progress, not the risk's. Adding a language
 * is adding its lines here.
 */
import type { FieldWords } from '../register/header-vocabulary';
import { FIELD_WORDS as REGISTER_WORDS } from '../register/header-vocabulary';
import type { TeamPlanField } from './types';

export const PLAN_FIELD_WORDS: Readonly<Record<TeamPlanField, FieldWords>> = {
  riskId: {
    words: {
      en: ['Risk ID', 'Risk IDs', 'Risk ref', 'Risk reference', 'Risk no', 'Risk number', 'Risk #', 'Risk code', 'Risk identifier', 'Related risk', 'Related risk ID', 'Risk register ID', 'Risk register ref'],
      de: ['Risiko-ID', 'Risikonummer', 'Risiko-Nr.', 'Risikonr.', 'Risikoreferenz', 'Risikokennung', 'Betroffenes Risiko', 'Zugehöriges Risiko'],
      fr: ['ID du risque', 'ID risque', 'Identifiant du risque', 'N° du risque', 'N° de risque', 'Numéro du risque', 'Référence du risque', 'Réf. risque', 'Risque associé', 'Code du risque'],
      es: ['ID de riesgo', 'ID del riesgo', 'Código de riesgo', 'Código del riesgo', 'Nº de riesgo', 'Número de riesgo', 'Referencia del riesgo', 'Riesgo asociado'],
      pt: ['ID do risco', 'Código do risco', 'Nº do risco', 'Número do risco', 'Referência do risco', 'Risco associado'],
      it: ['ID rischio', 'ID del rischio', 'Codice rischio', 'Codice del rischio', 'Numero rischio', 'Riferimento rischio', 'Rischio associato'],
      nl: ['Risico-ID', 'Risiconummer', 'Risiconr.', 'Risicokenmerk', 'Risicoreferentie', 'Gerelateerd risico'],
    },
    // The register's id words ("ID", "Ref", "Referenz") name the risk's id in a plan too, unless a
    // column says "Risk ID": then "ID" is the action's own number. The values settle it (see the reader).
    generic: REGISTER_WORDS.id.words,
    fallback: REGISTER_WORDS.id.fallback,
  },
  riskTitle: {
    words: {
      en: ['Risk', 'Risk title', 'Risk name', 'Risk summary', 'Risk short name', 'Risk description', 'Risk scenario', 'Risk statement', 'Risk event', 'Description of risk'],
      de: ['Risiko', 'Risikotitel', 'Risikoname', 'Risikobezeichnung', 'Risikobeschreibung', 'Risikoszenario', 'Beschreibung des Risikos'],
      fr: ['Risque', 'Intitulé du risque', 'Titre du risque', 'Nom du risque', 'Libellé du risque', 'Description du risque', 'Scénario de risque'],
      es: ['Riesgo', 'Título del riesgo', 'Nombre del riesgo', 'Descripción del riesgo', 'Escenario de riesgo'],
      pt: ['Risco', 'Título do risco', 'Nome do risco', 'Descrição do risco', 'Cenário de risco'],
      it: ['Rischio', 'Titolo del rischio', 'Nome del rischio', 'Descrizione del rischio', 'Scenario di rischio'],
      nl: ['Risico', 'Risicotitel', 'Risiconaam', 'Risicobeschrijving', 'Omschrijving risico', 'Risicoscenario'],
    },
    generic: {
      en: ['Title', 'Name', 'Threat', 'Threat description', 'Scenario'],
      de: ['Titel', 'Bezeichnung', 'Bedrohung', 'Gefährdung', 'Szenario'],
      fr: ['Titre', 'Intitulé', 'Menace', 'Scénario'],
      es: ['Título', 'Nombre', 'Amenaza', 'Escenario'],
      pt: ['Título', 'Nome', 'Ameaça', 'Cenário'],
      it: ['Titolo', 'Nome', 'Minaccia'],
      nl: ['Titel', 'Naam', 'Dreiging', 'Scenario'],
    },
  },
  controlId: {
    words: {
      en: [
        'Control', 'Controls', 'Control ID', 'Control IDs', 'Control ref', 'Control reference', 'Control no', 'Control number', 'Annex A', 'Annex A control',
        'Annex A controls', 'Annex A ref', 'Annex A reference', 'Selected control', 'Selected controls', 'Controls selected', 'Related control', 'Related controls',
        'Applicable control', 'ISO 27001 control', 'ISO 27001 controls', 'ISO 27002 control', 'ISO control', 'Annex A control ID', 'Control to implement',
        'Controls to implement',
      ],
      de: [
        'Kontrolle', 'Kontrollen', 'Anhang A', 'Anhang-A-Kontrolle', 'Anhang-A-Kontrollen', 'Maßnahme nach Anhang A', 'Maßnahmen nach Anhang A', 'Anhang-A-Maßnahme',
        'Referenz Anhang A', 'ISO 27001 Kontrolle', 'Control nach Anhang A',
      ],
      fr: ['Contrôle', 'Contrôles', 'Annexe A', "Mesure de l'annexe A", "Mesures de l'annexe A", 'Mesure annexe A', 'Contrôle annexe A', 'Mesure de sécurité', 'Mesures de sécurité'],
      es: ['Controles', 'Anexo A', 'Control del Anexo A', 'Controles del Anexo A', 'Control seleccionado', 'Controles seleccionados'],
      pt: ['Controle', 'Controlo', 'Controles', 'Controlos', 'Anexo A', 'Controle do Anexo A', 'Controlo do Anexo A'],
      it: ['Controllo', 'Controlli', 'Allegato A', "Controllo dell'Allegato A", "Controlli dell'Allegato A"],
      nl: ['Beheersmaatregel', 'Beheersmaatregelen', 'Bijlage A', 'Maatregel bijlage A', 'Beheersmaatregel bijlage A'],
    },
  },
  treatment: {
    words: {
      en: [
        'Treatment', 'Treatment option', 'Treatment decision', 'Treatment strategy', 'Treatment type', 'Risk treatment', 'Risk treatment option',
        'Risk treatment decision', 'Risk treatment strategy', 'Risk response', 'Response', 'Response strategy', 'Decision',
      ],
      de: ['Behandlung', 'Behandlungsoption', 'Behandlungsentscheidung', 'Behandlungsstrategie', 'Risikobehandlung', 'Risikobehandlungsoption', 'Entscheidung'],
      fr: ['Traitement', 'Traitement du risque', 'Option de traitement', 'Décision de traitement', 'Stratégie de traitement', 'Décision'],
      es: ['Tratamiento', 'Tratamiento del riesgo', 'Opción de tratamiento', 'Decisión de tratamiento', 'Estrategia de tratamiento', 'Respuesta al riesgo', 'Decisión'],
      pt: ['Tratamento', 'Tratamento do risco', 'Opção de tratamento', 'Decisão de tratamento', 'Estratégia de tratamento', 'Resposta ao risco', 'Decisão'],
      it: ['Trattamento', 'Trattamento del rischio', 'Opzione di trattamento', 'Decisione di trattamento', 'Strategia di trattamento', 'Decisione'],
      nl: ['Behandeling', 'Risicobehandeling', 'Behandeloptie', 'Behandelbeslissing', 'Behandelstrategie', 'Beslissing'],
    },
    generic: {
      en: ['Option', 'Strategy'],
      de: ['Option', 'Strategie'],
      fr: ['Option', 'Stratégie'],
      es: ['Opción', 'Estrategia'],
      pt: ['Opção', 'Estratégia'],
      it: ['Opzione', 'Strategia'],
      nl: ['Optie', 'Strategie'],
    },
  },
  action: {
    words: {
      en: [
        'Action', 'Actions', 'Action plan', 'Action description', 'Description of action', 'Treatment action', 'Treatment actions', 'Planned action',
        'Planned actions', 'Mitigation', 'Mitigation plan', 'Mitigation action', 'Mitigation actions', 'Mitigation measure', 'Mitigation measures',
        'Measure', 'Measures', 'Planned measure', 'Planned measures', 'Treatment plan', 'Risk treatment plan', 'Treatment measure', 'Treatment measures',
        'Remediation', 'Remediation plan', 'Remediation action', 'Remediation actions', 'Corrective action', 'Corrective actions', 'Action to be taken',
        'Actions to be taken', 'Planned treatment', 'Treatment activity', 'Treatment activities',
      ],
      de: [
        'Maßnahme', 'Maßnahmen', 'Geplante Maßnahme', 'Geplante Maßnahmen', 'Behandlungsmaßnahme', 'Behandlungsmaßnahmen', 'Risikobehandlungsmaßnahme',
        'Maßnahmenbeschreibung', 'Beschreibung der Maßnahme', 'Aktion', 'Aktionen', 'Maßnahmenplan', 'Risikobehandlungsplan', 'Behandlungsplan', 'Umzusetzende Maßnahme',
      ],
      fr: [
        'Action', 'Actions', 'Mesure', 'Mesures', 'Action de traitement', 'Actions de traitement', 'Action prévue', 'Actions prévues', 'Mesure de traitement',
        'Mesures de traitement', "Plan d'action", "Plan d'actions", 'Plan de traitement', 'Description de l\'action', 'Mesure prévue', 'Mesures prévues',
      ],
      es: [
        'Acción', 'Acciones', 'Medida', 'Medidas', 'Acción de tratamiento', 'Acciones de tratamiento', 'Acción planificada', 'Acciones planificadas',
        'Plan de acción', 'Plan de tratamiento', 'Medida de tratamiento', 'Descripción de la acción', 'Mitigación',
      ],
      pt: [
        'Ação', 'Ações', 'Acção', 'Acções', 'Medida', 'Medidas', 'Ação de tratamento', 'Ações de tratamento', 'Ação planeada', 'Ação planejada',
        'Plano de ação', 'Plano de tratamento', 'Descrição da ação', 'Mitigação',
      ],
      it: [
        'Azione', 'Azioni', 'Misura', 'Misure', 'Azione di trattamento', 'Azioni di trattamento', 'Azione pianificata', 'Azioni pianificate', "Piano d'azione",
        'Piano di azione', 'Piano di trattamento', "Descrizione dell'azione", 'Mitigazione',
      ],
      nl: [
        'Actie', 'Acties', 'Maatregel', 'Maatregelen', 'Geplande actie', 'Geplande acties', 'Geplande maatregel', 'Geplande maatregelen', 'Actieplan',
        'Behandelplan', 'Behandelmaatregel', 'Behandelmaatregelen', 'Omschrijving actie', 'Mitigatie',
      ],
    },
    generic: {
      en: ['Mitigation strategy', 'Mitigation steps', 'Task', 'Tasks', 'Activity', 'Activities', 'Next steps', 'Recommendation', 'Recommendations'],
      de: ['Aufgabe', 'Aufgaben', 'Tätigkeit', 'Aktivität', 'Aktivitäten', 'Empfehlung'],
      fr: ['Tâche', 'Tâches', 'Activité', 'Activités', 'Recommandation'],
      es: ['Tarea', 'Tareas', 'Actividad', 'Actividades', 'Recomendación'],
      pt: ['Tarefa', 'Tarefas', 'Atividade', 'Atividades', 'Recomendação'],
      it: ['Compito', 'Attività', 'Raccomandazione'],
      nl: ['Taak', 'Taken', 'Activiteit', 'Activiteiten', 'Aanbeveling'],
    },
    // A plain description beside a risk id is what to do, where no column says so.
    fallback: {
      en: ['Description', 'Details'],
      de: ['Beschreibung'],
      fr: ['Description'],
      es: ['Descripción'],
      pt: ['Descrição'],
      it: ['Descrizione'],
      nl: ['Beschrijving', 'Omschrijving'],
    },
  },
  owner: {
    words: {
      en: ['Action owner', 'Action owners', 'Assigned to', 'Assignee', 'Responsible person', 'Responsible party', 'Treatment owner', 'Mitigation owner', 'Task owner', 'Implementation owner', 'Implemented by', 'Action by'],
      de: ['Maßnahmenverantwortlicher', 'Maßnahmenverantwortliche', 'Maßnahmenverantwortung', 'Umsetzungsverantwortlicher', 'Umsetzungsverantwortung', 'Zuständig', 'Zuständigkeit', 'Zugewiesen an', 'Umsetzung durch'],
      fr: ["Responsable de l'action", 'Responsable du traitement', 'Responsable de la mise en œuvre', 'Porteur', "Porteur de l'action", 'Pilote', "Pilote de l'action", 'Assigné à', 'Attribué à'],
      es: ['Responsable de la acción', 'Responsable del tratamiento', 'Responsable de la implementación', 'Asignado a'],
      pt: ['Responsável pela ação', 'Responsável pelo tratamento', 'Responsável pela implementação', 'Atribuído a'],
      it: ["Responsabile dell'azione", 'Responsabile del trattamento', "Responsabile dell'attuazione", 'Assegnato a'],
      nl: ['Actiehouder', 'Actie-eigenaar', 'Eigenaar actie', 'Eigenaar maatregel', 'Toegewezen aan', 'Uitvoerder', 'Uitvoering door'],
    },
    generic: {
      en: ['Owner', 'Owners', 'Responsible', 'Responsibility', 'Accountable', 'Who'],
      de: ['Verantwortlich', 'Verantwortlicher', 'Verantwortliche', 'Verantwortung', 'Eigentümer', 'Wer'],
      fr: ['Responsable', 'Propriétaire', 'Qui'],
      es: ['Responsable', 'Propietario', 'Quién'],
      pt: ['Responsável', 'Proprietário', 'Dono', 'Quem'],
      it: ['Responsabile', 'Proprietario', 'Chi'],
      nl: ['Eigenaar', 'Verantwoordelijke', 'Verantwoordelijk', 'Wie'],
    },
    fallback: {
      en: ['Risk owner', 'Risk owners'],
      de: ['Risikoeigentümer', 'Risikoeigner', 'Risikoverantwortlicher', 'Risikoverantwortliche'],
      fr: ['Propriétaire du risque', 'Responsable du risque'],
      es: ['Propietario del riesgo', 'Responsable del riesgo', 'Dueño del riesgo'],
      pt: ['Proprietário do risco', 'Responsável pelo risco', 'Dono do risco'],
      it: ['Proprietario del rischio', 'Responsabile del rischio'],
      nl: ['Risico-eigenaar', 'Risicoeigenaar'],
    },
  },
  dueDate: {
    words: {
      en: [
        'Due date', 'Due', 'Due by', 'Target date', 'Deadline', 'Target completion date', 'Planned completion date', 'Planned completion', 'Target completion',
        'Planned date', 'Target implementation date', 'Planned implementation date', 'Implementation date', 'Implementation deadline', 'Date due', 'Complete by',
      ],
      de: [
        'Fällig', 'Fälligkeit', 'Fälligkeitsdatum', 'Fällig am', 'Fällig bis', 'Termin', 'Zieltermin', 'Zieldatum', 'Frist', 'Umsetzungstermin', 'Umsetzungsfrist',
        'Umsetzung bis', 'Erledigung bis', 'Erledigungstermin', 'Geplante Umsetzung', 'Deadline', 'Bis wann',
      ],
      fr: ['Échéance', "Date d'échéance", 'Date cible', 'Date limite', 'Délai', 'Date prévue', 'Date de réalisation prévue', 'Date de mise en œuvre prévue', 'Réalisation prévue'],
      es: ['Fecha límite', 'Fecha objetivo', 'Fecha de vencimiento', 'Vencimiento', 'Plazo', 'Fecha prevista', 'Fecha compromiso', 'Fecha de implementación prevista'],
      pt: ['Prazo', 'Data limite', 'Data prevista', 'Data alvo', 'Data-alvo', 'Data de conclusão prevista', 'Data de vencimento', 'Data de implementação prevista'],
      it: ['Scadenza', 'Data di scadenza', 'Data scadenza', 'Data obiettivo', 'Data prevista', 'Termine', 'Entro il', 'Data di completamento prevista'],
      nl: ['Deadline', 'Streefdatum', 'Uiterste datum', 'Gereed op', 'Datum gereed', 'Gepland gereed', 'Opleverdatum', 'Vervaldatum', 'Einddatum'],
    },
    generic: {
      en: ['Completion date', 'End date', 'Timeline', 'Timeframe', 'When', 'Date'],
      de: ['Abschlussdatum', 'Enddatum', 'Zeitrahmen', 'Wann', 'Datum'],
      fr: ['Date de fin', "Date d'achèvement", 'Calendrier', 'Quand', 'Date'],
      es: ['Fecha de finalización', 'Fecha de fin', 'Cronograma', 'Cuándo', 'Fecha'],
      pt: ['Data de conclusão', 'Data de fim', 'Cronograma', 'Quando', 'Data'],
      it: ['Data di completamento', 'Data fine', 'Tempistica', 'Quando', 'Data'],
      nl: ['Datum afgerond', 'Planning', 'Wanneer', 'Datum'],
    },
  },
  status: {
    words: {
      en: ['Status', 'Progress', 'Action status', 'Treatment status', 'Implementation status', 'Mitigation status', 'Completion status', 'State', 'Current status'],
      de: ['Status', 'Umsetzungsstand', 'Umsetzungsstatus', 'Bearbeitungsstand', 'Bearbeitungsstatus', 'Stand', 'Fortschritt', 'Maßnahmenstatus'],
      fr: ['Statut', 'État', "État d'avancement", 'Avancement', "Statut de l'action", 'Statut de mise en œuvre'],
      es: ['Estado', 'Estatus', 'Situación', 'Avance', 'Progreso', 'Estado de la acción', 'Estado de implementación'],
      pt: ['Estado', 'Situação', 'Status', 'Progresso', 'Andamento', 'Estado da ação', 'Estado de implementação'],
      it: ['Stato', 'Avanzamento', 'Stato di avanzamento', "Stato dell'azione", 'Stato di attuazione'],
      nl: ['Status', 'Voortgang', 'Stand van zaken', 'Status actie', 'Status maatregel'],
    },
  },
  expectedResidualLevel: {
    words: {
      en: [
        'Expected residual risk', 'Expected residual level', 'Expected residual risk level', 'Target residual risk', 'Target residual level', 'Target risk level',
        'Residual risk level', 'Expected risk level', 'Residual risk after treatment', 'Residual level', 'Expected residual', 'Residual risk rating',
      ],
      de: ['Erwartetes Restrisiko', 'Angestrebtes Restrisiko', 'Ziel-Restrisiko', 'Ziel-Risikoniveau', 'Restrisiko nach Maßnahme', 'Restrisiko nach Umsetzung', 'Erwartete Risikostufe', 'Restrisikostufe'],
      fr: ['Risque résiduel attendu', 'Risque résiduel cible', 'Niveau de risque résiduel', 'Niveau de risque cible', 'Risque résiduel après traitement'],
      es: ['Riesgo residual esperado', 'Riesgo residual objetivo', 'Nivel de riesgo residual', 'Nivel de riesgo objetivo'],
      pt: ['Risco residual esperado', 'Risco residual alvo', 'Nível de risco residual', 'Nível de risco alvo'],
      it: ['Rischio residuo atteso', 'Rischio residuo obiettivo', 'Livello di rischio residuo', 'Livello di rischio obiettivo'],
      nl: ['Verwacht restrisico', 'Beoogd restrisico', 'Restrisiconiveau', 'Niveau restrisico'],
    },
    generic: {
      en: ['Residual risk', 'Target risk'],
      de: ['Restrisiko'],
      fr: ['Risque résiduel'],
      es: ['Riesgo residual'],
      pt: ['Risco residual'],
      it: ['Rischio residuo'],
      nl: ['Restrisico'],
    },
  },
  approvedBy: {
    words: {
      en: ['Approved by', 'Approver', 'Signed off by', 'Sign-off by', 'Authorised by', 'Authorized by', 'Accepted by', 'Plan approved by'],
      de: ['Genehmigt von', 'Genehmigt durch', 'Freigegeben von', 'Freigegeben durch', 'Freigabe durch', 'Genehmiger'],
      fr: ['Approuvé par', 'Validé par', 'Approbateur', 'Accepté par'],
      es: ['Aprobado por', 'Aprobador', 'Aceptado por', 'Validado por'],
      pt: ['Aprovado por', 'Aprovador', 'Aceito por', 'Validado por'],
      it: ['Approvato da', 'Approvatore', 'Accettato da', 'Validato da'],
      nl: ['Goedgekeurd door', 'Geaccordeerd door', 'Akkoord door'],
    },
  },
  approvalDate: {
    words: {
      en: ['Approval date', 'Date approved', 'Approved on', 'Date of approval', 'Sign-off date', 'Approved date'],
      de: ['Genehmigungsdatum', 'Freigabedatum', 'Genehmigt am', 'Freigegeben am', 'Datum der Genehmigung', 'Datum der Freigabe'],
      fr: ["Date d'approbation", 'Approuvé le', 'Date de validation', 'Validé le'],
      es: ['Fecha de aprobación', 'Aprobado el', 'Fecha aprobación'],
      pt: ['Data de aprovação', 'Data da aprovação', 'Aprovado em'],
      it: ['Data di approvazione', 'Data approvazione', 'Approvato il'],
      nl: ['Goedkeuringsdatum', 'Datum goedkeuring', 'Goedgekeurd op'],
    },
  },
  effectivenessReviewDate: {
    words: {
      en: [
        'Effectiveness review date', 'Effectiveness review', 'Date of effectiveness review', 'Effectiveness check date', 'Effectiveness verification date',
        'Verification date', 'Date verified', 'Verified on', 'Effectiveness reviewed on',
      ],
      de: ['Wirksamkeitsprüfung', 'Datum der Wirksamkeitsprüfung', 'Wirksamkeitsprüfung am', 'Wirksamkeit geprüft am', 'Datum Wirksamkeitsprüfung'],
      fr: ["Date de revue de l'efficacité", "Revue de l'efficacité", "Date de vérification de l'efficacité", 'Date de vérification', 'Vérifié le'],
      es: ['Fecha de revisión de la eficacia', 'Revisión de la eficacia', 'Fecha de verificación', 'Verificado el'],
      pt: ['Data de revisão da eficácia', 'Revisão da eficácia', 'Data de verificação', 'Verificado em'],
      it: ["Data di verifica dell'efficacia", "Verifica dell'efficacia", 'Data di verifica', 'Verificato il'],
      nl: ['Datum effectiviteitstoets', 'Effectiviteitstoets', 'Datum verificatie', 'Geverifieerd op'],
    },
  },
  effectivenessResult: {
    words: {
      en: ['Effectiveness', 'Effectiveness result', 'Effectiveness rating', 'Effective', 'Verification result', 'Effectiveness outcome', 'Result of effectiveness review'],
      de: ['Wirksamkeit', 'Wirksam', 'Ergebnis der Wirksamkeitsprüfung', 'Ergebnis Wirksamkeitsprüfung'],
      fr: ['Efficacité', 'Efficace', "Résultat de l'efficacité", 'Résultat de la vérification'],
      es: ['Eficacia', 'Efectividad', 'Eficaz', 'Resultado de la verificación'],
      pt: ['Eficácia', 'Efetividade', 'Eficaz', 'Resultado da verificação'],
      it: ['Efficacia', 'Efficace', 'Esito della verifica', "Esito verifica dell'efficacia"],
      nl: ['Effectiviteit', 'Effectief', 'Doeltreffendheid', 'Resultaat verificatie'],
    },
  },
  // Evidence that the action was carried out: outright words only, since "Reference" or "Link"
  // in a plan as often name the risk or a ticket of the action itself.
  evidence: {
    words: {
      en: ['Evidence', 'Evidence reference', 'Evidence link', 'Evidence location', 'Evidence of completion', 'Completion evidence', 'Proof', 'Proof of completion', 'Evidence of implementation'],
      de: ['Nachweis', 'Nachweise', 'Umsetzungsnachweis', 'Nachweis der Umsetzung', 'Beleg', 'Belege'],
      fr: ['Preuve', 'Preuves', 'Justificatif', 'Justificatifs', 'Preuve de réalisation', 'Preuve de mise en œuvre'],
      es: ['Evidencia', 'Evidencias', 'Evidencia de implementación', 'Prueba de implementación'],
      pt: ['Evidência', 'Evidências', 'Evidência de implementação', 'Comprovação'],
      it: ['Evidenza', 'Evidenze', "Evidenza dell'attuazione", 'Prova di attuazione'],
      nl: ['Bewijs', 'Bewijsstuk', 'Bewijsstukken', 'Bewijs van uitvoering'],
    },
  },
};
