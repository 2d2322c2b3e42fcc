from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from bots import selectors, services
from bots.forms import ChatThemeForm, RoomPersonasForm
from bots.models import Persona
from rooms import selectors as room_selectors
from rooms.models import Membership, Room


@require_POST
def room_ai_settings(request: HttpRequest, slug: str) -> HttpResponse:
    """The owner saves the room's theme, its personas and how chatty they are."""
    room = room_selectors.room_visible_to(slug=slug, user=request.user)
    if room is None:
        raise Http404("No such room.")
    # Rights before input: nobody else's settings form is ever parsed.
    membership = room_selectors.membership_for(room=room, user=request.user)
    if membership is None or membership.role != Membership.Role.OWNER:
        return HttpResponse("Only the room's owner can change its settings.", status=403)
    if room.ai_chattiness == Room.Chattiness.ALWAYS:
        return _chat_theme_save(request, room)
    form = RoomPersonasForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Those settings could not be saved: " + form.errors.as_text())
        return redirect("room", slug=room.slug)
    try:
        services.room_settings_update(
            room=room,
            actor=request.user,
            topic=form.cleaned_data["topic"],
            ai_chattiness=form.cleaned_data["ai_chattiness"],
            ai_join_on_mention=form.cleaned_data["ai_join_on_mention"],
        )
        services.room_personas_set(
            room=room,
            actor=request.user,
            persona_ids=[p.pk for p in form.cleaned_data["personas"]],
            shown_ids=[p.pk for p in form.cleaned_data["personas_shown"]],
        )
    except PermissionDenied:
        return HttpResponse("Only the room's owner can change its settings.", status=403)
    return redirect("room", slug=room.slug)


def _chat_theme_save(request: HttpRequest, room: Room) -> HttpResponse:
    """A one-to-one chat keeps its persona and mode: only its theme changes."""
    form = ChatThemeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "That theme could not be saved: " + form.errors.as_text())
        return redirect("room", slug=room.slug)
    services.direct_chat_theme_set(room=room, actor=request.user, topic=form.cleaned_data["topic"])
    return redirect("room", slug=room.slug)


# Longest text after @ worth looking up: a username's length.
MENTION_QUERY_MAX = 150


@require_GET
def mention_suggestions(request: HttpRequest, slug: str) -> HttpResponse:
    """The composer's @ list: the options for what follows the @ being typed (`q`), as a
    fragment of `role="option"` items for its listbox; members only."""
    room = room_selectors.room_visible_to(slug=slug, user=request.user)
    if room is None:
        raise Http404("No such room.")
    if room_selectors.membership_for(room=room, user=request.user) is None:
        return HttpResponse("Join the room to mention people in it.", status=403)
    query = request.GET.get("q", "").removeprefix("@")[:MENTION_QUERY_MAX]
    suggestions = selectors.mention_suggestions(room=room, query=query, viewer=request.user)
    return render(request, "bots/mention_suggestions.html", {"suggestions": suggestions})


@require_POST
def persona_chat(request: HttpRequest, slug: str) -> HttpResponse:
    """Open (or return to) the person's one-to-one chat with a persona."""
    persona = get_object_or_404(Persona, slug=slug, is_active=True)
    room = services.direct_chat_open(user=request.user, persona=persona)
    return redirect("room", slug=room.slug)
