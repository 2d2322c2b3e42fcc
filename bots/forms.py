from __future__ import annotations

from django import forms

from bots.models import Persona
from rooms.models import Room


class RoomPersonasForm(forms.Form):
    """What a room's owner sets for its AI guests: the theme, who is present, how chatty."""

    topic = forms.CharField(label="Theme", max_length=200, required=False)
    ai_chattiness = forms.ChoiceField(
        label="How chatty the personas are",
        choices=[c for c in Room.Chattiness.choices if c[0] != Room.Chattiness.ALWAYS],
    )
    personas = forms.ModelMultipleChoiceField(
        queryset=Persona.objects.filter(is_active=True, is_house_bot=False).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
