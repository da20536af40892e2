-- A county's own signature-cure settings (issue 16): the ways it accepts a signature (a JSON
-- list of drawn, photo, typed; all three unless it says otherwise) and its statement's wording
-- per language (a JSON object from language code to text; {}: the tracker's own wording).
ALTER TABLE county ADD COLUMN cure_methods TEXT NOT NULL DEFAULT '["drawn","photo","typed"]';
ALTER TABLE county ADD COLUMN cure_statements TEXT NOT NULL DEFAULT '{}';
