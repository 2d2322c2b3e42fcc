"""Direct messages between people (issue 9, part 3): opening one, and the block list."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from rooms import direct, services


@require_POST
def direct_open(request: HttpRequest) -> HttpResponse:
    """Open the direct chat with `username` (the same one every time) and go there."""
    try:
        room = direct.direct_open(user=request.user, username=request.POST.get("username", ""))
    except ValidationError as error:
        if request.htmx:
            return HttpResponse(
                error.messages[0], status=400, content_type="text/plain; charset=utf-8"
            )
        messages.error(request, error.messages[0])
        return redirect("lobby")
    url = reverse("room", args=[room.slug])
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


def _blocks_page(request: HttpRequest, *, error: str = "", status: int = 200) -> HttpResponse:
    context = {"blocks": direct.blocks_of(user=request.user), "error": error}
    return render(request, "rooms/blocks.html", context, status=status)


@require_http_methods(["GET", "POST"])
def blocks(request: HttpRequest) -> HttpResponse:
    """GET: the people you block. POST `username`: block one more."""
    if request.method == "GET":
        return _blocks_page(request)
    try:
        block = direct.person_block(blocker=request.user, username=request.POST.get("username", ""))
    except ValidationError as error:
        return _blocks_page(request, error=error.messages[0], status=400)
    messages.success(request, f"You block {block.blocked.username}: no direct messages either way.")
    return redirect("blocks")


@require_POST
def unblock(request: HttpRequest, user_id: str) -> HttpResponse:
    try:
        pk = services.id_clean(user_id, message="Not a person's id.", code="user_id")
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])
    direct.person_unblock(blocker=request.user, user_id=pk)
    return redirect("blocks")
