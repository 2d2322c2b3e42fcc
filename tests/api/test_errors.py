"""Django's own 500 under /api/ is JSON too (handler500); elsewhere it is the site's page."""

from __future__ import annotations

import json

from django.test import RequestFactory

from api.errors import server_error


def test_a_server_error_under_api_is_json_and_elsewhere_html():
    response = server_error(RequestFactory().get("/api/rooms"))
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {
        "code": "server_error",
        "message": "Something went wrong. Please try again.",
    }
    page = server_error(RequestFactory().get("/rooms/tea-room/"))
    assert page.status_code == 500
    assert page["Content-Type"].startswith("text/html")


def test_the_root_urlconf_uses_it():
    from chatsite import urls

    assert urls.handler500 == "api.errors.server_error"
