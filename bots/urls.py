from __future__ import annotations

from django.urls import path

from bots import views

urlpatterns = [
    path("rooms/<slug:slug>/settings/", views.room_ai_settings, name="room_ai_settings"),
    path("personas/<slug:slug>/chat/", views.persona_chat, name="persona_chat"),
]
