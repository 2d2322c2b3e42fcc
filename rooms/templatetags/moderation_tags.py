from __future__ import annotations

from datetime import datetime

from django import template

from rooms import services

register = template.Library()


@register.filter
def mute_end(until: datetime | None) -> str:
    """`{{ membership.muted_until|mute_end }}`: "14:05 UTC", as the refusal to post says it."""
    return services.mute_end(until) if until else ""
