"""The API's URLs. django-ninja's views are not marked for LoginRequiredMiddleware: the API
answers 401 in JSON itself (`api.auth`), never with a redirect to the log-in page."""

from __future__ import annotations

import functools
from collections.abc import Callable
from inspect import iscoroutinefunction

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import path

from api import errors
from api.routes import api


def _json_refusal(response: HttpResponse) -> HttpResponse:
    """django-ninja answers a method it has no operation for with Django's empty HTML 405."""
    if isinstance(response, HttpResponseNotAllowed):
        refusal = errors.error_response(405, "method_not_allowed", f"Use {response['Allow']} here.")
        refusal["Allow"] = response["Allow"]
        return refusal
    return response


def _api_view(view: Callable) -> Callable:
    if iscoroutinefunction(view):

        @functools.wraps(view)
        async def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            return _json_refusal(await view(request, *args, **kwargs))

    else:

        @functools.wraps(view)
        def answer(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            return _json_refusal(view(request, *args, **kwargs))

    return login_not_required(answer)


urlpatterns, _app_name, app_name = api.urls  # included under its namespace, "api"
for pattern in urlpatterns:
    pattern.callback = _api_view(pattern.callback)


@login_not_required
def endpoint_not_found(request: HttpRequest, rest: str) -> HttpResponse:
    """Any other address under /api/: a JSON 404 (also with DEBUG on, where Django would
    show its HTML page instead of calling handler404)."""
    return errors.error_response(404, "not_found", "No such API endpoint.")


urlpatterns = [*urlpatterns, path("<path:rest>", endpoint_not_found)]
