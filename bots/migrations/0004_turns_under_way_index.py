"""An index for the turn-taking question asked on every message a persona may answer: which
personas have a turn under way in this room (`bots.services._claim`)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("bots", "0003_chat_theme_not_bio"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="botturn",
            index=models.Index(
                fields=["room", "status", "created_at"], name="bot_turn_under_way"
            ),
        ),
    ]
