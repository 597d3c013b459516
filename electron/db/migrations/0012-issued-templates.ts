import type { Migration } from '../migration';

/*
 * The template an act's documents were issued with, kept in the register with the act: once the
 * act has left the secretariat (signed, transmitted or executory) its extract is produced from
 * this text, so that editing the template in Paramètres changes only the acts still in the
 * secretariat. The row is written just before the act leaves, then sealed like the act itself.
 */

const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

const SEALED_MESSAGE =
  "Modèle d'émission : l'acte a quitté le secrétariat (signé, transmis ou exécutoire) ; le modèle avec lequel il a été émis ne change plus.";
const NO_UPDATE_MESSAGE = "Modèle d'émission : un modèle gardé avec un acte n'est jamais modifié.";

const left = (actId: string) =>
  `(EXISTS (SELECT 1 FROM signatures WHERE act_id = ${actId})
   OR EXISTS (SELECT 1 FROM acts WHERE id = ${actId} AND (executory_date IS NOT NULL OR transmission_date IS NOT NULL)))`;

export const migration0012: Migration = {
  version: 12,
  name: 'issued-templates',
  sql: `
CREATE TABLE act_templates (
  act_id INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
  -- The template's name in Paramètres (e.g. 'extrait').
  name TEXT NOT NULL CHECK (length(name) > 0),
  -- Its whole source text as it stood when the act was issued (shipped or custom).
  source TEXT NOT NULL CHECK (length(source) > 0),
  PRIMARY KEY (act_id, name)
) STRICT;

-- Acts that left before this step keep the register's custom extract template, if it has one
-- (the shipped template is not in the register: those acts follow the app's).
INSERT INTO act_templates (act_id, name, source)
SELECT a.id, 'extrait', s.value FROM acts a JOIN settings s ON s.key = 'template.extrait'
WHERE ${left('a.id')};

CREATE TRIGGER act_templates_sealed_insert BEFORE INSERT ON act_templates
WHEN ${left('NEW.act_id')}
BEGIN
  SELECT RAISE(ABORT, ${sqlText(SEALED_MESSAGE)});
END;

CREATE TRIGGER act_templates_no_update BEFORE UPDATE ON act_templates
BEGIN
  SELECT RAISE(ABORT, ${sqlText(NO_UPDATE_MESSAGE)});
END;

CREATE TRIGGER act_templates_sealed_delete BEFORE DELETE ON act_templates
WHEN ${left('OLD.act_id')}
BEGIN
  SELECT RAISE(ABORT, ${sqlText(SEALED_MESSAGE)});
END;
`,
};
