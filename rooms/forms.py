from __future__ import annotations

from django import forms

from rooms.models import Room


class RoomForm(forms.ModelForm):
    class Meta:
        model = Room
        fields = ["name", "topic", "is_private"]
        labels = {"name": "Room name", "topic": "Topic", "is_private": "Private"}
        widgets = {
            "name": forms.TextInput(attrs={"placeholder": "e.g. Book club", "autocomplete": "off"}),
            "topic": forms.TextInput(
                attrs={"placeholder": "What is it about? (optional)", "autocomplete": "off"}
            ),
        }

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Give the room a name.", code="required")
        return name
