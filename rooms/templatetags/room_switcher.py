from __future__ import annotations

from django import template

from rooms import direct
from rooms.models import Membership

register = template.Library()


@register.inclusion_tag("rooms/_room_switcher.html", takes_context=True)
def room_switcher(context, current) -> dict:
    """The viewer's rooms and direct chats, to go from one room to another (one query)."""
    user = context["request"].user
    memberships = (
        Membership.objects.filter(user=user)
        .select_related("room", "room__direct_chat__user_low", "room__direct_chat__user_high")
        .order_by("room__name")
    )
    rooms, chats = direct.memberships_split(memberships, user=user)
    return {"rooms": rooms, "chats": chats, "current": current}
