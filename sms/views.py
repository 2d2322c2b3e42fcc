"""The SMS bridge's pages and webhooks: a person's phone page (link a number with a code),
and the provider's webhooks for texts received and delivery reports, each refused (403)
unless signed with the provider's auth token."""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from sms import inbound, services
from sms.models import Outbound, Phone
from sms.numbers import number_shown

# Twilio's message ids: two letters and 32 hex digits; anything id-like up to 64 is taken.
PROVIDER_SID = re.compile(r"[A-Za-z0-9_-]{1,64}")


# The phone page -------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def phone_page(request: HttpRequest) -> HttpResponse:
    """Link a phone number: type it, get a code by text, type the code. Or unlink it."""
    error = ""
    status = 200
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "send":
                _send_code(request, request.POST.get("number", ""))
            elif action == "resend":
                phone = Phone.objects.filter(user=request.user).first()
                _send_code(request, phone.number if phone else "")
            elif action == "confirm":
                services.phone_confirm(user=request.user, code=request.POST.get("code", ""))
                messages.success(request, "Your phone number is linked.")
            elif action == "unlink":
                services.phone_unlink(user=request.user)
                messages.success(request, "Your phone number is unlinked.")
            else:
                raise ValidationError("Unknown action.", code="invalid")
            return redirect("sms_phone")
        except ValidationError as refusal:
            error, status = refusal.messages[0], 400
    phone = Phone.objects.filter(user=request.user).select_related("room").first()
    context = {
        "phone": phone,
        "shown_number": number_shown(phone.number) if phone else "",
        "error": error,
        "salon_number": number_shown(settings.TWILIO_FROM) if settings.TWILIO_FROM else "",
        "console": not (settings.TWILIO_ACCOUNT_SID and settings.TWILIO_FROM),
        "stopped": phone is not None and services.number_stopped(number=phone.number),
    }
    response = render(request, "sms/phone.html", context, status=status)
    add_never_cache_headers(response)
    return response


def _send_code(request: HttpRequest, number: str) -> None:
    outbound = services.phone_code_send(user=request.user, number=number)
    sent = services.outbound_deliver(outbound_id=outbound.pk)
    if sent is not None and sent.status == Outbound.Status.FAILED:
        raise ValidationError(f"We could not text that number ({sent.error}).", code="send")
    messages.success(request, "We texted you a code: type it below.")


# Webhooks -----------------------------------------------------------------------------------


def _signed(request: HttpRequest) -> bool:
    """Whether the provider signed this request: the X-Twilio-Signature of the URL it called
    and its form fields, with the auth token. The URL is the one the provider was given:
    SMS_BASE_URL's, or the request's own as the reverse proxy passed it on (its Host, and
    https from X-Forwarded-Proto, trusted from the proxy only: chatsite.serve, settings)."""
    token = settings.TWILIO_AUTH_TOKEN
    signature = request.headers.get("X-Twilio-Signature", "")
    if not token or not signature:
        return False
    if settings.SALON_SMS_BASE_URL:
        url = settings.SALON_SMS_BASE_URL + request.get_full_path()
    else:
        url = request.build_absolute_uri()
    params = {key: request.POST.get(key) for key in request.POST}
    return RequestValidator(token).validate(url, params, signature)


def _twiml(reply: str) -> HttpResponse:
    response = MessagingResponse()
    if reply:
        response.message(reply)
    return HttpResponse(str(response), content_type="text/xml")


@csrf_exempt  # the provider has no CSRF token: its signature is checked instead
@login_not_required
@require_POST
async def inbound_webhook(request: HttpRequest) -> HttpResponse:
    """A text was received (Twilio's "A message comes in" webhook); the reply, as TwiML."""
    if not _signed(request):
        return HttpResponseForbidden("Signature refused.")
    sid = request.POST.get("MessageSid") or request.POST.get("SmsSid") or ""
    sender = request.POST.get("From", "")
    if not PROVIDER_SID.fullmatch(sid) or not sender:
        return HttpResponse("A text needs MessageSid and From.", status=400)
    site_url = request.build_absolute_uri(reverse("sms_phone"))
    reply = await inbound.inbound_handle(
        sid=sid, sender=sender, body=request.POST.get("Body", ""), site_url=site_url
    )
    if reply is None:  # another delivery of it is being handled: its answer is the one
        busy = HttpResponse("This text is being handled.", status=503)
        busy["Retry-After"] = str(int(services.INBOUND_LEASE.total_seconds()))
        return busy
    return _twiml(reply)


@csrf_exempt
@login_not_required
@require_POST
def status_webhook(request: HttpRequest) -> HttpResponse:
    """The provider reports on a text's delivery (the status callback of each text sent)."""
    if not _signed(request):
        return HttpResponseForbidden("Signature refused.")
    sid = request.POST.get("MessageSid") or request.POST.get("SmsSid") or ""
    status = request.POST.get("MessageStatus") or request.POST.get("SmsStatus") or ""
    if not PROVIDER_SID.fullmatch(sid) or not status:
        return HttpResponse("A report needs MessageSid and MessageStatus.", status=400)
    services.outbound_status_report(
        sid=sid, status=status[:32], error_code=request.POST.get("ErrorCode", "")[:16]
    )
    return HttpResponse(status=204)
