/**
 * El registro de riesgos de un grupo logístico: Spanish headers, the table starting in column B
 * under a title block, the risk description before the asset, 1-5 numeric scales with the
 * team's value (P x I) and level (Bajo / Medio / Alto / Crítico), residual probability, impact
 * and value, and treatment words Mitigar / Aceptar / Transferir / Evitar.
 */
import { band, newWorkbook, saveWorkbook, setWidths, styleBody, styleHeader, writeRows, writeTitle } from './support';

export const scenario = 'Spanish register: Spanish headers, table from column B, 1-5 scales with value and level Bajo..Crítico, residual value';

const NIVELES = [
  [1, 'Bajo'],
  [5, 'Medio'],
  [10, 'Alto'],
  [17, 'Crítico'],
] as const;

// código, descripción, activo, amenaza, vulnerabilidad, responsable, P, I, tratamiento, controles, P residual, I residual, estado
type Row = [string, string, string, string, string, string, number, number, string, string | null, number, number, string];
const RIESGOS: Row[] = [
  ['GLI-R01', 'Robo de credenciales de clientes del portal de seguimiento', 'Portal de seguimiento de envíos', 'Acceso no autorizado', 'Contraseñas débiles sin doble factor', 'Responsable de Sistemas', 4, 4, 'Mitigar', '8.5, 5.17', 2, 3, 'En curso'],
  ['GLI-R02', 'Cifrado de los servidores por ransomware', 'Servidores del almacén central', 'Ransomware', 'Parches de seguridad atrasados', 'Responsable de Sistemas', 3, 5, 'Mitigar', '8.7, 8.8, 8.13', 2, 3, 'En curso'],
  ['GLI-R03', 'Fuga de datos personales de los conductores', 'Datos de RR. HH.', 'Divulgación accidental', 'Nóminas enviadas por correo sin cifrar', 'Directora de RR. HH.', 3, 3, 'Mitigar', '8.24, 5.14', 1, 3, 'Abierto'],
  ['GLI-R04', 'Caída del sistema de gestión de flota', 'Sistema de gestión de flota (SaaS)', 'Fallo del proveedor', 'Sin plan de contingencia manual', 'Jefe de Operaciones', 2, 4, 'Transferir', '5.20, 5.22', 2, 3, 'Abierto'],
  ['GLI-R05', 'Acceso físico no autorizado al CPD', 'CPD de Zaragoza', 'Intrusión física', 'Acceso con una llave compartida', 'Responsable de Seguridad Física', 2, 4, 'Mitigar', '7.1, 7.2', 1, 4, 'Cerrado'],
  ['GLI-R06', 'Manipulación de tarifas en el ERP', 'ERP (Microsoft Dynamics)', 'Fraude interno', 'Falta de segregación de funciones', 'Director Financiero', 2, 4, 'Mitigar', '5.3, 8.15', 1, 3, 'En curso'],
  ['GLI-R07', 'Pérdida de las tabletas de reparto', 'Tabletas de los repartidores', 'Pérdida o robo', 'Sin borrado remoto', 'Jefe de Operaciones', 4, 2, 'Mitigar', '8.1, 7.9', 2, 2, 'Abierto'],
  ['GLI-R08', 'Intercambio de ficheros con clientes por FTP obsoleto', 'Servidor FTP de intercambio', 'Interceptación de datos', 'Protocolo sin cifrado', 'Responsable de Sistemas', 3, 3, 'Evitar', null, 1, 1, 'En curso'],
  ['GLI-R09', 'Incumplimiento del RGPD en las cámaras de los muelles', 'Videovigilancia', 'Sanción de la AEPD', 'Faltan los carteles informativos', 'Delegado de Protección de Datos', 2, 3, 'Mitigar', '5.34, 5.31', 1, 3, 'Cerrado'],
  ['GLI-R10', 'Corte eléctrico en el almacén', 'Almacén central', 'Corte de suministro', 'SAI con baterías antiguas', 'Responsable de Mantenimiento', 2, 2, 'Aceptar', null, 2, 2, 'Cerrado'],
  ['GLI-R11', 'Correo fraudulento que cambia la cuenta bancaria de un proveedor', 'Correo electrónico', 'Ingeniería social', 'Cambios de IBAN aceptados por correo', 'Director Financiero', 4, 4, 'Mitigar', '6.3, 5.14', 2, 3, 'En curso'],
  ['GLI-R12', 'Copias de seguridad del ERP que no se pueden restaurar', 'ERP (Microsoft Dynamics)', 'Fallo técnico', 'Restauraciones nunca probadas', 'Responsable de Sistemas', 2, 3, 'Mitigar', '8.13', 1, 2, 'Abierto'],
  ['GLI-R13', 'Actualización maliciosa del software de rutas', 'Software de planificación de rutas', 'Compromiso del proveedor', 'Actualizaciones automáticas sin verificación', 'Responsable de Sistemas', 4, 5, 'Mitigar', '5.21, 5.22, 8.19', 2, 4, 'Abierto'],
];

const HEADER = 5;
const LEFT = 2;
const CABECERAS = [
  'Código',
  'Descripción del riesgo',
  'Activo',
  'Amenaza',
  'Vulnerabilidad',
  'Responsable',
  'Probabilidad (1-5)',
  'Impacto (1-5)',
  'Valor del riesgo',
  'Nivel de riesgo',
  'Tratamiento',
  'Controles (Anexo A)',
  'Probabilidad residual',
  'Impacto residual',
  'Riesgo residual',
  'Estado',
];

export async function build(): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Riesgos');
  writeTitle(ws, 1, LEFT, 'Grupo Logístico Ibérico, S.L.');
  writeRows(ws, 2, LEFT, [['Registro de riesgos de seguridad de la información'], ['Revisado por el Comité de Seguridad el 22/09/2026']]);
  writeRows(ws, HEADER, LEFT, [CABECERAS]);
  RIESGOS.forEach(([codigo, descripcion, activo, amenaza, vuln, responsable, p, i, tratamiento, controles, pr, ir, estado], k) => {
    writeRows(ws, HEADER + 1 + k, LEFT, [[codigo, descripcion, activo, amenaza, vuln, responsable, p, i, p * i, band(p * i, NIVELES), tratamiento, controles, pr, ir, pr * ir, estado]]);
  });
  styleHeader(ws, HEADER, HEADER, LEFT, LEFT + CABECERAS.length - 1);
  styleBody(ws, HEADER + 1, HEADER + RIESGOS.length, LEFT, LEFT + CABECERAS.length - 1);
  setWidths(ws, [3, 9, 40, 26, 22, 30, 26, 11, 10, 9, 9, 11, 16, 11, 10, 9, 10]);
  return saveWorkbook(wb);
}
