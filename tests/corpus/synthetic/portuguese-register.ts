/**
 * A planilha de riscos de uma fintech brasileira: Portuguese headers from row 1 (no title),
 * three-level word scales (Baixa / Média / Alta, Baixo / Médio / Alto), a level from the team's
 * 3 x 3 matrix, treatment words Mitigar / Aceitar / Transferir / Evitar, and who approved an
 * accepted risk and when.
 */
import { day, lookup, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows } from './support';

export const scenario = 'Portuguese (Brazil) register: headers in row 1, word scales Baixa..Alta, level from a 3 x 3 matrix, approver and approval date';

type Probabilidade = 'Baixa' | 'Média' | 'Alta';
type Impacto = 'Baixo' | 'Médio' | 'Alto';
const P: readonly Probabilidade[] = ['Baixa', 'Média', 'Alta'];
const I: readonly Impacto[] = ['Baixo', 'Médio', 'Alto'];
const MATRIZ = [
  ['Baixo', 'Baixo', 'Médio'],
  ['Baixo', 'Médio', 'Alto'],
  ['Médio', 'Alto', 'Alto'],
] as const;

// id, ativo, ameaça, vulnerabilidade, P, I, tratamento, controles, responsável, aprovado por, data de aprovação, situação
type Row = [string, string, string, string, Probabilidade, Impacto, string, string | null, string, string | null, string | null, string];
const RISCOS: Row[] = [
  ['AUR-01', 'App de pagamentos (mobile)', 'Fraude com contas invadidas', 'Autenticação apenas por senha', 'Alta', 'Alto', 'Mitigar', '8.5, 5.17, 8.16', 'Gerente de Segurança da Informação', null, null, 'Em andamento'],
  ['AUR-02', 'Base de clientes (PostgreSQL)', 'Vazamento de dados pessoais (LGPD)', 'Backups sem criptografia em bucket de nuvem', 'Média', 'Alto', 'Mitigar', '8.24, 8.13, 5.34', 'Encarregado de Dados (DPO)', null, null, 'Aberto'],
  ['AUR-03', 'API de pagamentos Pix', 'Indisponibilidade por ataque DDoS', 'Sem proteção anti-DDoS dedicada', 'Média', 'Alto', 'Transferir', '5.21, 5.22', 'Gerente de Infraestrutura', null, null, 'Concluído'],
  ['AUR-04', 'Repositórios de código (GitLab)', 'Segredos expostos no código-fonte', 'Chaves de API em arquivos de configuração', 'Média', 'Médio', 'Mitigar', '8.4, 8.28', 'Líder de Engenharia', null, null, 'Em andamento'],
  ['AUR-05', 'Notebooks dos colaboradores', 'Furto de notebook', 'Disco sem criptografia', 'Média', 'Médio', 'Mitigar', '8.1, 8.24', 'Gerente de TI', null, null, 'Concluído'],
  ['AUR-06', 'Atendimento ao cliente (terceirizado)', 'Engenharia social contra atendentes', 'Verificação de identidade fraca', 'Alta', 'Médio', 'Mitigar', '6.3, 5.19, 5.20', 'Gerente de Operações', null, null, 'Aberto'],
  ['AUR-07', 'Servidor legado de conciliação', 'Exploração de vulnerabilidade conhecida', 'Sistema operacional sem suporte', 'Média', 'Médio', 'Evitar', null, 'Gerente de Infraestrutura', null, null, 'Em andamento'],
  ['AUR-08', 'Escritório de São Paulo', 'Acesso físico não autorizado', 'Recepção sem controle de visitantes', 'Baixa', 'Médio', 'Aceitar', null, 'Gerente Administrativo', 'Diretor de Operações', '2026-08-14', 'Concluído'],
  ['AUR-09', 'Logs de transações', 'Perda de logs exigidos pelo Banco Central', 'Retenção de logs de apenas 30 dias', 'Média', 'Alto', 'Mitigar', '8.15, 5.33', 'Gerente de Segurança da Informação', null, null, 'Aberto'],
  ['AUR-10', 'Provedor de nuvem (AWS)', 'Falha regional do provedor', 'Ambiente em uma única região', 'Baixa', 'Alto', 'Aceitar', null, 'Gerente de Infraestrutura', 'Diretor de Tecnologia (CTO)', '2026-09-30', 'Concluído'],
  ['AUR-11', 'Chaves de criptografia (HSM)', 'Perda das chaves de assinatura', 'Procedimento de custódia não documentado', 'Baixa', 'Alto', 'Mitigar', '8.24, 5.37', 'Gerente de Segurança da Informação', null, null, 'Aberto'],
  ['AUR-12', 'E-mail corporativo (Google Workspace)', 'Phishing direcionado à diretoria', 'Sem análise avançada de anexos', 'Alta', 'Alto', 'Mitigar', '8.7, 6.3', 'Gerente de TI', null, null, 'Em andamento'],
];

const CABECALHOS = [
  'ID do Risco',
  'Ativo',
  'Ameaça',
  'Vulnerabilidade',
  'Probabilidade',
  'Impacto',
  'Nível de Risco',
  'Tratamento',
  'Controles (Anexo A)',
  'Responsável',
  'Aprovado por',
  'Data de aprovação',
  'Situação',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Riscos');
  writeRows(ws, 1, 1, [CABECALHOS]);
  RISCOS.forEach(([id, ativo, ameaca, vuln, p, i, tratamento, controles, responsavel, aprovador, aprovadoEm, situacao], k) => {
    const row = 2 + k;
    writeRows(ws, row, 1, [[id, ativo, ameaca, vuln, p, i, lookup(MATRIZ, P.indexOf(p), I.indexOf(i)), tratamento, controles, responsavel, aprovador, aprovadoEm ? day(aprovadoEm) : null, situacao]]);
    ws.getCell(row, 12).numFmt = 'dd/mm/yyyy';
  });
  styleHeader(ws, 1, 1, 1, CABECALHOS.length);
  styleBody(ws, 2, 1 + RISCOS.length, 1, CABECALHOS.length);
  setWidths(ws, [9, 30, 34, 34, 13, 10, 11, 12, 16, 30, 24, 12, 13]);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return saveWorkbook(wb);
}
