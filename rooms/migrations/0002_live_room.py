from django.conf import settings
from django.db import migrations, models
from django.db.models import F, Max


def number_existing_messages(apps, schema_editor):
    """Give existing messages their room's change counter in id order."""
    Room = apps.get_model("rooms", "Room")
    Message = apps.get_model("rooms", "Message")
    for room in Room.objects.all():
        Message.objects.filter(room=room).update(seq=F("id"))
        top = Message.objects.filter(room=room).aggregate(top=Max("seq"))["top"] or 0
        Room.objects.filter(pk=room.pk).update(seq=top)


class Migration(migrations.Migration):
    dependencies = [
        ("rooms", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="room",
            name="seq",
            field=models.BigIntegerField(
                default=0,
                editable=False,
                help_text="The room's change counter: the seq given to the latest message change.",
            ),
        ),
        migrations.AddField(
            model_name="membership",
            name="is_present",
            field=models.BooleanField(
                default=False,
                editable=False,
                help_text="Whether the room was last told this member is online.",
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="seq",
            field=models.BigIntegerField(
                default=0,
                editable=False,
                help_text="The room's change counter when this message last changed (created, "
                "edited or deleted): pages catch up on everything above the seq they have.",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(number_existing_messages, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="message",
            constraint=models.UniqueConstraint(
                fields=("room", "seq"), name="message_unique_room_seq"
            ),
        ),
        migrations.AddField(
            model_name="message",
            name="mentions",
            field=models.ManyToManyField(
                blank=True, related_name="mentioned_in", to=settings.AUTH_USER_MODEL
            ),
        ),
        migrations.CreateModel(
            name="RoomConnection",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("channel_name", models.CharField(max_length=200, unique=True)),
                ("opened_at", models.DateTimeField(auto_now_add=True)),
                ("last_seen", models.DateTimeField(db_index=True)),
                ("room", models.ForeignKey(on_delete=models.deletion.CASCADE, related_name="connections", to="rooms.room")),
                ("user", models.ForeignKey(on_delete=models.deletion.CASCADE, related_name="room_connections", to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "indexes": [models.Index(fields=["room", "user"], name="connection_room_user_idx")],
            },
        ),
    ]
