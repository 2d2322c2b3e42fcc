"""The search page: messages of the person's rooms (rooms/search.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from rooms import search, services


@require_GET
def message_search(request: HttpRequest) -> HttpResponse:
    """`?q=` the words to find, `?before=` where the page starts (a message id). An empty
    query shows the empty page; one too long, or of no words, says so."""
    query = request.GET.get("q", "").strip()
    try:
        before = None
        if "before" in request.GET:
            before = services.id_clean(
                request.GET["before"], message="Give ?before=<message id>.", code="before"
            )
    except ValidationError as error:
        return HttpResponseBadRequest(error.messages[0])
    context: dict[str, object] = {"query": query, "max_length": search.QUERY_MAX_LENGTH}
    if len(query) > search.QUERY_MAX_LENGTH:
        context["problem"] = (
            f"Search for at most {search.QUERY_MAX_LENGTH} characters "
            f"(this has {len(query):,}): a few words find more."
        )
    elif query and not search.search_words(query):
        context["problem"] = "Search for words: letters or digits, not only punctuation."
    elif query:
        page = search.messages_search(user=request.user, query=query, before=before)
        context["results"] = page.results
        if page.next_before is not None:
            context["more_url"] = "?" + urlencode({"q": query, "before": page.next_before})
    if request.htmx and request.htmx.target == "search-more":
        return render(request, "rooms/search.html#results-page", context)
    return render(request, "rooms/search.html", context)
