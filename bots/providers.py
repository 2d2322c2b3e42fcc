"""Where replies come from: a small interface with two implementations.

`OfflineProvider` is Salon's own engine (the default). `ChatCompletionsProvider` streams from
any OpenAI-compatible chat-completions server through the official `openai` client (which
makes the request and its errors; the streamed chunks are read as plain JSON).
Both yield the reply in chunks; the caller stops iterating (and so closes the request) when it
has enough or is asked to stop.
"""

from __future__ import annotations

import asyncio
import json
import weakref
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol

import openai
from django.conf import settings

from bots.engine import ChatLine, Voice, offline_reply, owned_up_in
from bots.prompts import chat_messages


class ProviderError(Exception):
    """The model could not give a usable reply (error, timeout or refusal)."""


@dataclass(frozen=True)
class ReplyRequest:
    voice: Voice
    system_prompt: str  # staff's instructions for the persona: the only ones a model obeys
    theme: str
    message: str  # what to answer (for /AIBot, the question)
    history: tuple[ChatLine, ...]  # the last messages, oldest first, the one to answer last
    seed: int
    avoid: str | None = None
    model: str = ""
    names: tuple[str, ...] = ()  # the personas' names, never the subject of a reply
    bio: str = ""
    others: tuple[Voice, ...] = ()  # the room's other personas
    said: tuple[str, ...] = ()  # the persona's earlier replies in the room, oldest first
    unasked: bool = False  # nobody asked the persona: it joins people talking among themselves
    # another persona's reply just given to the same message, whose opening words this reply
    # does not repeat ("How splendid!" then "Splendid news!")
    before: str = ""
    # the persona answers a new thing asked on, unnamed, only as the one who spoke last
    # (`services.turn_begin`): an offline reply that only owns up is not said (rate41)
    quiet_if_owned_up: bool = False


class ReplyProvider(Protocol):
    name: str

    def stream(self, request: ReplyRequest) -> AsyncIterator[str]: ...


class OfflineProvider:
    name = "offline"

    async def stream(self, request: ReplyRequest) -> AsyncIterator[str]:
        reply = offline_reply(
            request.voice,
            message=request.message,
            theme=request.theme,
            seed=request.seed,
            avoid=request.avoid,
            ignore=request.names,
            history=request.history,
            others=request.others,
            said=request.said,
            unasked=request.unasked,
            before=request.before,
        )
        if request.quiet_if_owned_up and owned_up_in(request.voice.material, reply):
            return  # nothing said: the turn ends with no reply
        words = reply.split(" ")
        for start in range(0, len(words), 4):
            yield " ".join(words[start : start + 4]) + (" " if start + 4 < len(words) else "")


# One client (and its connection pool) per server and key, per event loop: building one costs
# tens of milliseconds on the loop, and its connections are worth reusing. A server process
# has one loop; tests have one per test, and a closed loop's clients go with it.
_clients: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _client(*, base_url: str, api_key: str, timeout: float) -> openai.AsyncOpenAI:
    per_loop = _clients.setdefault(asyncio.get_running_loop(), {})
    key = (base_url, api_key, timeout)
    if key not in per_loop:
        per_loop[key] = openai.AsyncOpenAI(
            base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0
        )
    return per_loop[key]


class ChatCompletionsProvider:
    name = "llm"

    def __init__(self, *, base_url: str, model: str, api_key: str, timeout: float) -> None:
        self.model = model
        self.client = _client(base_url=base_url, api_key=api_key, timeout=timeout)

    async def stream(self, request: ReplyRequest) -> AsyncIterator[str]:
        try:
            # The raw server-sent events, read here: the client's typed chunk objects cost
            # about ten times the JSON parsing per token, on the loop that serves the sockets.
            async with self.client.chat.completions.with_streaming_response.create(
                model=request.model or self.model,
                messages=chat_messages(request),
                stream=True,
                max_tokens=max(16, request.voice.max_reply_chars // 2),
            ) as response:
                # Leaving this block early (Stop, or enough text) closes the response, and so
                # ends the request: a stopped reply stops the model too.
                async for line in response.iter_lines():
                    if not line.startswith("data:"):
                        continue  # blank lines between events, comments, event names
                    data = line[5:].strip()
                    if data == "[DONE]":
                        return
                    text = _delta_text(json.loads(data))
                    if text:
                        yield text
        except openai.OpenAIError as error:
            raise ProviderError(f"{type(error).__name__}: {error}") from error
        except ValueError as error:  # JSONDecodeError: the server does not speak the protocol
            raise ProviderError(f"{type(error).__name__}: {error}") from error


def _delta_text(chunk: object) -> str:
    """The text of one chat-completion chunk; ProviderError for an error or a refusal."""
    if not isinstance(chunk, dict):
        raise ProviderError("The model server sent something that is not a chunk.")
    if chunk.get("error"):
        error = chunk["error"]
        message = error.get("message") if isinstance(error, dict) else None
        raise ProviderError(f"APIError: {message or 'An error occurred during streaming'}")
    choices = chunk.get("choices") or []
    if not choices or not isinstance(choices[0], dict):
        return ""
    choice = choices[0]
    delta = choice.get("delta") or {}
    if delta.get("refusal") or choice.get("finish_reason") == "content_filter":
        raise ProviderError("The model refused to answer.")
    content = delta.get("content")
    return content if isinstance(content, str) else ""


def provider_for(*, model_override: str = "") -> ReplyProvider:
    """The configured model server, or the offline engine when none is configured."""
    if settings.LLM_BASE_URL and (settings.LLM_MODEL or model_override):
        return ChatCompletionsProvider(
            base_url=settings.LLM_BASE_URL,
            model=model_override or settings.LLM_MODEL,
            api_key=settings.LLM_API_KEY,
            timeout=settings.LLM_TIMEOUT_SECONDS,
        )
    return OfflineProvider()
