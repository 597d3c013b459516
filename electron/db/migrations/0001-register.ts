import type { Migration } from '../migration';

/**
 * The register: collectivity, bodies, members and their mandates, sessions with their roster and
 * default attendance, acts with their per-act attendance changes, and the ledger of act numbers.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'register',
  sql: `
CREATE TABLE collectivity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  department_code TEXT NOT NULL CHECK (department_code GLOB '[09][0-9][0-9AB]'),
  siren TEXT NOT NULL CHECK (siren GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  website_label TEXT NOT NULL
) STRICT;

CREATE TABLE bodies (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE CHECK (code IN ('CP', 'CD')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  heading TEXT NOT NULL,
  assembly TEXT NOT NULL,
  series TEXT NOT NULL UNIQUE CHECK (series GLOB '[A-Z]')
) STRICT;

CREATE TABLE members (
  id INTEGER PRIMARY KEY,
  civility TEXT NOT NULL CHECK (civility IN ('M.', 'Mme')),
  first_name TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  UNIQUE (civility, first_name, last_name)
) STRICT;

-- A mandate on a body; quality and precedence are those of the mandate (they change with elections).
CREATE TABLE mandates (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  start_date TEXT NOT NULL,
  end_date TEXT,
  quality TEXT,
  precedence INTEGER CHECK (precedence IS NULL OR precedence >= 0),
  CHECK (end_date IS NULL OR end_date >= start_date)
) STRICT;
CREATE INDEX mandates_by_body ON mandates (body_id, start_date);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  body_id INTEGER NOT NULL REFERENCES bodies (id),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
  place TEXT NOT NULL CHECK (length(trim(place)) > 0),
  president_id INTEGER NOT NULL REFERENCES members (id),
  certifier_formula TEXT NOT NULL,
  certifier_quality TEXT NOT NULL,
  certifier_name TEXT NOT NULL,
  UNIQUE (body_id, date)
) STRICT;
CREATE INDEX sessions_by_date ON sessions (date);

-- The members in office on the session date (frozen) and their default attendance for the session.
CREATE TABLE session_members (
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  quality TEXT,
  precedence INTEGER,
  status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  holder_id INTEGER,
  proxy_position INTEGER,
  PRIMARY KEY (session_id, member_id),
  FOREIGN KEY (session_id, holder_id) REFERENCES session_members (session_id, member_id),
  CHECK ((holder_id IS NULL) = (proxy_position IS NULL)),
  CHECK (holder_id IS NULL OR (holder_id <> member_id AND status <> 'present'))
) STRICT;
CREATE UNIQUE INDEX session_members_one_proxy_held ON session_members (session_id, holder_id)
  WHERE holder_id IS NOT NULL;

CREATE TABLE recueils (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL CHECK (number > 0),
  publication_date TEXT NOT NULL,
  section TEXT,
  back_cover TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(back_cover)),
  UNIQUE (year, number)
) STRICT;

CREATE TABLE acts (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id),
  number INTEGER NOT NULL CHECK (number > 0),
  object TEXT NOT NULL CHECK (length(trim(object)) > 0),
  service_code_lines TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(service_code_lines)),
  examination_sentence TEXT,
  presiding_id INTEGER REFERENCES members (id),
  visas TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(visas)),
  considerants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(considerants)),
  decisions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions)),
  decision_notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decision_notes)),
  outcome TEXT NOT NULL CHECK (json_valid(outcome)),
  annexes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(annexes)),
  internal_id TEXT CHECK (internal_id IS NULL OR (length(internal_id) BETWEEN 1 AND 15
    AND internal_id NOT GLOB '*[^a-zA-Z0-9_]*')),
  nature TEXT NOT NULL DEFAULT 'DE' CHECK (nature IN ('DE', 'AR', 'AI', 'CC', 'BF', 'AU')),
  legality_reception_date TEXT,
  executory_date TEXT,
  online_date TEXT,
  UNIQUE (session_id, number)
) STRICT;

-- Every number ever given in a session: a number once used is never given again, even after a
-- renumbering, and SQLite refuses it whatever the caller.
CREATE TABLE act_numbers_used (
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  PRIMARY KEY (session_id, number)
) STRICT;
CREATE TRIGGER acts_number_on_insert AFTER INSERT ON acts BEGIN
  INSERT INTO act_numbers_used (session_id, number) VALUES (NEW.session_id, NEW.number);
END;
CREATE TRIGGER acts_number_on_update AFTER UPDATE OF number ON acts WHEN NEW.number <> OLD.number BEGIN
  INSERT INTO act_numbers_used (session_id, number) VALUES (NEW.session_id, NEW.number);
END;

-- A per-act change replaces the member's session entry for that act only.
CREATE TABLE act_attendance (
  act_id INTEGER NOT NULL REFERENCES acts (id) ON DELETE CASCADE,
  member_id INTEGER NOT NULL REFERENCES members (id),
  status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused', 'withdrawn')),
  holder_id INTEGER REFERENCES members (id),
  basis TEXT CHECK (basis IS NULL OR basis IN ('L1111-6', 'interest')),
  reason TEXT,
  position INTEGER NOT NULL,
  PRIMARY KEY (act_id, member_id),
  CHECK (holder_id IS NULL OR (holder_id <> member_id AND status <> 'present')),
  CHECK ((status = 'withdrawn') = (basis IS NOT NULL))
) STRICT;
`,
};
