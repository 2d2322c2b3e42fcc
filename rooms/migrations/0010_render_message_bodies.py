"""Render the bodies of the messages written before formatting (rooms.formatting), in
batches, so that every message shows from its stored HTML."""

from django.db import migrations

BATCH = 500


def render_bodies(apps, schema_editor):
    from rooms.formatting import body_html

    Message = apps.get_model("rooms", "Message")
    last = 0
    while True:
        batch = list(
            Message.objects.filter(pk__gt=last, deleted_at__isnull=True)
            .order_by("pk")
            .only("pk", "body", "mention_names")[:BATCH]
        )
        if not batch:
            return
        for message in batch:
            message.body_html = body_html(message.body, message.mention_names or [])
        Message.objects.bulk_update(batch, ["body_html"])
        last = batch[-1].pk


class Migration(migrations.Migration):
    dependencies = [("rooms", "0009_message_body_html")]

    operations = [migrations.RunPython(render_bodies, migrations.RunPython.noop, elidable=True)]
