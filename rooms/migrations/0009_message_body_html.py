import importlib

from django.db import migrations, models

# SQLite rebuilds rooms_message to add a NOT NULL column, and the search index's triggers go
# with the old table: they are made again (rooms/migrations/0008_message_search.py).
search = importlib.import_module("rooms.migrations.0008_message_search")


def search_triggers_again(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in search.SQLITE_BACKWARD[:3] + search.SQLITE_FORWARD[2:]:
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("rooms", "0008_message_search"),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, search_triggers_again),
        migrations.AddField(
            model_name="message",
            name="body_html",
            field=models.TextField(
                blank=True,
                default="",
                editable=False,
                help_text="The body rendered (Markdown subset, mentions, links) and sanitised "
                "when it was written or last edited (rooms.formatting): what every reader is "
                "shown.",
            ),
        ),
        migrations.RunPython(search_triggers_again, migrations.RunPython.noop),
    ]
