"""A turn remembers whether its message asked the persona at all, as the plan knew when it
claimed the turn, instead of `turn_begin` working it out again."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('bots', '0005_room_index_in_under_way'),
    ]

    operations = [
        migrations.AddField(
            model_name='botturn',
            name='unasked',
            field=models.BooleanField(default=False, help_text='Nobody asked the persona: it joins people talking among themselves.'),
        ),
    ]
