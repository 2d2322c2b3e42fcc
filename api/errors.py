"""Errors of the JSON API: always JSON, `{"code": ..., "message": ...}`, with a stable code
for programs and a message for people, never an HTML page (Django's 404 and 500 included)."""

from __future__ import annotations

import logging
import math

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views import defaults
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as SchemaError

logger = logging.getLogger(__name__)

API_PREFIX = "/api/"

# The code of an error that names none, by status.
STATUS_CODES = {
    400: "invalid",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    429: "rate_limited",
    500: "server_error",
}


class ApiError(Exception):
    """An answer other than success: its HTTP status, stable code and human message."""

    def __init__(
        self, status: int, message: str, *, code: str = "", retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or STATUS_CODES.get(status, "error")
        self.message = message
        self.retry_after = retry_after


def error_response(
    status: int, code: str, message: str, *, retry_after: float | None = None, **extra: object
) -> JsonResponse:
    response = JsonResponse({"code": code, "message": message, **extra}, status=status)
    if retry_after is not None:
        response["Retry-After"] = str(max(1, math.ceil(retry_after)))
    return response


def refusal(error: ValidationError | PermissionDenied) -> ApiError:
    """A service's refusal as the API tells it: a PermissionDenied is a 403, a ValidationError
    a 400 with the service's own code."""
    if isinstance(error, PermissionDenied):
        return ApiError(403, str(error) or "You cannot do that.", code=getattr(error, "code", ""))
    return ApiError(400, error.messages[0], code=error.code or "invalid")


def install(api: NinjaAPI) -> None:
    """Make every error of `api` a JSON error."""

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(exc.status, exc.code, exc.message, retry_after=exc.retry_after)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(
            401,
            "unauthenticated",
            "Send a personal API token as 'Authorization: Bearer <token>', or log in.",
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 403 and "CSRF" in str(exc):
            message = "A logged-in browser must send its CSRF token (X-CSRFToken) to change things."
            return error_response(403, "csrf_failed", message)
        code = STATUS_CODES.get(exc.status_code, "error")
        return error_response(exc.status_code, code, str(exc))

    @api.exception_handler(SchemaError)
    def schema_error(request: HttpRequest, exc: SchemaError) -> HttpResponse:
        first = exc.errors[0] if exc.errors else {}
        loc = list(first.get("loc", ()))
        if loc and loc[0] in ("body", "query", "path"):  # where the field was sent
            loc = loc[1:]
        if loc and loc[0] == "payload":  # the body's schema, not a field
            loc = loc[1:]
        where = ".".join(str(part) for part in loc)
        message = first.get("msg", "The request is not valid.")
        return error_response(
            400,
            "invalid",
            f"{where}: {message}" if where else message,
            errors=[
                {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")}
                for e in exc.errors
            ],
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(404, "not_found", str(exc) or "Not found.")

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return error_response(413, "too_large", "The request body is too large.")

    @api.exception_handler(Exception)
    def server_error(request: HttpRequest, exc: Exception) -> HttpResponse:
        logger.exception("API request failed: %s %s", request.method, request.path)
        return error_response(500, "server_error", "Something went wrong. Please try again.")


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's 500 (handler500): JSON under /api/, the site's page elsewhere."""
    if request.path.startswith(API_PREFIX):
        return error_response(500, "server_error", "Something went wrong. Please try again.")
    return defaults.server_error(request)
