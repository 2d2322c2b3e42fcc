"""Invites to private rooms (issue 9, part 2): the room's invite page for its owners and
moderators, and the invite link's page for whoever holds it.

A room you cannot see answers 404 as a missing one; a right you lack, 403. An invite that
cannot be used (unknown, revoked, expired, used up, meant for someone else) answers the same
404 as a room that does not exist: only a working link reveals its room. Opening a link
changes nothing; joining by it is a POST.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from rooms import invites, selectors, services
from rooms.models import Room
from rooms.views import _visible_room


def _forbidden(error: PermissionDenied) -> HttpResponse:
    return HttpResponse(str(error), status=403, content_type="text/plain; charset=utf-8")


def _invites_page(
    request: HttpRequest, room: Room, *, error: str = "", status: int = 200, username: str = ""
) -> HttpResponse:
    context = {
        "room": room,
        "invites": invites.room_open_invites(room=room),
        "lifetimes": invites.LINK_LIFETIMES,
        "uses": invites.LINK_USES,
        "error": error,
        "username": username,
    }
    return render(request, "rooms/invites.html", context, status=status)


@require_http_methods(["GET"])
def room_invites(request: HttpRequest, slug: str) -> HttpResponse:
    """The room's open invites, and the forms to invite someone or make a link."""
    room = _visible_room(request, slug)
    try:
        invites.inviter_require(room=room, user=request.user)
    except PermissionDenied as error:
        return _forbidden(error)
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])
    return _invites_page(request, room)


def _invite_action(request: HttpRequest, slug: str, act) -> HttpResponse:
    room = _visible_room(request, slug)
    try:
        note = act(room)
    except PermissionDenied as error:
        return _forbidden(error)
    except ValidationError as error:
        return _invites_page(
            request,
            room,
            error=error.messages[0],
            status=400,
            username=request.POST.get("username", "")[:150],
        )
    if note:
        messages.success(request, note)
    return redirect("room_invites", slug=room.slug)


@require_POST
def invite_person(request: HttpRequest, slug: str) -> HttpResponse:
    def act(room: Room) -> str:
        invite = invites.invite_person(
            room=room, creator=request.user, username=request.POST.get("username", "")[:150]
        )
        return f"{invite.invitee.username} is invited: the invite waits in their lobby."

    return _invite_action(request, slug, act)


@require_POST
def invite_link(request: HttpRequest, slug: str) -> HttpResponse:
    def act(room: Room) -> str:
        invites.invite_link_create(
            room=room,
            creator=request.user,
            lifetime=request.POST.get("lifetime", ""),
            max_uses=request.POST.get("max_uses", ""),
        )
        return "A new invite link is ready: copy it below."

    return _invite_action(request, slug, act)


@require_POST
def invite_revoke(request: HttpRequest, slug: str, invite_id: str) -> HttpResponse:
    try:
        pk = services.id_clean(invite_id, message="Not an invite id.", code="invite_id")
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])

    def act(room: Room) -> str:
        invites.invite_revoke(room=room, actor=request.user, invite_id=pk)
        return "The invite is revoked."

    return _invite_action(request, slug, act)


@require_http_methods(["GET", "POST"])
def invite_detail(request: HttpRequest, token: str) -> HttpResponse:
    """GET: what the invite is for, with a Join button (nothing changes). POST: join."""
    if request.method == "POST":
        try:
            room = invites.invite_accept(token=token, user=request.user)
        except PermissionDenied as error:  # banned
            return _forbidden(error)
        if room is None:
            raise Http404("No such room.")
        return redirect("room", slug=room.slug)
    invite = invites.invite_open(token=token, user=request.user)
    if invite is None:
        raise Http404("No such room.")
    context = {
        "invite": invite,
        "room": invite.room,
        "membership": selectors.membership_for(room=invite.room, user=request.user),
    }
    return render(request, "rooms/invite.html", context)


@require_POST
def invite_decline(request: HttpRequest, token: str) -> HttpResponse:
    if not invites.invite_decline(token=token, user=request.user):
        raise Http404("No such room.")
    messages.info(request, "Invite declined.")
    return redirect("lobby")
