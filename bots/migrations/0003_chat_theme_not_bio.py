"""One-to-one chats with a persona were given its bio as their theme: clear those themes (a
theme the person set themselves stays)."""

from django.db import migrations


def clear_bio_themes(apps, schema_editor):
    Room = apps.get_model("rooms", "Room")
    RoomPersona = apps.get_model("bots", "RoomPersona")
    seats = RoomPersona.objects.filter(room__ai_chattiness="always").values_list(
        "room_id", "persona__bio"
    )
    for room_id, bio in seats.iterator():
        Room.objects.filter(pk=room_id, topic=bio).update(topic="")


class Migration(migrations.Migration):
    dependencies = [
        ("bots", "0002_persona_material"),
        ("rooms", "0006_direct_messages"),
    ]

    operations = [migrations.RunPython(clear_bio_themes, migrations.RunPython.noop)]
