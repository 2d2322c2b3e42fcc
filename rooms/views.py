from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import reswap, retarget

from rooms import direct, moderation, selectors, services
from rooms.forms import RoomForm
from rooms.fragments import message_html
from rooms.models import Membership, MessageReport, Room

# A page of history holds at most `selectors.PAGE_SIZE` messages and at most this much of
# their HTML: about fifty long plain messages. The newest are kept; "Load older" goes on.
HISTORY_PAGE_MAX_BYTES = 256 * 1024


def _my_rooms(request: HttpRequest) -> dict[str, object]:
    """The person's rooms, and apart from them their direct chats, with what is unread."""
    memberships = selectors.lobby_memberships(user=request.user)
    rooms, chats = direct.memberships_split(memberships, user=request.user)
    return {"memberships": rooms, "direct_memberships": chats}


def _lobby(request: HttpRequest, form: RoomForm, status: int = 200) -> HttpResponse:
    context = {
        **_my_rooms(request),
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
        return render(request, "rooms/lobby.html#my-rooms", _my_rooms(request))
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


def _message_at(request: HttpRequest) -> int | None:
    """The message id of `?at=`, if it is one (anything else opens the room at the latest)."""
    try:
        return services.id_clean(request.GET["at"], message="", code="at")
    except (KeyError, ValidationError):
        return None


@require_GET
def room_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """The room as it is now. Viewing changes nothing: a visitor of a public room reads it
    live with a Join button (joining is a POST), and read marks move over the socket."""
    # Read first: room.seq is where the page stands.
    room, membership = selectors.room_and_membership(slug=slug, user=request.user)
    if room is None:
        raise Http404("No such room.")
    # `?at=<message id>` (a search result) opens the room around that message, if it is here.
    at = _message_at(request)
    around = selectors.messages_around(room=room, at=at) if at is not None else None
    page = around or _within_bytes(selectors.messages_page(room=room))
    context = {
        "room": room,
        "membership": membership,
        # A banned person reads a public room's page without a Join button (one query, for
        # visitors only).
        "banned": membership is None and selectors.is_banned(room=room, user=request.user),
        "page": page,
        "cursor": room.seq,
        "at": at if around else None,
        "edit_window_seconds": settings.SALON_EDIT_WINDOW_SECONDS,
        # The composer's file picker (static/js/attachments.js); the server checks again.
        "attachment_accept": "image/*,"
        + ",".join(f".{ext}" for ext in settings.SALON_ATTACHMENT_TYPES),
        "attachment_max_bytes": settings.SALON_ATTACHMENT_MAX_BYTES,
        **selectors.members_context(room=room),
    }
    return render(request, "rooms/room.html", context)


@require_GET
def room_history(request: HttpRequest, slug: str) -> HttpResponse:
    room = _visible_room(request, slug)
    # ?before= is "load older"; ?after= "load newer", below a room opened at a search result.
    newer = "after" in request.GET
    try:
        message_id = services.id_clean(
            request.GET.get("after" if newer else "before"),
            message=f"Give ?{'after' if newer else 'before'}=<message id>, a whole number.",
            code="message_id",
        )
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])
    if newer:
        page = selectors.messages_after(room=room, after=message_id)
    else:
        page = _within_bytes(selectors.messages_page(room=room, before=message_id))
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
    try:
        services.membership_join(room=room, user=request.user, announce=True)
    except PermissionDenied as error:  # banned
        return HttpResponse(str(error), status=403, content_type="text/plain; charset=utf-8")
    return redirect("room", slug=room.slug)


@require_POST
def room_leave(request: HttpRequest, slug: str) -> HttpResponse:
    """Leave the room. Its only owner hands it over first; its only member is asked to
    confirm, and leaving (`close=1`) then closes it."""
    room = _visible_room(request, slug)
    try:
        closed = services.membership_leave(
            room=room, user=request.user, close=request.POST.get("close") == "1"
        )
    except ValidationError as error:
        if error.code == "last_member":
            return render(request, "rooms/room_close.html", {"room": room, "error": error.message})
        messages.error(request, error.message)
        return redirect("room", slug=room.slug)
    if closed:
        messages.success(request, f"{room.name} is closed.")
    return redirect("lobby")


# Moderation --------------------------------------------------------------------------------
#
# Rights first: a room you cannot see is a 404 like a missing one, a right you lack a 403,
# before anything else you sent is read; then the input (a malformed id is a 400, the id of
# nobody here a 404); then one service (`rooms.moderation`). htmx gets the fragment to swap;
# a plain POST is sent back to the room with what happened.

MODERATION = "rooms/_moderation.html"
Role = Membership.Role


def _refused(request: HttpRequest, error: PermissionDenied | ValidationError) -> HttpResponse:
    if isinstance(error, PermissionDenied):
        text, status = str(error), 403
    else:
        text, status = error.messages[0], 404 if error.code == "not_found" else 400
    if not request.htmx:
        return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")
    # Whatever form asked, the answer shows in the dialog (static/js/moderation.js opens it).
    context = {"error": text, "title": "Not done"}
    response = render(request, f"{MODERATION}#refusal", context, status=status)
    return reswap(retarget(response, "#moderation-dialog-body"), "innerHTML")


def _moderation_page(
    request: HttpRequest, room: Room, fragment: str, context: dict, title: str, status: int = 200
) -> HttpResponse:
    """A moderation fragment for htmx, or the same as a page of its own."""
    context = {"room": room, "title": title, **context}
    if request.htmx:
        return render(request, f"{MODERATION}#{fragment}", context, status=status)
    context["fragment"] = f"{MODERATION}#{fragment}"
    return render(request, "rooms/moderation_page.html", context, status=status)


def _member_dialog(request: HttpRequest, room: Room, user_id: int, note: str = "") -> HttpResponse:
    viewer = selectors.membership_for(room=room, user=request.user)
    member = selectors.member_to_moderate(room=room, user_id=user_id)
    can_act = (
        viewer is not None
        and viewer.can_moderate
        and member is not None
        and Membership.role_rank(viewer.role) < Membership.role_rank(member.role)
    )
    context = {
        "member": member,
        "note": note,
        "can_act": can_act,
        "is_owner": viewer is not None and viewer.role == Role.OWNER,
        "mute_choices": moderation.MUTE_CHOICES,
    }
    title = member.user.username if member else "Member"
    return _moderation_page(request, room, "member", context, title)


@require_GET
def member_detail(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    """The Manage dialog of a member: what the viewer may do to them."""
    room = _visible_room(request, slug)
    try:
        selectors.membership_require(room=room, user=request.user, role=Role.MODERATOR)
        pk = services.id_clean(user_id, message="Which person? Give their user id.", code="id")
    except (PermissionDenied, ValidationError) as error:
        return _refused(request, error)
    if selectors.member_to_moderate(room=room, user_id=pk) is None:
        not_here = ValidationError("That person is not a member of this room.", code="not_found")
        return _refused(request, not_here)
    return _member_dialog(request, room, pk)


def _member_action(
    request: HttpRequest,
    slug: str,
    user_id: str,
    act: Callable[[Room], str],
    *,
    role: str = Role.MODERATOR,
) -> HttpResponse:
    """Check the viewer's `role`, then `act` on the room (a service call that returns what
    happened, in words); answer with the member's dialog, or a redirect to the room."""
    room = _visible_room(request, slug)
    try:
        selectors.membership_require(room=room, user=request.user, role=role)
        note = act(room)
    except (PermissionDenied, ValidationError) as error:
        return _refused(request, error)
    if not request.htmx:
        messages.success(request, note)
        return redirect("room", slug=room.slug)
    pk = services.id_clean(user_id, message="", code="id")  # the service took it
    return _member_dialog(request, room, pk, note)


@require_POST
def member_mute(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        member = moderation.member_mute(
            room=room, actor=request.user, user_id=user_id, minutes=request.POST.get("minutes")
        )
        return f"{member.user.username} is muted until {services.mute_end(member.muted_until)}."

    return _member_action(request, slug, user_id, act)


@require_POST
def member_unmute(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        member = moderation.member_unmute(room=room, actor=request.user, user_id=user_id)
        return f"{member.user.username} may post again."

    return _member_action(request, slug, user_id, act)


@require_POST
def member_kick(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        user = moderation.member_kick(room=room, actor=request.user, user_id=user_id)
        return f"{user.username} was removed from the room."

    return _member_action(request, slug, user_id, act)


@require_POST
def member_ban(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        user = moderation.member_ban(
            room=room, actor=request.user, user_id=user_id, reason=request.POST.get("reason", "")
        )
        return f"{user.username} is banned from the room."

    return _member_action(request, slug, user_id, act)


@require_POST
def member_role(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        member = moderation.member_role_set(
            room=room, actor=request.user, user_id=user_id, role=request.POST.get("role")
        )
        return f"{member.user.username} is now a {member.get_role_display().lower()}."

    return _member_action(request, slug, user_id, act, role=Role.OWNER)


@require_POST
def member_transfer(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        member = moderation.ownership_transfer(room=room, actor=request.user, user_id=user_id)
        return f"{member.user.username} owns the room now; you are a moderator."

    return _member_action(request, slug, user_id, act, role=Role.OWNER)


def _moderation_panel(request: HttpRequest, room: Room, note: str = "") -> HttpResponse:
    context = {
        "queue": selectors.moderation_queue(room=room, viewer=request.user),
        "bans": selectors.room_bans(room=room),
        "note": note,
    }
    return _moderation_page(request, room, "panel", context, "Reports")


def _panel_action(request: HttpRequest, slug: str, act: Callable[[Room], str]) -> HttpResponse:
    """As `_member_action`, for the reports queue and the bans list (moderators)."""
    room = _visible_room(request, slug)
    try:
        selectors.membership_require(room=room, user=request.user, role=Role.MODERATOR)
        note = act(room)
    except (PermissionDenied, ValidationError) as error:
        return _refused(request, error)
    if not request.htmx:
        messages.success(request, note)
        return redirect("room", slug=room.slug)
    return _moderation_panel(request, room, note)


@require_GET
def room_moderation(request: HttpRequest, slug: str) -> HttpResponse:
    """The moderators' panel: open reports (never who made them) and bans."""
    room = _visible_room(request, slug)
    try:
        selectors.membership_require(room=room, user=request.user, role=Role.MODERATOR)
    except PermissionDenied as error:
        return _refused(request, error)
    return _moderation_panel(request, room)


@require_POST
def member_unban(request: HttpRequest, slug: str, user_id: str) -> HttpResponse:
    def act(room: Room) -> str:
        user = moderation.member_unban(room=room, actor=request.user, user_id=user_id)
        return f"{user.username} may join the room again."

    return _panel_action(request, slug, act)


def _report_handle(request: HttpRequest, slug: str, report_id: str, outcome: str) -> HttpResponse:
    resolved = outcome == MessageReport.Status.RESOLVED
    delete = resolved and request.POST.get("delete_message") == "1"

    def act(room: Room) -> str:
        closed = moderation.report_handle(
            room=room,
            actor=request.user,
            report_id=report_id,
            outcome=outcome,
            delete_message=delete,
        )
        if not closed:
            return "Another moderator handled that report already."
        if delete:
            return "The message is deleted and its reports resolved."
        return "Report resolved." if resolved else "Report dismissed."

    return _panel_action(request, slug, act)


@require_POST
def report_resolve(request: HttpRequest, slug: str, report_id: str) -> HttpResponse:
    return _report_handle(request, slug, report_id, MessageReport.Status.RESOLVED)


@require_POST
def report_dismiss(request: HttpRequest, slug: str, report_id: str) -> HttpResponse:
    return _report_handle(request, slug, report_id, MessageReport.Status.DISMISSED)


@require_http_methods(["GET", "POST"])
def message_report(request: HttpRequest, slug: str, message_id: str) -> HttpResponse:
    """Report a message to the room's moderators (members): the form, and sending it."""
    room = _visible_room(request, slug)
    try:
        selectors.membership_require(room=room, user=request.user)
        pk = services.id_clean(message_id, message="Which message? Give its id.", code="id")
    except (PermissionDenied, ValidationError) as error:
        return _refused(request, error)
    message = selectors.message_to_report(room=room, message_id=pk, reporter=request.user)
    if message is None:
        gone = ValidationError("That message cannot be reported.", code="not_found")
        return _refused(request, gone)
    context = {"message": message, "reason": "", "error": "", "done": False}
    if request.method == "POST":
        reason = request.POST.get("reason", "")
        try:
            moderation.message_report(
                room=room, reporter=request.user, message_id=pk, reason=reason
            )
        except ValidationError as error:
            if error.code != "reason":
                return _refused(request, error)
            context.update(reason=reason[:200], error=error.message)
            return _moderation_page(request, room, "report", context, "Report", status=400)
        if not request.htmx:
            messages.success(request, "Thank you: the room's moderators will look at it.")
            return redirect("room", slug=room.slug)
        context["done"] = True
    return _moderation_page(request, room, "report", context, "Report a message")
