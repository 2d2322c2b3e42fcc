from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

from chatsite import health, metrics

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", metrics.metrics_view, name="metrics"),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("bots.urls")),
    path("", include("rooms.urls")),
]
