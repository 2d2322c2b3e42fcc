from __future__ import annotations

from django import template

from rooms.fragments import message_html

register = template.Library()


@register.simple_tag
def message_card(message):
    """`{% message_card message %}`: the message's article (the `message` partial), cached."""
    return message_html(message)
