from __future__ import annotations

from django import forms

from bots.models import Persona
from rooms.models import Room
from rooms.services import id_clean


class PersonaChoiceField(forms.ModelMultipleChoiceField):
    """Personas by id; an id that is not a whole number in the database's range is refused
    before it reaches a query (SQLite cannot even compare with one)."""

    def clean(self, value):
        if isinstance(value, (list, tuple)):
            for pk in value:
                message = self.error_messages["invalid_pk_value"] % {"pk": pk}
                id_clean(pk, message=message, code="invalid_pk_value")
        return super().clean(value)


class ChatThemeForm(forms.Form):
    """The one setting of a one-to-one chat with a persona: what it is about, if anything."""

    topic = forms.CharField(
        label="Theme",
        max_length=200,
        required=False,
        help_text="What this chat is about, if anything; the persona keeps to it.",
    )


class RoomPersonasForm(forms.Form):
    """What a room's owner sets for its AI guests: the theme, who is present, how chatty."""

    topic = forms.CharField(label="Theme", max_length=200, required=False)
    ai_chattiness = forms.ChoiceField(
        label="How chatty the personas are",
        choices=[c for c in Room.Chattiness.choices if c[0] != Room.Chattiness.ALWAYS],
    )
    ai_join_on_mention = forms.BooleanField(
        label="A mention brings a persona in",
        required=False,
        help_text="@name of a persona not in the room adds it here to answer.",
    )
    personas = PersonaChoiceField(
        queryset=Persona.objects.filter(is_active=True, is_house_bot=False).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    # The personas the form showed as present when it was drawn: only those can be taken out
    # by leaving them unticked, so a persona that joined since (by a mention) stays.
    personas_shown = PersonaChoiceField(
        queryset=Persona.objects.all(), required=False, widget=forms.MultipleHiddenInput
    )
