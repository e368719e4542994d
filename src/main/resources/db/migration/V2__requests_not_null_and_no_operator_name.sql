-- Every support request is filed by someone signed in, and every change of its status is
-- made by someone signed in: their user names are always there.
-- Portable SQL: the same migrations run on the embedded H2 and on PostgreSQL.

-- No request or change without a user name can exist; should one, it keeps what it had.
UPDATE support_request SET operator_principal = operator_name WHERE operator_principal IS NULL;
ALTER TABLE support_request ALTER COLUMN operator_principal SET NOT NULL;

UPDATE support_request_change SET actor = 'unknown' WHERE actor IS NULL;
ALTER TABLE support_request_change ALTER COLUMN actor SET NOT NULL;

-- A request is filed under the operator's user name; the form no longer asks for another
-- name, so the copy of it goes.
ALTER TABLE support_request DROP COLUMN operator_name;
