import importlib

from django.db import migrations

# 0013 added Message.attachments, and SQLite rebuilt rooms_message for it: the search index's
# triggers went with the old table, so new messages were no longer found. They are made
# again here (rooms/migrations/0008_message_search.py), and the index filled again from the
# rows, which also finds the messages written since 0013 ran.
body_html = importlib.import_module("rooms.migrations.0009_message_body_html")


def triggers_and_index_again(apps, schema_editor):
    body_html.search_triggers_again(apps, schema_editor)
    if schema_editor.connection.vendor == "sqlite":
        # Not 'rebuild': that would index every row, Salon's own notices too.
        schema_editor.execute(
            "INSERT INTO rooms_message_search (rooms_message_search) VALUES ('delete-all')",
            params=None,
        )
        schema_editor.execute(body_html.search.SQLITE_FORWARD[1], params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("rooms", "0013_attachments"),
    ]

    operations = [
        migrations.RunPython(triggers_and_index_again, body_html.search_triggers_again),
    ]
