"""Full-text search of messages (issue 11, part 4), one index per database.

SQLite: an FTS5 table over rooms_message (external content: the text lives once, in the
message row), kept in step by triggers. PostgreSQL: a GIN index on the same to_tsvector
expression that rooms.search queries with. Both index live messages by people and personas
only: a deleted message (its body emptied) or Salon's own notices are never found.

On SQLite, a later migration that rebuilds rooms_message (Django does for many field changes)
drops these triggers with the old table: it must run SQLITE_FORWARD's triggers again
(tests/rooms/test_search.py checks they exist after every migration).
"""

from django.db import migrations

# The text-search configuration of both stacks: words as written, no stemming, no stop
# words, so that a search finds the same messages on either database whatever the language.
SEARCH_CONFIG = "simple"

INDEXED = "{row}.deleted_at IS NULL AND {row}.kind <> 'system'"

SQLITE_FORWARD = [
    # unicode61 without diacritics folding, to match PostgreSQL's "simple" configuration.
    "CREATE VIRTUAL TABLE rooms_message_search USING fts5("
    "body, content='rooms_message', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "INSERT INTO rooms_message_search (rowid, body) SELECT id, body FROM rooms_message "
    f"WHERE {INDEXED.format(row='rooms_message')}",
    "CREATE TRIGGER rooms_message_search_insert AFTER INSERT ON rooms_message "
    f"WHEN {INDEXED.format(row='new')} BEGIN "
    "INSERT INTO rooms_message_search (rowid, body) VALUES (new.id, new.body); END",
    # An external-content index forgets a row by being given the text it indexed.
    "CREATE TRIGGER rooms_message_search_delete AFTER DELETE ON rooms_message "
    f"WHEN {INDEXED.format(row='old')} BEGIN "
    "INSERT INTO rooms_message_search (rooms_message_search, rowid, body) "
    "VALUES ('delete', old.id, old.body); END",
    # An edit or a delete: the old text out (if indexed), the new text in (if still live).
    "CREATE TRIGGER rooms_message_search_update AFTER UPDATE OF body, deleted_at "
    "ON rooms_message WHEN old.body IS NOT new.body OR old.deleted_at IS NOT new.deleted_at "
    "BEGIN "
    "INSERT INTO rooms_message_search (rooms_message_search, rowid, body) "
    f"SELECT 'delete', old.id, old.body WHERE {INDEXED.format(row='old')}; "
    "INSERT INTO rooms_message_search (rowid, body) "
    f"SELECT new.id, new.body WHERE {INDEXED.format(row='new')}; END",
]

SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS rooms_message_search_update",
    "DROP TRIGGER IF EXISTS rooms_message_search_delete",
    "DROP TRIGGER IF EXISTS rooms_message_search_insert",
    "DROP TABLE IF EXISTS rooms_message_search",
]

# PostgreSQL's parser reads `<word>` as an HTML tag and `&amp;` as an entity, and leaves
# them out: the text is indexed with <, > and & swapped for private-use characters (not word
# characters either), as rooms.search.searched_text does. The expression is the one Django
# writes for SearchVector(searched_text, config="simple"), so the planner recognises it;
# partial, like the queries (deleted and system messages excluded).
POSTGRES_FORWARD = [
    "CREATE INDEX rooms_message_search_idx ON rooms_message USING gin "
    f"(to_tsvector('{SEARCH_CONFIG}'::regconfig, "
    "COALESCE(translate(body, '<>&', '\ue002\ue003\ue004'), ''))) "
    f"WHERE {INDEXED.format(row='rooms_message')}",
]

POSTGRES_BACKWARD = ["DROP INDEX IF EXISTS rooms_message_search_idx"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return run


class Migration(migrations.Migration):
    dependencies = [("rooms", "0007_mentions")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
