/**
 * The words Google Sheets reads as a boolean or a month when text is typed, or arrives through
 * `setValues`, in a spreadsheet of another language: in a German spreadsheet "Wahr" is TRUE and
 * "Mär 5" the fifth of March. A spreadsheet's locale can be any of Sheets' languages and can change
 * after a run, so the Sheets host quotes text that any of these would read, not only what the
 * current locale would: an apostrophe too many is never seen, one too few turns a person's text
 * into a value. The booleans are those Excel and Sheets show in each language.
 */

/** TRUE and FALSE in the languages Sheets localises them in, upper case. */
export const BOOLEAN_WORDS: ReadonlySet<string> = new Set([
  'TRUE', 'FALSE', // English
  'WAHR', 'FALSCH', // German
  'VRAI', 'FAUX', // French
  'VERDADERO', 'FALSO', // Spanish, Italian and Portuguese FALSO
  'VERO', // Italian
  'VERDADEIRO', // Portuguese
  'WAAR', 'ONWAAR', // Dutch
  'SANT', 'FALSKT', // Swedish
  'SAND', 'FALSK', // Danish
  'SANN', 'USANN', // Norwegian
  'TOSI', 'EPÄTOSI', // Finnish
  'PRAWDA', 'FAŁSZ', // Polish
  'PRAVDA', 'NEPRAVDA', // Czech
  'IGAZ', 'HAMIS', // Hungarian
  'DOĞRU', 'YANLIŞ', // Turkish
  'ИСТИНА', 'ЛОЖЬ', // Russian
  'ΑΛΗΘΕΣ', 'ΨΕΥΔΕΣ', // Greek
]);

/** Month names, lower case, in the languages whose months are written in letters before a day. */
const MONTH_NAMES: readonly string[] = [
  // English
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // German (and Austrian Jänner)
  'januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember',
  // French
  'janvier', 'février', 'mars', 'avril', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  // Spanish
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
  // Italian
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  // Portuguese
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'dezembro',
  // Dutch
  'januari', 'februari', 'maart', 'mei', 'augustus',
  // Swedish, Danish, Norwegian
  'augusti', 'maj', 'marts', 'desember',
  // Finnish
  'tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu',
  // Polish (nominative and genitive)
  'styczeń', 'stycznia', 'luty', 'lutego', 'marzec', 'marca', 'kwiecień', 'kwietnia', 'maja', 'czerwiec', 'czerwca', 'lipiec', 'lipca',
  'sierpień', 'sierpnia', 'wrzesień', 'września', 'październik', 'października', 'listopad', 'listopada', 'grudzień', 'grudnia',
  // Czech
  'leden', 'únor', 'březen', 'duben', 'květen', 'červen', 'červenec', 'srpen', 'září', 'říjen', 'prosinec',
  // Turkish
  'ocak', 'şubat', 'mart', 'nisan', 'mayis', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasim', 'aralik',
  // Russian (nominative and genitive)
  'январь', 'января', 'февраль', 'февраля', 'март', 'марта', 'апрель', 'апреля', 'май', 'мая', 'июнь', 'июня', 'июль', 'июля',
  'август', 'августа', 'сентябрь', 'сентября', 'октябрь', 'октября', 'ноябрь', 'ноября', 'декабрь', 'декабря',
];

/** Abbreviations that are not the start of their month's name. */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['mrt']);

/** Lower case, with Turkish dotless ı read as i (MAYIS lower-cases to "mayis" outside Turkish). */
function folded(word: string): string {
  return word.toLowerCase().replace(/ı/g, 'i');
}

/**
 * True for a word that names a month: a month's name in full, or the first three or more letters
 * of one ("Mär", "févr", "Sept").
 */
export function isMonthWord(word: string): boolean {
  const w = folded(word);
  if (MONTH_ABBREVIATIONS.has(w)) return true;
  if (w.length < 3) return false;
  return MONTH_NAMES.some((name) => name.startsWith(w));
}
