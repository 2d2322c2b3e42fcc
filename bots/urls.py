from __future__ import annotations

from django.urls import path

from bots import views

urlpatterns = [
    path("rooms/<slug:slug>/settings/", views.room_ai_settings, name="room_ai_settings"),
    path(
        "rooms/<slug:slug>/mention-suggestions/",
        views.mention_suggestions,
        name="mention_suggestions",
    ),
    path("personas/<slug:slug>/chat/", views.persona_chat, name="persona_chat"),
]
