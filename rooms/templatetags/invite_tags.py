from __future__ import annotations

from django import template

from rooms import invites

register = template.Library()


@register.inclusion_tag("rooms/_invites.html", takes_context=True)
def pending_invites(context) -> dict:
    """The invites by username waiting for the person viewing the lobby (one query)."""
    request = context["request"]
    return {
        "invites": list(invites.invites_pending(user=request.user)),
        "csrf_token": context.get("csrf_token"),
    }
