from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from rooms import selectors, services
from rooms.forms import RoomForm
from rooms.fragments import message_html
from rooms.models import Room

# A page of history holds at most `selectors.PAGE_SIZE` messages and at most this much of
# their HTML: about fifty long plain messages. The newest are kept; "Load older" goes on.
HISTORY_PAGE_MAX_BYTES = 256 * 1024


def _lobby(request: HttpRequest, form: RoomForm, status: int = 200) -> HttpResponse:
    context = {
        "memberships": selectors.lobby_memberships(user=request.user),
        **_public_rooms(request),
        "form": form,
    }
    return render(request, "rooms/lobby.html", context, status=status)


def _public_rooms(request: HttpRequest) -> dict[str, object]:
    """The page of public rooms that `?q=` (a search of names and topics) and `?after_name=`
    and `?after_id=` (where the page starts) ask for, and the address of the next page."""
    query = request.GET.get("q", "").strip()[: selectors.LOBBY_QUERY_MAX_LENGTH]
    after = None
    if "after_id" in request.GET:
        after_id = services.id_clean(
            request.GET["after_id"], message="Give ?after_id=<room id>.", code="after_id"
        )
        after = (request.GET.get("after_name", ""), after_id)
    page = selectors.public_rooms_page(user=request.user, query=query, after=after)
    more_url = None
    if page.next_after is not None:
        name, pk = page.next_after
        more_url = "?" + urlencode({"q": query, "after_name": name, "after_id": pk})
    return {"public_rooms": page.rooms, "public_rooms_more_url": more_url, "query": query}


@require_GET
def lobby(request: HttpRequest) -> HttpResponse:
    if request.htmx and request.htmx.target == "my-rooms":
        # The lobby refreshes its unread counts by asking for this list alone.
        context = {"memberships": selectors.lobby_memberships(user=request.user)}
        return render(request, "rooms/lobby.html#my-rooms", context)
    try:
        if request.htmx and request.htmx.target == "public-rooms-more":
            # "More rooms": the next page of cards, and its own "More rooms" if another follows.
            return render(request, "rooms/lobby.html#public-rooms-page", _public_rooms(request))
        return _lobby(request, RoomForm())
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])


@require_POST
def room_new(request: HttpRequest) -> HttpResponse:
    form = RoomForm(request.POST)
    if form.is_valid():
        try:
            room = services.room_create(
                creator=request.user,
                daily_limit=settings.SALON_ROOMS_PER_PERSON_DAILY,
                **form.cleaned_data,
            )
        except ValidationError as error:
            form.add_error(None, error)  # too many rooms today: said above the form
        else:
            return redirect("room", slug=room.slug)
    return _lobby(request, form, status=400)


def _visible_room(request: HttpRequest, slug: str) -> Room:
    """The room, if the person may see it. Otherwise the same 404 as for a room that does not
    exist: no URL tells a private room from a missing one."""
    room = selectors.room_visible_to(slug=slug, user=request.user)
    if room is None:
        raise Http404("No such room.")
    return room


def _within_bytes(page: selectors.MessagePage) -> selectors.MessagePage:
    """The newest messages of `page` whose HTML fits HISTORY_PAGE_MAX_BYTES (at least one).
    Each is rendered once here and served from the fragment cache when the page renders."""
    total = 0
    for kept, message in enumerate(reversed(page.messages)):
        total += len(message_html(message).encode())
        if total > HISTORY_PAGE_MAX_BYTES and kept:
            return selectors.MessagePage(messages=page.messages[-kept:], has_older=True)
    return page


@require_GET
def room_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The room as it is now. Viewing changes nothing: a visitor of a public room reads it
    live with a Join button (joining is a POST), and read marks move over the socket."""
    room = _visible_room(request, slug)  # read first: room.seq is where the page stands
    membership = selectors.membership_for(room=room, user=request.user)
    page = _within_bytes(selectors.messages_page(room=room))
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
        before = services.id_clean(
            request.GET.get("before"),
            message="Give ?before=<message id>, a whole number.",
            code="before",
        )
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])
    page = _within_bytes(selectors.messages_page(room=room, before=before))
    return render(request, "rooms/room.html#history", {"room": room, "page": page})


@require_GET
def room_members(request: HttpRequest, slug: str) -> HttpResponse:
    """The next page of a big room's member panel."""
    room = _visible_room(request, slug)
    help_text = "Give ?page=<page number>, a whole number from 1."
    try:
        page = services.id_clean(request.GET.get("page", "1"), message=help_text, code="page")
    except ValidationError:
        return HttpResponseBadRequest(help_text)
    if page > 10_000:
        return HttpResponseBadRequest(help_text)
    context = selectors.members_context(room=room, page=page)
    return render(request, "rooms/room.html#member-page", context)


@require_POST
def room_join(request: HttpRequest, slug: str) -> HttpResponse:
    """Join a public room (a member is already in): the room is told, and the page opens."""
    room = _visible_room(request, slug)
    services.membership_join(room=room, user=request.user, announce=True)
    return redirect("room", slug=room.slug)


@require_POST
def room_leave(request: HttpRequest, slug: str) -> HttpResponse:
    room = _visible_room(request, slug)
    services.membership_leave(room=room, user=request.user)
    return redirect("lobby")
