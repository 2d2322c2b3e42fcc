"""Mentions name real people and personas only: each message keeps the usernames its
@mentions named (filled in here for the messages written before), and a room says whether a
mention brings a persona in."""

import re

from django.db import migrations, models
from django.db.models.functions import Lower

# rooms.mentions.MENTION and MENTION_LIMIT as they were when this migration was written.
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")
MENTION_LIMIT = 20
CHUNK = 500


def fill_mention_names(apps, schema_editor):
    Message = apps.get_model("rooms", "Message")
    User = apps.get_model("accounts", "User")
    rows = Message.objects.filter(body__contains="@", deleted_at__isnull=True).only("pk", "body")
    batch = []
    for message in rows.iterator(chunk_size=CHUNK):
        written = [m.group(1) for m in MENTION.finditer(message.body)][:MENTION_LIMIT]
        if not written:
            continue
        message.written = written
        batch.append(message)
        if len(batch) == CHUNK:
            _resolve(Message, User, batch)
            batch = []
    if batch:
        _resolve(Message, User, batch)


def _resolve(Message, User, batch):
    lowered = {name.lower() for message in batch for name in message.written}
    known = {
        lower: username
        for username, lower in User.objects.annotate(lower=Lower("username"))
        .filter(lower__in=lowered)
        .values_list("username", "lower")
    }
    changed = []
    for message in batch:
        names = list(dict.fromkeys(known[n.lower()] for n in message.written if n.lower() in known))
        if names:
            message.mention_names = names
            changed.append(message)
    Message.objects.bulk_update(changed, ["mention_names"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_username_rules"),
        ("rooms", "0006_direct_messages"),
    ]

    operations = [
        migrations.AddField(
            model_name="message",
            name="mention_names",
            field=models.JSONField(
                blank=True,
                default=list,
                editable=False,
                help_text="The usernames its @mentions named when it was written or last edited "
                "(people and personas): only these show as mentions.",
            ),
        ),
        migrations.AddField(
            model_name="room",
            name="ai_join_on_mention",
            field=models.BooleanField(
                default=True,
                help_text="@name of a persona that is not in the room brings it in to answer.",
                verbose_name="Personas join when mentioned",
            ),
        ),
        migrations.RunPython(fill_mention_names, migrations.RunPython.noop),
    ]
