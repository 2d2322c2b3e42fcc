from __future__ import annotations

from django import template

from bots import selectors
from bots.forms import ChatThemeForm, RoomPersonasForm

register = template.Library()


@register.inclusion_tag("bots/room_personas.html")
def room_personas_panel(room, membership) -> dict:
    """The personas in a room and, for its owner, the form to choose them."""
    present = selectors.room_personas(room=room)
    is_owner = membership is not None and membership.role == "owner"
    form = None
    if is_owner and room.ai_chattiness == "always":
        # A one-to-one chat keeps its persona and its "always answer" mode: only a theme.
        form = ChatThemeForm(initial={"topic": room.topic})
    elif is_owner:
        form = RoomPersonasForm(
            initial={
                "topic": room.topic,
                "ai_chattiness": room.ai_chattiness,
                "ai_join_on_mention": room.ai_join_on_mention,
                "personas": [p.pk for p in present],
                "personas_shown": [p.pk for p in present],
            }
        )
    return {
        "room": room,
        "present": present,
        "form": form,
        "is_chat": room.ai_chattiness == "always",
    }


@register.inclusion_tag("bots/chat_list.html")
def persona_chat_list() -> dict:
    """Personas a person can open a one-to-one chat with."""
    return {"personas": list(selectors.active_personas().order_by("-is_house_bot", "name"))}
