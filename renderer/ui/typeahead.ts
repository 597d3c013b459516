/**
 * What typing finds an option by: a member is found by surname (« PON » → « M. Ludovic PONTONE »),
 * not by the civility every label starts with; any other label stays as it is.
 */
export function typeaheadText(label: string): string {
  const named = /^(?:M\.|Mme|Mlle|Monsieur|Madame)\s+(.*)$/.exec(label);
  if (named === null) return label;
  const rest = named[1] ?? '';
  // The surname is the run of capitalised words (« DE LA ROCHE », « BICAIS »), the first names the rest.
  // Word edges are Unicode letters and digits: JavaScript's \b knows only ASCII and would cut « ÉPÉE » after « É ».
  const surname = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]*)*)(?![\p{L}\p{N}])/u.exec(rest);
  if (surname === null) return rest;
  const firstNames = (rest.slice(0, surname.index) + rest.slice(surname.index + surname[0].length)).replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
  return `${surname[0]} ${firstNames}`.trim();
}
