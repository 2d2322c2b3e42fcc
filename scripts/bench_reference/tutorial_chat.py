"""The bench's reference: the Channels tutorial's chat consumer and nothing else (no database,
no auth, no templates), in settings-in-code Django. REDIS_URL picks the Redis channel layer,
configured as Salon configures it; otherwise the in-memory layer.

    cd scripts/bench_reference && python -m daphne -p 8001 tutorial_chat:application
"""

from __future__ import annotations

import json
import os

import django
from django.conf import settings

REDIS_URL = os.environ.get("REDIS_URL", "")
settings.configure(
    DEBUG=False,
    SECRET_KEY=os.environ.get("SECRET_KEY", "bench-reference-only"),
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    INSTALLED_APPS=["channels"],
    CHANNEL_LAYERS={
        "default": (
            {
                "BACKEND": "channels_redis.core.RedisChannelLayer",
                "CONFIG": {
                    "hosts": [{"address": REDIS_URL, "socket_timeout": None}],
                    "capacity": 1500,
                    "expiry": 60,
                },
            }
            if REDIS_URL
            else {"BACKEND": "channels.layers.InMemoryChannelLayer"}
        )
    },
)
django.setup()

from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402


class ChatConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        self.room_group_name = f"chat_{self.scope['url_route']['kwargs']['room_name']}"
        await self.channel_layer.group_add(self.room_group_name, self.channel_name)
        await self.accept()

    async def disconnect(self, close_code: int) -> None:
        await self.channel_layer.group_discard(self.room_group_name, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        message = json.loads(text_data)["message"]
        await self.channel_layer.group_send(
            self.room_group_name, {"type": "chat.message", "message": message}
        )

    async def chat_message(self, event: dict) -> None:
        await self.send(text_data=json.dumps({"message": event["message"]}))


application = ProtocolTypeRouter(
    {"websocket": URLRouter([path("ws/chat/<str:room_name>/", ChatConsumer.as_asgi())])}
)
