"""The room's own index on turns goes: `bot_turn_under_way` (room, status, created_at) leads
with the room and serves every lookup by it, and with two to choose from the planner could
pick the plain one and walk every turn the room ever had."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('bots', '0004_turns_under_way_index'),
        ('rooms', '0014_search_triggers_again'),
    ]

    operations = [
        migrations.AlterField(
            model_name='botturn',
            name='room',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='bot_turns', to='rooms.room'),
        ),
    ]
