"""The OpenAPI document lists the contract's paths; the docs page works under the CSP."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

pytestmark = pytest.mark.django_db

CONTRACT = {
    "/api/rooms": {"get", "post"},
    "/api/rooms/{slug}": {"get"},
    "/api/rooms/{slug}/join": {"post"},
    "/api/rooms/{slug}/leave": {"post"},
    "/api/rooms/{slug}/messages": {"get", "post"},
    "/api/messages/{message_id}": {"patch", "delete"},
    # Beyond the list: files for messages.
    "/api/rooms/{slug}/attachments": {"post"},
}


def test_the_openapi_document_lists_the_contract():
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert {path: set(ops) for path, ops in document["paths"].items()} == CONTRACT
    schemes = document["components"]["securitySchemes"]
    assert schemes["BearerToken"] == {"type": "http", "scheme": "bearer"}
    post = document["paths"]["/api/rooms/{slug}/messages"]["post"]
    assert set(post["responses"]) == {"200", "201", "400", "401", "403", "404", "409", "413", "429"}
    assert post["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/MessageIn"
    )


def test_the_docs_page_loads_swagger_ui_from_salon_under_the_csp():
    response = Client().get("/api/docs")
    assert response.status_code == 200
    html = response.content.decode()
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-eval" not in policy
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/ninja/swagger-ui-bundle.js" in assets
    assert "/static/ninja/swagger-ui-init.js" in assets
    assert "/static/ninja/swagger-ui.css" in assets
    for asset in assets:
        assert asset.startswith("/static/ninja/"), asset  # no CDN
        assert finders.find(asset.removeprefix("/static/")), asset
    # The only inline script is data (never run), the settings Swagger UI reads.
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline == [' type="application/json" id="swagger-settings"']
    assert '"url": "/api/openapi.json"' in html
