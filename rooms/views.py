from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from rooms import selectors, services
from rooms.forms import RoomForm
from rooms.models import Room


def _lobby(request: HttpRequest, form: RoomForm, status: int = 200) -> HttpResponse:
    context = {
        "memberships": selectors.lobby_memberships(user=request.user),
        "public_rooms": selectors.public_rooms_to_join(user=request.user),
        "form": form,
    }
    return render(request, "rooms/lobby.html", context, status=status)


@require_GET
def lobby(request: HttpRequest) -> HttpResponse:
    if request.htmx and request.htmx.target == "my-rooms":
        # The lobby refreshes its unread counts by asking for this list alone.
        context = {"memberships": selectors.lobby_memberships(user=request.user)}
        return render(request, "rooms/lobby.html#my-rooms", context)
    return _lobby(request, RoomForm())


@require_POST
def room_new(request: HttpRequest) -> HttpResponse:
    form = RoomForm(request.POST)
    if not form.is_valid():
        return _lobby(request, form, status=400)
    room = services.room_create(creator=request.user, **form.cleaned_data)
    return redirect("room", slug=room.slug)


def _visible_room(request: HttpRequest, slug: str) -> Room:
    room = selectors.room_visible_to(slug=slug, user=request.user)
    if room is None:
        raise Http404("No such room.")
    return room


@require_GET
def room_detail(request: HttpRequest, slug: str) -> HttpResponse:
    room = _visible_room(request, slug)  # read first: room.seq is where the page stands
    membership = services.membership_join(room=room, user=request.user)
    page = selectors.messages_page(room=room)
    if page.messages:
        services.membership_mark_read(membership=membership, message_id=page.messages[-1].pk)
    context = {
        "room": room,
        "membership": membership,
        "page": page,
        "cursor": room.seq,
        "edit_window_seconds": settings.SALON_EDIT_WINDOW_SECONDS,
        **selectors.members_context(room=room),
    }
    return render(request, "rooms/room.html", context)


@require_GET
def room_history(request: HttpRequest, slug: str) -> HttpResponse:
    room = _visible_room(request, slug)
    try:
        before = int(request.GET["before"])
    except (KeyError, ValueError):
        return HttpResponseBadRequest("Give ?before=<message id>, a whole number.")
    page = selectors.messages_page(room=room, before=before)
    return render(request, "rooms/room.html#history", {"room": room, "page": page})


@require_GET
def room_members(request: HttpRequest, slug: str) -> HttpResponse:
    """The next page of a big room's member panel."""
    room = _visible_room(request, slug)
    try:
        page = int(request.GET.get("page", "1"))
    except ValueError:
        page = 0
    if not 1 <= page <= 10_000:
        return HttpResponseBadRequest("Give ?page=<page number>, a whole number from 1.")
    context = selectors.members_context(room=room, page=page)
    return render(request, "rooms/room.html#member-page", context)


@require_POST
def room_leave(request: HttpRequest, slug: str) -> HttpResponse:
    room = get_object_or_404(Room, slug=slug)
    services.membership_leave(room=room, user=request.user)
    return redirect("lobby")
