from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from chatsite import health, metrics

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics.metrics_view, name="metrics"),
    path("admin/", admin.site.urls),
    path("api/", include("api.urls")),
    path("accounts/", include("accounts.urls")),
    path("", include("sms.urls")),
    path("", include("bots.urls")),
    path("", include("rooms.urls")),
]

# A JSON 500 under /api/, the site's page elsewhere (api.errors).
handler500 = "api.errors.server_error"
