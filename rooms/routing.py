from __future__ import annotations

from django.urls import path

from rooms.consumers import RoomConsumer
from rooms.personal import PersonConsumer

websocket_urlpatterns = [
    path("ws/rooms/<slug:slug>/", RoomConsumer.as_asgi()),
    path("ws/me/", PersonConsumer.as_asgi()),
]
